"""Who an event is done to: the sixteenth pass over source and target finding. Every sentence
is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries, only


@pytest.mark.parametrize(
    ("sentence", "event_type", "source", "target"),
    [
        # A date in an "on" phrase is no target: the complement still names it.
        (
            "Chile threatened on Monday to cut off copper sales to Peru, a minister said.",
            "THREATEN",
            "CHL",
            "PER",
        ),
        # The condition names who is threatened, wherever the parser hangs the "if" clause.
        (
            "Serbia threatened on Friday to take countermeasures if Croatia joined the pact, "
            "the ministry in Belgrade said.",
            "THREATEN",
            "SRB",
            "HRV",
        ),
        # "warned that Ankara would ...": the threatener naming itself names no target.
        (
            "Turkey's defence minister warned that Ankara would sink the vessels if Greek "
            "warships entered the zone.",
            "THREATEN",
            "TUR",
            "GRC",
        ),
        # The light verb's other object.
        (
            "The African Union gave Sudan an ultimatum on Tuesday to restore civilian rule.",
            "THREATEN",
            "IGO",
            "SDN",
        ),
        # A demonym on the object, not the place it sits in.
        (
            "Turkey threatened to bomb Kurdish militia positions in Syria if the attacks went on.",
            "THREATEN",
            "TUR",
            "SYR",
        ),
        # The one asked is the reported clause's subject, not the people it speaks of.
        (
            "Canada demanded on Friday that China free two detained Canadian businessmen.",
            "REQUEST",
            "CAN",
            "CHN",
        ),
        # A country's opposition asking its own government to go.
        (
            "Kenya's opposition demanded that the government resign over the fuel crisis.",
            "REQUEST",
            "KEN",
            "KEN",
        ),
        # Whose proposal it was, not the people the proposal is about.
        (
            "Morocco rejected an Algerian proposal for a referendum among the refugees.",
            "REJECT",
            "MAR",
            "DZA",
        ),
        # A concession named for another country's people.
        (
            "Georgia eased visa rules for Armenian truck drivers on Monday.",
            "CONCEDE",
            "GEO",
            "ARM",
        ),
        # A seizure of another country's ship.
        (
            "Ecuador's navy seized a Peruvian-flagged fishing boat off the Galapagos on Sunday.",
            "COERCE",
            "ECU",
            "PER",
        ),
        # A protest at a country's embassy is a protest to that country.
        (
            "Hundreds of students rallied outside the French embassy in Bamako on Friday.",
            "PROTEST",
            "MLI",
            "FRA",
        ),
        # A protest against a deed is aimed at its doer.
        (
            "Thousands of Jordanians marched in Amman against the Israeli bombardment of Gaza.",
            "PROTEST",
            "JOR",
            "ISR",
        ),
        # "U.S.-led": the country that leads it.
        (
            "Syria condemned the U.S.-led coalition's strikes near Raqqa.",
            "ACCUSE",
            "SYR",
            "USA",
        ),
        # The event noun's "of" phrase is who it is done to.
        (
            "The Egyptian expulsion of two Turkish diplomats was announced in Cairo.",
            "SANCTION",
            "EGY",
            "TUR",
        ),
        # Whoever something is promised to.
        (
            "Guinea's junta promised ECOWAS envoys that it would hold elections in 2025.",
            "AGREE",
            "GIN",
            "IGO",
        ),
        # An institution of no country named, placed where the phrase puts it.
        (
            "Iran shipped rifles to the rebel government in Yemen last month, officials said.",
            "AID",
            "IRN",
            "YEM",
        ),
        # Aid goes to the state the phrase names.
        (
            "Kuwait airlifted tents and blankets to survivors in Turkey's Hatay province.",
            "AID",
            "KWT",
            "TUR",
        ),
        # A show of force is aimed at the state named in its occasion.
        (
            "Greece moved troops to its islands in the Aegean amid tension with Turkey.",
            "MOBILIZE",
            "GRC",
            "TUR",
        ),
        # The partner named on the agreement itself.
        (
            "Chile's Senate ratified a trade pact with Vietnam on Tuesday.",
            "SUPPORT",
            "CHL",
            "VNM",
        ),
        # "balked at" a request: whose request it was.
        (
            "Hungary balked at a Polish request to share the costs of the fence.",
            "REJECT",
            "HUN",
            "POL",
        ),
        # A two-word demonym.
        (
            "Pyongyang rejected a South Korean offer of rice on Tuesday.",
            "REJECT",
            "PRK",
            "KOR",
        ),
    ],
)
def test_target_found(nlp, sentence, event_type, source, target):
    event = only(code(nlp, sentence), event_type)
    assert countries(event.source) == {source}
    assert countries(event.target) == {target}


def test_unplaced_institution_asked_by_one_country_is_its_own(nlp):
    # "the federal government" names no country; Nigerian unions petition their own.
    event = only(
        code(nlp, "Nigerian unions urged the federal government to restore the fuel subsidy."),
        "REQUEST",
    )
    assert countries(event.target) == {"NGA"}
    assert {a.sector for a in event.target} == {"GOV"}


def test_force_keeps_an_unplaced_target_unplaced(nlp):
    # Force is often used abroad: militants of no named country are not the doer's own.
    event = only(code(nlp, "Indian troops killed three militants on Sunday."), "ASSAULT")
    assert "IND" not in countries(event.target)


def test_demonym_role_behind_modifiers(nlp):
    # "French rail workers": the role behind a lower-case modifier keeps its country.
    event = only(code(nlp, "French rail workers went on strike on Thursday."), "PROTEST")
    assert {(a.country, a.sector) for a in event.source} == {("FRA", "LAB")}


def test_demonym_before_a_generic_group_is_not_an_actor(nlp):
    # "a South Korean girl group" is no one's agent.
    events = code(nlp, "A South Korean girl group will visit Jakarta next month.")
    assert not [e for e in events if e.event_type == "CONSULT"]


def test_lower_case_words_are_no_place_name(nlp):
    # "the west bank of the river" is not the West Bank.
    event = only(
        code(nlp, "Russia withdrew its troops from the west bank of the river on Friday."),
        "RETREAT",
    )
    assert "PSE" not in countries(event.target)


def test_stance_words_name_no_target(nlp):
    # The pro-Russian party is Moldova's own.
    event = only(
        code(nlp, "Moldova's Constitutional Court outlawed the pro-Russian Unity party."),
        "COERCE",
    )
    assert "RUS" not in countries(event.target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rising floodwaters threatened to swamp villages in Bangladesh on Monday.",
        "Low turnout threatened to derail the festival in Kenya.",
    ],
)
def test_threat_without_a_threatener_is_no_event(nlp, sentence):
    assert not [e for e in code(nlp, sentence) if e.event_type == "THREATEN"]


def test_agreement_with_a_placed_company_names_no_state(nlp):
    # "a club in Los Angeles" is no partner state.
    events = code(nlp, "The Mexican striker agreed a contract with a Los Angeles club in May.")
    assert all("USA" not in countries(e.target) for e in events)


def test_unnamed_crowd_is_placed_and_protests_to_its_government(nlp):
    event = only(
        code(nlp, "Tens of thousands of people demonstrated in Tbilisi against the government."),
        "PROTEST",
    )
    assert countries(event.source) == {"GEO"}
    assert countries(event.target) == {"GEO"}


def test_citizens_appealing_to_one_state_are_its_own(nlp):
    event = only(
        code(nlp, "Relatives of jailed dissidents petitioned the Syrian president on Monday."),
        "REQUEST",
    )
    assert countries(event.source) == {"SYR"}


def test_sit_in_outside_an_institution_targets_it(nlp):
    event = only(
        code(nlp, "Unemployed graduates staged a sit-in outside the Moroccan parliament in Rabat."),
        "PROTEST",
    )
    assert {(a.country, a.sector) for a in event.target} == {("MAR", "LEG")}


def test_demonym_place_locates_the_event(nlp):
    event = only(code(nlp, "Youths rioted in the Algerian capital on Wednesday."), "PROTEST")
    assert event.location is not None and event.location.country == "DZA"


def test_a_country_that_attacks_acts_through_its_military(nlp):
    event = only(code(nlp, "Israel bombed a refugee camp in Gaza on Monday."), "ASSAULT")
    assert {(a.country, a.sector) for a in event.source} == {("ISR", "MIL")}


def test_a_country_that_speaks_is_its_government(nlp):
    event = only(code(nlp, "Israel accused Iran of arming Hezbollah."), "ACCUSE")
    assert {(a.country, a.sector) for a in event.source} == {("ISR", "GOV")}


def test_former_office_holders_are_elites(nlp):
    event = only(
        code(nlp, "Former President Jacob Zuma criticised the ruling party on Monday."), "ACCUSE"
    )
    assert {(a.country, a.sector) for a in event.source} == {("ZAF", "ELI")}


def test_those_attacked_abroad_belong_to_the_place_struck(nlp):
    event = only(code(nlp, "Israel bombed a refugee camp in Gaza on Monday."), "ASSAULT")
    assert {(a.country, a.sector) for a in event.target} == {("PSE", "REF")}


def test_villages_struck_abroad_are_that_country_s_civilians(nlp):
    event = only(code(nlp, "Israeli warplanes struck villages in southern Lebanon."), "ASSAULT")
    assert {(a.country, a.sector) for a in event.target} == {("LBN", "CVL")}
