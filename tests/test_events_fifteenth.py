"""Coding added in the fifteenth pass: mended lemmas, gerunds, refusals, stoppages, drills,
peacekeepers and the PLOVER 2.0 readings. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from eventwire.events.lemmas import base_forms
from tests.test_events import code, countries, only


def test_base_forms_of_regular_verbs():
    assert "stage" in base_forms("staged")
    assert "wage" in base_forms("waging")
    assert "extol" in base_forms("extolled")
    assert "ally" in base_forms("allied")


def test_verb_the_small_model_lemmatises_wrongly_still_codes(nlp):
    # en_core_web_sm reads "staged" as "stag"; the lemma is mended before the rules run.
    event = only(code(nlp, "Nurses in Nairobi staged a strike on Monday."), "PROTEST")
    assert event.trigger.startswith("staged")


@pytest.mark.parametrize(
    ("sentence", "event_type", "source", "target"),
    [
        ("The lifting of the siege of Sarajevo by the Serbs was welcomed.", "RETREAT", "", ""),
        (
            "The signing of a water treaty between Egypt and Sudan took place in Cairo.",
            "SUPPORT",
            "EGY",
            "SDN",
        ),
        (
            "Intelligence sharing between Morocco and Spain led to the arrests.",
            "COOPERATE",
            "MAR",
            "ESP",
        ),
    ],
)
def test_a_verbs_act_named_by_its_gerund(nlp, sentence, event_type, source, target):
    event = only(code(nlp, sentence), event_type)
    assert event.rule.startswith("gerund.")
    if source:
        assert {source, target} == countries(event.source) | countries(event.target)


def test_a_finite_verb_parsed_as_a_modifier_still_codes(nlp):
    text = "Brazilian President Luiz Inacio Lula voiced support for Argentina's bid on Monday."
    event = only(code(nlp, text), "SUPPORT")
    assert countries(event.source) == {"BRA"}
    assert "ARG" in countries(event.target)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Serbia said it would not accept the court's verdict on the border.", "120"),
        ("The junta said it would not bow to pressure from the regional bloc.", "124"),
    ],
)
def test_a_plainly_negated_concession_is_a_refusal(nlp, sentence, cameo):
    event = only(code(nlp, sentence), "REJECT")
    assert (event.cameo, event.modality) == (cameo, "asserted")
    assert event.rule.endswith(".refused")


def test_a_negated_agreement_stays_a_negated_agreement(nlp):
    event = only(code(nlp, "Ghana did not agree to the loan terms."), "AGREE")
    assert event.modality == "negated"


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The rebels announced a halt to attacks on government convoys.", "RETREAT"),
        ("Norway announced a suspension of aid to the Malian junta.", "SANCTION"),
        ("Japan announced a halt to all trade with the regime.", "SANCTION"),
    ],
)
def test_stopping_an_act_is_coded_by_what_is_stopped(nlp, sentence, event_type):
    events = code(nlp, sentence)
    only(events, event_type)
    # the stopped act is not an event of its own
    assert "ASSAULT" not in {e.event_type for e in events}
    assert "AID" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # drills with a partner are cooperation; alone, a show of force
        ("Indonesian warships held drills with the Australian navy in the Timor Sea.", "COOPERATE"),
        ("Chile's army took part in an exercise alongside Peruvian forces.", "COOPERATE"),
        ("The Iranian navy held military drills in the Gulf of Oman.", "MOBILIZE"),
        # forces sent for peacekeeping are protection given (AID), not a show of force
        ("Ghana sent 800 soldiers to join the peacekeeping force in Lebanon.", "AID"),
        ("Rwanda deployed troops along its border with Burundi.", "MOBILIZE"),
        # arming one's own militias mobilizes; arming another is aid
        ("Sudan's government armed Arab militias in Darfur.", "MOBILIZE"),
        ("The United States provided Taiwan with air-defence missiles.", "AID"),
    ],
)
def test_forces_drills_and_arms_by_whom_and_for_what(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_giving_with_names_the_recipient(nlp):
    event = only(code(nlp, "Japan provided Mongolia with emergency food aid."), "AID")
    assert countries(event.target) == {"MNG"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Azerbaijan began pumping gas to Georgia through the new pipeline.", "COOPERATE"),
        ("Egyptian detectives worked alongside Italian police on the case.", "COOPERATE"),
        ("Tunisian authorities throttled access to Facebook during the vote.", "COERCE"),
        ("The regulator suspended internet services in the province.", "COERCE"),
        ("The mayor softened the rules on street vendors after the protests.", "CONCEDE"),
        ("The cabinet dropped its proposal for a new fuel tax.", "CONCEDE"),
        ("Parliament lifted its veto on the mining bill.", "CONCEDE"),
        ("Canada slapped sanctions on four Haitian gang leaders.", "SANCTION"),
        ("Malaysia halted all imports from the neighbouring state.", "SANCTION"),
        ("The US Treasury blacklisted two Iranian shipping firms.", "SANCTION"),
        ("Thousands of Chileans poured into the streets of Santiago.", "PROTEST"),
        ("Protesters hurled stones at the police in Lagos.", "PROTEST"),
        ("The Kenyan health minister quit on Monday.", "RETREAT"),
        ("Venezuela declared a general mobilisation on Sunday.", "MOBILIZE"),
        ("South Korea readied its missile batteries near the border.", "MOBILIZE"),
        ("Colombia gave the rebels 48 hours to leave the town.", "THREATEN"),
        ("Turkey's president reaffirmed his backing for Azerbaijan.", "SUPPORT"),
        ("The senate opened an inquiry into the arms deal.", "ACCUSE"),
    ],
)
def test_words_of_the_fifteenth_pass(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_a_crowd_that_sets_fire_riots_but_settlers_attack(nlp):
    assert "PROTEST" in {e.event_type for e in code(nlp, "Rioters set fire to cars in Lyon.")}
    events = code(nlp, "Settlers set fire to a mosque near Ramallah.")
    assert "ASSAULT" in {e.event_type for e in events}


def test_a_known_surname_is_not_a_town(nlp):
    # "Bush" is also a town in Egypt; as a lone name it is the president.
    event = only(code(nlp, "Bush gave the Taliban 48 hours to hand over the suspects."), "THREATEN")
    assert "EGY" not in countries(event.source)


def test_plover_2_readings(nlp):
    # PLOVER 2.0 where it departs from the 2021 draft crosswalk (eventwire/data/plover2.tsv);
    # a signing stays SUPPORT (057) as the crosswalk and the gold sets code it
    assert only(code(nlp, "Peru and Chile signed a fisheries accord."), "SUPPORT").cameo == "057"
    assert only(code(nlp, "The interior minister resigned."), "RETREAT").mode == "resign"
    event = only(code(nlp, "A court in Minsk convicted the journalist of treason."), "SANCTION")
    assert event.mode == "convict"
    assert only(code(nlp, "The EU imposed sanctions on Belarus."), "SANCTION").cameo == "163"
    assert only(code(nlp, "Japan lifted sanctions on India."), "CONCEDE").cameo == "085"


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        # whose proposal is accepted or rejected is the other side
        ("Chad accepted a Nigerian proposal for joint border patrols.", "AGREE", "NGA"),
        # what is withdrawn or given carries where it leaves or goes
        ("Uganda withdrew most of its troops from South Sudan on Friday.", "RETREAT", "SSD"),
        ("Norway gave 5 million dollars in emergency aid to Malawi.", "AID", "MWI"),
        # forces shown at a border are shown to the country across it
        ("India deployed two divisions along its border with China.", "MOBILIZE", "CHN"),
        ("Ghana's president lashed out at Togo over the border closure.", "ACCUSE", "TGO"),
    ],
)
def test_the_other_side_named_in_the_object_or_a_border(nlp, sentence, event_type, target):
    assert target in countries(only(code(nlp, sentence), event_type).target)


def test_coordinated_nationalities_give_both_sides(nlp):
    event = only(code(nlp, "Egyptian and Jordanian forces staged joint exercises."), "COOPERATE")
    assert countries(event.source) | countries(event.target) == {"EGY", "JOR"}


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo"),
    [
        ("The president said he would not negotiate with the kidnappers.", "REJECT", "125"),
        (
            "Ankara said it would not hesitate to use force against the militants.",
            "THREATEN",
            "138",
        ),
        ("Ugandan and Sudanese officers set up a joint monitoring team.", "COOPERATE", "060"),
        ("Myanmar allowed UN aid convoys to enter Rakhine state.", "RETREAT", "086"),
        ("The rebels handed in their weapons to the commission.", "RETREAT", "0873"),
        ("A court in Ankara handed down prison terms to four deputies.", "SANCTION", "116"),
    ],
)
def test_refusals_threats_and_acts_in_other_words(nlp, sentence, event_type, cameo):
    assert only(code(nlp, sentence), event_type).cameo == cameo


def test_a_missile_fired_at_a_ship_at_sea_is_an_attack(nlp):
    text = "Houthi forces fired two missiles at a container ship in the Red Sea."
    assert "ASSAULT" in {e.event_type for e in code(nlp, text)}
    test = "North Korea fired two missiles into the sea off its east coast."
    assert "ASSAULT" not in {e.event_type for e in code(nlp, test)}


def test_a_state_acting_on_its_own_people_targets_its_country(nlp):
    event = only(code(nlp, "Zimbabwean police detained 40 opposition activists."), "COERCE")
    assert countries(event.target) == {"ZWE"}
    event = only(code(nlp, "The Jordanian government lifted the curfew in Maan."), "CONCEDE")
    assert countries(event.target) == {"JOR"}
    assert event.rule.endswith(".domestic")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Nepal stonewalled repeated requests for a border commission.", "REJECT"),
        ("Ecuador knocked back Peru's offer of mediation.", "REJECT"),
        ("Ghana's foreign minister upbraided Togo over the detentions.", "ACCUSE"),
        ("Spain's prime minister took aim at Morocco over the migrant crossings.", "ACCUSE"),
        ("The Bolivian government walked back a decree raising fuel prices.", "CONCEDE"),
        ("The Kenyan government caved in to the nurses on Friday.", "CONCEDE"),
        ("Cuba paroled 53 political prisoners in January.", "RETREAT"),
        ("Pakistan returned a captured Indian pilot at the border.", "RETREAT"),
        ("Peruvian students picketed the ministry of education in Lima.", "PROTEST"),
        ("Thousands of Thai students massed outside parliament in Bangkok.", "PROTEST"),
        ("Nicaraguan police cracked down on Catholic clergy in Matagalpa.", "COERCE"),
        ("Turkish prosecutors ordered the detention of the Istanbul mayor.", "COERCE"),
        ("Israeli authorities barred two US congresswomen from entering the country.", "COERCE"),
        ("Belgrade would intervene if Kosovo police entered the north, Serbia said.", "THREATEN"),
        ("Israel's prime minister put the judicial overhaul on hold in March.", "CONCEDE"),
        ("Iranian authorities clamped down on internet access in Tehran.", "COERCE"),
        ("Japan renewed its calls on North Korea to return the abductees.", "REQUEST"),
        ("The cabinet paused its judicial overhaul after the strike.", "CONCEDE"),
        ("Ecuador's president decreed a state of emergency in seven provinces.", "COERCE"),
        ("Turkish prosecutors issued detention warrants for 110 officers.", "COERCE"),
        ("Pakistan's media regulator suspended the licence of a private channel.", "COERCE"),
        ("The prime minister postponed a planned rise in fuel taxes.", "CONCEDE"),
        ("Scholz encouraged Beijing to use its influence over Moscow.", "REQUEST"),
        ("Kenya's minister said anyone at the banned rally would face arrest.", "THREATEN"),
    ],
)
def test_words_of_the_sixteenth_pass(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_the_side_that_must_meet_a_condition_is_threatened(nlp):
    text = "Iran said it would close the Strait of Hormuz if the United States halted its exports."
    event = only(code(nlp, text), "THREATEN")
    assert countries(event.target) == {"USA"}


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Students in Dhaka staged a sit-in outside the university.", "PROTEST"),
        ("Israel held the Palestinian Authority responsible for the bombings.", "ACCUSE"),
        ("Bolivia's president rescinded a decree raising fuel prices.", "CONCEDE"),
        ("Iraq resumed crude oil exports to Syria through the pipeline.", "COOPERATE"),
        ("Iran shipped hundreds of rockets to Hezbollah in southern Lebanon.", "AID"),
        ("Egyptian and Sudanese officials exchanged lists of wanted militants.", "COOPERATE"),
    ],
)
def test_split_words_chained_compounds_and_late_complements(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


def test_a_nationality_the_model_took_for_a_name_still_names_the_side(nlp):
    text = "The shelling of the town of Jermuk by Azerbaijani artillery continued."
    assert countries(only(code(nlp, text), "ASSAULT").source) == {"AZE"}


def test_a_crowd_named_by_its_head_noun_obstructs(nlp):
    # "supporters of Evo Morales" are a crowd, not Morales's government
    events = code(nlp, "Supporters of Evo Morales blocked roads across Bolivia.")
    assert "PROTEST" in {e.event_type for e in events}
    events = code(nlp, "Israeli troops blocked the road to the village.")
    assert "COERCE" in {e.event_type for e in events}
