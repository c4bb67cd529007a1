"""Actors settled in the thirty-second pass: who force struck and who did it when the sentence
names them only in passing, and the sectors of the people and bodies acted on. Every sentence is
written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, sides_of


def sides(nlp, sentence: str, prefix: str) -> list[tuple[set, set]]:
    """(source, target) (country, sector) pairs of each event coded."""
    return sides_of(nlp, sentence, prefix, sectors=True)


@pytest.mark.parametrize(
    ("sentence", "prefix", "source", "target"),
    [
        # a strike or a shelling that hits something: what it hit is struck
        (
            "Russian air strikes hit a hospital in Idlib province on Tuesday, rescuers said.",
            "19",
            ("RUS", "MIL"),
            ("SYR", "MED"),
        ),
        # an agentless passive killing done by the doer of the blast in its "when" clause
        (
            "Nine worshippers were killed when a suicide bomber blew himself up in a mosque "
            "in Peshawar.",
            "190",
            ("PAK", "UAF"),
            ("PAK", "CVL"),
        ),
        (
            "Three soldiers were killed when insurgents ambushed their convoy in Helmand.",
            "190",
            ("AFG", "REB"),
            ("AFG", "MIL"),
        ),
        # "..., killing N soldiers": whom the attack on a post struck
        (
            "Rebels attacked an army outpost in northern Mali, killing seven soldiers.",
            "190",
            ("MLI", "REB"),
            ("MLI", "MIL"),
        ),
        # a town named with a demonym is its people when force falls on it
        (
            "Ethiopian troops shelled the Eritrean town of Senafe overnight.",
            "19",
            ("ETH", "MIL"),
            ("ERI", "CVL"),
        ),
        # the parser's clause on a participle still leaves the people acted on
        (
            "Russia expelled American journalists working for The Wall Street Journal.",
            "174",
            ("RUS", "GOV"),
            ("USA", "JRN"),
        ),
        # grenades thrown are an attack, on a radio station
        (
            "Unknown attackers threw grenades at a radio station in Bujumbura.",
            "183",
            ("BDI", "UAF"),
            ("BDI", "JRN"),
        ),
        # aid workers are no trade union's workers; a correspondent is the press
        (
            "Gunmen kidnapped four aid workers in Somalia's Gedo region.",
            "181",
            ("SOM", "UAF"),
            ("SOM", "CVL"),
        ),
        # a house of worship struck stands for its faithful, of the town's country
        (
            "Attackers threw firebombs at a mosque in the Danish city of Odense overnight.",
            "18",
            ("DNK", "UAF"),
            ("DNK", "REL"),
        ),
        # a state that sends only its police mobilises its police
        (
            "Rwanda sent a contingent of 300 police officers to the Central African Republic.",
            "15",
            ("RWA", "COP"),
            ("CAF", "GOV"),
        ),
        # citizens who demand that their own state act name it as the one asked
        (
            "Tamil community leaders in Indian refugee camps demanded that Sri Lanka restore "
            "their land.",
            "10",
            ("LKA", "CVL"),
            ("LKA", "GOV"),
        ),
        # fire on a boat is fire on the people it carries
        (
            "The Iranian navy fired on a boat carrying Pakistani fishermen in the Gulf of Oman.",
            "19",
            ("IRN", "MIL"),
            ("PAK", "CVL"),
        ),
        # a firm named by its trade is a business, of its country
        (
            "South Korean tech giant Samsung pledged $5 million in aid to Turkey.",
            "03",
            ("KOR", "BUS"),
            ("TUR", "GOV"),
        ),
        # arms go to a state's forces, relief to its people
        ("Norway delivered anti-tank missiles to Ukraine.", "072", ("NOR", "GOV"), ("UKR", "MIL")),
        ("Qatar airlifted food aid to Sudan.", "073", ("QAT", "GOV"), ("SDN", "CVL")),
        # a state drills with another through its armed forces, and so does the other
        (
            "Egypt and Greece held joint naval exercises in the Mediterranean.",
            "062",
            ("EGY", "MIL"),
            ("GRC", "MIL"),
        ),
        # troops pulled back are the state's forces at work
        ("Azerbaijan withdrew its troops from the village of Tegh.", "0872", ("AZE", "MIL"), None),
    ],
)
def test_sides_and_their_sectors(nlp, sentence, prefix, source, target):
    found = sides(nlp, sentence, prefix)
    assert found, f"no {prefix} event"
    assert any(source in src and (target is None or target in tgt) for src, tgt in found), found


def test_a_freed_correspondent_is_the_press(nlp):
    found = sides(nlp, "Iran freed Washington Post correspondent Jason Rezaian.", "084")
    assert any(any(sector == "JRN" for _, sector in tgt) for _, tgt in found), found


def test_people_in_a_region_named_by_its_country_belong_to_it(nlp):
    # "in Ukraine's Donbas region": the miners are Ukraine's; the region is no doer
    found = sides(nlp, "Coal miners in Ukraine's Donbas region went on strike over pay.", "14")
    assert found and all(src == {("UKR", "LAB")} or ("UKR", "LAB") in src for src, _ in found)
    found = sides(nlp, "Teachers in the city of Lviv staged a strike over unpaid wages.", "14")
    assert any(("UKR", "EDU") in src for src, _ in found), found


def test_victims_beside_a_placed_target_share_its_country(nlp):
    # (and a border town under fire is its people)
    found = sides(
        nlp, "Syrian troops fired rockets at a Turkish border town, killing two soldiers.", "19"
    )
    assert found
    assert {("TUR", "MIL"), ("TUR", "CVL")} <= found[0][1], found


@pytest.mark.parametrize(
    ("sentence", "prefix", "sector"),
    [
        # a ruler's threat where no one else is named is aimed at its people
        ("Thailand's army chief threatened to impose martial law to end the unrest.", "1", "CVL"),
        # a refusal at home answers the state's own institutions
        ("The Peruvian president refused to resign despite pressure from Congress.", "1", "GOV"),
        # lawmakers threaten the state's government, not its people
        ("Kenyan MPs threatened to impeach the president over the budget.", "1", "GOV"),
        # a state's concession at home with no one named falls on its people
        ("Jordan lifted the nationwide curfew after four days.", "08", "CVL"),
        ("Peru's government scrapped the planned fuel tax after deadly protests.", "08", "CVL"),
        # strikers who give in give in to their government
        ("Dock workers in Chile ended their two-week strike.", "08", "GOV"),
    ],
)
def test_targets_at_home(nlp, sentence, prefix, sector):
    found = [tgt for _, tgt in sides(nlp, sentence, prefix)]
    assert any(sector in {s for _, s in tgt} for tgt in found), found


def test_a_wedding_party_is_no_political_party(nlp):
    found = sides(nlp, "Soldiers fired on a wedding party in Kandahar, killing nine.", "19")
    assert found and all("PTY" not in {s for _, s in tgt} for _, tgt in found), found


def test_a_joint_act_about_a_thing_of_no_country_still_has_two_sides(nlp):
    found = sides(
        nlp, "Peru and Ecuador agreed to settle their dispute over the border temple.", "03"
    )
    assert found
    src, tgt = found[0]
    assert {c for c, _ in src} | {c for c, _ in tgt} >= {"PER", "ECU"}
    assert {c for c, _ in src} != {"PER", "ECU"}, found


def test_counted_people_of_a_nation_protest_to_their_state(nlp):
    found = sides(nlp, "Thousands of Sudanese marched in Omdurman.", "14")
    assert found and ("SDN", "CVL") in found[0][0] and ("SDN", "GOV") in found[0][1], found


def test_separatists_who_protest_address_the_state_they_fight(nlp):
    found = sides(nlp, "Baloch separatist leaders staged a hunger strike in Quetta.", "14")
    assert found and ("PAK", "GOV") in found[0][1], found


def test_agentless_killing_is_done_by_unidentified_attackers_where_it_was_done(nlp):
    found = sides(nlp, "Four French soldiers were killed in Gao on Monday.", "19")
    assert any(("MLI", "UAF") in src and ("FRA", "MIL") in tgt for src, tgt in found), found
    # ... nor near a border, which has two sides
    found = sides(nlp, "Two Turkish soldiers were killed near the Iraqi border.", "19")
    assert all(("IRQ", "UAF") not in src for src, _ in found), found
    # ... nor where the agent hangs on the next verb
    found = sides(nlp, "Detainees were beaten and humiliated by Syrian guards in Homs.", "18")
    assert all(("SYR", "UAF") not in src for src, _ in found), found


def test_people_killed_in_a_disaster_are_no_event(nlp):
    assert not code(nlp, "Forty villagers were killed in a landslide in western Nepal.")
    assert not code(nlp, "Twelve pilgrims were killed in a stampede in Mecca.")


def test_a_threat_to_whoever_would_act_is_aimed_at_the_people(nlp):
    found = sides(
        nlp,
        "Al-Shabaab threatened to attack anyone who takes part in the elections in Somalia.",
        "13",
    )
    assert any(("SOM", "CVL") in tgt for _, tgt in found), found


def test_an_opposition_party_is_the_opposition(nlp):
    found = sides(nlp, "Gabon's main opposition party boycotted the parliamentary election.", "1")
    assert any(("GAB", "OPP") in src for src, _ in found), found


def test_police_beating_traders_is_an_assault(nlp):
    found = sides(nlp, "Riot police in Lusaka beat street vendors with batons.", "182")
    assert any(("ZMB", "COP") in src for src, _ in found), found


def test_people_of_no_office_demanding_that_a_state_act_address_it(nlp):
    # (television presenters are private people, but whom their demand would have act is a
    # state)
    found = sides(
        nlp, "Television presenters in Iran demanded that the government lift the ban.", "10"
    )
    assert any(("IRN", "GOV") in tgt for _, tgt in found), found


def test_relief_sent_is_humanitarian_aid_for_the_people(nlp):
    events = [
        e
        for e in code(nlp, "Oman sent tents and blankets to quake-hit Iran.")
        if e.cameo.startswith("07")
    ]
    assert events and events[0].cameo == "073", [(e.cameo, e.rule) for e in events]
    assert ("IRN", "CVL") in {(a.country, a.sector) for a in events[0].target}
