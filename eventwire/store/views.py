"""The store's overview reads: keyset pages, actors, partners, active dyads and totals.

They serve the REST API and the dashboard; `Store` inherits them, so they run on whichever
connection the store holds (a reader handle inside a snapshot, see eventwire.store.shared).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from eventwire.errors import NotFound
from eventwire.records import Event
from eventwire.store.queries import REALIZED_MODALITIES, ArticleSummary, EventFilter, event_where
from eventwire.store.summaries import (
    ARTICLE_ORDER,
    EVENT_ORDER,
    ActorCount,
    ArticlePage,
    DyadCount,
    EventPage,
    EventTotals,
    Key,
    Partner,
    RejectedInput,
    RoleSpan,
    after_clause,
    event_key,
    order_by,
)

_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")

# Each actor's links to events, with the actor's row: the base of the actor reads.
_LINKS = """
links AS (
    SELECT ea.event_id, ea.role, ea.title, a.id, a.name, a.country, a.sector, a.kind
    FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
)
"""

_ACTOR_COUNTS = f"""
WITH {_LINKS},
countries AS (
    SELECT country AS code,
           coalesce(min(name) FILTER (WHERE kind = 'country'), country) AS name,
           'country' AS kind, country, NULL::VARCHAR AS sector,
           count(DISTINCT event_id) AS events,
           count(DISTINCT event_id) FILTER (WHERE role = 'source') AS as_source,
           count(DISTINCT event_id) FILTER (WHERE role = 'target') AS as_target,
           -- A country is found by its own name, not by the names of its people.
           bool_or(kind = 'country' AND contains(lower(name), ?)) AS named
    FROM links WHERE country IS NOT NULL GROUP BY country
),
others AS (
    SELECT id AS code, name, kind, country, sector,
           count(DISTINCT event_id) AS events,
           count(DISTINCT event_id) FILTER (WHERE role = 'source') AS as_source,
           count(DISTINCT event_id) FILTER (WHERE role = 'target') AS as_target,
           contains(lower(name), ?) AS named
    FROM links WHERE kind <> 'country' GROUP BY id, name, kind, country, sector
)
SELECT * EXCLUDE (named) FROM (SELECT * FROM countries UNION ALL SELECT * FROM others)
WHERE {{match}}
ORDER BY events DESC, kind <> 'country', name, code
LIMIT ?
"""

_ROLES = f"""
WITH {_LINKS}
SELECT l.name, l.title, strftime(min(e.date_start), '%Y-%m-%d') AS first,
       strftime(max(e.date_end), '%Y-%m-%d') AS last, count(DISTINCT e.id) AS events
FROM links l JOIN events e ON e.id = l.event_id
WHERE {{match}} AND l.title IS NOT NULL
GROUP BY l.name, l.title
ORDER BY min(e.date_start) NULLS LAST, l.name, l.title
"""

_PARTNERS = f"""
WITH {_LINKS},
mine AS (SELECT DISTINCT event_id, role FROM links l WHERE {{match}}),
other AS (
    SELECT o.country, o.event_id,
           bool_or(m.role = 'source') AS as_source, bool_or(m.role = 'target') AS as_target
    FROM mine m JOIN links o ON o.event_id = m.event_id AND o.role <> m.role
    WHERE o.country IS NOT NULL AND o.country IS DISTINCT FROM ?
    GROUP BY o.country, o.event_id
)
SELECT o.country, count(*) AS events, count(*) FILTER (WHERE o.as_source) AS as_source,
       count(*) FILTER (WHERE o.as_target) AS as_target, round(avg(e.goldstein), 2) AS mean
FROM other o JOIN events e ON e.id = o.event_id
GROUP BY o.country ORDER BY events DESC, o.country LIMIT ?
"""

_ACTIVE_DYADS = """
WITH sides AS (
    SELECT DISTINCT ea.event_id, ea.role, a.country
    FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE a.country IS NOT NULL
),
pairs AS (
    SELECT DISTINCT least(s.country, t.country) AS a, greatest(s.country, t.country) AS b,
           s.event_id
    FROM sides s JOIN sides t ON t.event_id = s.event_id
    WHERE s.role = 'source' AND t.role = 'target' AND s.country <> t.country
)
SELECT p.a, p.b, count(*) AS events, round(avg(e.goldstein), 2) AS mean, max(e.date) AS last
FROM pairs p JOIN events e ON e.id = p.event_id
WHERE list_contains(?, e.modality)
GROUP BY p.a, p.b ORDER BY events DESC, p.a, p.b LIMIT ?
"""


def actor_match(code: str, alias: str) -> tuple[str, list[Any]]:
    """SQL over actor rows `alias` for an actor code: a country code, else an actor id."""
    if _COUNTRY_CODE.match(code):
        return f"{alias}.country = ?", [code]
    return f"{alias}.id = ?", [code]


class Views:
    """Overview reads for the API and dashboard, mixed into Store."""

    if TYPE_CHECKING:

        def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

        def _events(
            self,
            where: str = "TRUE",
            params: Sequence[Any] = (),
            *,
            article_id: str | None = None,
            order: str = "",
            limit: int | None = None,
            offset: int = 0,
        ) -> list[Event]: ...

    def event_page(self, flt: EventFilter, after: Key | None = None, limit: int = 100) -> EventPage:
        """One page of the events a filter matches, in date order, after position `after`.

        Unlike `events`, a page stays correct while articles are added: it continues from the
        last event seen, not from a row count. `flt.limit` and `flt.offset` are ignored.
        """
        where, params = event_where(flt)
        if after is not None:
            more_sql, more = after_clause(EVENT_ORDER, after)
            where, params = f"{where} AND {more_sql}", [*params, *more]
        found = self._events(
            where, params, article_id=flt.article_id, order=order_by(EVENT_ORDER), limit=limit + 1
        )
        page = found[:limit]
        return EventPage(page, event_key(page[-1]) if len(found) > limit else None)

    def latest_events(self, limit: int = 10) -> list[Event]:
        """The most recent dated events, newest first."""
        return self._events(
            "e.date_start IS NOT NULL",
            order='e.date_start DESC, e.date DESC, m.article_id, m."start", e.id',
            limit=limit,
        )

    def article_page(
        self, q: str | None = None, after: Key | None = None, limit: int = 100
    ) -> ArticlePage:
        """One page of articles, newest first; `q` keeps those whose title or body contains it."""
        where, params = "TRUE", []
        if q:
            where, params = (
                "(contains(lower(a.title), ?) OR contains(lower(a.body), ?))",
                [
                    q.lower(),
                    q.lower(),
                ],
            )
        if after is not None:
            more_sql, more = after_clause(ARTICLE_ORDER, after)
            where, params = f"{where} AND {more_sql}", [*params, *more]
        keys = ", ".join(f"{expr} AS k{i}" for i, (expr, _) in enumerate(ARTICLE_ORDER))
        rows = self._rows(
            f"""
            SELECT a.id, a.title, a.site, a.published_iso, a.source, {keys},
                   (SELECT count(DISTINCT m.event_id) FROM mentions m WHERE m.article_id = a.id)
                       AS n_events
            FROM articles a WHERE {where}
            ORDER BY {order_by(ARTICLE_ORDER)} LIMIT ?
            """,
            [*params, limit + 1],
        )
        summaries = [ArticleSummary.from_row(r) for r in rows[:limit]]
        last = rows[limit - 1] if len(rows) > limit else None
        next_after = tuple(last[f"k{i}"] for i in range(len(ARTICLE_ORDER))) if last else None
        return ArticlePage(summaries, next_after)

    def rejected_input(self, rejected_id: int) -> RejectedInput:
        """The stored rejection with this id; raises NotFound."""
        rows = self._rows("SELECT * FROM rejected WHERE id = ?", [rejected_id])
        if not rows:
            raise NotFound(f"no rejected input with id {rejected_id}")
        return _rejected(rows[0])

    def rejected_inputs(self, after: int | None = None, limit: int = 100) -> list[RejectedInput]:
        """Stored rejections in the order they were recorded, after id `after`."""
        rows = self._rows(
            "SELECT * FROM rejected WHERE id > ? ORDER BY id LIMIT ?", [after or 0, limit]
        )
        return [_rejected(r) for r in rows]

    def actor_counts(self, q: str | None = None, limit: int = 50) -> list[ActorCount]:
        """Countries and other actors with their event counts, most active first.

        `q` matches a country code exactly or part of a name (case-insensitive); a country is
        listed by its code, anyone else by actor id.
        """
        needle = (q or "").strip().lower()
        match, params = "TRUE", []
        if needle:
            match, params = "(named OR code = ?)", [needle.upper()]
        sql = _ACTOR_COUNTS.format(match=match)
        rows = self._rows(sql, [needle, needle, *params, limit])
        return [ActorCount(**row) for row in rows]

    def actor_count(self, code: str) -> ActorCount:
        """One actor (a country code or an actor id) with its counts; raises NotFound."""
        rows = self._rows(_ACTOR_COUNTS.format(match="code = ?"), ["", "", code, 1])
        if not rows:
            raise NotFound(f"no actor with code {code!r}")
        return ActorCount(**rows[0])

    def actor_roles(self, code: str) -> list[RoleSpan]:
        """The titles seen with an actor (for a country: with its people), earliest first."""
        match, params = actor_match(code, "l")
        rows = self._rows(_ROLES.format(match=match), params)
        return [RoleSpan(**row) for row in rows]

    def actor_partners(self, code: str, limit: int = 10) -> list[Partner]:
        """The countries on the other side of an actor's events, most frequent first."""
        match, params = actor_match(code, "l")
        own = code if _COUNTRY_CODE.match(code) else None
        rows = self._rows(_PARTNERS.format(match=match), [*params, own, limit])
        return [
            Partner(r["country"], r["events"], r["as_source"], r["as_target"], r["mean"])
            for r in rows
        ]

    def actor_events(self, code: str, limit: int = 100) -> list[Event]:
        """An actor's events on either side, newest first."""
        match, params = actor_match(code, "a")
        where = (
            "EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
            f"WHERE ea.event_id = e.id AND {match})"
        )
        order = 'e.date_start DESC NULLS LAST, e.date DESC, m.article_id, m."start", e.id'
        return self._events(where, params, order=order, limit=limit)

    def active_dyads(
        self, limit: int = 10, modalities: Iterable[str] = REALIZED_MODALITIES
    ) -> list[DyadCount]:
        """The pairs of countries with the most events between them (that happened, by default)."""
        rows = self._rows(_ACTIVE_DYADS, [list(modalities), limit])
        return [DyadCount(r["a"], r["b"], r["events"], r["mean"], r["last"]) for r in rows]

    def event_totals(self, days: int | None = None) -> EventTotals:
        """Event counts by type, quad, modality, country and day (the last `days` days given)."""
        by_country = self._rows(
            """
            SELECT a.country AS key, count(DISTINCT ea.event_id) AS n
            FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
            WHERE a.country IS NOT NULL GROUP BY a.country ORDER BY n DESC, key
            """
        )
        by_day = self._rows(
            """
            SELECT strftime(date_start, '%Y-%m-%d') AS key, count(*) AS n FROM events
            WHERE date_precision = 'day' AND date_start IS NOT NULL
            GROUP BY date_start ORDER BY date_start
            """
        )
        if days is not None:
            by_day = by_day[-days:] if days else []
        return EventTotals(
            by_type=self._tally("event_type"),
            by_quad=self._tally("quad"),
            by_modality=self._tally("modality"),
            by_country={r["key"]: r["n"] for r in by_country},
            by_day={r["key"]: r["n"] for r in by_day},
        )

    def _tally(self, column: str) -> dict[str, int]:
        rows = self._rows(
            f"SELECT {column} AS key, count(*) AS n FROM events GROUP BY key ORDER BY n DESC, key"
        )
        return {r["key"]: r["n"] for r in rows}


def _rejected(row: dict[str, Any]) -> RejectedInput:
    return RejectedInput(row["id"], row["source"], row["reason"], row["rejected_at"])
