"""Coding added in the seventeenth pass: releases, pull-outs, ultimatums, trade, aid and curbs
in wire-service wording. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries, only


@pytest.mark.parametrize(
    ("sentence", "event_type", "source", "target"),
    [
        # "let go (of)": the parser makes "go" a complement verb.
        ("The kidnappers let go of two Malaysian fishermen on Friday.", "RETREAT", "", "MYS"),
        ("Somali pirates let go the crew of a Greek tanker.", "RETREAT", "", ""),
        ("Chad set free 40 Sudanese soldiers held since the border clash.", "RETREAT", "TCD", ""),
        # Forces leaving a country, or returning to base.
        ("Rwandan troops began leaving Mozambique on Monday.", "RETREAT", "RWA", ""),
        ("Belarusian units returned to their bases after the exercise.", "RETREAT", "BLR", ""),
        # Ultimatums with a deadline; possible harm the speaker holds out.
        ("Mali's junta gave the Danish envoy until Sunday to leave.", "THREATEN", "MLI", "DNK"),
        (
            "Algeria's state energy firm hinted that it could halt deliveries to Spain.",
            "THREATEN",
            "DZA",
            "ESP",
        ),
        (
            "A Russian official said Polish instructors in Ukraine could become targets.",
            "THREATEN",
            "RUS",
            "POL",
        ),
        # Trade, judicial transfers, aid by air and by budget line.
        ("Kazakhstan sold Uzbekistan 300,000 tonnes of wheat this year.", "COOPERATE", "KAZ", ""),
        ("Peru transferred three jailed gang leaders to Chile.", "COOPERATE", "PER", "CHL"),
        ("Japan allocated $3 million to flood relief in Pakistan.", "AID", "JPN", ""),
        ("Jordanian planes airdropped food parcels over northern Gaza.", "AID", "JOR", ""),
        ("Qatar transferred $500 million to Lebanon's central bank.", "AID", "QAT", "LBN"),
        # Concessions.
        ("Oman abolished visa requirements for citizens of 100 countries.", "CONCEDE", "OMN", ""),
        ("Kenya's government watered down the finance bill after protests.", "CONCEDE", "KEN", ""),
        ("Chile's president rescinded a planned rise in metro fares.", "CONCEDE", "CHL", ""),
        # Curbs on people and the press.
        ("Police in Belgrade hauled away dozens of students outside parliament.", "COERCE", "", ""),
        (
            "Kyrgyz authorities revoked the registration of an independent news site.",
            "COERCE",
            "",
            "",
        ),
        ("Zimbabwe's regulator took the private station off the air.", "COERCE", "ZWE", ""),
        (
            "Nepal's cabinet extended the curfew in Kathmandu for two more days.",
            "COERCE",
            "NPL",
            "",
        ),
        ("Tunisian police closed the headquarters of the journalists' union.", "COERCE", "TUN", ""),
        ("Libyan coastguards sent 300 migrants back to Tripoli.", "COERCE", "LBY", ""),
        # Sanctions.
        ("Washington slashed military aid to Guatemala by half.", "SANCTION", "USA", "GTM"),
        ("Canada added two Haitian senators to its sanctions list.", "SANCTION", "CAN", "HTI"),
        ("A court in Minsk handed the opposition leader an 11-year sentence.", "SANCTION", "", ""),
        ("Kuwait expelled the Lebanese charge d'affaires on Sunday.", "SANCTION", "KWT", "LBN"),
        # Access allowed.
        ("Israel permitted 20 aid trucks to enter Gaza through Rafah.", "RETREAT", "ISR", ""),
        ("Ethiopia ordered a 72-hour truce in Tigray.", "RETREAT", "ETH", ""),
    ],
)
def test_coded(nlp, sentence, event_type, source, target):
    event = only(code(nlp, sentence), event_type)
    if source:
        assert source in countries(event.source)
    if target:
        assert target in countries(event.target)


@pytest.mark.parametrize(
    "sentence",
    [
        # Harm held out on a condition, whatever the harm's verb; the harm is no event itself.
        "A militia leader in Basra vowed to unleash his fighters against British troops if they "
        "stayed beyond the summer.",
        "Turkey's president vowed in a speech to launch a military operation against Kurdish "
        "fighters unless they pulled back from the border.",
        "Kenya's president told Uganda he would scrap the pipeline pact unless Kampala paid its "
        "share.",
    ],
)
def test_threats_on_a_condition(nlp, sentence):
    events = code(nlp, sentence)
    assert only(events, "THREATEN")
    assert not [e for e in events if e.event_type in ("ASSAULT", "AGREE")]


@pytest.mark.parametrize(
    "sentence",
    [
        # A departure that is no pull-out: the soldiers left something behind.
        "The soldiers left the village in ruins.",
        "Troops left three people dead in the market.",
        # Someone else's possible harm is a warning about them, not a threat by the speaker.
        "Analysts said Russia could halt gas deliveries to Europe.",
        # A guess about the past is no threat.
        "Officials said it could have halted the deliveries.",
    ],
)
def test_no_retreat_or_threat(nlp, sentence):
    events = code(nlp, sentence)
    assert not [e for e in events if e.event_type in ("RETREAT", "THREATEN")]


def test_a_military_operation_against_someone_is_force(nlp):
    event = only(
        code(nlp, "The army launched a military operation against Islamist fighters in Sinai."),
        "ASSAULT",
    )
    assert event.source


def test_a_routine_operation_is_nothing(nlp):
    events = code(nlp, "The police launched an operation to clear the traffic jam.")
    assert not [e for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # A demand backed by harm ("or face ...") is an ultimatum by whoever makes it.
        (
            "The junta told the Swedish ambassador to leave within 48 hours or face expulsion.",
            "",
            "SWE",
        ),
        ("Brussels gave Hungary two months to amend the law or face daily fines.", "", "HUN"),
        (
            "Washington urged Caracas to free the detained Americans or face new sanctions.",
            "USA",
            "VEN",
        ),
    ],
)
def test_ultimatums(nlp, sentence, source, target):
    events = code(nlp, sentence)
    event = only(events, "THREATEN")
    if source:
        assert source in countries(event.source)
    assert target in countries(event.target)
    # neither the demanded act nor the harm is an event of its own
    assert not [e for e in events if e.event_type in ("SANCTION", "RETREAT", "CONCEDE")]


def test_no_march_in_a_threat_against_marchers(nlp):
    events = code(nlp, "Police threatened to arrest anyone who joined the march.")
    assert only(events, "THREATEN")
    assert not [e for e in events if e.event_type == "PROTEST"]


def test_a_wished_departure_is_no_retreat(nlp):
    events = code(nlp, "The mayor wants the army to leave the city.")
    assert not [e for e in events if e.event_type == "RETREAT"]


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        # Support, agreement and meetings in phrasal verbs and light verbs.
        ("Ghana's president came out in support of the Ivorian peace plan.", "SUPPORT", "GHA"),
        ("The Czech premier spoke out in favour of sanctions on Minsk.", "SUPPORT", "CZE"),
        ("Senegal declared its support for Gambia's bid.", "SUPPORT", "SEN"),
        ("Norway lent its backing to the Sudanese ceasefire talks.", "SUPPORT", "NOR"),
        ("Chile's president extended his congratulations to Peru's new leader.", "SUPPORT", "CHL"),
        ("Serbia and Kosovo came to terms on licence plates in Brussels.", "AGREE", "SRB"),
        ("Armenia would go along with the Russian plan, its premier said.", "AGREE", "ARM"),
        ("The leaders of Laos and Cambodia sat down together in Vientiane.", "CONSULT", "LAO"),
        ("Ecuador and Peru began consultations on the border in Lima.", "CONSULT", "ECU"),
        # Rejections.
        ("Seoul shut the door on talks with Pyongyang.", "REJECT", "KOR"),
        ("Georgia said no to the Russian offer of gas.", "REJECT", "GEO"),
        ("Kyiv dismissed Moscow's peace formula.", "REJECT", "UKR"),
        # Forces raised and curbs on broadcasters.
        ("ECOWAS activated its standby force for Niger.", "MOBILIZE", ""),
        ("Sudan's army brought in reinforcements from Kassala.", "MOBILIZE", "SDN"),
        ("Uganda's regulator switched off two private stations.", "COERCE", "UGA"),
        ("Mali's junta suspended two French broadcasters.", "COERCE", "MLI"),
        ("Zimbabwe's government imposed an internet blackout.", "COERCE", "ZWE"),
        # Protests: strikes embarked on or observed, crowds named by their cause.
        ("Nigeria's unions embarked on a general strike on Monday.", "PROTEST", "NGA"),
        ("Zimbabwean nurses observed a three-day stayaway.", "PROTEST", "ZWE"),
        (
            "Hundreds of protesters gathered outside the Russian embassy in Chisinau.",
            "PROTEST",
            "MDA",
        ),
    ],
)
def test_phrasal_coded(nlp, sentence, event_type, source):
    event = only(code(nlp, sentence), event_type)
    if source:
        assert source in countries(event.source)


@pytest.mark.parametrize(
    "sentence",
    [
        "A power blackout hit the capital for six hours.",
        "Tourists gathered in the square to watch the fireworks.",
        "Doctors helped the authorities fight the cholera outbreak.",
    ],
)
def test_no_event(nlp, sentence):
    assert not [e for e in code(nlp, sentence) if e.event_type in ("COERCE", "PROTEST", "ASSAULT")]


def test_relief_loaded_on_military_aircraft_is_aid(nlp):
    events = code(
        nlp, "Egypt dispatched two military aircraft loaded with medical supplies to Libya."
    )
    assert only(events, "AID")
    assert not [e for e in events if e.event_type == "MOBILIZE"]


def test_a_name_hung_on_a_misparsed_verb_is_its_subject(nlp):
    event = only(code(nlp, "Pakistan shared intelligence with Chinese officials."), "COOPERATE")
    assert "PAK" in countries(event.source)


def test_a_sit_in_hung_on_the_place_is_staged(nlp):
    event = only(
        code(nlp, "Sudanese protesters staged a sit-in outside army headquarters in Khartoum."),
        "PROTEST",
    )
    assert "SDN" in countries(event.source)


@pytest.mark.parametrize(
    ("sentence", "cameo", "modality"),
    [
        # A cooperative act its doer will do, or says it would do, is CAMEO's intent (03x).
        ("Israel said it would ease restrictions on Gaza's fishermen.", "0351", "asserted"),
        ("Madrid will share intelligence with Paris on the smuggling networks.", "031", "future"),
        ("Japan said it would send blankets and tents to the quake zone.", "033", "asserted"),
        ("The Cuban foreign minister will travel to Tehran in September.", "036", "future"),
        # an offer on a condition is still an intent
        ("Seoul said it would send food aid if Pyongyang asked for it.", "033", "asserted"),
    ],
)
def test_announced_cooperation_is_an_intent(nlp, sentence, cameo, modality):
    event = only(code(nlp, sentence), "AGREE")
    assert event.cameo.startswith(cameo[:3])
    assert event.modality == modality


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # A possibility, a condition or a plan others report stays the act itself.
        ("Analysts said Ankara could ease the visa rules.", "CONCEDE"),
        ("The Cuban foreign minister is expected to visit Tehran in September.", "CONSULT"),
        # Harm announced is no intent to cooperate.
        ("Washington will impose new sanctions on Iran's oil sector.", "SANCTION"),
    ],
)
def test_not_an_intent(nlp, sentence, event_type):
    events = code(nlp, sentence)
    assert only(events, event_type)
    assert not [e for e in events if e.event_type == "AGREE"]


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # CAMEO's finer codes, in the team's words.
        ("Hundreds of youths hurled stones at police in the capital.", "PROTEST"),
        ("The opposition enforced a nationwide strike across Bangladesh.", "PROTEST"),
        ("Belarus expelled the OSCE observers ahead of the vote.", "SANCTION"),
        ("Khartoum expelled ten aid agencies from Darfur.", "SANCTION"),
        ("Sweden halved its aid to Tanzania.", "SANCTION"),
        ("Russia returned the impounded Norwegian trawler to its owners.", "RETREAT"),
        ("Liberia welcomed the first contingent of UN peacekeepers.", "RETREAT"),
        ("Iran admitted IAEA inspectors to the Natanz site.", "RETREAT"),
        ("Jordan's government agreed to opposition demands for a new electoral law.", "CONCEDE"),
        ("Thai police went on full alert in Bangkok ahead of the vote.", "MOBILIZE"),
        ("Japan expressed its disapproval of the Chinese drilling.", "ACCUSE"),
        ("UN investigators began a probe into the killings in Timor.", "ACCUSE"),
    ],
)
def test_finer_codes(nlp, sentence, event_type):
    assert only(code(nlp, sentence), event_type)


def test_a_fast_is_not_a_protest_without_a_light_verb(nlp):
    events = code(nlp, "The fast train to Lyon was cancelled after a signal failure.")
    assert not [e for e in events if e.event_type == "PROTEST"]


def test_a_passive_raising_verb_lends_its_subject(nlp):
    event = only(
        code(nlp, "The Cuban foreign minister is expected to visit Tehran in September."),
        "CONSULT",
    )
    assert countries(event.source) == {"CUB"}
    assert countries(event.target) == {"IRN"}
    assert event.modality == "future"


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # Wishes and readiness of the doer's own, and aspect verbs carrying "will".
        ("Chile intends to broaden its military cooperation with Peru.", "031"),
        ("Egypt is ready to boost economic cooperation with Sudan.", "031"),
        ("Nairobi will begin withdrawing its troops from Somalia.", "0356"),
        ("Mbeki said he was prepared to act as a mediator in Ivory Coast.", "039"),
        ("Moscow said it would hand back the Norwegian trawler.", "03"),
    ],
)
def test_intents(nlp, sentence, cameo):
    event = only(code(nlp, sentence), "AGREE")
    assert event.cameo.startswith(cameo)


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        (
            "A car bomb planted by Chechen rebels exploded outside a market in Grozny.",
            "ASSAULT",
            "RUS",
        ),
        ("Indian and Pakistani troops traded fire across the Line of Control.", "ASSAULT", "IND"),
        ("Bosnian Serb forces carried out ethnic cleansing in Foca.", "ASSAULT", ""),
    ],
)
def test_force(nlp, sentence, event_type, source):
    event = only(code(nlp, sentence), event_type)
    if source:
        assert source in countries(event.source)


def test_a_tank_going_off_is_no_bombing(nlp):
    assert not code(nlp, "The gas tank exploded in the factory.")


@pytest.mark.parametrize(
    ("sentence", "event_type", "source"),
    [
        # Crowds who clash, stone and burn riot (145); those demanding something still protest.
        ("Protesters demanding new elections clashed with police in Lima.", "PROTEST", ""),
        ("Hundreds of students stoned police and burned cars in Dhaka.", "PROTEST", "BGD"),
        # Peoples and refugees as actors.
        ("Indigenous Ecuadoreans blocked roads in the highlands.", "PROTEST", "ECU"),
        ("Forty Afghan asylum-seekers went on hunger strike in Nauru.", "PROTEST", "AFG"),
    ],
)
def test_crowds(nlp, sentence, event_type, source):
    events = [e for e in code(nlp, sentence) if e.event_type == event_type]
    assert events
    if source:
        assert any(source in countries(e.source) for e in events)


def test_soldiers_who_clash_fight(nlp):
    assert only(code(nlp, "Government troops clashed with rebels near Goma."), "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        # An act only thought of, named by a noun's infinitive, is no event.
        "The refugees demanded the right to apply for asylum in Germany.",
        "Mexico's president said the decision to transfer the prisoners was his.",
    ],
)
def test_acts_only_thought_of(nlp, sentence):
    events = code(nlp, sentence)
    assert not [e for e in events if e.event_type == "COOPERATE"]
    assert len([e for e in events if e.event_type == "REQUEST"]) <= 1


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo"),
    [
        # Dissent eased (082), and the intent to ease it (0352).
        ("The teachers' union called off the strike on Friday.", "CONCEDE", "082"),
        ("Peruvian farmers lifted their roadblocks on the highway.", "CONCEDE", "082"),
        ("Thai farmers said they were ready to end their sit-in.", "AGREE", "0352"),
        # Police sent somewhere are a show of force, not aid.
        ("Egypt's interior ministry sent 2,000 policemen to Assiut.", "MOBILIZE", "154"),
    ],
)
def test_dissent_eased_and_police_sent(nlp, sentence, event_type, cameo):
    assert only(code(nlp, sentence), event_type).cameo == cameo


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # Crowds that seize, take over or barricade obstruct (144); vigils held are protests.
        ("Protesters seized the regional government building in Donetsk.", "144"),
        ("Opposition supporters barricaded the main roads into Kinshasa.", "144"),
        ("Hundreds of women held a silent vigil outside the prison in Minsk.", "141"),
        # Traders and shopkeepers protest to their own government, as citizens do; shops shut
        # in protest are a strike (143), as CAMEO codes a shutdown
        ("Traders in Kampala shuttered their shops in protest against a new tax.", "143"),
    ],
)
def test_crowds_obstruct_and_traders_protest(nlp, sentence, cameo):
    assert only(code(nlp, sentence), "PROTEST").cameo == cameo


def test_rebels_who_seize_a_town_still_coerce(nlp):
    assert only(code(nlp, "Rebels seized the town of Bunia."), "COERCE")


@pytest.mark.parametrize(
    "sentence",
    [
        # Sport told with a score or play verbs, named storms, celebrations and takeovers.
        "Chile crushed Peru 38-10 in the rugby qualifier in Santiago on Saturday.",
        "Wales surrendered a two-goal lead and lost 3-2 to Norway in Cardiff.",
        "Typhoon Mawar threatened Guam's northern villages on Wednesday.",
        "Cyclone Freddy is expected to strike Mozambique's coast late on Sunday.",
        "Thousands of fans poured into the streets of Algiers, waving flags to celebrate the win.",
        "Canada's Barrick agreed to acquire a Malian gold miner for $2 billion.",
    ],
)
def test_political_words_in_other_senses(nlp, sentence):
    assert not code(nlp, sentence)


def test_a_vote_tally_is_no_score(nlp):
    events = code(nlp, "The Security Council voted 13-2 to impose an arms embargo on South Sudan.")
    assert events


def test_a_state_that_agrees_to_buy_still_agrees(nlp):
    assert only(code(nlp, "Russia agreed to buy Turkish tomatoes again."), "AGREE")


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # Promised reforms are CAMEO's intents (034x); the policy to change is no event itself.
        ("Jordan's king said he would carry out broad political reforms next year.", "0344"),
        ("Ghana will review its ban on foreign retailers.", "0342"),
        ("The Thai premier announced that he would call new elections.", "0341"),
    ],
)
def test_promised_reforms(nlp, sentence, cameo):
    events = code(nlp, sentence)
    assert only(events, "AGREE").cameo == cameo
    assert not [e for e in events if e.event_type == "COERCE"]


def test_a_reform_done_is_no_intent(nlp):
    assert not code(nlp, "The government reformed the pension system last year.")
