"""Readings added in the thirtieth pass: stories made up in films, novels and games, crime among
private people, the accused of a charge, hosts who receive office holders, and role words for
those a war or a disaster leaves behind. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code
from tests.test_events_twentyfourth import assert_no_event
from tests.test_events_twentysixth import assert_sides
from tests.test_events_twentythird import coded_with


@pytest.mark.parametrize(
    "sentence",
    [
        # fiction: what a film, a novel, a play or a game has its people do
        "In the film, paratroopers seize the airport and the prime minister flees.",
        "In her new novel, Chilean rebels kidnap the minister of mines.",
        "In the latest Scandinavian thriller, Russian agents bomb a pipeline off Gotland.",
        "The miniseries sees a rogue colonel storm the presidential palace in Abuja.",
        "The strategy game lets players invade Poland or defend it.",
        "The festival opens with a film in which Kurdish fighters besiege a Syrian town.",
        "Acclaimed drama imagines a coup in Lisbon as cadets occupy the radio station",
        # crime among private people: no one of any office acts or is acted on
        "A jealous husband stabbed his wife's lover outside a bar in Porto, police said.",
        "A dismissed employee set fire to the warehouse of a Lyon furniture firm.",
        "Three cousins beat a landlord in Lahore after he refused to return a deposit.",
        "The interior ministry said a man had shot his two neighbours in a village in "
        "eastern Poland.",
        "Fraudsters conned Ghanaian pensioners, charging them millions of cedis in fees.",
        # harm no one did: a crush at a festival, a blast of a pipeline, pests
        "A stampede at a shrine in Rajasthan killed eleven pilgrims, officials said.",
        "Pipeline explosion kills 40 people scooping fuel in southern Nigeria",
        "Invasive rabbits have overrun much of the island's farmland, ecologists say.",
    ],
)
def test_stories_and_private_quarrels_are_no_events(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # news words beside the works' words: a series of blasts and a show of force are news
        ("A series of bombings killed 14 soldiers in Kandahar on Monday.", "190"),
        ("Turkey staged a show of force as its jets bombed Kurdish positions.", "195"),
        # a man who attacks a crowd, a policeman or a minister attacks, whoever he was
        ("A man opened fire on worshippers at a synagogue in Halle.", "190"),
        ("A man stabbed a police officer outside the parliament in Oslo.", "182"),
        # drivers who block roads are protesting, not quarrelling
        ("Truck drivers blocked the highway to the Ugandan border for a second day.", ""),
    ],
)
def test_news_beside_stories_and_private_words_stays_an_event(nlp, sentence, cameo):
    events = code(nlp, sentence)
    assert events
    if cameo:
        assert cameo[:2] in {e.cameo[:2] for e in events}, [e.cameo for e in events]


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # the accused is the target; the place of the deed gives them a country (a state's
        # charge is legal action, 173)
        ("Prosecutors charged the former minister with fraud in Nairobi.", "173", "", "KEN"),
        # hosts receive office holders of every kind
        ("The Saudi king received the Coptic pope in Riyadh.", "043", "SAU", ""),
        ("Putin received the French ambassador at the Kremlin on Friday.", "043", "RUS", "FRA"),
        # a crowd throwing fireworks at police
        ("Youths in Marseille hurled fireworks at French riot police.", "145", "FRA", "FRA"),
    ],
)
def test_sides_of_charges_receptions_and_missiles(nlp, sentence, cameo, source, target):
    coded_with(nlp, sentence, cameo, target="" if source else target)
    if source:
        assert_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    ("sentence", "sector"),
    [
        ("Britain flew tents and blankets to earthquake survivors in Nepal.", "CVL"),
        ("Kenyan troops escorted food trucks to displaced families in Somalia.", "REF"),
        ("Gunmen abducted 80 schoolgirls from a boarding school in Niger.", "EDU"),
        ("Nigerian jets bombed bandits in Katsina on Tuesday.", "UAF"),
        ("Riot police fired tear gas at striking autoworkers in Seoul.", "LAB"),
    ],
)
def test_role_words_for_those_a_war_leaves_behind(nlp, sentence, sector):
    events = code(nlp, sentence)
    assert any(a.sector == sector for e in events for a in e.target), [
        (e.cameo, [(a.text, a.sector) for a in e.target]) for e in events
    ]


def test_business_leaders_urge_as_business(nlp):
    events = code(nlp, "Brazilian business leaders urged Congress to pass the pension reform.")
    assert any(a.sector == "BUS" for e in events for a in e.source)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        # a town taken by name, as a town taken by the word
        ("Islamist rebels captured Gao on Sunday.", "", "MLI"),
        ("Houthi fighters captured Aden after weeks of fighting.", "YEM", "YEM"),
    ],
)
def test_a_town_captured_by_name(nlp, sentence, source, target):
    coded_with(nlp, sentence, "19", target=target, prefix=True)
    if source:
        assert_sides(nlp, sentence, "", source, target)


def test_a_rebel_movement_s_commander_is_a_rebel(nlp):
    events = code(nlp, "A Somali air strike killed a senior al-Shabaab commander near Kismayo.")
    assert any(a.sector == "REB" for e in events for a in e.target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Families of the victims of the ferry disaster urged the Senegalese government to "
        "open an inquiry.",
        "Relatives of the victims of the mine explosion accused Turkey's energy ministry of "
        "negligence.",
    ],
)
def test_families_named_by_a_disaster_act(nlp, sentence):
    # the disaster befell them: it is no natural cause of their appeal
    events = code(nlp, sentence)
    assert events
    assert any(a.sector == "CVL" for e in events for a in e.source)


@pytest.mark.parametrize(
    ("sentence", "side", "sector"),
    [
        ("Iranian guards beat a French aid worker at Evin prison.", "source", "COP"),
        ("Syrian interrogators tortured the Canadian engineer for weeks.", "source", "COP"),
        ("Pakistani Rangers arrested the opposition leader in Karachi.", "source", "COP"),
        (
            "Chilean business groups urged the government to drop the mining royalty.",
            "source",
            "BUS",
        ),
        ("Sudanese pro-democracy groups rejected the army's offer of talks.", "source", "OPP"),
    ],
)
def test_more_role_words(nlp, sentence, side, sector):
    events = code(nlp, sentence)
    assert any(a.sector == sector for e in events for a in getattr(e, side)), [
        (e.cameo, [(a.text, a.sector) for a in getattr(e, side)]) for e in events
    ]


def test_a_lone_guard_in_a_game_is_no_one(nlp):
    sentence = "The Serbian guard shot eight of ten from deep as his side beat Latvia in Riga."
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # a deed owned up to is a concession
        (
            "Iraq admitted that its troops had shelled a Syrian border post by mistake.",
            "080",
            "IRQ",
            "",
        ),
        ("The Dutch army acknowledged responsibility for the air strike.", "080", "NLD", ""),
        # seized property given back
        ("Russia returned the seized Ukrainian trucks to Kyiv.", "0842", "RUS", "UKR"),
        # money released is aid
        ("The IMF released a $1 billion loan to Pakistan on Friday.", "071", "IGO", "PAK"),
        # negotiators walking out of a round of talks break them off
        (
            "Armenian negotiators walked out of the latest round of talks with Azerbaijan.",
            "164",
            "ARM",
            "AZE",
        ),
    ],
)
def test_thirtieth_pass_wordings(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


def test_a_hospital_admitting_patients_concedes_nothing(nlp):
    assert not any(
        e.cameo == "080" for e in code(nlp, "The hospital in Lyon admitted 30 patients.")
    )


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("A church in the Nigerian town of Owo was set ablaze by gunmen overnight.", "180"),
        ("Masked men firebombed the offices of an opposition party in Dhaka.", "1712"),
        ("Belarus banished two opposition leaders to Lithuania.", "174"),
        ("Peru's intelligence service wiretapped opposition lawmakers for years.", "170"),
    ],
)
def test_thirtieth_pass_verbs(nlp, sentence, cameo):
    coded_with(nlp, sentence, cameo)
