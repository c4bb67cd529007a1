"""Coding added in the twenty-third pass: harm from mishaps and industrial blasts, things
released or launched that are no captives or attacks, purchases, market demand, games and
sports, attacks of the body and of words. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code
from tests.test_events_twentieth import coded_as


@pytest.mark.parametrize(
    "sentence",
    [
        # an industrial blast, and the text calls it an accident
        "A gold mine blast killed 40 miners in northern Ghana, the worst mining accident there.",
        "A gas explosion at a chemical plant killed nine workers near Tianjin on Monday.",
        # the harm follows a crash of whatever had it, even an army's
        "A Kenyan army helicopter crashed near Garissa, killing eight soldiers.",
        "A bus overturned and plunged into a river in Nepal, killing 23 pilgrims.",
        # a passive harm whose occasion is a mishap
        "Four Polish climbers were killed when a serac collapsed on K2, officials said.",
        # a force of nature does the harm
        "Ecuador was struck by a powerful earthquake on Saturday that toppled houses.",
        "The harsh winter that gripped Kazakhstan has killed thousands of cattle.",
    ],
)
def test_mishaps_and_nature_harm_with_no_doer(nlp, sentence):
    assert not code(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # a weapon crashing, a landmine or a bomb in the occasion is still an attack
        ("A rocket crashed into a house in Sderot, killing two Israelis.", "19"),
        ("A mine blast killed three Indian soldiers in Kashmir.", "19"),
    ],
)
def test_armed_harm_stays_an_attack(nlp, sentence, cameo):
    assert any(e.cameo.startswith(cameo) for e in code(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean author Isabel Allende's latest novel was released in Santiago on Monday.",
        "Monks in Laos released hundreds of paper lanterns over the Mekong on Friday night.",
        "Rescuers freed a Chinese miner who had been trapped for four days in a flooded pit.",
        "A Chinese Long March rocket carrying three astronauts was launched from Jiuquan.",
        "Qatar Airways ordered 60 Airbus jets at the Farnborough air show on Tuesday.",
        "Her car slammed into a barrier near Milan, the Italian police said.",
        "Indian grandmaster Viswanathan Anand resigned the game after 40 moves in Chennai.",
        "Kenya's tea growers expanded their estates to meet demand from Egyptian buyers.",
        "The Egyptian singer Amr Diab died of a heart attack in Cairo, his family said.",
        "The Brazilian real came under speculative attack in January 1999.",
        "The Indian astronaut blasted off from Kazakhstan aboard a Soyuz capsule in 1984.",
        "Japan's Akatsuki probe reached Venus in December 2015 after a five-year journey.",
        "Stranded Dutch tourists waited as traffic backed up for hours near Calais.",
        "A strike of lightning hit a power station near Bogota, cutting electricity.",
    ],
)
def test_things_released_bought_or_launched_are_no_events(nlp, sentence):
    assert not code(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana marched into the Africa Cup semi-finals by defeating Egypt on Sunday.",
        "Mexico's goalkeeper saved three penalties as his side won the shootout against Peru.",
        "Lewis Hamilton seized pole position at the Brazilian Grand Prix after qualifying.",
        "The Spanish club's bid to sign a Brazilian forward ended in agreement, the club said.",
    ],
)
def test_sports_play_is_no_event(nlp, sentence):
    assert not code(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # what a government does still counts
        ("Israel released 26 Palestinian prisoners on Tuesday.", "0841", "ISR", "PSE"),
        ("The Turkish government met the demands of striking miners.", "083", "TUR", ""),
        ("Peru ordered troops to the border with Ecuador.", "154", "PER", ""),
        ("North Korea launched a missile at a South Korean island.", "195", "PRK", "KOR"),
        ("The Kenyan president blasted the opposition over the protests.", "111", "KEN", "KEN"),
    ],
)
def test_the_same_verbs_in_their_political_senses(nlp, sentence, cameo, source, target):
    events = code(nlp, sentence)
    assert any(e.cameo == cameo for e in events), [(e.cameo, e.rule) for e in events]


def test_a_scathing_attack_is_criticism(nlp):
    coded_as(
        nlp,
        "The Egyptian opposition launched a scathing attack on the government.",
        "ACCUSE",
        "111",
    )
