"""Coding added in the twenty-sixth pass: measures kept in force (declining to ease them, 124x),
payments withheld (PLOVER 2.0 COERCE, withhold), acts judged as atrocities, and many-sense verbs
read by their object. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from eventwire.events.codebook import coding_for
from eventwire.events.refining import refine
from tests.test_events import code, countries
from tests.test_events_twentyfourth import assert_no_event
from tests.test_events_twentythird import coded_with


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # keeping a measure in force declines to ease it, whatever the measure
        (
            "Brussels extended its economic sanctions on Minsk for a further year.",
            "1244",
            "",
            "BLR",
        ),
        ("Washington renewed the trade embargo on Havana in September.", "1244", "USA", "CUB"),
        ("Ottawa maintained its sanctions on Caracas despite the talks.", "1244", "CAN", "VEN"),
        ("A Minsk court extended the detention of a Polish journalist.", "1243", "", "POL"),
        ("Britain renewed its ban on the Iranian group for another year.", "1241", "GBR", "IRN"),
        ("Israel prolonged its blockade of Gaza.", "1246", "ISR", "PSE"),
    ],
)
def test_measures_kept_in_force(nlp, sentence, cameo, source, target):
    events = coded_with(nlp, sentence, cameo, source, target)
    assert all(coding_for(e.cameo).event_type == "REJECT" for e in events)


def test_keeping_a_measure_is_not_imposing_it_again():
    # the refusal keeps its own code: the kept measure only says what is not eased
    assert refine("1244", "163") == "1244"
    assert refine("1241", "172") == "1241"
    # other refusals still take the code of what they refuse
    assert refine("120", "0841") == "1243"
    assert refine("120", "163") == "120"


def test_payments_withheld_are_coercion(nlp):
    events = coded_with(
        nlp,
        "Israel withheld $80 million in customs revenues from the Palestinian Authority.",
        "170",
        "ISR",
        "PSE",
    )
    assert coding_for(events[0].cameo).event_type == "COERCE"
    # aid held back stays a cut in aid (SANCTION)
    coded_with(nlp, "Washington withheld $60 million in military aid from Cairo.", "162", "USA")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Palestinian Authority called the Israeli raid a massacre.",
        "Damascus called the Turkish bombardment an atrocity.",
    ],
)
def test_an_act_judged_an_atrocity_is_criticism(nlp, sentence):
    events = code(nlp, sentence)
    assert [e.cameo for e in events] == ["111"], [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("Japan stood by Manila in its row with Beijing.", "051", "JPN", "PHL"),
        ("Venezuela rattled sabres at Guyana over the oil fields.", "138", "VEN", "GUY"),
        ("Nigeria closed two French consulates in a diplomatic row.", "161", "NGA", "FRA"),
        ("Bolivian shopkeepers closed shops in a strike against new taxes.", "143", "BOL", ""),
        ("Peruvian police turned water cannon on marching teachers in Lima.", "175", "PER", ""),
        ("Colombian riot police blasted students with tear gas in Bogota.", "175", "COL", ""),
        ("Kurdish militants blasted an oil pipeline in southeastern Turkey.", "1712", "", ""),
        ("Greece stepped up its military presence on the islands.", "154", "GRC", ""),
        ("Croatian police pushed back migrants at the Bosnian border.", "174", "HRV", ""),
        ("Tehran backed Lebanese militants with rifles and rockets.", "072", "IRN", "LBN"),
        ("Egyptian police sealed the headquarters of the opposition party.", "172", "EGY", ""),
        ("A Cairo court delivered a guilty verdict against the blogger.", "116", "EGY", ""),
        ("Oman hosted joint naval drills with India.", "062", "OMN", "IND"),
        ("Turkey welcomed thousands of Syrian refugees.", "075", "TUR", "SYR"),
        ("Israel slammed the door on talks with Hamas.", "125", "ISR", "PSE"),
        ("A Harare court denied bail to the opposition leader.", "1243", "", ""),
        ("Myanmar gave UN aid convoys access to Rakhine.", "0863", "MMR", ""),
        ("Iraq cut internet access across Kurdistan during the vote.", "1721", "IRQ", ""),
        ("Canberra pulled its ambassador from Tehran after the hanging.", "161", "AUS", "IRN"),
        ("The Zambian parliament suspended six opposition MPs.", "172", "ZMB", ""),
        ("Germany forgave 200 million marks of debt owed by Zambia.", "071", "DEU", ""),
        ("Poland sought more air-defence batteries from Washington.", "0232", "POL", "USA"),
        ("Belgium said sorry to Rwanda for its failures in 1994.", "055", "BEL", ""),
    ],
)
def test_many_sense_verbs_by_their_object(nlp, sentence, cameo, source, target):
    coded_with(nlp, sentence, cameo, source, target)


def test_people_subjected_to_torment_are_assaulted(nlp):
    coded_with(nlp, "Russian guards subjected Chechen detainees to beatings.", "182", prefix=True)


def test_missiles_launched_at_a_ship_are_an_attack(nlp):
    coded_with(nlp, "Houthi rebels launch missiles at a Greek tanker in the Red Sea", "195")
    # one fired into the sea at no one is a show of force
    coded_with(nlp, "North Korea launched two missiles into the sea off its east coast.", "150")


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery closed its shops in the old town for the holidays.",
        "The central bank maintained its interest rate at 4 percent.",
        "The museum extended its opening hours for the summer.",
        "Fans welcomed the team home at the airport.",
    ],
)
def test_everyday_uses_stay_no_events(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # an event noun's "by" and "to" phrases hung on what it is of
        (
            "The expulsion of 12 Iranian diplomats by Germany was announced on Friday.",
            "166",
            "DEU",
            "IRN",
        ),
        (
            "The extradition of the former minister by Spain to Argentina took two years.",
            "063",
            "ESP",
            "ARG",
        ),
        # the one foreign place a visit or a cut is done in
        (
            "Mexico's foreign minister toured refugee camps along the border in Guatemala.",
            "042",
            "MEX",
            "GTM",
        ),
        # a clause that opens with its country
        (
            "In Kenya, the interior ministry summoned the Somali ambassador on Monday.",
            "",
            "KEN",
            "SOM",
        ),
        # an appositive that describes the doer names no second doer
        (
            "Norway, one of Sudan's biggest donors, froze its aid to Khartoum in 2012.",
            "",
            "NOR",
            "SDN",
        ),
        # a state's speaker reports its own act in the passive
        (
            "Military intelligence was shared with Kyiv on Monday, Poland's defence ministry said.",
            "064",
            "POL",
            "UKR",
        ),
    ],
)
def test_sides_from_the_shape_of_the_sentence(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


def assert_sides(nlp, sentence: str, cameo: str, source: str, target: str) -> None:
    """An event of that code (any, when "") with exactly that source country and, when given,
    that target country."""
    events = [e for e in code(nlp, sentence) if not cameo or e.cameo == cameo]
    assert any(countries(e.source) == {source} for e in events), [
        (e.cameo, countries(e.source), countries(e.target)) for e in code(nlp, sentence)
    ]
    if target:
        assert any(target in countries(e.target) for e in events)


def test_a_firm_abroad_deals_with_no_state(nlp):
    for event in code(nlp, "The Korean carmaker will invest $5 billion in a new plant in Georgia."):
        assert not any(a.sector == "GOV" for a in event.target), event


def test_who_reports_receiving_an_act_did_not_do_it(nlp):
    for event in code(
        nlp, "Twelve Ghanaian sailors were handed back at the border, Ghana's navy said."
    ):
        assert "GHA" not in countries(event.source), event


def test_an_act_reported_by_another_state_was_done_to_it(nlp):
    # with no one else named to receive it, the reporting state's speaker receives it
    coded_with(
        nlp,
        "Armenian negotiators said Azerbaijan had suspended the border talks.",
        "164",
        "AZE",
        "ARM",
    )
    # not when the speaker is an onlooker, or the two sides act together
    for sentence in (
        "Sudan and South Sudan resumed talks in Addis Ababa, an Ethiopian spokesman said.",
        "Rebels laid down their weapons at camps in the east, UN officials said.",
    ):
        for event in code(nlp, sentence):
            assert not countries(event.target) & {"ETH", "IGO", "UNO"}, event


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a noun made from a verb names its act as a gerund does
        ("The delivery of 40 tonnes of food by Chile to Peru was completed.", "070", "CHL", "PER"),
        (
            "The legalisation of opposition parties by Ghana's parliament ended one-party rule.",
            "0812",
            "GHA",
            "",
        ),
        # ... and the light verb's noun: the "of" phrase may hang on the agent
        (
            "The imposition by Nepal's king of a state of emergency was his second.",
            "1724",
            "NPL",
            "",
        ),
    ],
)
def test_nouns_made_from_verbs(nlp, sentence, cameo, source, target):
    coded_with(nlp, sentence, cameo, source, target)


def test_delivery_taken_is_received_not_given(nlp):
    assert_no_event(
        nlp, "The Chilean airline said it would take delivery of 12 new jets this year."
    )


def test_setting_up_a_team_is_no_sport(nlp):
    coded_with(
        nlp,
        "Ghana agreed to set up a joint border verification team with Togo, officials said.",
        "03",
        "GHA",
        prefix=True,
    )


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # the subject after an opening phrase, parsed as that phrase's appositive
        (
            "At a summit hosted by Kenya in Mombasa, Uganda endorsed Somalia's new government.",
            "051",
            "UGA",
            "SOM",
        ),
        (
            "After mediation by Qatar, Chad's government restored the licences of two parties.",
            "",
            "TCD",
            "",
        ),
    ],
)
def test_subjects_after_an_opening_phrase(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # consent to force is no threat
        ("Benin agreed to deploy 2,000 soldiers to Haiti.", "0334"),
        ("Mozambique agreed to the deployment of a Rwandan force in Cabo Delgado.", "0355"),
    ],
)
def test_consent_to_force_is_no_threat(nlp, sentence, cameo):
    events = coded_with(nlp, sentence, cameo)
    assert all(coding_for(e.cameo).event_type == "AGREE" for e in events)


def test_a_march_halted_by_police_is_restricted_not_eased(nlp):
    coded_with(
        nlp, "Kenyan police halted the teachers' march to Nairobi with tear gas.", "191", "KEN"
    )
    # the marchers who halt their own march ease their dissent
    coded_with(nlp, "Striking Kenyan teachers halted their march after talks.", "082", "KEN")


def test_a_terror_threat_level_raised_is_police_alert(nlp):
    coded_with(nlp, "France raised its terror threat level to the maximum.", "151", "FRA")


def test_troops_pushed_back_are_fought(nlp):
    coded_with(
        nlp, "Armenian forces pushed Azerbaijani troops back from the pass.", "190", "ARM", "AZE"
    )


def test_a_capitals_possessive_names_the_state(nlp):
    # "Kyiv's drones": the capital stands for the state that owns them
    assert_sides(
        nlp,
        "Kyiv's drones struck an oil refinery in Russia's Belgorod region.",
        "195",
        "UKR",
        "RUS",
    )
    # a city's own things do not name a state actor
    assert not code(nlp, "Lima's museums reopened on Monday after the holiday.")
