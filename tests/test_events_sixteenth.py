"""Coding added in the sixteenth pass: misparsed predicates, aspect verbs on event nouns and
new words. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries, only


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        # The small model reads "X scrambled fighter jets" as one noun phrase.
        ("Pakistan scrambled fighter jets.", "MOBILIZE", "PAK"),
        (
            "Peru's air force scrambled fighter jets along the border on Tuesday, a military "
            "spokesman said.",
            "MOBILIZE",
            "PER",
        ),
        # A clause on a noun that has an object is active: the strikes did the killing.
        ("Israeli air strikes killed at least 20 people in Rafah overnight.", "ASSAULT", "ISR"),
        # Aspect verbs carry an event noun's doer.
        ("French President Emmanuel Macron began a state visit to Morocco.", "CONSULT", "FRA"),
        ("Colombia's government and the rebels clinched a deal in Havana.", "AGREE", "COL"),
        # Deeds done "in protest" are the doers' protest.
        ("Farmers in Kenya blocked highways in protest against the new tax.", "PROTEST", "KEN"),
        ("Bangladeshi authorities relaxed the nationwide curfew on Sunday.", "CONCEDE", "BGD"),
        ("Britain slapped asset freezes and travel bans on six oligarchs.", "SANCTION", "GBR"),
        ("Turkish troops abandoned an observation post near the town.", "RETREAT", "TUR"),
        ("Chad's junta allowed UN investigators access to the town of Abeche.", "RETREAT", "TCD"),
        ("Russian and Chinese bombers conducted joint air patrols over the sea.", "COOPERATE", ""),
    ],
)
def test_coded(nlp, sentence, event_type, source):
    event = only(code(nlp, sentence), event_type)
    if source:
        assert source in countries(event.source)


def test_participle_on_a_subject_noun_stays_a_modifier(nlp):
    # "Pakistan's detained activists were freed": Pakistan did not detain anyone here.
    events = code(nlp, "Pakistan's detained activists were freed on Monday.")
    assert not [e for e in events if e.event_type == "COERCE"]


def test_a_clinched_deal_in_a_capital_names_no_partner_there(nlp):
    event = only(
        code(nlp, "Colombia's government and the rebels clinched a deal in Havana."), "AGREE"
    )
    assert "CUB" not in countries(event.target)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # Harm promised on a condition is a threat, whatever verb promises it.
        (
            "Canada pledged to hit back with counter-tariffs on American steel if Washington "
            "went ahead with its duties.",
            "THREATEN",
        ),
        (
            "The rail union pledged to paralyse the network unless the government raised wages.",
            "THREATEN",
        ),
        # A burden lowered on a condition is an offer.
        (
            "Mexico pledged to cut tariffs on American corn if Washington dropped its duties.",
            "AGREE",
        ),
        ("The EU pledged to send more aid to Sudan if the ceasefire held.", "AGREE"),
    ],
)
def test_conditional_promises(nlp, sentence, event_type):
    events = code(nlp, sentence)
    assert only(events, event_type)
    if event_type == "AGREE":
        assert not [e for e in events if e.event_type == "THREATEN"]


def test_drills_two_states_hold_together_are_cooperation(nlp):
    event = only(
        code(nlp, "Egyptian and Saudi forces carried out military exercises near the Red Sea."),
        "COOPERATE",
    )
    assert countries(event.source) | countries(event.target) == {"EGY", "SAU"}


def test_plural_sit_ins_are_staged(nlp):
    event = only(code(nlp, "Students staged sit-ins in Rabat on Monday."), "PROTEST")
    assert countries(event.source) == {"MAR"}


def test_relief_carried_by_soldiers_is_aid(nlp):
    event = only(
        code(nlp, "India dispatched army medical teams and relief supplies to Bangladesh."), "AID"
    )
    assert countries(event.target) == {"BGD"}


def test_troops_dispatched_are_a_show_of_force(nlp):
    assert only(code(nlp, "Russia dispatched troops to the border on Monday."), "MOBILIZE")


def test_seeking_a_debt_restructuring_is_a_request(nlp):
    event = only(code(nlp, "Zambia sought a restructuring of its debt from China."), "REQUEST")
    assert countries(event.target) == {"CHN"}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # A vow of harm aimed at someone is a threat.
        ("China vowed to take all necessary measures against the United States.", "USA"),
        ("Beijing vowed to impose penalties on Canadian defence firms.", "CAN"),
        ("The militia vowed reprisals against Uganda for sending troops.", "UGA"),
        # So is putting someone on notice.
        (
            "Washington put Moscow on notice that any use of chemical weapons would be punished.",
            "RUS",
        ),
        # A passive threat's maker may hang on the object of "with".
        ("Gbagbo was threatened with targeted sanctions by the African Union.", ""),
    ],
)
def test_threats(nlp, sentence, target):
    event = only(code(nlp, sentence), "THREATEN")
    if target:
        assert target in countries(event.target)
    else:
        assert event.source


def test_measures_to_protect_are_no_threat(nlp):
    events = code(nlp, "The government vowed to take measures to protect farmers from drought.")
    assert not [e for e in events if e.event_type == "THREATEN"]


def test_served_notice_of_a_walkout_is_a_warning(nlp):
    events = code(nlp, "The dockers' union served notice of a strike unless wage talks resumed.")
    assert only(events, "THREATEN")


def test_warplanes_raiding_is_an_air_strike(nlp):
    event = only(code(nlp, "Turkish warplanes raided suspected PKK hideouts in Iraq."), "ASSAULT")
    assert event.cameo == "195"


def test_police_raiding_is_coercion(nlp):
    assert only(code(nlp, "Police raided the offices of the newspaper."), "COERCE")


def test_ending_a_ban_is_a_concession_not_a_ban(nlp):
    events = code(nlp, "The European Union ended its visa ban on the Belarusian president.")
    assert only(events, "CONCEDE")
    assert not [e for e in events if e.event_type == "COERCE"]


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        (
            "Opposition parties in Togo renewed their calls for a return to the old constitution.",
            "REQUEST",
            "",
        ),
        (
            "Kyrgyzstan's leader called for Russian peacekeepers to be sent to the south.",
            "REQUEST",
            "",
        ),
        ("Chad cut diplomatic relations with Sudan on Friday.", "SANCTION", "SDN"),
        (
            "Indonesia voiced firm opposition to an Australian proposal for joint patrols.",
            "REJECT",
            "AUS",
        ),
        (
            "Rwanda's foreign minister scoffed at a UN experts' report on the rebels.",
            "REJECT",
            "UNO",
        ),
        ("The president shrugged off calls from church leaders to step down.", "REJECT", ""),
    ],
)
def test_appeals_breaks_and_rebuffs(nlp, sentence, event_type, target):
    event = only(code(nlp, sentence), event_type)
    if target:
        assert target in countries(event.target)


def test_a_phone_call_is_still_a_call(nlp):
    assert only(code(nlp, "Putin made a call to the Turkish president on Friday."), "CONSULT")


def test_declared_persona_non_grata_is_an_expulsion_of_that_state_s_envoy(nlp):
    event = only(
        code(nlp, "Ecuador declared the Colombian charge d'affaires persona non grata on Tuesday."),
        "SANCTION",
    )
    assert countries(event.target) == {"COL"}
