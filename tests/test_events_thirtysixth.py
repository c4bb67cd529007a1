"""Events read in the thirty-sixth pass: measures taken or taken back after protests and
demands, officials sacked under pressure, another state's trucks and planes barred, charges a
state brings, intelligence handed over by list or by name, agreements revoked, talks cancelled,
forces admitted, broadcasters forced off the air, strikes told as staying off work, threats of
dissent by those who would carry it out, measures lifted with whom they were laid on, and
resistance met that is no meeting. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import assert_coded_with_sides, code
from tests.test_events_twentyfourth import assert_no_event


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a measure passed, granted or taken back after protests or demands yields to them
        (
            "Latvia's parliament approved a new language law after months of protests by "
            "teachers in Riga.",
            "083",
            "LVA",
            None,
        ),
        (
            "The Zambian government agreed to raise bursaries for students after a two-week "
            "sit-in outside the ministry in Lusaka.",
            "080",
            "ZMB",
            None,
        ),
        (
            "The Chilean government withdrew the pension bill, bowing to the demands of the "
            "unions.",
            "083",
            "CHL",
            None,
        ),
        (
            "Ecuador's government cancelled the fuel price rise after weeks of protests by "
            "indigenous groups.",
            "080",
            "ECU",
            None,
        ),
        (
            "The Lagos state governor sacked the police commissioner after weeks of protests by "
            "traders.",
            "0831",
            None,
            None,
        ),
        # another state's trucks or planes barred: an embargo, not a curb at home
        ("Uzbekistan banned Kyrgyz trucks from its roads on Friday.", "163", "UZB", "KGZ"),
        ("The Emirates barred Qatari planes from its airspace.", "163", "ARE", "QAT"),
        # a state's charge against its people is legal action (CAMEO 173)
        ("Police in Harare charged six opposition activists with treason.", "173", "ZWE", None),
        # intelligence handed over by list, by details or by identities
        (
            "Moroccan intelligence handed Spanish police a list of suspected militants.",
            "064",
            "MAR",
            "ESP",
        ),
        (
            "Algeria passed the locations of rebel camps to the Malian army.",
            "064",
            "DZA",
            "MLI",
        ),
        (
            "Jordan shared the identities of Islamic State fighters with Iraqi authorities.",
            "064",
            "JOR",
            "IRQ",
        ),
        # an agreement revoked or torn up lowers relations; talks cancelled are broken off
        (
            "Mali revoked its defence agreement with France on Tuesday.",
            "160",
            "MLI",
            "FRA",
        ),
        (
            "Seoul cancelled the next round of talks with Pyongyang.",
            "164",
            "KOR",
            "PRK",
        ),
        # forces let in; a broadcaster forced off the air; a strike told as staying off work
        (
            "Burundi admitted a battalion of African Union peacekeepers into the capital.",
            "0861",
            "BDI",
            None,
        ),
        (
            "Bolivia's government forced a private television channel off the air.",
            "1721",
            "BOL",
            None,
        ),
        ("Chilean copper miners stayed off work for a third day.", "143", "CHL", "CHL"),
        ("The parliament in Taipei gave way to pressure from the unions.", "080", "TWN", None),
        # those who would protest threaten it when they warn of it
        ("Kenyan teachers warned of a national strike over pay.", "133", "KEN", "KEN"),
        # a measure lifted is aimed at whom it was laid on
        (
            "Sanctions imposed on Belarus in 2020 were lifted on Thursday.",
            "085",
            None,
            "BLR",
        ),
        (
            "The curfew imposed on Dhaka last week was lifted on Monday.",
            "081",
            None,
            "BGD",
        ),
        # forces massed, brought in or flooding a city; networks switched off
        (
            "Rebel commanders gathered thousands of fighters outside Goma.",
            "154",
            None,
            None,
        ),
        ("Police brought in reinforcements to Tbilisi.", "154", None, None),
        ("French police flooded the streets of Paris with officers.", "153", "FRA", None),
        ("Uganda's government blocked Facebook ahead of the vote.", "1721", "UGA", None),
        # things of worth handed back, refuge given by name, relief run, a war footing, armies
        # named by their arm, soldiers marching as a show of force
        ("Belgium returned looted statues to Congo on Friday.", "0842", "BEL", "COD"),
        ("The Swedish embassy sheltered a dissident journalist.", "075", "SWE", None),
        ("The Red Cross ran field hospitals for refugees in Chad.", "073", None, None),
        ("Azerbaijan put its army on a war footing.", "152", "AZE", None),
        ("Serbian armoured units took control of the bridge.", "192", "SRB", None),
        ("Soldiers and riot police marched through Bujumbura's suburbs.", "150", None, None),
        # fighting beside another's forces; halls opened as relief; an agency pulling out
        (
            "Kurdish fighters joined American commandos in sweeps against Islamic State.",
            "062",
            None,
            "USA",
        ),
        ("Mosques in Sylhet opened their halls to flood victims.", "073", None, None),
        ("Doctors Without Borders pulled out of Burundi.", "166", None, "BDI"),
        # a mission told to leave is expelled
        ("Chad told the UN peacekeepers to leave the country.", "1661", "TCD", None),
        # supporters of a movement occupy as protesters do, not as fans
        (
            "Armenian opposition supporters occupied the main square overnight.",
            "144",
            "ARM",
            None,
        ),
    ],
)
def test_codes_and_sides_of_the_thirty_sixth_pass(nlp, sentence, cameo, source, target):
    assert_coded_with_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        # resistance met is no meeting
        "Tanks advanced on the town, meeting heavy resistance from the defenders.",
        "The budget plan met with criticism from economists.",
        # football supporters invading a pitch are no protest
        "Celtic supporters invaded the pitch after the final whistle.",
        # officials foreseeing protests threaten nothing
        "The interior ministry warned of protests over the weekend.",
    ],
)
def test_no_event_in_the_thirty_sixth_pass(nlp, sentence):
    assert_no_event(nlp, sentence)


def test_barred_people_and_firms_stay_restricted(nlp):
    # people barred from entry and a firm named by its state stay a curb (172)
    events = code(nlp, "Israeli authorities barred two Irish senators from entering the country.")
    assert any(e.cameo == "172" for e in events), [(e.cameo, e.rule) for e in events]
    events = code(nlp, "The junta banned the opposition party from politics.")
    assert all(e.cameo != "163" for e in events), [(e.cameo, e.rule) for e in events]


def test_a_charge_laid_on_a_state_stays_an_accusation(nlp):
    events = code(nlp, "Armenia charged Azerbaijan with stalling the peace talks.")
    assert {e.event_type for e in events} == {"ACCUSE"}, [(e.cameo, e.rule) for e in events]


def test_hong_kongs_chief_executive_governs(nlp):
    events = code(nlp, "Macau's chief executive met the Portuguese president in Lisbon.")
    assert any(a.sector == "GOV" for e in events for a in e.source), [
        [(a.text, a.sector) for a in e.source] for e in events
    ]


def test_institutions_named_after_a_countrys_possessive_keep_its_country(nlp):
    for sentence, sector in (
        ("Kenya's Constitutional Court outlawed the ruling party's youth wing.", "JUD"),
        ("Vietnam's trade ministry placed six firms on its blacklist.", "GOV"),
    ):
        events = code(nlp, sentence)
        sources = [(a.country, a.sector) for e in events for a in e.source]
        assert sources and all(country is not None for country, _ in sources), sources
        assert any(s == sector for _, s in sources), sources


def test_an_act_kept_from_is_no_event_and_the_one_kept_from_it_is_its_doer(nlp):
    events = code(nlp, "Qatar prohibited its citizens from travelling to Syria.")
    assert {e.event_type for e in events} == {"COERCE"}, [(e.cameo, e.rule) for e in events]
    events = code(nlp, "Police stopped the students from marching on parliament.")
    marches = [e for e in events if e.event_type == "PROTEST"]
    assert marches and all(a.sector != "COP" for e in marches for a in e.source), [
        (e.cameo, [(a.text, a.sector) for a in e.source]) for e in events
    ]
