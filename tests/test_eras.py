"""Movements that took power carry the sector of each event's date."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.actors.eras import ERAS, at_date
from eventwire.pipeline import code_article
from eventwire.records import Actor, Article


def test_the_taliban_are_rebels_between_their_two_governments():
    taliban = ERAS[0]
    assert taliban.sector_on("1995-03-01") == "REB"
    assert taliban.sector_on("1999") == "GOV"
    assert taliban.sector_on("2012-05-03") == "REB"
    assert taliban.sector_on("2021-08-15") == "GOV"
    # a year alone is read as its first day
    assert taliban.sector_on("2021") == "REB"


def test_only_the_movement_s_own_actors_change():
    actors = (
        Actor("Taliban fighters", "Taliban fighters", "AFG", "GOV", "group"),
        Actor("Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "PAK", "REB", "organization"),
        Actor("Afghan police", "Afghan police", "AFG", "COP", "group"),
    )
    dated = at_date(actors, "2012-05-03")
    assert [a.sector for a in dated] == ["REB", "REB", "COP"]
    assert at_date(actors, None) == actors


@pytest.mark.parametrize(
    ("published", "sector"),
    [(datetime(2012, 5, 3), "REB"), (datetime(2024, 5, 3), "GOV"), (None, "GOV")],
)
def test_events_read_the_taliban_at_their_date(published, sector):
    article = Article(
        id="eras",
        source="test",
        title="",
        paragraphs=("Taliban fighters attacked a police post in Kunduz, killing six officers.",),
        published=published,
    )
    events = code_article(article)
    assert events
    assert {a.sector for e in events for a in e.source} == {sector}


def test_a_past_date_in_the_text_decides():
    article = Article(
        id="eras-past",
        source="test",
        title="",
        paragraphs=("In 2015, Taliban fighters attacked a police post in Kunduz.",),
        published=datetime(2024, 5, 3),
    )
    events = code_article(article)
    assert events and all(a.sector == "REB" for e in events for a in e.source)
