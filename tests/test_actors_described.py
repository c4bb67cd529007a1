"""Countries named again by a description ("the neighbouring country", "the emirate") stand for
the state the sentence named before. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code


def described(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [
        (doc[m.start : m.end].text, m.actors[0].country)
        for m in doc._.actors
        if m.rule == "coref.described"
    ]


@pytest.mark.parametrize(
    ("sentence", "phrase", "country"),
    [
        (
            "Peru, after weeks of complaints from Chile about fishing, gave in to the "
            "neighbouring country's demand.",
            "the neighbouring country",
            "CHL",
        ),
        (
            "Saudi Arabia, which accused Qatar of funding militants, barred the emirate's "
            "airlines from its airspace.",
            "the emirate",
            "QAT",
        ),
        (
            "After a deadly quake in Nepal, India flew relief supplies to its Himalayan neighbour.",
            "its Himalayan neighbour",
            "NPL",
        ),
        (
            "Argentina's foreign minister, asked about Britain's naval exercise, criticised the "
            "European country on Monday.",
            "the European country",
            "GBR",
        ),
        # the form picks the state: Qatar is the emirate, Saudi Arabia the kingdom
        (
            "Qatar's emir, visiting Saudi Arabia, said the emirate would work with the kingdom.",
            "the kingdom",
            "SAU",
        ),
    ],
)
def test_a_description_stands_for_the_state_named_before(nlp, sentence, phrase, country):
    assert (phrase, country) in described(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare "the country" is as often the doer's own
        "Kenya's president said the country would hold elections in May.",
        # the adjective already names it
        "Algeria campaigned for recognition of the newly proclaimed Palestinian state.",
        # "the kingdom of ..." is a name
        "Jordan's king visited Iraq, the first trip there by a ruler of the kingdom of Jordan.",
        # no kingdom named before
        "Kenya said it would send troops to help the kingdom.",
    ],
)
def test_no_state_is_guessed(nlp, sentence):
    assert not described(nlp, sentence)


def test_the_described_state_is_the_target(nlp):
    events = code(
        nlp,
        "Spain, angered by remarks from Bolivia's president, withdrew its ambassador from the "
        "South American country.",
    )
    assert any("BOL" in {a.country for a in e.target} for e in events), events


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        (
            "Thousands of Moroccans marched in Rabat against their government's normalisation of "
            "ties with Israel.",
            "MAR",
        ),
        ("Kenyans protested in Nairobi against their government's deal with China.", "KEN"),
    ],
)
def test_a_peoples_own_government(nlp, sentence, country):
    protests = [e for e in code(nlp, sentence) if e.event_type == "PROTEST"]
    assert any(a.country == country and a.sector == "GOV" for e in protests for a in e.target), (
        protests
    )


def test_its_after_an_object_is_not_the_subjects(nlp):
    events = code(nlp, "Kenya urged Uganda to withdraw its troops.")
    assert all("KEN" not in {a.country for a in e.target} for e in events), events
