"""Sides settled in the thirty-first pass: the owner of what is acted on, and force that falls on
something the text ties to no one. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries, sides_of


def sides(nlp, sentence: str, prefix: str) -> list[tuple[set, set]]:
    return sides_of(nlp, sentence, prefix)


@pytest.mark.parametrize(
    ("sentence", "prefix", "source", "target"),
    [
        # a bid, a candidacy, a path: whose it is, not the seat or the body it reaches for
        (
            "Mexico said it would support Chile's bid for a seat on the UN Human Rights Council.",
            "03",
            "MEX",
            "CHL",
        ),
        (
            "Greece vowed to block North Macedonia's path to European Union membership.",
            "13",
            "GRC",
            "MKD",
        ),
        (
            "Senegal campaigned against Mali's candidacy for the AU Commission chair.",
            "11",
            "SEN",
            "MLI",
        ),
        ("Turkey threatened to block Sweden's NATO membership bid.", "13", "TUR", "SWE"),
    ],
)
def test_the_owner_of_what_is_acted_on_is_the_target(nlp, sentence, prefix, source, target):
    assert (({source}, {target})) in sides(nlp, sentence, prefix), code(nlp, sentence)


def test_an_actor_named_with_its_owner_keeps_its_own_words(nlp):
    # "Bahrain's opposition bloc" is the bloc, of Bahrain: the owner does not replace it
    for event in code(nlp, "A boycott by Bahrain's main opposition bloc left many seats empty."):
        assert any(a.sector == "OPP" for a in event.source), event


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Myanmar's junta blew up a bridge on the main highway.", "MMR"),
        ("Algerian gendarmes tortured suspects with electric shocks, a rights group said.", "DZA"),
        ("Libyan militiamen fired on a convoy of trucks near the coast.", "LBY"),
    ],
)
def test_force_on_what_no_one_owns_falls_at_home(nlp, sentence, source):
    # with no other state named, what a state's force strikes is its own country's
    assert ({source}, {source}) in sides(nlp, sentence, "1"), code(nlp, sentence)


def test_a_weapon_set_off_is_not_struck(nlp):
    # a test blast strikes no one: the device is what was set off
    for src, target in sides(nlp, "North Korea set off a nuclear device at its test site.", ""):
        assert not target, (src, target)


@pytest.mark.parametrize(
    ("sentence", "prefix", "source", "target"),
    [
        # what an intended or refused act touches, when the parse ties no one to the verb
        (
            "Chad declined to join a regional security scheme proposed by Cameroon.",
            "12",
            "TCD",
            "CMR",
        ),
        (
            "Norway pledged 30 million kroner in relief for flood victims in Malawi.",
            "03",
            "NOR",
            "MWI",
        ),
        (
            "Kazakhstan's trade minister warned that Astana could ban imports of Kyrgyz meat.",
            "13",
            "KAZ",
            "KGZ",
        ),
        (
            "Mali threatened to close the office of the UN refugee agency in Bamako.",
            "13",
            "MLI",
            "UNO",
        ),
        # a state that refuses or threatens where the sentence names no other state: its own
        (
            "Peru's government refused to withdraw the mining law despite weeks of strikes.",
            "12",
            "PER",
            "PER",
        ),
        (
            "The Bolivian interior minister threatened to jail anyone who blocked the highways.",
            "13",
            "BOL",
            "BOL",
        ),
    ],
)
def test_a_side_the_verb_does_not_name(nlp, sentence, prefix, source, target):
    assert ({source}, {target}) in sides(nlp, sentence, prefix), code(nlp, sentence)


def test_a_firms_deal_abroad_is_aimed_at_no_state(nlp):
    for event in code(nlp, "A Dutch logistics firm agreed to buy a port operator in Ghana."):
        assert "GHA" not in countries(event.target), event


def test_a_refusal_of_outside_pressure_is_not_aimed_at_home(nlp):
    for src, target in sides(nlp, "The junta in Guinea ignored regional pressure on Monday.", "12"):
        assert "GIN" not in target, (src, target)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # what a vetoed text is about is no one it is aimed at
        ("Russia vetoed a Security Council resolution on Mali.", {"UNO"}),
        ("China vetoed a UN Security Council resolution on Myanmar in 2007.", {"UNO"}),
        # ... but a door slammed on someone is slammed on them
        ("Hungary slammed the door on Kyiv's plea for faster accession talks.", {"UKR"}),
    ],
)
def test_the_topic_of_a_refused_text(nlp, sentence, target):
    assert any(t == target for _, t in sides(nlp, sentence, "12")), code(nlp, sentence)


def test_a_sentence_opened_by_its_circumstances_names_no_target_there(nlp):
    # "With China watching closely, ...": the circumstances, not whom the praise is aimed at
    sentence = "With China watching closely, Vietnam praised the Philippines' stand at the summit."
    assert ({"VNM"}, {"PHL"}) in sides(nlp, sentence, "05"), code(nlp, sentence)


def test_a_threat_of_force_against_someone_is_aimed_at_them(nlp):
    sentence = "Threats of force against Bolivia by Chilean officials alarmed the region."
    assert ({"CHL"}, {"BOL"}) in sides(nlp, sentence, "13"), code(nlp, sentence)


def test_kin_who_speak_for_the_jailed_are_a_civil_voice(nlp):
    # "relatives" alone are private people; relatives of jailed activists speak for them
    events = code(nlp, "Relatives of jailed activists in Tunisia pleaded for their release.")
    assert any(e.cameo.startswith("10") for e in events), events


def test_kin_are_civilians_of_the_country_of_those_they_speak_for(nlp):
    events = code(nlp, "Families of detained journalists in Egypt appealed for their release.")
    assert any({(a.country, a.sector) for a in e.source} == {("EGY", "CVL")} for e in events)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # the state's own forces carry a threat out; it is aimed at whom they would strike
        (
            "Spanish officials warned that the navy would impose a blockade on Gibraltar.",
            "ESP",
            "GBR",
        ),
        ("India's army chief warned that his forces would strike Pakistani posts.", "IND", "PAK"),
    ],
)
def test_a_threat_carried_out_by_the_states_own_forces(nlp, sentence, source, target):
    assert ({source}, {target}) in sides(nlp, sentence, "13"), code(nlp, sentence)


def test_a_unions_threat_is_aimed_at_the_ministers(nlp):
    sentence = "Britain's rail union threatened a summer of strikes unless ministers backed down."
    assert any(t for _, t in sides(nlp, sentence, "13")), code(nlp, sentence)


def test_a_group_across_a_country_is_of_that_country(nlp):
    sentence = "Public sector workers across Portugal held a general strike against pension cuts."
    assert ({"PRT"}, {"PRT"}) in sides(nlp, sentence, "14"), code(nlp, sentence)
    assert any(
        {(a.country, a.sector) for a in e.source} == {("PRT", "LAB")} for e in code(nlp, sentence)
    )
