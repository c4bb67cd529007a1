"""Hand-built articles and events for the dashboard tests, one of them hostile."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import eventfactory
from eventfactory import CUB, IRN

from eventwire.records import Actor, Article, Event, Rejection, article_id_for
from eventwire.store import Store

PWNED = "<script>window.__pwned = 1</script>"


def make_article(title: str, paragraphs: tuple[str, ...], published: str | None) -> Article:
    """An article as ingest would store it (its id hashes title and body)."""
    return Article(
        id=article_id_for(title, paragraphs),
        source=f"/tmp/{title[:12]}.txt",
        title=title,
        paragraphs=paragraphs,
        site="example.org",
        url="https://example.org/news/1",
        published=datetime.fromisoformat(published) if published else None,
        published_precision="day" if published else None,
    )


def make_event(article: Article, n: int, **kw: Any) -> Event:
    """An event read from the n-th paragraph of `article` (evidence offsets into its text)."""
    return eventfactory.make_event(article, n, **{"target": (IRN,), **kw})


VISIT = make_article(
    "Iran and Cuba reaffirm alliance",
    (
        "Cuban President Díaz-Canel visited Tehran on Friday.",
        "The two presidents signed agreements on energy.",
        "In May 2001 the two leaders met in Havana.",
    ),
    "2023-12-08",
)
VISIT_EVENTS = [
    make_event(VISIT, 0),
    make_event(
        VISIT,
        1,
        event_type="SUPPORT",
        mode=None,
        cameo="057",
        goldstein=8.0,
        source=(IRN, CUB),
        target=(CUB, IRN),
        trigger="signed",
        rule="verb.sign",
    ),
    make_event(
        VISIT, 2, date="2001-05", date_precision="month", modality="historical", trigger="met"
    ),
]
# Hostile text everywhere a page shows article text: title, body, evidence, actor names.
HOSTILE = make_article(
    f"Breaking {PWNED} news",
    (f"Iran warned Cuba {PWNED} on Monday.", "Nothing else <b>happened</b> & that is all."),
    "2024-01-15",
)
HOSTILE_EVENTS = [
    make_event(
        HOSTILE,
        0,
        event_type="THREATEN",
        mode=None,
        cameo="130",
        goldstein=-4.4,
        quad="verbal_conflict",
        source=(Actor(f"Iran {PWNED}", f"Iran {PWNED}", "IRN", None, "organization"),),
        target=(CUB,),
        date="2024-01-15",
        location=None,
        trigger="warned",
        rule="verb.warn",
    )
]


def fill(path: str) -> None:
    """Store the hand-built articles, their events and one rejection."""
    with Store(path) as store:
        store.add_article(VISIT, VISIT_EVENTS)
        store.add_article(HOSTILE, HOSTILE_EVENTS)
        store.add_rejection(Rejection(f"/tmp/{PWNED}.bin", "binary: contains NUL bytes"))


@dataclass(frozen=True)
class Live:
    """A running server: its base URL and the ids of the articles the tests open."""

    url: str
    hostile_id: str
    seed_id: str | None
