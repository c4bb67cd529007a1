"""Coding added in the twenty-second pass: a crowd's act for a cause is its protest whatever
the act, bombs nobody is named for, regional groups of states, delegations, notes of protest,
refusals by inability, hinted force and the harder wordings of sanction and rejection. Every
sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries
from tests.test_events_twentieth import coded_as


def types(nlp, sentence: str) -> set[str]:
    return {e.event_type for e in code(nlp, sentence)}


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Kenyan students torched a police post in Kisumu, demanding lower fees.", "145"),
        ("Bolivian miners sealed the road to the capital to press for higher wages.", "144"),
        ("Nepalese activists formed a human chain around parliament, demanding a vote.", "144"),
        ("Thousands of Peruvian farmers turned out in Cusco to demand water rights.", "141"),
        ("Chilean dockworkers refused to unload ships, demanding a new pension law.", "143"),
        ("Jailed Turkish activists stopped eating to demand a fair trial.", "142"),
    ],
)
def test_a_crowds_act_for_a_cause_is_its_protest(nlp, sentence, cameo):
    coded_as(nlp, sentence, "PROTEST", cameo)


@pytest.mark.parametrize(
    "sentence",
    [
        # an act done to something, for a price, is no demonstration
        "Ghanaian farmers sold their cocoa in Kumasi, demanding better prices.",
        # no cause: students who seal envelopes protest nothing
        "Kenyan students sealed the envelopes in Nairobi.",
    ],
)
def test_acts_with_no_cause_or_done_to_things_are_no_protest(nlp, sentence):
    assert "PROTEST" not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("A car bomb exploded near a market in Kabul on Friday, killing 12 people.", "AFG"),
        ("A bomb went off outside a bank in Lima, police said.", "PER"),
    ],
)
def test_a_bomb_nobody_is_named_for_is_coded_against_the_place(nlp, sentence, target):
    coded_as(nlp, sentence, "ASSAULT", "", "", target)


def test_a_gas_blast_is_no_bombing(nlp):
    assert not code(nlp, "A gas cylinder exploded in a Lagos market, killing four people.")


@pytest.mark.parametrize(
    "sentence",
    [
        "West African leaders condemned the coup in Guinea.",
        "Gulf Arab states condemned the attack on the tanker.",
        "European governments condemned the execution in Iran.",
    ],
)
def test_regional_groups_of_states_are_igo(nlp, sentence):
    event = coded_as(nlp, sentence, "ACCUSE")
    assert "IGO" in countries(event.source)


def test_islamic_leaders_lead_a_faith_not_states(nlp):
    events = code(nlp, "Islamic leaders condemned the attack on the mosque in Kenya.")
    assert all("IGO" not in countries(e.source) for e in events)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("A Laotian trade delegation visited Hanoi on Monday.", "LAO", "VNM"),
        ("A delegation of Chilean lawmakers visited Lima.", "CHL", "PER"),
    ],
)
def test_a_delegation_takes_its_countrys_name(nlp, sentence, source, target):
    coded_as(nlp, sentence, "CONSULT", "042", source, target)


def test_a_delegation_is_not_placed_where_it_is_received(nlp):
    sentence = "Kenya's president received a visiting delegation of Rwandan officials in Nairobi."
    event = coded_as(nlp, sentence, "CONSULT", "043", "KEN", "RWA")
    assert "KEN" not in countries(event.target)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Chile handed the Bolivian ambassador a note of protest over the border.", "CHL", "BOL"),
        ("Seoul sent a protest note to Tokyo over the textbooks.", "KOR", "JPN"),
        ("Norway delivered a letter of protest to Moscow.", "NOR", "RUS"),
    ],
)
def test_notes_of_protest_are_official_complaints(nlp, sentence, source, target):
    coded_as(nlp, sentence, "ACCUSE", "114", source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana sent a letter to the United Nations.",
        "Peru sent a message of congratulations to Colombia.",
        "Japan sent an envoy to Hanoi.",
    ],
)
def test_letters_and_envoys_sent_are_no_aid(nlp, sentence):
    assert "AID" not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Egypt said it could not provide the fuel sought by Sudan.", "122"),
        ("Israel cannot release the detained fishermen, a spokesman said.", "1243"),
    ],
)
def test_what_a_state_says_it_cannot_give_it_refuses(nlp, sentence, cameo):
    coded_as(nlp, sentence, "REJECT", cameo)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Algeria made an urgent plea for blankets and tents.", "020"),
        ("Tunisia lodged a claim with Libya for compensation.", "100"),
        ("Peru sent a request to Chile for legal assistance.", "023"),
        ("Hanoi made a call for Beijing to return to the talks.", "020"),
        ("Cyprus renewed its demand that Turkey withdraw its troops.", "100"),
    ],
)
def test_requests_made_lodged_sent_and_renewed(nlp, sentence, cameo):
    event = coded_as(nlp, sentence, "REQUEST")
    assert event.cameo.startswith(cameo[:2])


def test_a_phone_call_made_is_still_a_call(nlp):
    coded_as(nlp, "Putin made a call to Macron on Monday.", "CONSULT", "041", "RUS", "FRA")


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Kenya halted its mediation between Sudan and its rebels.", "165"),
        ("Serbia walked out of talks with Kosovo in Brussels.", "164"),
        ("Malawi ordered a British journalist to leave the country.", "174"),
    ],
)
def test_mediation_and_talks_given_up_and_envoys_ordered_out(nlp, sentence, cameo):
    coded_as(nlp, sentence, "SANCTION" if cameo[:2] == "16" else "COERCE", cameo)


def test_workers_who_walk_out_strike(nlp):
    coded_as(nlp, "Zambian miners walked out of the Kitwe mine over pay.", "PROTEST", "143")


def test_dissent_called_off_is_a_concession(nlp):
    sentence = "Striking Kenyan teachers called off their two-week walkout on Friday."
    coded_as(nlp, sentence, "CONCEDE", "082")


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Bolivia and Chile settled their dispute over the Silala river.", "037"),
        ("Honduras sent military advisers to help train Guatemala's army.", "072"),
        ("Mexico gave an undertaking to extradite the cartel leaders.", "030"),
    ],
)
def test_settlements_advisers_and_undertakings(nlp, sentence, cameo):
    event = code(nlp, sentence)
    assert cameo in {e.cameo for e in event} or cameo[:2] in {e.cameo[:2] for e in event}


def test_a_request_for_a_purpose_asks_the_purpose_too(nlp):
    sentence = (
        "The African Union called on Sudan and Chad to show restraint and to hold talks to "
        "settle their differences."
    )
    assert types(nlp, sentence) == {"REQUEST"}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Greek admirals hinted that the navy could blockade the Turkish coast.", "", "TUR"),
        (
            "Belarus would face the use of force if it attacked Lithuania, the Lithuanian "
            "defence minister declared, BNS reported.",
            "LTU",
            "BLR",
        ),
        (
            "The Bolivian interior ministry announced that police would shoot anyone looting "
            "shops in La Paz.",
            "BOL",
            "",
        ),
        ("Armed separatists promised a bombing campaign against Indian army posts.", "", ""),
        ("Moscow raised the spectre of sanctions on Georgian wine.", "RUS", ""),
        ("Kenyan opposition leaders held out the threat of mass protests.", "KEN", ""),
    ],
)
def test_force_hinted_faced_and_promised_is_threatened(nlp, sentence, source, target):
    coded_as(nlp, sentence, "THREATEN", "", source, target)
    assert "ASSAULT" not in types(nlp, sentence)  # the harm held out is no event of its own


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Israeli tank fire killed two Palestinians in Gaza.", "PSE"),
        ("A wave of bombings killed 40 people in Baghdad.", "IRQ"),
        ("Rocket fire from Gaza wounded two Israelis.", "ISR"),
        ("Mortar rounds killed four people in Mogadishu.", "SOM"),
        ("An explosion at a police checkpoint in Dagestan killed four officers.", ""),
    ],
)
def test_gunfire_attacks_and_targeted_blasts_are_no_accident(nlp, sentence, target):
    event = coded_as(nlp, sentence, "ASSAULT", "", "", target)
    assert all(a.sector != "COP" for a in event.source)  # those hit are no doers


@pytest.mark.parametrize(
    "sentence",
    [
        "A fire killed 17 workers in a Dhaka garment factory.",
        "An explosion at a fireworks factory killed five people in Mexico.",
    ],
)
def test_fires_and_factory_blasts_stay_accidents(nlp, sentence):
    assert not code(nlp, sentence)


def test_a_lone_event_noun_takes_the_clause_subject_as_its_doer(nlp):
    sentence = "Canada unveiled a package of aid for Syrian refugees."
    coded_as(nlp, sentence, "AID", "", "CAN", "SYR")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese pianist Lang Lang opened a three-week concert tour in Shanghai on Friday.",
        "Residents of Nagasaki lit candles to mark the anniversary of the bombing.",
    ],
)
def test_lone_nouns_that_name_something_else_are_no_event(nlp, sentence):
    assert not code(nlp, sentence)


def test_an_igo_protecting_a_regional_group_protects_another(nlp):
    sentence = "NATO stationed troops in Lithuania to protect the Baltic states."
    coded_as(nlp, sentence, "AID", "074")


def test_a_reported_attack_called_unprovoked_is_also_a_charge(nlp):
    sentence = "Iraq said US warplanes killed 12 civilians in an unprovoked attack."
    coded_as(nlp, sentence, "ACCUSE", "112", "IRQ", "USA")
    attack = coded_as(nlp, sentence, "ASSAULT", "", "USA")
    assert "IRQ" in countries(attack.target)  # the speaker's people, not the attacker's


def test_a_plain_report_of_force_is_no_charge(nlp):
    sentence = "The army said troops killed 12 rebels in a clash near the border."
    assert "ACCUSE" not in types(nlp, sentence)


def test_the_news_agency_told_is_no_party(nlp):
    sentence = "Uzbek troops fired on protesters in Andijan, witnesses told Reuters."
    event = coded_as(nlp, sentence, "ASSAULT", "", "UZB")
    assert "GBR" not in countries(event.target)


@pytest.mark.parametrize(
    ("sentence", "cameo", "target"),
    [
        ("Kenyan peacekeepers arrived in Haiti on Monday.", "074", "HTI"),
        ("Chadian troops arrived in Bangui on Tuesday.", "154", "CAF"),
    ],
)
def test_forces_arriving_abroad(nlp, sentence, cameo, target):
    coded_as(nlp, sentence, "AID" if cameo == "074" else "MOBILIZE", cameo, "", target)


def test_a_threat_by_an_unnamed_it_is_kept_for_whom_it_is_aimed_at(nlp):
    coded_as(nlp, "It threatened Peru with sanctions.", "THREATEN", "", "", "PER")


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Anti-American protesters marched in Tehran.", "USA"),
        ("Pro-Russian separatists attacked Ukrainian troops in Donetsk.", "RUS"),
    ],
)
def test_a_stance_towards_a_country_is_no_nationality(nlp, sentence, country):
    events = code(nlp, sentence)
    assert events
    assert all(country not in countries(e.source) for e in events)


def test_a_states_people(nlp):
    event = coded_as(nlp, "Iraqi Kurds protested in Arbil on Monday.", "PROTEST")
    assert "IRQ" in countries(event.source)


@pytest.mark.parametrize(
    "sentence",
    [
        "Women blocked a UN aid convoy near Gorazde.",
        "Relatives of the missing blocked the road to parliament in Colombo.",
    ],
)
def test_women_and_relatives_who_block_a_road_protest(nlp, sentence):
    coded_as(nlp, sentence, "PROTEST", "144")


def test_a_ban_a_state_says_it_will_impose_is_decided_not_held_out(nlp):
    sentence = "Turkey will prohibit all rallies by the pro-Kurdish party, the governor said."
    assert "THREATEN" not in types(nlp, sentence)
    coded_as(nlp, sentence, "COERCE")


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Iran sought a UN inquiry into the attack on its embassy.", "02"),
        ("Kenya sought British help to fight the rebels.", "02"),
    ],
)
def test_what_is_sought_from_another_is_requested(nlp, sentence, cameo):
    assert coded_as(nlp, sentence, "REQUEST").cameo.startswith(cameo)


def test_seeking_to_do_something_is_no_request(nlp):
    assert "REQUEST" not in types(nlp, "Iran sought to calm tensions with Iraq.")


def test_protests_against_the_olympics_are_politics(nlp):
    sentence = "Tibetan exiles staged a protest outside the Olympic stadium in Athens."
    coded_as(nlp, sentence, "PROTEST")


def test_riots_that_erupt_in_a_city_are_placed_there(nlp):
    event = coded_as(nlp, "Riots erupted in Lhasa on Friday.", "PROTEST", "145")
    assert "CHN" in countries(event.source)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Kenya's High Court struck down restrictions on the press.", "081"),
        ("The Supreme Court quashed the ban on the opposition party.", "081"),
        ("The governor reduced curfew hours in Srinagar.", "0813"),
        ("The junta scaled back the curfew in Yangon.", "0813"),
    ],
)
def test_curbs_struck_down_or_scaled_back_are_eased(nlp, sentence, cameo):
    coded_as(nlp, sentence, "CONCEDE", cameo)


def test_a_drone_struck_down_is_still_force(nlp):
    coded_as(nlp, "Israeli jets struck down a Syrian drone.", "ASSAULT", "", "ISR", "SYR")


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Soviet troops attacked Afghan rebels near Kandahar.", "RUS", "AFG"),
        ("Yugoslav warplanes bombed the Croatian town of Vukovar.", "SRB", "HRV"),
        ("Zairean soldiers attacked Rwandan refugees near Goma.", "COD", ""),
    ],
)
def test_former_states_are_their_successors(nlp, sentence, source, target):
    coded_as(nlp, sentence, "ASSAULT", "", source, target)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Uzbek policemen roughed up an opposition journalist in Tashkent.", "182"),
        ("Egyptian security forces subjected detained activists to torture.", "1822"),
        ("Liberian rebels used civilians as human shields near Monrovia.", "184"),
    ],
)
def test_assaults_in_other_words(nlp, sentence, cameo):
    coded_as(nlp, sentence, "ASSAULT", cameo)


@pytest.mark.parametrize(
    "sentence",
    ["The Kenyan students set off for Paris on Monday.", "Iran used the summit as a platform."],
)
def test_setting_off_and_using_are_no_assault_on_their_own(nlp, sentence):
    assert "ASSAULT" not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Baghdad radio accused Kuwait of stealing Iraqi oil.", "IRQ"),
        ("The Islamic Conference condemned the bombing of the mosque in Hebron.", "IGO"),
    ],
)
def test_state_radio_and_the_islamic_conference(nlp, sentence, source):
    coded_as(nlp, sentence, "ACCUSE", "", source)


@pytest.mark.parametrize(
    "sentence",
    [
        "Saudi Arabia halted its donations to Jordan after the Gulf war.",
        "Kuwait cut off its donations to the PLO.",
    ],
)
def test_donations_halted_are_aid_cut(nlp, sentence):
    coded_as(nlp, sentence, "SANCTION", "162")


def test_the_delivery_of_aid_allowed_is_access_allowed(nlp):
    event = coded_as(nlp, "Israel allowed the delivery of aid to Gaza.", "RETREAT", "086")
    assert "AID" not in types(nlp, "Israel allowed the delivery of aid to Gaza.")
    assert "PSE" in countries(event.target)


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo"),
    [
        ("Riot police charged protesters in central Dhaka.", "ASSAULT", "175"),
        ("Police charged the demonstrators with batons in Lagos.", "ASSAULT", "175"),
        ("Prosecutors charged 20 Kenyan protesters with rioting.", "COERCE", "173"),
    ],
)
def test_police_who_charge_a_crowd_use_force(nlp, sentence, event_type, cameo):
    coded_as(nlp, sentence, event_type, cameo)
