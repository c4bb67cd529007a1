"""Coding added in the twentieth pass: forces sent to protect or help another (AID 074), warnings
of one's own harm and answers promised to another's force (THREATEN), and crews, cargo and
forecasts sent or made by no state (no event). Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code, countries, only


def coded_as(
    nlp, sentence: str, event_type: str, cameo: str = "", source: str = "", target: str = ""
):
    """The sentence's event of that type, checked for its CAMEO code and a source and target
    country when given."""
    event = only(code(nlp, sentence), event_type)
    if cameo:
        assert event.cameo == cameo
    if source:
        assert source in countries(event.source)
    if target:
        assert target in countries(event.target)
    return event


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "France deployed troops to Mali to protect civilians from jihadist attacks.",
            "FRA",
            "MLI",
        ),
        (
            "The United States sent military advisers to help the Philippine army fight rebels.",
            "USA",
            "PHL",
        ),
        ("Kenya dispatched police officers to Haiti to help restore order.", "KEN", "HTI"),
        ("UN peacekeepers were sent to protect refugees in South Sudan.", "UNO", "SSD"),
        ("Russian jets provided close air support to Syrian troops near Palmyra.", "RUS", "SYR"),
    ],
)
def test_forces_sent_to_protect_another_are_aid(nlp, sentence, source, target):
    coded_as(nlp, sentence, "AID", "074", source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nigeria sent soldiers to protect polling stations in the Niger Delta.",
        "Jordan deployed forces along its border to guard against infiltration.",
    ],
)
def test_forces_moved_at_home_stay_a_deployment(nlp, sentence):
    events = code(nlp, sentence)
    assert "AID" not in {e.event_type for e in events}
    assert "MOBILIZE" in {e.event_type for e in events}


def test_insurance_cover_is_no_aid(nlp):
    sentence = "Swiss Re said it had provided cover for a large share of insured losses in Turkey."
    assert code(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Turkey warned of retaliation against Syria if its soldiers were harmed.", "TUR", "SYR"),
        ("Iran warned of a crushing response to any aggression by Israel.", "IRN", "ISR"),
        (
            "The Kremlin said Moscow would respond to the deployment of US missiles in Germany.",
            "RUS",
            "USA",
        ),
    ],
)
def test_warnings_of_ones_own_harm_are_threats(nlp, sentence, source, target):
    coded_as(nlp, sentence, "THREATEN", source=source, target=target)


def test_dissent_warned_of_on_a_condition_is_a_threat_of_dissent(nlp):
    event = only(
        code(nlp, "Chilean students warned of fresh protests if fees were raised."), "THREATEN"
    )
    assert event.cameo == "133"


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts in Lima warned of fresh protests as food prices climbed.",
        "Forecasters in Manila warned of heavy rain and flooding on Luzon.",
        "Economists at a Johannesburg bank warned that South Africa's growth would slow.",
        "Glaciologists at a Zurich university warned that Switzerland's glaciers had shrunk.",
    ],
)
def test_forecasts_are_no_event(nlp, sentence):
    assert "THREATEN" not in {e.event_type for e in code(nlp, sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Firefighters in Portugal deployed 1,500 personnel to fight a blaze near Coimbra.",
        "A Brazilian volunteer rescue group sent boats and jet skis to Porto Alegre.",
        "A Kenyan flower exporter sent its first shipment of roses to Japan on Monday.",
        "A Scottish mountain rescue team deployed 20 volunteers to find a missing walker.",
        "A Chilean research team sent a remotely operated vehicle into the Atacama Trench.",
    ],
)
def test_crews_and_cargo_sent_by_no_state_are_no_event(nlp, sentence):
    assert code(nlp, sentence) == []


def test_a_state_sending_relief_is_still_aid(nlp):
    event = only(code(nlp, "Japan sent rescue teams and medical supplies to Turkey."), "AID")
    assert countries(event.source) == {"JPN"}
    assert countries(event.target) == {"TUR"}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Chile would halt copper sales to Peru if Lima tried to seize the islands, "
            "the president declared on Monday.",
            "CHL",
            "PER",
        ),
        (
            "Malawi's president stated that Lilongwe would seal the border with Zambia "
            "if Lusaka did not stop harassing Malawian traders.",
            "MWI",
            "ZMB",
        ),
        (
            "Estonia would block Latvia's accession talks unless Riga settled the fishing "
            "dispute, the Estonian prime minister said.",
            "EST",
            "LVA",
        ),
        ("Tamil rebels would resist any move by Sri Lankan police to enter Jaffna.", "", "LKA"),
    ],
)
def test_refusals_and_harm_held_out_against_a_demand_are_threats(nlp, sentence, source, target):
    coded_as(nlp, sentence, "THREATEN", source=source, target=target)


def test_a_refusal_with_no_condition_stays_a_refusal(nlp):
    events = code(nlp, "Greece would reject any deal that ignored Cyprus, the minister said.")
    assert "THREATEN" not in {e.event_type for e in events}
    assert "REJECT" in {e.event_type for e in events}


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("South Africa has railed 50,000 tonnes of maize to Zambia.", "070", "ZAF", "ZMB"),
        (
            "Ireland allotted five million pounds for famine relief in Ethiopia.",
            "071",
            "IRL",
            "ETH",
        ),
        ("Kenya took in 20,000 Somali refugees last year.", "075", "KEN", "SOM"),
        (
            "Mexican army trucks rolled into Guatemala with food and medicine for flood victims.",
            "070",
            "MEX",
            "GTM",
        ),
        (
            "Tanzanian troops landed on Anjouan to help the Comoros government restore order.",
            "074",
            "TZA",
            "COM",
        ),
        ("U.S. Navy warships escorted two Kuwaiti tankers through the Gulf.", "074", "USA", "KWT"),
    ],
)
def test_relief_carried_refugees_taken_in_and_forces_lent(nlp, sentence, cameo, source, target):
    coded_as(nlp, sentence, "AID", cameo, source, target)


def test_troops_guarding_their_own_palace_are_no_aid(nlp):
    events = code(nlp, "Nigerian troops guarded the presidential palace in Abuja.")
    assert "AID" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Russia called the British decision a hostile step.", "GBR"),
        ("Iran's supreme leader called the nuclear deal a betrayal.", ""),
        ("Moscow described the expulsion of its diplomats as an unfriendly act.", ""),
    ],
)
def test_judgements_in_other_words_are_criticism(nlp, sentence, target):
    coded_as(nlp, sentence, "ACCUSE", "111", target=target)


def test_praise_in_the_same_words_is_no_criticism(nlp):
    sentence = "The minister described the new bridge as a remarkable achievement."
    assert "ACCUSE" not in {e.event_type for e in code(nlp, sentence)}


@pytest.mark.parametrize(
    ("sentence", "event_type", "target"),
    [
        ("Vietnam objected to the presence of Chinese ships in its waters.", "ACCUSE", "CHN"),
        ("Greece protested the arrival of Turkish warships near Rhodes.", "ACCUSE", "TUR"),
    ],
)
def test_whose_ships_or_troops_an_objection_is_about(nlp, sentence, event_type, target):
    coded_as(nlp, sentence, event_type, target=target)


def test_a_deal_praised_is_not_the_praisers_deal(nlp):
    events = code(nlp, "Brazil praised the ceasefire deal reached in Colombia.")
    assert "SUPPORT" in {e.event_type for e in events}
    assert all("BRA" not in countries(e.source) for e in events if e.event_type == "AGREE")


def test_an_institution_where_the_act_took_place_abroad_is_that_places(nlp):
    event = only(code(nlp, "Iran recognised the new government in Kabul."), "SUPPORT")
    assert countries(event.target) == {"AFG"}


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "Skirmishes broke out between Thai and Cambodian soldiers near the temple.",
            {"THA", "KHM"},
        ),
        ("Government forces battled Tamil Tiger rebels in the north for a third day.", {"LKA"}),
        ("Fighting erupted between Ugandan troops and Congolese rebels near Bunia.", {"UGA"}),
        ("Dozens died in gun battles between police and drug gangs in Rio de Janeiro.", {"BRA"}),
    ],
)
def test_fighting_that_breaks_out_or_is_battled(nlp, sentence, sides):
    event = only(code(nlp, sentence), "ASSAULT")
    assert event.cameo == "190"
    assert sides <= countries(event.source) | countries(event.target)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two parties fought a bitter legal battle over the estate.",
        "The minister vowed to win the battle against inflation.",
        "Firefighters battled the blaze for hours.",
        "China and the United States waged a trade war.",
    ],
)
def test_battles_of_no_arms_are_no_assault(nlp, sentence):
    assert "ASSAULT" not in {e.event_type for e in code(nlp, sentence)}


def test_a_shootout_before_a_statement_is_not_the_speakers(nlp):
    sentence = (
        "Serbia has moved army units closer to Kosovo, Serbian Defence Minister Dragan "
        "Petkovic said on Friday, after a deadly shootout in a northern Kosovo village."
    )
    for event in code(nlp, sentence):
        if event.event_type == "ASSAULT":
            assert "SRB" not in countries(event.source)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("The Somali army retook the town of Baidoa from al-Shabaab.", "190", "SOM", ""),
        ("The town of Goma fell to M23 rebels on Tuesday.", "190", "", "COD"),
        ("A UN convoy came under fire near Sarajevo.", "190", "", "UNO"),
        (
            "Israeli positions came under rocket fire from Hezbollah guerrillas.",
            "190",
            "LBN",
            "ISR",
        ),
        (
            "The Kenyan president came under fire from rights groups for the crackdown.",
            "111",
            "",
            "KEN",
        ),
    ],
)
def test_places_taken_and_what_came_under_fire(nlp, sentence, cameo, source, target):
    events = [e for e in code(nlp, sentence) if e.cameo == cameo]
    assert events, [(e.cameo, e.rule) for e in code(nlp, sentence)]
    if source:
        assert source in countries(events[0].source)
    if target:
        assert target in countries(events[0].target)


@pytest.mark.parametrize(
    "sentence",
    ["Oil prices fell to a record low.", "The presidency fell to the opposition candidate."],
)
def test_falling_to_no_force_is_no_event(nlp, sentence):
    assert code(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cameo", "country"),
    [
        ("Chinese authorities blocked access to Google in the mainland.", "1721", "CHN"),
        ("The Bahraini authorities stripped 72 dissidents of their citizenship.", "172", "BHR"),
        (
            "Hungary's media authority stripped Klubradio of its broadcasting frequency.",
            "172",
            "HUN",
        ),
        ("The military government in Fiji suspended the constitution.", "172", ""),
    ],
)
def test_censorship_and_administrative_sanctions_at_home(nlp, sentence, cameo, country):
    coded_as(nlp, sentence, "COERCE", cameo, source=country)


def test_protesters_blocking_access_obstruct(nlp):
    event = only(code(nlp, "Protesters blocked access to the parliament building."), "PROTEST")
    assert event.cameo == "144"


@pytest.mark.parametrize(
    ("sentence", "cameo", "target"),
    [
        ("Ethiopia pulled its troops out of Somalia.", "0872", "SOM"),
        ("The rebels handed over their weapons to peacekeepers.", "0873", ""),
    ],
)
def test_forces_pulled_out_of_a_country_and_arms_given_up(nlp, sentence, cameo, target):
    coded_as(nlp, sentence, "RETREAT", cameo, target=target)


def test_arms_handed_to_another_state_are_military_aid(nlp):
    event = only(code(nlp, "The United States handed over 50 tanks to the Afghan army."), "AID")
    assert event.cameo == "072"


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Russia returned the seized Ukrainian navy ships.", "0842"),
        ("Armenian forces handed back three villages to Azerbaijan.", "080"),
        ("Armenia gave back three villages to Azerbaijan.", "080"),
        ("Kenyan police lifted the cordon around the parliament building.", "0872"),
        ("The military junta in Bamako stepped aside, paving the way for elections.", "0831"),
    ],
)
def test_ships_and_villages_given_back_cordons_lifted_juntas_stepping_aside(nlp, sentence, cameo):
    events = code(nlp, sentence)
    assert cameo in {e.cameo for e in events}, [(e.cameo, e.rule) for e in events]
    assert {e.event_type for e in events} <= {"RETREAT", "CONCEDE"}


def test_those_wounded_in_an_attack_are_its_targets_and_its_launchers_its_doers(nlp):
    sentence = (
        "Two Israeli civilians were wounded in a rocket attack launched from Gaza "
        "by Hamas militants."
    )
    events = [e for e in code(nlp, sentence) if e.trigger == "attack"]
    assert events
    assert countries(events[0].source) == {"PSE"}
    assert "ISR" in countries(events[0].target)


def test_those_who_died_in_an_attack_did_not_carry_it_out(nlp):
    event = only(
        code(nlp, "Three Indian policemen died in an attack blamed on Maoist rebels."), "ASSAULT"
    )
    assert "IND" in countries(event.target)
    assert not any(a.sector == "COP" for a in event.source)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecologists at Stellenbosch University called for long-term monitoring of penguin "
        "colonies along South Africa's coast.",
        "New Zealand's All Blacks vowed revenge on Ireland after a 40-29 defeat in Chicago.",
    ],
)
def test_private_appeals_and_sporting_vows_are_no_event(nlp, sentence):
    assert code(nlp, sentence) == []


def test_a_private_appeal_to_a_government_is_still_a_request(nlp):
    event = only(
        code(nlp, "Scientists urged the Brazilian government to protect the Amazon."), "REQUEST"
    )
    assert "BRA" in countries(event.target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's film industry released more than 400 feature films last year.",
        "Sri Lanka's weather office said the monsoon had withdrawn from the whole island.",
        "Georgia's national dance ensemble toured 12 cities across South America.",
    ],
)
def test_things_a_country_owns_do_nothing(nlp, sentence):
    assert code(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Jordan voiced outrage over the Israeli raid on the mosque.", "ISR"),
        (
            "India registered its strong displeasure over the ceasefire violations by Pakistan.",
            "PAK",
        ),
        ("Britain expressed shock at the attack on its consulate in Istanbul.", ""),
        (
            "The United Nations expressed deep concern over the shelling of villages in Sri Lanka.",
            "",
        ),
    ],
)
def test_outrage_and_concern_voiced_at_a_deed_are_disapproval(nlp, sentence, target):
    coded_as(nlp, sentence, "ACCUSE", "111", target=target)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Red Cross expressed concern for the safety of the hostages.",
        "Ministers voiced concern about rising food prices.",
    ],
)
def test_concern_at_no_deed_is_no_disapproval(nlp, sentence):
    assert "ACCUSE" not in {e.event_type for e in code(nlp, sentence)}


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Turkey reacted angrily to the shooting down of its jet by Syria.", "TUR", "SYR"),
        ("France said it was appalled by the massacre of villagers in Algeria.", "FRA", ""),
        ("Japan was outraged by the Chinese seizure of the trawler.", "JPN", "CHN"),
    ],
)
def test_dismay_at_a_deed_is_disapproval_of_its_doer(nlp, sentence, source, target):
    coded_as(nlp, sentence, "ACCUSE", "111", source, target)


@pytest.mark.parametrize(
    "sentence", ["The minister reacted calmly to the news.", "Fans were shocked by the defeat."]
)
def test_calm_or_dismay_at_no_deed_is_no_event(nlp, sentence):
    assert code(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "cameo", "target"),
    [
        ("Iran expressed willingness to cooperate with the IAEA.", "031", "UNO"),
        ("Brazil signalled its readiness to resume talks with Paraguay.", "036", "PRY"),
    ],
)
def test_an_intent_noun_is_the_intent_of_the_act_it_names(nlp, sentence, cameo, target):
    events = code(nlp, sentence)
    event = only(events, "AGREE")
    assert event.cameo == cameo
    assert target in countries(event.target)
    assert "CONSULT" not in {e.event_type for e in events}  # the talks are not held yet


@pytest.mark.parametrize(
    ("sentence", "cameo", "target"),
    [
        ("Albania made a plea to Italy for more food aid.", "023", "ITA"),
        ("The UN launched an appeal for aid to Sudan.", "023", "SDN"),
        ("Japan sought an apology from South Korea.", "022", "KOR"),
    ],
)
def test_what_an_appeal_asks_for_is_not_given(nlp, sentence, cameo, target):
    events = code(nlp, sentence)
    event = only(events, "REQUEST")
    assert event.cameo == cameo
    assert target in countries(event.target)
    assert {e.event_type for e in events} == {"REQUEST"}
