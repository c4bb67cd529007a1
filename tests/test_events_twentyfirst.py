"""Coding added in the twenty-first pass: any act held over another against a demand is a
threat, and the harder wordings of coercion, retreat, sanction, support, assault and protest
("padlocked the offices", "moved its troops out of", "came to the defence of"). Every sentence
is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries
from tests.test_events_twentieth import coded_as


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Ghana said it would switch off power exports to Togo unless Lome paid its debts.",
            "GHA",
            "TGO",
        ),
        (
            "Hungary would stop the transit of Ukrainian grain if Kyiv kept blocking Hungarian "
            "trucks, the Hungarian foreign minister said.",
            "HUN",
            "UKR",
        ),
        (
            "Fiji's army commander said he would remove the prime minister from office unless "
            "the government dropped the amnesty bill.",
            "FJI",
            "",
        ),
        (
            "Washington will withdraw its aid mission from Haiti if the elections are "
            "postponed again, a State Department official said.",
            "USA",
            "HTI",
        ),
    ],
)
def test_an_act_held_over_another_against_a_demand_is_a_threat(nlp, sentence, source, target):
    coded_as(nlp, sentence, "THREATEN", "", source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington would lift the embargo on Cuba if Havana freed all political prisoners.",
        # an event as the subject: nobody holds it out
        "A summit between Kenya and Uganda could take place next month if the border dispute "
        "does not escalate, officials said.",
    ],
)
def test_offers_and_happenings_on_a_condition_are_no_threat(nlp, sentence):
    assert "THREATEN" not in {e.event_type for e in code(nlp, sentence)}


def test_the_demand_a_threat_is_held_against_is_no_event_of_its_own(nlp):
    sentence = (
        "Mozambique would cut power supplies to South Africa unless Pretoria stopped backing "
        "the rebels, Maputo radio said."
    )
    events = code(nlp, sentence)
    assert {e.event_type for e in events} == {"THREATEN"}


def test_fighting_kept_up_on_a_condition_is_a_threat_not_an_attack(nlp):
    sentence = "The rebels said they would keep fighting unless Ugandan troops left the province."
    types = {e.event_type for e in code(nlp, sentence)}
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_a_speaker_after_a_named_leader_is_not_his_appositive(nlp):
    sentence = (
        "Kuwait would expel the workers if Amman kept backing Saddam Hussein, a Kuwaiti "
        "official said."
    )
    event = coded_as(nlp, sentence, "THREATEN", "", "KWT", "JOR")
    assert "IRQ" not in countries(event.source)


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo", "source", "target"),
    [
        (
            "Bolivian police padlocked the offices of an opposition newspaper in La Paz.",
            "COERCE",
            "172",
            "BOL",
            "",
        ),
        (
            "Chinese military hackers penetrated computer networks of the Indian power grid.",
            "COERCE",
            "170",
            "CHN",
            "IND",
        ),
        (
            "Sudan's army forcibly relocated thousands of villagers from the oil fields.",
            "COERCE",
            "174",
            "SDN",
            "",
        ),
        ("Indian fisheries officers impounded a Sri Lankan trawler.", "COERCE", "", "IND", "LKA"),
        (
            "Greek coast guard ships intercepted a boat carrying Syrian migrants off Lesbos.",
            "COERCE",
            "191",
            "GRC",
            "",
        ),
        (
            "Syria moved its remaining troops out of Lebanon on Tuesday.",
            "RETREAT",
            "0872",
            "SYR",
            "LBN",
        ),
        (
            "Uganda sent 40 captured Sudanese soldiers home on Friday.",
            "RETREAT",
            "0841",
            "UGA",
            "SDN",
        ),
        (
            "Pakistan's military ruler gave up the presidency on Monday.",
            "RETREAT",
            "0831",
            "PAK",
            "",
        ),
        ("Rebels in Chad halted their advance on the capital.", "RETREAT", "087", "TCD", ""),
        ("Japan withdrew trade preferences from Myanmar.", "SANCTION", "162", "JPN", "MMR"),
        ("Australia called off ministerial contacts with Fiji.", "SANCTION", "161", "AUS", "FJI"),
        (
            "The United States designated the Pakistani group as a terrorist entity.",
            "SANCTION",
            "163",
            "USA",
            "PAK",
        ),
        (
            "Russia came to the defence of Iran at the U.N. Security Council.",
            "SUPPORT",
            "052",
            "RUS",
            "IRN",
        ),
        ("Cuba lined up behind Venezuela's president.", "SUPPORT", "051", "CUB", "VEN"),
        (
            "Maoist rebels dynamited a railway line in India's Jharkhand state.",
            "ASSAULT",
            "183",
            "",
            "",
        ),
        ("Venezuelan riot police clubbed students in Caracas.", "ASSAULT", "182", "VEN", ""),
        (
            "Ethiopian troops raided rebel positions near the Eritrean border.",
            "ASSAULT",
            "190",
            "ETH",
            "",
        ),
        (
            "Greek dockers began an indefinite stoppage against privatisation plans.",
            "PROTEST",
            "143",
            "GRC",
            "",
        ),
        ("Malaysian Muslim groups marched on the Danish embassy.", "PROTEST", "", "MYS", ""),
    ],
)
def test_harder_wordings(nlp, sentence, event_type, cameo, source, target):
    coded_as(nlp, sentence, event_type, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Poachers hacked off the tusks of three elephants in a Kenyan park.",
        "The Mexican boxer won the vacant belt with a ninth-round stoppage in Las Vegas.",
    ],
)
def test_the_same_words_outside_politics_are_no_event(nlp, sentence):
    assert code(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo", "source", "target"),
    [
        (
            "Indigenous groups in Ecuador blocked highways to protest fuel price rises.",
            "PROTEST",
            "144",
            "ECU",
            "",
        ),
        (
            "Polish farmers set up roadblocks across the country against grain imports.",
            "PROTEST",
            "144",
            "POL",
            "",
        ),
        ("Israeli police set up roadblocks around the Old City.", "COERCE", "191", "ISR", ""),
        (
            "Libya opened its nuclear sites to inspectors from the IAEA.",
            "RETREAT",
            "0862",
            "LBY",
            "",
        ),
        (
            "Algeria's president extended an amnesty to Islamist guerrillas.",
            "RETREAT",
            "0841",
            "DZA",
            "",
        ),
        (
            "Tanzania's president spoke warmly of Rwanda's reconstruction.",
            "SUPPORT",
            "051",
            "TZA",
            "RWA",
        ),
        (
            "Finland signalled its approval of Latvia's citizenship law.",
            "SUPPORT",
            "051",
            "FIN",
            "LVA",
        ),
        ("The EU halted arms sales to Belarus.", "SANCTION", "163", "EUR", "BLR"),
        ("The EU placed five Iranian firms on a blacklist.", "SANCTION", "163", "EUR", "IRN"),
        (
            "Germany put its development cooperation with Burundi on hold.",
            "SANCTION",
            "160",
            "DEU",
            "BDI",
        ),
        (
            "The U.N. Security Council imposed a travel ban on Liberian officials.",
            "SANCTION",
            "163",
            "UNO",
            "LBR",
        ),
        ("Canada announced punitive measures against Belarus.", "SANCTION", "163", "CAN", "BLR"),
        ("Seoul shelved a planned summit with Tokyo.", "SANCTION", "164", "KOR", "JPN"),
        (
            "Russia will take retaliatory measures if Moldova signs the deal.",
            "THREATEN",
            "",
            "RUS",
            "MDA",
        ),
    ],
)
def test_more_harder_wordings(nlp, sentence, event_type, cameo, source, target):
    coded_as(nlp, sentence, event_type, cameo, source, target)


def test_a_stopped_gerund_is_no_act_of_its_own(nlp):
    types = {e.event_type for e in code(nlp, "Congolese militias stopped fighting on Sunday.")}
    assert types == {"RETREAT"}


def test_measures_for_the_economy_are_no_sanction(nlp):
    assert code(nlp, "The government announced measures to boost exports.") == []


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "The trade commissioner made clear that Brussels would impose duties on Japanese "
            "cars unless Tokyo curbed its exports.",
            "",
            "JPN",
        ),
        (
            "Norway served Sri Lanka notice that it would cancel all development aid if Colombo "
            "did not investigate the killings.",
            "NOR",
            "LKA",
        ),
        (
            "Chile's farmers let it be known that they would blockade the border crossings "
            "unless Santiago renegotiated the trade deal.",
            "CHL",
            "",
        ),
        (
            "Kampala said its troops would pursue the rebels into Sudan if Khartoum went on "
            "harbouring them.",
            "UGA",
            "SDN",
        ),
    ],
)
def test_threats_said_plainly_and_aimed_at_whoever_must_meet_the_condition(
    nlp, sentence, source, target
):
    coded_as(nlp, sentence, "THREATEN", "", source, target)


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo", "source", "target"),
    [
        (
            "Kyrgyz opposition supporters dispersed their demonstration.",
            "CONCEDE",
            "082",
            "KGZ",
            "",
        ),
        ("Bolivian coca growers called off their road blockades.", "CONCEDE", "082", "BOL", ""),
        (
            "Serbia's opposition coalition suspended its daily street protests.",
            "CONCEDE",
            "082",
            "SRB",
            "",
        ),
        (
            "The Security Council voted to suspend sanctions on Libya.",
            "CONCEDE",
            "085",
            "UNO",
            "LBY",
        ),
        ("Greece abolished its trade embargo against Macedonia.", "CONCEDE", "085", "GRC", "MKD"),
        ("Indonesian police shortened curfew hours in Ambon.", "CONCEDE", "0813", "IDN", ""),
        (
            "Sudan accepted the deployment of a joint peacekeeping force in Darfur.",
            "RETREAT",
            "0861",
            "SDN",
            "",
        ),
        ("Iraq handed back Kuwaiti national archives.", "RETREAT", "0842", "IRQ", "KWT"),
        ("Congolese rebels proclaimed a unilateral ceasefire.", "RETREAT", "0871", "COD", ""),
        ("Fiji's president proclaimed a state of emergency.", "COERCE", "1724", "FJI", ""),
        ("Nepal's king imposed strict censorship on the media.", "COERCE", "1721", "NPL", ""),
        ("Vietnamese authorities ordered the closure of a seminary.", "COERCE", "172", "VNM", ""),
        (
            "Latvia denied residence permits to 300 retired Russian officers.",
            "COERCE",
            "172",
            "LVA",
            "RUS",
        ),
        ("Russian forces encircled Grozny.", "COERCE", "191", "RUS", ""),
    ],
)
def test_concessions_and_curbs_in_other_words(nlp, sentence, event_type, cameo, source, target):
    coded_as(nlp, sentence, event_type, cameo, source, target)


def test_police_who_disperse_a_crowd_use_force_on_it(nlp):
    coded_as(nlp, "Israeli police dispersed the demonstration with tear gas.", "ASSAULT", "175")


def test_a_status_granted_is_no_concession(nlp):
    events = code(nlp, "Moldova was granted EU candidate status in June.")
    assert "CONCEDE" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "President Lukashenko said he could pull the plug on Russian television channels.",
            "BLR",
            "RUS",
        ),
        (
            "Prime Minister Hun Sen said the opposition party could be barred from contesting "
            "the elections if it kept inciting unrest.",
            "KHM",
            "",
        ),
        (
            "Canada will consider slapping sanctions on Fiji if the coup leaders do not restore "
            "the elected government.",
            "CAN",
            "FJI",
        ),
        (
            "ETA warned that it would resume its bombing campaign against Spanish resorts.",
            "ESP",
            "",
        ),
    ],
)
def test_harm_held_out_in_more_shapes(nlp, sentence, source, target):
    coded_as(nlp, sentence, "THREATEN", "", source, target)


def test_an_if_clause_of_a_question_holds_nothing_out(nlp):
    events = code(nlp, "Reporters asked if Iran would attack the tanker.")
    assert "THREATEN" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders across Pakistan shuttered their shops in a strike called by religious parties.",
        "A general strike called by Haiti's opposition paralysed Port-au-Prince on Monday.",
    ],
)
def test_a_strike_someone_calls_is_a_labour_strike(nlp, sentence):
    coded_as(nlp, sentence, "PROTEST", "143")


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo", "source", "target"),
    [
        # crowds named by their grievance riot against the police and block roads
        (
            "Hundreds of Kurds demanding autonomy attacked police in Diyarbakir.",
            "PROTEST",
            "145",
            "",
            "",
        ),
        (
            "Farmers angry at low milk prices obstructed the gates of Irish dairies.",
            "PROTEST",
            "144",
            "",
            "",
        ),
        ("Bolivian miners cut off highways across the country.", "PROTEST", "144", "BOL", ""),
        # hunger strikes in other words
        ("Jailed Kurdish activists in Turkey refused food for a week.", "PROTEST", "142", "", ""),
        (
            "Cuban dissidents began fasting outside the National Assembly.",
            "PROTEST",
            "142",
            "CUB",
            "",
        ),
        # refusals
        ("China dismissed Nepal's appeal for arms.", "REJECT", "120", "CHN", "NPL"),
        ("Belgrade stood firm despite NATO's demands.", "REJECT", "124", "SRB", ""),
        (
            "The EU decided to maintain its visa ban on Belarusian officials.",
            "REJECT",
            "",
            "EUR",
            "",
        ),
        ("North Korea flouted the Security Council's resolution.", "REJECT", "128", "PRK", ""),
        ("Sudan closed the door on Egyptian mediation.", "REJECT", "120", "SDN", ""),
        # foreign missions sent away or withdrawn
        ("Sudan kicked 13 foreign aid agencies out of Darfur.", "SANCTION", "1663", "SDN", ""),
        (
            "Nigeria began pulling its peacekeeping contingent out of Sierra Leone.",
            "SANCTION",
            "1661",
            "NGA",
            "SLE",
        ),
        ("Qatar withdrew from its mediation in Yemen.", "SANCTION", "165", "QAT", ""),
        ("The Tamil Tigers pulled out of negotiations with Colombo.", "SANCTION", "164", "LKA", ""),
        (
            "The Netherlands curtailed its cooperation with Suriname.",
            "SANCTION",
            "160",
            "NLD",
            "SUR",
        ),
        # support, cooperation and inquiry in other words
        ("Moscow spoke out in defence of Belarus.", "SUPPORT", "052", "RUS", "BLR"),
        ("Mauritania upgraded its ties with Israel.", "SUPPORT", "054", "MRT", "ISR"),
        (
            "Belgium's prime minister asked forgiveness from Rwanda.",
            "SUPPORT",
            "055",
            "BEL",
            "RWA",
        ),
        (
            "Saudi Arabia provided British investigators with intelligence on the suspects.",
            "COOPERATE",
            "064",
            "SAU",
            "GBR",
        ),
        (
            "The Philippine government brought a civil suit against relatives of Marcos.",
            "ACCUSE",
            "115",
            "PHL",
            "",
        ),
    ],
)
def test_codebook_wordings(nlp, sentence, event_type, cameo, source, target):
    coded_as(nlp, sentence, event_type, cameo, source, target)


def test_armed_men_with_a_cause_do_not_riot(nlp):
    events = code(nlp, "Rebels demanding autonomy attacked an army post in northern Mali.")
    assert "ASSAULT" in {e.event_type for e in events}
    assert "PROTEST" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    ("sentence", "cameo", "source"),
    [
        ("Mongolia's government hoped to cooperate with Kazakhstan in every field.", "", "MNG"),
        ("Thailand expects to ease travel curbs on Burmese traders.", "0351", "THA"),
        ("Tanzania has decided to ease the economic blockade of Burundi.", "0354", "TZA"),
        (
            "The Angolan government declared its intention to halt offensive operations.",
            "0356",
            "AGO",
        ),
        ("Egypt unveiled plans to withdraw its troops from Sinai.", "0356", "EGY"),
    ],
)
def test_the_doers_own_intent_in_other_words(nlp, sentence, cameo, source):
    coded_as(nlp, sentence, "AGREE", cameo, source)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government announced plans to build a new dam on the Nile.",
        "Iran is expected to release the sailors on Monday.",
    ],
)
def test_plans_of_no_act_and_plans_reported_are_no_intent(nlp, sentence):
    assert "AGREE" not in {e.event_type for e in code(nlp, sentence)}


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("Honduras sent a formal petition to Nicaragua.", "020", "HND", "NIC"),
        ("Algeria enjoined Ethiopia to pull back its troops.", "", "DZA", "ETH"),
        ("Macedonia sought helicopters and artillery from Bulgaria.", "0232", "MKD", "BGR"),
    ],
)
def test_requests_in_other_words(nlp, sentence, cameo, source, target):
    coded_as(nlp, sentence, "REQUEST", cameo, source, target)


def test_a_petition_signed_at_home_asks_no_state(nlp):
    assert code(nlp, "Residents signed a petition against the new shopping mall.") == []


def test_a_request_enjoined_folds_the_act_asked_for(nlp):
    types = {e.event_type for e in code(nlp, "Algeria enjoined Ethiopia to pull back its troops.")}
    assert types == {"REQUEST"}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Ethiopia kept its troops in Badme despite demands by the United Nations.", "ETH", "UNO"),
        ("North Korea went ahead with the test despite China's appeals.", "PRK", "CHN"),
    ],
)
def test_going_on_despite_an_appeal_refuses_it(nlp, sentence, source, target):
    coded_as(nlp, sentence, "REJECT", "124", source, target)


def test_things_that_go_on_despite_appeals_refuse_no_one(nlp):
    assert code(nlp, "Inflation continued to rise despite government pressure.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Bangladesh's opposition said it would boycott the elections.",
        "French farmers said they would blockade the roads into Paris.",
    ],
)
def test_dissent_its_doers_say_they_will_make_is_a_threat(nlp, sentence):
    coded_as(nlp, sentence, "THREATEN", "133")


def test_dissent_set_for_a_day_stays_dissent(nlp):
    events = code(nlp, "Nigerian unions will stage a general strike on Monday.")
    assert "PROTEST" in {e.event_type for e in events}


def test_open_to_an_act_is_the_intent_to_do_it(nlp):
    sentence = "Manila is open to holding talks with Malaysia on the Sabah claim."
    coded_as(nlp, sentence, "AGREE", "036", "PHL")


def test_open_to_visitors_is_no_intent(nlp):
    assert code(nlp, "The museum in Cairo is open to visitors on Sundays.") == []
