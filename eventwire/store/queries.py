"""What the store's reads take and give besides records: filters, summaries, dyad periods."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from eventwire.records import QUADS, Event

Period = Literal["day", "month", "year"]
PERIOD_LENGTH = {"day": 10, "month": 7, "year": 4}

_ISO3 = re.compile(r"^[A-Za-z]{3}$")

# What happened, as opposed to what was denied, planned, feared or assumed.
REALIZED_MODALITIES = ("asserted", "historical")


@dataclass(frozen=True)
class EventFilter:
    """Which events to list; every field left as None matches everything.

    `actor` matches a source or a target, `source` and `target` one side only; each is an ISO3
    (or PLOVER) country code or a substring of the actor's name. `since` and `until` are
    inclusive and select events whose date range overlaps them.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    limit: int | None = 100
    offset: int = 0
    # PLOVER quad class, and text the evidence sentence must contain (case-insensitive).
    quad: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class ArticleSummary:
    """One line of the article listing."""

    id: str
    title: str
    site: str | None
    published: datetime | None
    source: str
    n_events: int

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ArticleSummary:
        """The summary of an article row with `published_iso` and `n_events` columns."""
        published = row["published_iso"]
        return cls(
            id=row["id"],
            title=row["title"],
            site=row["site"],
            published=datetime.fromisoformat(published) if published else None,
            source=row["source"],
            n_events=row["n_events"],
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "site": self.site,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "n_events": self.n_events,
        }


@dataclass(frozen=True)
class DyadPeriod:
    """The events of one period in one direction (source -> target) of a dyad."""

    period: str
    source: str
    target: str
    counts: dict[str, int]
    goldstein_mean: float | None
    events: tuple[Event, ...] = field(default=())

    @property
    def total(self) -> int:
        return len(self.events)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period,
            "source": self.source,
            "target": self.target,
            "total": self.total,
            "counts": dict(self.counts),
            "goldstein_mean": self.goldstein_mean,
            "events": [e.to_dict() for e in self.events],
        }


def dyad_period(period: str, source: str, target: str, events: list[Event]) -> DyadPeriod:
    """Count one direction's events per quad class and average their Goldstein scores."""
    counts = dict.fromkeys(QUADS, 0)
    for event in events:
        counts[event.quad] = counts.get(event.quad, 0) + 1
    mean = round(sum(e.goldstein for e in events) / len(events), 2) if events else None
    return DyadPeriod(period, source, target, counts, mean, tuple(events))


def period_of(event_date: str | None, by: Period) -> str:
    """The period an event falls in; a date less precise than `by` stays as it is ('2001')."""
    return (event_date or "")[: PERIOD_LENGTH[by]] or "undated"


def actor_clause(value: str, role: str | None) -> tuple[str, list[Any]]:
    """SQL (and its parameters) true when event `e` has a matching actor on side `role`."""
    params: list[Any] = []
    role_sql = ""
    if role is not None:
        role_sql = "AND ea.role = ? "
        params.append(role)
    # A three-letter value is also tried as a country code; any value as part of a name.
    match = ["contains(lower(a.name), ?)", "contains(lower(ea.text), ?)"]
    params += [value.lower(), value.lower()]
    if _ISO3.match(value):
        match.append("a.country = ?")
        params.append(value.upper())
    sql = (
        "EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
        f"WHERE ea.event_id = e.id {role_sql}AND ({' OR '.join(match)}))"
    )
    return sql, params


def event_where(flt: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (over events `e` and mentions `m`) that a filter asks for."""
    clauses: list[str] = []
    params: list[Any] = []
    for value, role in ((flt.actor, None), (flt.source, "source"), (flt.target, "target")):
        if value:
            sql, more = actor_clause(value, role)
            clauses.append(sql)
            params += more
    if flt.event_type:
        clauses.append("e.event_type = ?")
        params.append(flt.event_type.upper())
    if flt.since:
        clauses.append("e.date_end >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("e.date_start <= ?")
        params.append(flt.until)
    if flt.quad:
        clauses.append("e.quad = ?")
        params.append(flt.quad)
    if flt.text:
        # Any report of the event counts, not only the mention the listing shows.
        clauses.append(
            "EXISTS (SELECT 1 FROM mentions tm WHERE tm.event_id = e.id"
            " AND contains(lower(tm.evidence), ?))"
        )
        params.append(flt.text.lower())
    return (" AND ".join(clauses) or "TRUE"), params
