"""Readings added in the twenty-ninth pass: acts a sentence looks back on (commemorated, or told
by a book, a film or an exhibition) and idioms for the CAMEO categories. Every sentence is written
by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code
from tests.test_events_twentyfourth import assert_no_event
from tests.test_events_twentysixth import assert_sides, countries


@pytest.mark.parametrize(
    "sentence",
    [
        # commemorations: the act remembered is no event of the day
        "Estonians laid wreaths in Tallinn on Monday, 35 years after Soviet troops stormed the "
        "city's radio station.",
        "Forty years after the army shelled the old town, residents of Vukovar lit candles.",
        "Namibia marked 30 years since South African troops withdrew from its territory.",
        "Ghanaians observed a minute's silence for the students shot by soldiers in 1979.",
        "Chileans remember the 1973 bombing of the presidential palace every September.",
        "Algeria commemorates the massacre of villagers by French troops in Setif.",
        "Timor-Leste held a day of mourning for those killed in the 1991 Dili massacre.",
        "Rwandans honoured the victims of the militias that attacked churches in 1994.",
        "Armenians gathered on the anniversary of the 1988 Azerbaijani attack on Sumgait.",
        "On this day in 1961, East German troops sealed the border through Berlin.",
        "Twenty years ago today, American forces invaded Panama.",
        # histories, books, films and exhibitions: the story told is no event of the day
        "The exhibition traces how Portuguese troops crushed the 1961 revolt in Angola.",
        "A new documentary about how Indonesia invaded East Timor opened in Lisbon.",
        "The historian argues that Paris armed the Rwandan army before the genocide.",
        "Her memoir recounts how Argentine police arrested her father in 1977.",
        "The podcast's second season covers how NATO bombed Libya in 2011.",
        "In his history of the Falklands war, the author describes how British jets bombed "
        "Stanley airfield.",
        "A new biography details how Nasser nationalised the Suez Canal in 1956.",
        "The museum displays wreckage of helicopters shot down over Mogadishu in 1993.",
    ],
)
def test_acts_a_sentence_looks_back_on_are_no_events(nlp, sentence):
    assert_no_event(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        # the commemoration's own news stays an event
        (
            "Protesters marked the anniversary of the coup by marching on parliament in Bangkok.",
            "PROTEST",
        ),
        ("Thirty years after the genocide, France apologised to Rwanda.", "SUPPORT"),
        ("Two days after rebels attacked Goma, Congolese troops shelled their positions.", ""),
        # a past act mentioned in passing is a historical event, not a memory
        ("Fidel Castro visited Tehran in May 2001.", "CONSULT"),
        # a state acting against a film is news
        ("China banned a documentary about the 1989 crackdown in Tiananmen Square.", "COERCE"),
        ("Iran will honour the ceasefire with Iraq, the foreign minister said.", ""),
        # words of works that also have a sense in the news
        ("A new chapter in Sino-Indian relations began with Modi's visit to Beijing.", "CONSULT"),
        ("The fighting season began with a wave of Taliban attacks on police posts.", "ASSAULT"),
    ],
)
def test_news_beside_a_memory_stays_an_event(nlp, sentence, event_type):
    events = code(nlp, sentence)
    assert events
    if event_type:
        assert event_type in {e.event_type for e in events}, [e.cameo for e in events]


def test_an_act_years_before_keeps_the_act_of_the_day(nlp):
    events = code(
        nlp,
        "Jordan freed two Syrian pilots on Sunday, four years after they were detained at the "
        "border.",
    )
    assert {e.cameo for e in events} == {"0841"}


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("Venezuela wants to bury the hatchet with Guyana.", "037", "VEN", "GUY"),
        ("Ecuador patched up its quarrel with Mexico on Friday.", "037", "ECU", "MEX"),
        ("Kenya put pen to paper on a security pact with Somalia.", "057", "KEN", "SOM"),
        ("Slovenia acknowledged Palestine as a sovereign state.", "054", "SVN", "PSE"),
        ("Lithuania gave safe haven to Belarusian opposition leaders.", "075", "LTU", "BLR"),
        ("Bolivian President Evo Morales bowed out on Sunday.", "0831", "BOL", ""),
        ("Ottawa frowned on Washington's new lumber duties.", "110", "CAN", "USA"),
        ("Ukraine laid the blame on Moscow for the collapse of the talks.", "112", "UKR", "RUS"),
        ("Bern has turned a deaf ear to Ukraine's requests for ammunition.", "120", "CHE", "UKR"),
        ("Tokyo gave short shrift to Sri Lanka's appeal for fuel.", "120", "JPN", "LKA"),
        ("Madrid held its ground in the dispute over Gibraltar.", "124", "ESP", ""),
        ("Greek Cypriot voters sank a United Nations plan for the island.", "120", "CYP", ""),
        ("The Netherlands held back $40 million in aid to Burundi.", "162", "NLD", "BDI"),
        ("The US shelved a development grant to Sri Lanka.", "162", "USA", "LKA"),
        ("Burkina Faso's junta sent French special forces packing.", "166", "BFA", "FRA"),
        ("Moscow turned the screws on Moldova over gas supplies.", "170", "RUS", "MDA"),
        ("Israel tightened the cordon around Gaza on Monday.", "191", "ISR", "PSE"),
    ],
)
def test_idioms_for_the_categories(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


def test_a_court_headline_keeps_the_court_as_its_subject(nlp):
    # "court" is no verb: a verbless headline is read with "orders" as its verb
    assert_sides(nlp, "Istanbul court orders arrest of opposition mayor", "173", "TUR", "TUR")


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("Amnesty renewed calls for Saudi Arabia to free jailed activists.", "1053", "NGO", "SAU"),
        ("The UN issued an appeal for Israel to allow aid into Gaza.", "025", "UNO", "ISR"),
        ("France repeated its call for Iran to release the detained tourists.", "", "FRA", "IRN"),
        ("Pakistan made an appeal to India to resume talks.", "026", "PAK", "IND"),
    ],
)
def test_an_appeal_for_another_to_act_asks_it(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)
    # the act asked for has not happened: no release, no access allowed, no talks
    assert all(e.cameo[:2] in ("02", "10") for e in code(nlp, sentence))


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Iran called the US strike a violation of international law.", "IRN", "USA"),
        ("Russia described the EU sanctions as economic warfare.", "RUS", "EUR"),
    ],
)
def test_judgements_in_other_words(nlp, sentence, source, target):
    events = code(nlp, sentence)
    assert_sides(nlp, sentence, "111", source, target)
    assert {e.cameo for e in events} == {"111"}  # the strike judged is no event of Iran's


def test_alarm_voiced_at_a_deed_criticises_it(nlp):
    events = code(nlp, "France voiced alarm at the fighting in Rwanda.")
    assert [e.cameo for e in events] == ["111"]


def test_a_town_a_curfew_falls_on_is_its_people(nlp):
    events = code(nlp, "Kenyan police lifted a dusk-to-dawn curfew in the western town of Kisumu.")
    assert any(a.sector == "CVL" and a.country == "KEN" for e in events for a in e.target)


def test_military_planes_are_the_military(nlp):
    events = code(nlp, "Turkish military planes delivered 100 tonnes of food to Somali villagers.")
    assert any(a.sector == "MIL" and a.country == "TUR" for e in events for a in e.source)
    # an airline's aircraft are no one's military
    assert not code(nlp, "Airbus and Lufthansa signed a deal for 40 A350 aircraft.")


def test_footage_of_an_act_is_no_history(nlp):
    events = code(nlp, "Video footage shows Belarusian police beating protesters in Minsk.")
    assert any(e.cameo == "182" for e in events)


def test_what_a_proposal_would_have_another_do_is_no_event(nlp):
    events = code(nlp, "Kenya's proposal for Somalia to withdraw its troops was shelved.")
    assert not any(e.cameo.startswith("087") for e in events)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Ghana played host to Jamaica's prime minister on Monday, with President Nana "
            "Akufo-Addo welcoming him in Accra.",
            "GHA",
            "JAM",
        ),
        ("Slovenia acknowledged Palestine as a sovereign state.", "SVN", "PSE"),
    ],
)
def test_a_target_abroad_leaves_the_doers_own_state_out(nlp, sentence, source, target):
    for event in code(nlp, sentence):
        if source in countries(event.source):
            assert countries(event.target) == {target}, event


def test_relatives_and_royal_families_are_actors(nlp):
    assert_sides(
        nlp, "Relatives of the victims protested outside the Greek parliament.", "", "GRC", "GRC"
    )
    events = code(nlp, "The Saudi royal family condemned the attack.")
    assert any(a.sector == "ELI" for e in events for a in e.source)
