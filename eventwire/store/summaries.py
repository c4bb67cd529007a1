"""What the store's overview reads give: pages with keyset positions, actor and dyad summaries.

A page's `next_after` is the sort key of its last row, to be passed back as `after` for the next
page; it is a tuple of strings and integers, so callers can serialise it as they like.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from eventwire.records import Event
from eventwire.store.codec import date_range
from eventwire.store.queries import ArticleSummary

Key = tuple[Any, ...]

# The order of event pages: date, then article and position in it; NULLs last via sentinels so
# that every key is a plain, comparable value.
EVENT_ORDER: tuple[tuple[str, bool], ...] = (
    ("coalesce(strftime(e.date_start, '%Y-%m-%d'), '9999-99-99')", False),
    ("coalesce(e.date, '')", False),
    ("coalesce(m.article_id, '')", False),
    ('m."start"', False),
    ("e.id", False),
)
# The order of article pages: newest first (undated last), then as ingested.
ARTICLE_ORDER: tuple[tuple[str, bool], ...] = (
    ("coalesce(strftime(a.published, '%Y-%m-%dT%H:%M:%S.%f'), '')", True),
    ("strftime(a.ingested_at, '%Y-%m-%dT%H:%M:%S.%f')", False),
    ("a.id", False),
)


def event_key(event: Event) -> Key:
    """An event's position in EVENT_ORDER, computed as the store computes it."""
    start = date_range(event.date)[0]
    return (
        start.isoformat() if start else "9999-99-99",
        event.date or "",
        event.article_id or "",
        event.evidence.start,
        event.id,
    )


def order_by(columns: Sequence[tuple[str, bool]]) -> str:
    """The ORDER BY list for key columns (expression, descending)."""
    return ", ".join(f"{expr} {'DESC' if desc else 'ASC'}" for expr, desc in columns)


def after_clause(columns: Sequence[tuple[str, bool]], key: Key) -> tuple[str, list[Any]]:
    """SQL true for rows that come after `key` in the order of `columns`."""
    if len(key) != len(columns):
        raise ValueError(f"a position needs {len(columns)} values, got {len(key)}")
    clauses, params = [], []
    for i, (expr, desc) in enumerate(columns):
        equal = [f"{other} = ?" for other, _ in columns[:i]]
        clauses.append("(" + " AND ".join([*equal, f"{expr} {'<' if desc else '>'} ?"]) + ")")
        params += [*key[:i], key[i]]
    return "(" + " OR ".join(clauses) + ")", params


@dataclass(frozen=True)
class EventPage:
    """Events in EVENT_ORDER and the position after the last one (None on the last page)."""

    events: list[Event]
    next_after: Key | None


@dataclass(frozen=True)
class ArticlePage:
    """Article summaries, newest first, and the position after the last one."""

    articles: list[ArticleSummary]
    next_after: Key | None


@dataclass(frozen=True)
class RejectedInput:
    """A stored rejection: its id, the input and the one-line reason."""

    id: int
    source: str
    reason: str
    rejected_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "reason": self.reason,
            "rejected_at": self.rejected_at.isoformat(),
        }


@dataclass(frozen=True)
class ActorCount:
    """An actor with its event counts; `code` is a country code or, for anyone else, an actor id."""

    code: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    events: int
    as_source: int
    as_target: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "events": self.events,
            "as_source": self.as_source,
            "as_target": self.as_target,
        }


@dataclass(frozen=True)
class RoleSpan:
    """A title seen with a person, and the first and last event dates it was seen on."""

    name: str
    title: str
    first: str | None
    last: str | None
    events: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "first": self.first,
            "last": self.last,
            "events": self.events,
        }


@dataclass(frozen=True)
class Partner:
    """A counterpart country: events with it, split by which side the actor was on."""

    country: str
    events: int
    as_source: int
    as_target: int
    goldstein_mean: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "events": self.events,
            "as_source": self.as_source,
            "as_target": self.as_target,
            "goldstein_mean": self.goldstein_mean,
        }


@dataclass(frozen=True)
class DyadCount:
    """A pair of countries (a < b) with the events between them in either direction."""

    a: str
    b: str
    events: int
    goldstein_mean: float | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "events": self.events,
            "goldstein_mean": self.goldstein_mean,
            "last_date": self.last_date,
        }


@dataclass(frozen=True)
class EventTotals:
    """Event counts by type, quad class, modality, country (either side) and day."""

    by_type: dict[str, int] = field(default_factory=dict)
    by_quad: dict[str, int] = field(default_factory=dict)
    by_modality: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_day: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "by_type": dict(self.by_type),
            "by_quad": dict(self.by_quad),
            "by_modality": dict(self.by_modality),
            "by_country": dict(self.by_country),
            "by_day": dict(self.by_day),
        }
