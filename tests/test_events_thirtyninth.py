"""Events read in the thirty-ninth pass: support rallied for another (053), opposition rallied
on a tour (113), votes scheduled (034), protests wound down by those who made them (082) or
ordered to stop (1052), concessions to strikes and riots, rulings and pleas defied, an act a
state firm refuses, peoples named as crowds, and verbs the model reads as modifiers. Every
sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import assert_coded_with_sides, code, countries
from tests.test_events_twentyfourth import assert_no_event

CODES_AND_SIDES = [
    # support rallied for a third party is aimed at that party (053)
    ("Greek diplomats lobbied EU partners on behalf of Cyprus.", "053", "GRC", "CYP"),
    (
        "Venezuela's president urged Latin American leaders to stand behind Bolivia's government.",
        "053",
        "VEN",
        "BOL",
    ),
    ("The Nigerian government lobbied AU members to back Ghana's candidate.", "053", "NGA", "GHA"),
    # ... while a plan or a resolution backed is policy support asked for (02)
    ("The EU urged Serbia to support the peace plan.", "02", None, "SRB"),
    # an intent to free people, its particle hung on the number
    (
        "Colombian rebels said they were prepared to hand over four captured soldiers to the "
        "Red Cross.",
        "0353",
        "COL",
        None,
    ),
    # protests wound down by those who made them
    ("Protesters vacated the main square in Minsk, ending a week-long sit-in.", "082", None, None),
    ("Farmers reopened the roads they had blocked near Bordeaux.", "082", "FRA", None),
    ("Striking students dismantled their tent camp outside parliament.", "082", None, None),
    # a measure cut or lowered after a strike or riots yields to it
    ("Zambia's president cut fuel prices after a week-long strike by unions.", "080", "ZMB", None),
    ("The Ecuadorian government lowered fuel prices after days of riots.", "080", "ECU", None),
    # a people the tables know is a crowd, placed where it acts
    (
        "Hundreds of Roma blocked a highway in eastern Slovakia, demanding access to schools.",
        "144",
        "SVK",
        None,
    ),
    # a finite verb the parser hung on its object noun
    ("Japan's air force scrambled fighter jets to shadow Chinese bombers.", "15", "JPN", None),
    # a state's firm refusing another state's firm
    (
        "Russian gas company Gazprom refused to sign a transit deal with Ukraine's Naftogaz.",
        "12",
        "RUS",
        "UKR",
    ),
    # the owner names which of two towns: Lebanon's Tripoli, not Libya's
    ("Police in Lebanon's Tripoli arrested three gunmen.", "173", "LBN", None),
    # a private party beside a ministry still makes talks
    ("Striking nurses and Kenya's health ministry sat down for talks.", "04", "KEN", None),
    # a tour made to rally others against someone is opposition rallied (113)
    (
        "Ghana's opposition leader toured the north to mobilise voters against President Mahama.",
        "113",
        "GHA",
        "GHA",
    ),
    (
        "Qatar's foreign minister toured Gulf capitals seeking to build a front against Tehran.",
        "113",
        "QAT",
        "IRN",
    ),
    # a state's leadership speaks for it
    ("The Palestinian leadership threatened to walk out of the talks.", "13", "PSE", None),
    # dissent ordered to stop is a demand on those ordered, not their concession
    ("The government ordered the unions to end their strike.", "1052", None, None),
    # a ruling defied names the court that made it; a plea refused, who made it
    (
        "Caracas said it would not abide by a ruling of the Inter-American Court of Human Rights.",
        "12",
        "VEN",
        "IGO",
    ),
    (
        "Minsk refused to free the activists, despite a plea from the OSCE.",
        "12",
        "BLR",
        "IGO",
    ),
    # a building handed over to another state is aid (070)
    ("China handed over a new parliament building to Malawi.", "070", "CHN", "MWI"),
    # a past tense the model reads as an adjective
    ("Myanmar's junta rebuffed offers of US helicopters.", "12", "MMR", None),
    # a vote scheduled is a reform intended
    (
        "Zambia's president announced plans for a referendum on the constitution.",
        "0344",
        "ZMB",
        None,
    ),
    ("Guinea's junta set a date for elections.", "0341", "GIN", None),
    # taking part in a round of talks is taking part in the talks
    ("Iran took part in a second round of talks with the EU.", "04", "IRN", None),
    # a hunger strike kept up, or told as "his", is its striker's
    ("Kurdish prisoners pressed on with a hunger strike.", "142", None, None),
    ("A jailed Uighur activist entered the 30th day of his hunger strike.", "142", "CHN", None),
]


@pytest.mark.parametrize(("sentence", "prefix", "source", "target"), CODES_AND_SIDES)
def test_thirty_ninth_pass_codes_and_sides(nlp, sentence, prefix, source, target):
    assert_coded_with_sides(nlp, sentence, prefix, source, target)


def test_forces_dismantling_a_camp_coerce(nlp):
    events = code(nlp, "Police dismantled the protest camp outside parliament.")
    assert not any(e.cameo == "082" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank cut interest rates after a fall in inflation.",  # no pressure yielded to
    ],
)
def test_no_event_for_policy_alone(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_calling_someone_something_is_no_telephone_call(nlp):
    events = code(nlp, "The unions backed Zelaya, calling him the only legitimate leader.")
    assert not any(e.cameo.startswith("04") for e in events), [(e.cameo, e.rule) for e in events]


def test_a_first_name_is_no_people(nlp):
    # "Karen" is left out of the peoples' table: it is far more often a name
    events = code(nlp, "US envoy Karen Pierce criticised Russia.")
    assert all("MMR" not in countries(e.source) for e in events), [
        (e.cameo, countries(e.source)) for e in events
    ]
