"""Conversions between records (Article, Event, Actor) and the rows of the store's tables."""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from datetime import UTC, date, datetime
from typing import Any

from eventwire.records import Actor, Article, Event, Evidence, Location

Row = dict[str, Any]

ARTICLE_COLUMNS = (
    *("id", "source", "url", "site", "title", "lead", "body", "paragraphs", "section", "authors"),
    *("published", "published_iso", "published_precision", "published_ambiguous", "language"),
    "ingested_at",
)

EVENT_COLUMNS = (
    *("id", "event_type", "mode", "context", "cameo", "goldstein", "quad"),
    *("date", "date_start", "date_end", "date_precision", "date_reason"),
    *("location_text", "location_name", "location_country", "location_lat", "location_lon"),
    *("modality", "confidence", "trigger", "rule", "extra"),
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_range(text: str | None) -> tuple[date | None, date | None]:
    """The first and last day an ISO date covers: '2001-05' -> (2001-05-01, 2001-05-31)."""
    match = _DATE.match(text.strip()) if text else None
    if not match:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None  # the pattern requires it
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None, None


def actor_id(actor: Actor) -> str:
    """A stable id for an actor: the same kind, name, country and sector give the same id."""
    key = "\x1f".join(v or "" for v in (actor.kind, actor.name, actor.country, actor.sector))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _utc_naive(moment: datetime | None) -> datetime | None:
    # TIMESTAMP columns hold no zone; aware datetimes are stored as UTC so they sort correctly.
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def article_row(article: Article, ingested_at: datetime) -> list[Any]:
    """The `articles` row for an article, in ARTICLE_COLUMNS order."""
    return [
        article.id,
        article.source,
        article.url,
        article.site,
        article.title,
        article.lead,
        article.body,
        list(article.paragraphs),
        article.section,
        list(article.authors),
        _utc_naive(article.published),
        article.published.isoformat() if article.published else None,
        article.published_precision,
        article.published_ambiguous,
        article.language,
        ingested_at,
    ]


def article_from_row(row: Row) -> Article:
    """The Article an `articles` row holds."""
    iso = row["published_iso"]
    return Article(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        paragraphs=tuple(row["paragraphs"]),
        lead=row["lead"],
        site=row["site"],
        url=row["url"],
        section=row["section"],
        authors=tuple(row["authors"]),
        published=datetime.fromisoformat(iso) if iso else None,
        published_precision=row["published_precision"],
        published_ambiguous=row["published_ambiguous"],
        language=row["language"],
    )


def event_row(event: Event) -> list[Any]:
    """The `events` row for an event, in EVENT_COLUMNS order."""
    start, end = date_range(event.date)
    loc = event.location
    return [
        event.id,
        event.event_type,
        event.mode,
        list(event.context),
        event.cameo,
        event.goldstein,
        event.quad,
        event.date,
        start,
        end,
        event.date_precision,
        event.date_reason,
        loc.text if loc else None,
        loc.name if loc else None,
        loc.country if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        event.modality,
        event.confidence,
        event.trigger,
        event.rule,
        json.dumps(event.extra, ensure_ascii=False, default=str) if event.extra else None,
    ]


def mention_row(event: Event) -> list[Any]:
    """The `mentions` row (event_id, article_id, evidence, start, end) for an event."""
    ev = event.evidence
    return [event.id, event.article_id, ev.text, ev.start, ev.end]


def actor_row(actor: Actor) -> list[Any]:
    """The `actors` row (id, text, name, country, sector, kind, role) for an actor."""
    return [
        actor_id(actor),
        actor.text,
        actor.name,
        actor.country,
        actor.sector,
        actor.kind,
        actor.role,
    ]


def event_actor_rows(event: Event) -> list[list[Any]]:
    """The `event_actors` rows (event_id, actor_id, role, position, text, title) for an event."""
    rows = []
    for role, actors in (("source", event.source), ("target", event.target)):
        for position, actor in enumerate(actors):
            rows.append([event.id, actor_id(actor), role, position, actor.text, actor.role])
    return rows


def actor_from_row(row: Row) -> Actor:
    """The Actor of one joined event_actors + actors row, with this event's own text and title."""
    return Actor(
        text=row["text"],
        name=row["name"],
        country=row["country"],
        sector=row["sector"],
        kind=row["kind"],
        role=row["title"],
    )


def event_from_rows(row: Row, source: list[Actor], target: list[Actor]) -> Event:
    """The Event of one events row joined with one of its mentions (article_id, evidence...)."""
    location = None
    if row["location_name"] is not None:
        location = Location(
            text=row["location_text"],
            name=row["location_name"],
            country=row["location_country"],
            lat=row["location_lat"],
            lon=row["location_lon"],
        )
    return Event(
        id=row["id"],
        article_id=row["article_id"],
        event_type=row["event_type"],
        mode=row["mode"],
        context=tuple(row["context"]),
        cameo=row["cameo"],
        goldstein=row["goldstein"],
        quad=row["quad"],
        source=tuple(source),
        target=tuple(target),
        date=row["date"],
        date_precision=row["date_precision"],
        date_reason=row["date_reason"],
        location=location,
        modality=row["modality"],
        evidence=Evidence(text=row["evidence"], start=row["start"], end=row["end"]),
        confidence=row["confidence"],
        trigger=row["trigger"],
        rule=row["rule"],
        extra=json.loads(row["extra"]) if row["extra"] else {},
    )
