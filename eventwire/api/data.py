"""The datasets behind the REST API and the dashboard: (store, parameters) -> plain JSON data.

Each function reads one store handle (a snapshot from SharedStore.read()) and returns dicts and
lists of str, int, float, bool and None only, so that a route can send it as JSON and a page can
render it from the same data. Bad parameters raise InvalidParameter; unknown ids NotFound.

    home(store)                       totals, latest events, most active dyads
    events_page(store, flt, cursor)   events in date order + next_cursor
    event_detail(store, id)           one event + its article's metadata
    articles_page(store, q, cursor)   article summaries, newest first + next_cursor
    article_detail(store, id)         clean text, metadata, events with evidence offsets
    rejected_page / rejected_detail   inputs that could not be read, with the reason
    dyad(store, a, b, by)             the dyad timeline + chart series per period
    actors(store, q)                  countries and other actors with counts
    actor_detail(store, code)         roles over time, top partners, events
    stats(store)                      totals by type, quad, modality, country and day
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from datetime import date
from typing import Any, Literal

from eventwire.api.errors import InvalidParameter
from eventwire.records import QUADS, Event
from eventwire.store import REALIZED_MODALITIES, EventFilter, Store
from eventwire.store.codec import date_range
from eventwire.store.summaries import Key

Data = dict[str, Any]
By = Literal["day", "month", "year"]

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
_ACTOR_ID = re.compile(r"^[0-9a-f]{16}$")
# The types of each cursor's position values, so a forged cursor is refused before any SQL.
_CURSOR_TYPES: dict[str, tuple[type, ...]] = {
    "events": (str, str, str, int, str),
    "articles": (str, str, str),
    "rejected": (int,),
}


# -- parameters ------------------------------------------------------------------------------


def encode_cursor(kind: str, key: Key) -> str:
    """An opaque cursor for a page position."""
    raw = json.dumps([kind, *key], separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str | None) -> Key | None:
    """The page position a cursor holds; raises InvalidParameter for any other string."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
    except (binascii.Error, ValueError):
        raise InvalidParameter(f"cursor: {cursor[:40]!r} is not a cursor from this API") from None
    types = _CURSOR_TYPES[kind]
    if (
        not isinstance(value, list)
        or len(value) != len(types) + 1
        or value[0] != kind
        or not all(type(v) is t for v, t in zip(value[1:], types, strict=True))
    ):
        raise InvalidParameter(f"cursor: not a cursor for {kind}")
    return tuple(value[1:])


def check_limit(limit: int) -> int:
    """The limit, if it is between 1 and MAX_LIMIT."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidParameter(f"limit: must be between 1 and {MAX_LIMIT}, got {limit}")
    return limit


def date_bound(value: str | None, *, last: bool, name: str = "date") -> date | None:
    """A date, possibly partial (2023, 2023-12, 2023-12-08): its first day, or its last."""
    if value is None or not value.strip():
        return None
    first, final = date_range(value)
    if first is None or final is None or len(value.strip()) not in (4, 7, 10):
        raise InvalidParameter(f"{name}: {value!r} is not a date like 2023, 2023-12 or 2023-12-08")
    return final if last else first


def country_code(value: str, name: str = "country") -> str:
    """A three-letter country code, upper-cased."""
    if not _COUNTRY.match(value):
        raise InvalidParameter(f"{name}: {value!r} is not a three-letter country code like IRN")
    return value.upper()


def event_filter(
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    event_type: str | None = None,
    quad: str | None = None,
    since: str | None = None,
    until: str | None = None,
    article: str | None = None,
    q: str | None = None,
) -> EventFilter:
    """The EventFilter for the filters an events form or query string gives (empty = any)."""
    if quad and quad not in QUADS:
        raise InvalidParameter(f"quad: must be one of {', '.join(QUADS)}, got {quad!r}")
    return EventFilter(
        actor=actor or None,
        source=source or None,
        target=target or None,
        event_type=event_type or None,
        since=date_bound(since, last=False, name="since"),
        until=date_bound(until, last=True, name="until"),
        article_id=article or None,
        quad=quad or None,
        text=q or None,
        limit=None,
    )


def filter_dict(flt: EventFilter) -> Data:
    """The filters that are set, as the query parameters that ask for them."""
    values = {
        "actor": flt.actor,
        "source": flt.source,
        "target": flt.target,
        "type": flt.event_type,
        "quad": flt.quad,
        "since": flt.since.isoformat() if flt.since else None,
        "until": flt.until.isoformat() if flt.until else None,
        "article": flt.article_id,
        "q": flt.text,
    }
    return {key: value for key, value in values.items() if value is not None}


# -- datasets --------------------------------------------------------------------------------


def home(store: Store, latest: int = 10, dyads: int = 10) -> Data:
    """Totals per table, the latest dated events and the most active dyads."""
    return {
        "totals": store.counts(),
        "latest_events": [e.to_dict() for e in store.latest_events(latest)],
        "active_dyads": [d.to_dict() for d in store.active_dyads(dyads)],
    }


def events_page(
    store: Store, filters: EventFilter, cursor: str | None = None, limit: int = DEFAULT_LIMIT
) -> Data:
    """One page of events in date order, and the cursor of the next page (None at the end)."""
    page = store.event_page(
        filters, after=decode_cursor("events", cursor), limit=check_limit(limit)
    )
    return {
        "events": [e.to_dict() for e in page.events],
        "next_cursor": encode_cursor("events", page.next_after) if page.next_after else None,
        "limit": limit,
        "filters": filter_dict(filters),
    }


def event_detail(store: Store, event_id: str) -> Data:
    """One event (with its first report) and the metadata of the article it was read from."""
    event = store.event(event_id)
    article = None
    if event.article_id and store.has_article(event.article_id):
        full = store.article(event.article_id)
        article = {
            "id": full.id,
            "title": full.title,
            "site": full.site,
            "url": full.url,
            "published": full.published.isoformat() if full.published else None,
        }
    return {"event": event.to_dict(), "article": article}


def articles_page(
    store: Store, q: str | None = None, cursor: str | None = None, limit: int = DEFAULT_LIMIT
) -> Data:
    """Article summaries, newest first, whose title or body contains `q` (any when empty)."""
    page = store.article_page(q or None, decode_cursor("articles", cursor), check_limit(limit))
    return {
        "articles": [a.to_dict() for a in page.articles],
        "next_cursor": encode_cursor("articles", page.next_after) if page.next_after else None,
        "limit": limit,
        "q": q or None,
    }


def article_detail(store: Store, article_id: str) -> Data:
    """The clean article (`text` is what evidence offsets point into) and its events.

    `article_id` may be a unique prefix of the id.
    """
    article = store.article(store.resolve_article_id(article_id))
    events = store.events_for_article(article.id)
    return {
        "article": {**article.to_dict(), "text": article.text, "word_count": article.word_count},
        "events": [e.to_dict() for e in events],
    }


def rejected_detail(store: Store, rejected_id: int) -> Data:
    """One rejected input: its source and the one-line reason it could not be read."""
    return {"rejected": store.rejected_input(rejected_id).to_dict()}


def rejected_page(store: Store, cursor: str | None = None, limit: int = DEFAULT_LIMIT) -> Data:
    """Rejected inputs in the order they were recorded."""
    after = decode_cursor("rejected", cursor)
    found = store.rejected_inputs(after[0] if after else None, check_limit(limit) + 1)
    page = found[:limit]
    more = len(found) > limit
    return {
        "rejected": [r.to_dict() for r in page],
        "next_cursor": encode_cursor("rejected", (page[-1].id,)) if more else None,
        "limit": limit,
    }


def dyad(store: Store, a: str, b: str, by: By = "month", all_modalities: bool = False) -> Data:
    """The dyad timeline of two countries, with series per period ready for a chart.

    `periods` is the CLI's timeline (per period and direction: counts per quad class, mean
    Goldstein, events). `chart` has one value per entry of `chart.periods`: event counts per
    quad class and the mean Goldstein score over both directions, and per direction the total
    and mean. Only events that happened count unless `all_modalities`.
    """
    a, b = country_code(a, "a"), country_code(b, "b")
    if by not in ("day", "month", "year"):
        raise InvalidParameter(f"by: must be day, month or year, got {by!r}")
    modalities = None if all_modalities else REALIZED_MODALITIES
    periods = store.dyad(a, b, by=by, modalities=modalities)
    labels = sorted({p.period for p in periods})
    directions = [(a, b)] if a == b else [(a, b), (b, a)]
    counts: dict[str, list[int]] = {quad: [] for quad in QUADS}
    means: list[float | None] = []
    per_direction: dict[str, dict[str, list[Any]]] = {
        f"{src}->{tgt}": {"total": [], "goldstein_mean": []} for src, tgt in directions
    }
    found = {(p.period, p.source, p.target): p for p in periods}
    every: dict[str, Event] = {}
    for label in labels:
        # An event can count in both directions ("Iran and Cuba met"); the chart counts it once.
        unique = {e.id: e for p in periods if p.period == label for e in p.events}
        every.update(unique)
        for quad in QUADS:
            counts[quad].append(sum(1 for e in unique.values() if e.quad == quad))
        means.append(_mean(unique.values()))
        for src, tgt in directions:
            period = found.get((label, src, tgt))
            series = per_direction[f"{src}->{tgt}"]
            series["total"].append(period.total if period else 0)
            series["goldstein_mean"].append(period.goldstein_mean if period else None)
    return {
        "a": a,
        "b": b,
        "by": by,
        "modalities": list(modalities) if modalities else "all",
        "totals": {
            "events": len(every),
            "counts": {quad: sum(counts[quad]) for quad in QUADS},
            "goldstein_mean": _mean(every.values()),
        },
        "chart": {
            "periods": labels,
            "counts": counts,
            "goldstein_mean": means,
            "directions": per_direction,
        },
        "periods": [p.to_dict() for p in periods],
    }


def actors(store: Store, q: str | None = None, limit: int = 50) -> Data:
    """Countries (by code) and other actors (by id) matching `q`, most active first."""
    found = store.actor_counts(q or None, check_limit(limit))
    return {"actors": [a.to_dict() for a in found], "q": q or None, "limit": limit}


def actor_detail(store: Store, code: str, events: int = DEFAULT_LIMIT) -> Data:
    """A country or another actor: counts, roles over time, top partners and latest events.

    `code` is a country code (IRN) or an actor id from `actors`. For a country, `roles` lists
    the titles its people were seen with; for a person, their own titles.
    """
    code = code.upper() if _COUNTRY.match(code) else code
    if not (_COUNTRY.match(code) or _ACTOR_ID.match(code)):
        raise InvalidParameter(f"code: {code!r} is neither a country code nor an actor id")
    return {
        "actor": store.actor_count(code).to_dict(),
        "roles": [r.to_dict() for r in store.actor_roles(code)],
        "partners": [p.to_dict() for p in store.actor_partners(code)],
        "events": [e.to_dict() for e in store.actor_events(code, check_limit(events))],
    }


def stats(store: Store) -> Data:
    """Row counts per table and event counts by type, quad, modality, country and day."""
    return {"totals": store.counts(), **store.event_totals().to_dict()}


def _mean(events: Any) -> float | None:
    scores = [e.goldstein for e in events]
    return round(sum(scores) / len(scores), 2) if scores else None
