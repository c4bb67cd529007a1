"""Hand-built events shared by the store, API and dashboard tests (no model needed)."""

from __future__ import annotations

from typing import Any

from eventwire.records import Actor, Article, Event, Evidence, Location

IRN = Actor("Iran", "Iran", "IRN", None, "country")
CUB = Actor("Cuba", "Cuba", "CUB", None, "country")
RAEISI = Actor("President Ebrahim Raeisi", "Ebrahim Raeisi", "IRN", "GOV", "person", "President")
CANEL = Actor("Díaz-Canel", "Miguel Díaz-Canel", "CUB", "GOV", "person", "President")
TEHRAN = Location("Tehran", "Tehran", "IRN", 35.69, 51.42)


def make_event(article: Article, n: int = 0, **fields: Any) -> Event:
    """A CONSULT visit read from the n-th paragraph of `article`; `fields` override any value."""
    sentence = article.paragraphs[n % len(article.paragraphs)]
    start = article.text.index(sentence)
    values: dict[str, Any] = {
        "id": f"{article.id[:8]}-{n}",
        "article_id": article.id,
        "event_type": "CONSULT",
        "mode": "visit",
        "context": ("diplomatic",),
        "cameo": "042",
        "goldstein": 1.9,
        "quad": "verbal_cooperation",
        "source": (CANEL, CUB),
        "target": (RAEISI, IRN),
        "date": "2023-12-08",
        "date_precision": "day",
        "date_reason": "publication",
        "location": TEHRAN,
        "modality": "asserted",
        "evidence": Evidence(sentence, start, start + len(sentence)),
        "confidence": 0.8,
        "trigger": "visited",
        "rule": "verb.visit",
    }
    values.update(fields)
    return Event(**values)


def coded_event(event_type: str, **fields: Any) -> Event:
    """A bare coded event of `event_type` for scorer tests (no article, no evidence text);
    `fields` override any value."""
    values: dict[str, Any] = {
        "id": f"{event_type}-{fields.get('source')}-{fields.get('target')}",
        "article_id": "a1",
        "event_type": event_type,
        "mode": None,
        "context": (),
        "cameo": "",
        "goldstein": 0.0,
        "quad": "verbal_cooperation",
        "source": (),
        "target": (),
        "date": None,
        "date_precision": None,
        "date_reason": "none",
        "location": None,
        "modality": "asserted",
        "evidence": Evidence(text="", start=0, end=0),
        "confidence": 0.8,
    }
    values.update(fields)
    return Event(**values)
