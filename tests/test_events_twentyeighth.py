"""Readings added in the twenty-eighth pass: speech acts said again and rises a government
shelves. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code
from tests.test_events_twentysixth import assert_sides


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("Sudan repeated its demand for compensation from Egypt.", "100", "SDN", ""),
        ("Iran repeated its warning to Israel.", "130", "IRN", "ISR"),
        ("Japan reiterated its support for Ukraine.", "051", "JPN", "UKR"),
        ("Ghana reiterated its call on Togo to reopen the border.", "025", "GHA", "TGO"),
        # the speech act as the subject of a passive
        (
            "Chile's demand to Bolivia for an apology was repeated at talks in Lima.",
            "",
            "CHL",
            "BOL",
        ),
    ],
)
def test_a_speech_act_said_again(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru shelved a bus fare increase after student protests.",
        "Ghana abandoned a fuel price hike after street protests.",
        "Jordan paused a planned tax rise on bread.",
    ],
)
def test_a_rise_dropped_is_a_concession(nlp, sentence):
    assert "080" in {e.cameo for e in code(nlp, sentence)}


def test_a_firm_shelving_a_price_rise_is_no_event(nlp):
    assert not code(nlp, "The carmaker shelved a planned price increase.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Chilean foreign minister Jorge Aravena, who negotiated the 1984 Beagle Channel "
        "treaty with Argentina, died on Sunday aged 91.",
        "Kenyan independence veteran Paul Ngei, who was jailed by the British colonial "
        "authorities in 1953, has died in Nairobi.",
        "The former general, who led the 1974 invasion of Cyprus, died at a military hospital "
        "in Ankara, his family said.",
        "Ex-Polish dissident Marek Nowak, who organised strikes against the communist "
        "government, died aged 84.",
        "Swedish diplomat Lars Berg, who mediated talks between Ethiopia and Eritrea, passed "
        "away on Friday.",
        "The funeral was held on Tuesday for the Bolivian miners' leader who led protests "
        "against the military junta.",
        "Tributes poured in for Ghana's former president, who signed the country's first aid "
        "deal with the IMF.",
        "Indonesian rights activist Munir, who accused the army of abuses in East Timor, was "
        "remembered at a ceremony in Jakarta.",
        # the death in the clause, the life in the main one
        "Former Peruvian envoy Luis Vega, who died on Sunday aged 88, negotiated the 1998 border "
        "accord with Ecuador.",
        # a deed of the dead's own needs no age: the death is peaceful
        "Li Wen, the Chinese general who refused to fire on protesters in 1989, has died.",
        "Dmitri Orlov, best known for negotiating the withdrawal of Soviet troops from Hungary, "
        "died on Monday.",
        "Idi Kato, whose government expelled Asian traders from Uganda in 1972, died in exile.",
        "Former Ugandan president Kato, remembered for banning opposition parties, died at 90.",
        "Nelson Dube, who was released from a South African prison in 1990, died peacefully.",
        "Veteran Irish negotiator Sean Kelly dies at 90; brokered 1998 peace deal with Britain",
    ],
)
def test_the_life_an_obituary_recalls_is_no_event(nlp, sentence):
    assert not code(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # a violent death reports the violence
        ("Two Kurdish protesters who were shot by Turkish police died in hospital.", "ASSAULT"),
        # the dead's act is the news when the death is not looked back on
        ("A Hamas commander who fired rockets at Israel died in an Israeli air strike.", "ASSAULT"),
        ("Iran accused Israel of killing the scientist, who died of his wounds.", "ACCUSE"),
        (
            "A former Somali minister who had survived two attacks died when a bomb planted by "
            "al-Shabaab exploded under his car in Mogadishu.",
            "ASSAULT",
        ),
        # another doer's act beside an obituary
        (
            "The government declared a day of mourning after former president Kaunda died aged "
            "97, and Zambia closed its border with Congo.",
            "COERCE",
        ),
        ("Turkey detained 20 people at the funeral of a Kurdish politician.", "COERCE"),
    ],
)
def test_deaths_that_report_acts_stay_events(nlp, sentence, event_type):
    assert event_type in {e.event_type for e in code(nlp, sentence)}


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # the one refused or heeded is who asked
        ("Canada turned down a plea from Haiti for troops.", "", "CAN", "HTI"),
        ("Kenya rejected a request from Somalia for more troops.", "", "KEN", "SOM"),
        ("Israel rejected calls from France for a ceasefire in Gaza.", "", "ISR", "FRA"),
        ("Sudan accepted an offer from Qatar to host the talks.", "", "SDN", "QAT"),
        # money sought, oil bought in barrels
        ("Pakistan sought a $3 billion deposit from Saudi Arabia.", "020", "PAK", "SAU"),
        ("India bought 2 million barrels of crude from Russia in June.", "061", "IND", "RUS"),
    ],
)
def test_the_asker_and_the_seller(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


def test_a_firms_offer_refused_is_no_event(nlp):
    assert not code(
        nlp, "The Polish retailer's board rejected the hostile offer from a Czech investment group."
    )


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a bomb that rips or tears through something struck it
        ("A roadside bomb tore through a British army patrol in Helmand.", "183", "", "GBR"),
        ("A car bomb ripped through a crowd of Iraqi police recruits in Basra.", "183", "", "IRQ"),
        # police beating a politician
        (
            "Zimbabwean police beat opposition leader Morgan Tsvangirai in custody.",
            "182",
            "ZWE",
            "ZWE",
        ),
        # people sent back across a border are deported
        ("Thai troops sent 4,000 Hmong asylum-seekers back to Laos.", "174", "THA", ""),
    ],
)
def test_bombs_beatings_and_deportations(nlp, sentence, cameo, source, target):
    if source:
        assert_sides(nlp, sentence, cameo, source, target)
    else:
        events = [e for e in code(nlp, sentence) if e.cameo == cameo]
        assert any(target in {a.country for a in e.target} for e in events), events


def test_a_storm_tearing_through_a_town_is_no_event(nlp):
    assert not code(nlp, "A storm tore through the Honduran town of La Ceiba overnight.")


def test_a_name_opening_the_sentence_hung_as_an_adverb_is_the_subject(nlp):
    # the parser reads "Turkey" here as an adverbial noun of "massed"
    assert_sides(
        nlp,
        "Turkey massed tanks and artillery along the frontier on Sunday to prepare for an "
        "offensive against Kurdish militia fighters in northern Syria.",
        "154",
        "TUR",
        "",
    )


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a market or an outbreak in the main clause, the state's act after "after"
        (
            "Shares of South Korean chipmakers rallied after Japan lifted curbs on exports of "
            "chip materials to South Korea.",
            "081",
            "JPN",
            "KOR",
        ),
        (
            "Cholera cases began to fall in Haiti after Cuba deployed 300 doctors to the island.",
            "073",
            "CUB",
            "",
        ),
        ("Russia deployed troops to Syria.", "154", "RUS", "SYR"),
    ],
)
def test_an_act_after_after_keeps_its_own_subject(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


def test_a_flood_opening_the_sentence_is_still_natures(nlp):
    assert not code(nlp, "Floods in Rio Grande do Sul, southern Brazil, killed 170 people.")


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a date between the refusal and what is refused
        (
            "Chile's president declined on Friday to meet Bolivian President Evo Morales.",
            "125",
            "CHL",
            "BOL",
        ),
        ("Venezuela's foreign minister hurled fresh accusations at Guyana.", "112", "VEN", "GUY"),
        ("Russia's defence ministry aimed a stern warning at Finland.", "130", "RUS", ""),
    ],
)
def test_refusals_past_a_date_and_words_hurled(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


def test_numbers_that_decline_refuse_nothing(nlp):
    assert not code(nlp, "Attacks on taxi drivers in Durban have declined since March.")


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Mexico's rights commission opened an inquiry into allegations that army soldiers "
            "tortured detainees in Ciudad Juarez.",
            "MEX",
            "MEX",
        ),
        (
            "Pakistan's accountability bureau launched an inquiry into claims that former prime "
            "minister Benazir Bhutto laundered kickbacks.",
            "PAK",
            "PAK",
        ),
    ],
)
def test_who_an_inquiry_looks_into(nlp, sentence, source, target):
    assert_sides(nlp, sentence, "090", source, target)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Hundreds of youths hurled stones at riot police in the Greek capital.", "GRC"),
        ("Police fired tear gas at protesters in the Kenyan capital.", "KEN"),
    ],
)
def test_a_capital_named_by_its_countrys_adjective(nlp, sentence, country):
    events = code(nlp, sentence)
    assert events and all({a.country for a in e.source + e.target} == {country} for e in events), (
        events
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Yugoslav diplomat Milan Petrovic, 88, who negotiated the 1975 Osimo treaty with "
        "Italy, died on Tuesday.",
        "The death of former Ghanaian leader Jerry Rawlings, who seized power in coups in 1979 "
        "and 1981, was announced on Thursday.",
        "Former Argentine president Carlos Menem, who pardoned jailed junta leaders in 1990, is "
        "dead at 90.",
    ],
)
def test_more_obituary_shapes(nlp, sentence):
    assert not code(nlp, sentence)


def test_a_death_by_police_fire_is_still_news(nlp):
    events = code(
        nlp, "The death of a protester who was shot by police in Nairobi sparked demonstrations."
    )
    assert "ASSAULT" in {e.event_type for e in events}


def test_weapons_moved_to_a_border_are_a_build_up(nlp):
    assert_sides(nlp, "Rwanda moved heavy weapons to its border with Congo.", "154", "RWA", "COD")
