"""The one module that owns the database: a DuckDB file of articles, events and their actors.

    articles      one row per cleaned article (id = hash of title and body)
    rejected      inputs that could not become articles, with a reason
    actors        one row per distinct (kind, name, country, sector)
    events        one row per coded event
    mentions      one report of an event: the article and the sentence it was read from
    event_actors  the source and target actors of each event, in order
    migrations    the named schema steps applied to the file (eventwire.store.schema)

Every write of an article is one transaction: it and all of its events are stored, or none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Any

import duckdb

from eventwire.actors.registry import KnownPerson, PersonRegistry
from eventwire.errors import NotFound, SchemaError, StoreError
from eventwire.options import Options
from eventwire.records import Actor, Article, Event, Rejection
from eventwire.store import codec
from eventwire.store.queries import (
    REALIZED_MODALITIES,
    ArticleSummary,
    DyadPeriod,
    EventFilter,
    Period,
    dyad_period,
    event_where,
    period_of,
)
from eventwire.store.schema import migrate, utc_now
from eventwire.store.views import Views

MEMORY_LIMIT = "512MB"

__all__ = ["REALIZED_MODALITIES", "ArticleSummary", "DyadPeriod", "EventFilter", "Store"]

_EVENTS_SQL = """
WITH m AS (
    SELECT event_id, article_id, evidence, "start", "end",
           row_number() OVER (PARTITION BY event_id ORDER BY id) AS rn
    FROM mentions
    WHERE {mention_where}
)
SELECT e.*, m.article_id, m.evidence, m."start", m."end"
FROM events e JOIN m ON m.event_id = e.id AND m.rn = 1
WHERE {where}
ORDER BY {order}
LIMIT ? OFFSET ?
"""

_ACTOR_COLUMNS = ("id", "text", "name", "country", "sector", "kind", "role")
_LINK_COLUMNS = ("event_id", "actor_id", "role", "position", "text", "title")
_MENTION_COLUMNS = ("event_id", "article_id", "evidence", "start", "end")
_ROWS_PER_INSERT = 200

_CHRONOLOGICAL = 'e.date_start NULLS LAST, e.date, m.article_id, m."start", e.id'

_ACTORS_SQL = """
SELECT ea.event_id, ea.role, ea.text, ea.title, a.name, a.country, a.sector, a.kind
FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
WHERE list_contains(?, ea.event_id)
ORDER BY ea.event_id, ea.role, ea.position
"""


class Store(Views):
    """A DuckDB file of articles and events; opening it applies any missing migrations.

    Args:
        path: the database file; by default Options().db_path (EVENTWIRE_DB or ./eventwire.duckdb).
    """

    def __init__(self, path: str | None = None) -> None:
        self.path = path or Options().db_path
        try:
            # DuckDB's cache may otherwise grow to most of the machine's memory on long runs.
            self._conn = duckdb.connect(self.path, config={"memory_limit": MEMORY_LIMIT})
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        try:
            migrate(self._conn)
        except SchemaError:
            self._conn.close()
            raise
        except duckdb.Error as exc:
            self._conn.close()
            raise StoreError(f"cannot migrate database {self.path}: {exc}") from exc

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    def reader(self) -> Store:
        """Another handle on the same open database, for use by one other thread.

        DuckDB connections must not be shared between threads, but handles made from one
        connection share its database: each sees committed transactions only.
        """
        handle = Store.__new__(Store)
        handle.path = self.path
        handle._conn = self._conn.cursor()
        return handle

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writes ------------------------------------------------------------------------------

    def add_article(self, article: Article, events: Sequence[Event]) -> bool:
        """Store an article with its events in one transaction; False if it was already stored.

        Args:
            article: the cleaned article.
            events: its coded events (their evidence offsets point into `article.text`).

        Returns:
            True when stored; False, changing nothing, when an article with this id exists.

        Raises:
            StoreError: the database refused the write; nothing of the article was kept.
        """
        conn = self._conn
        conn.begin()
        try:
            if self._has_article(article.id):
                conn.rollback()
                return False
            self._write_article(article)
            self._write_events(events)
            conn.commit()
        except duckdb.Error as exc:
            conn.rollback()
            raise StoreError(f"cannot store article {article.id}: {exc}") from exc
        except BaseException:
            # Whatever went wrong (even KeyboardInterrupt), no half article stays behind.
            conn.rollback()
            raise
        return True

    def _write_article(self, article: Article) -> None:
        self._insert("articles", codec.ARTICLE_COLUMNS, [codec.article_row(article, utc_now())])

    def _write_events(self, events: Sequence[Event]) -> None:
        if not events:
            return
        # Keys are deduplicated here because one INSERT must not meet the same key twice.
        actors = {codec.actor_id(a): a for e in events for a in (*e.source, *e.target)}
        unique = list({e.id: e for e in reversed(events)}.values())[::-1]
        links = {(e.id, r[2], r[3]): r for e in unique for r in codec.event_actor_rows(e)}
        # The first mention seen names the actor; later ones keep their own text per event.
        self._insert("actors", _ACTOR_COLUMNS, [codec.actor_row(a) for a in actors.values()], True)
        self._insert("events", codec.EVENT_COLUMNS, [codec.event_row(e) for e in unique], True)
        self._insert("event_actors", _LINK_COLUMNS, list(links.values()), True)
        self._insert("mentions", _MENTION_COLUMNS, [codec.mention_row(e) for e in events])

    def _insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        skip_existing: bool = False,
    ) -> None:
        # One multi-row INSERT per table: DuckDB pays per statement, and executemany with
        # ON CONFLICT costs several milliseconds a row.
        conflict = " ON CONFLICT DO NOTHING" if skip_existing else ""
        names = ", ".join(f'"{c}"' for c in columns)
        row_sql = "(" + ", ".join("?" * len(columns)) + ")"
        for first in range(0, len(rows), _ROWS_PER_INSERT):
            batch = rows[first : first + _ROWS_PER_INSERT]
            self._conn.execute(
                f"INSERT INTO {table} ({names}) VALUES {', '.join([row_sql] * len(batch))}"
                + conflict,
                [value for row in batch for value in row],
            )

    def add_rejection(self, rejection: Rejection) -> None:
        """Record an input that could not become an article (once per source and reason)."""
        conn = self._conn
        conn.begin()
        try:
            conn.execute(
                "DELETE FROM rejected WHERE source = ? AND reason = ?",
                [rejection.source, rejection.reason],
            )
            conn.execute(
                "INSERT INTO rejected (source, reason, rejected_at) VALUES (?, ?, ?)",
                [rejection.source, rejection.reason, utc_now()],
            )
            conn.commit()
        except duckdb.Error as exc:
            conn.rollback()
            raise StoreError(f"cannot record rejection of {rejection.source}: {exc}") from exc

    # -- reads -------------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _has_article(self, article_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        return self._has_article(article_id)

    def article(self, article_id: str) -> Article:
        """The stored article with this id; raises NotFound."""
        rows = self._rows("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise NotFound(f"no article with id {article_id!r}")
        return codec.article_from_row(rows[0])

    def resolve_article_id(self, prefix: str) -> str:
        """The one stored article id starting with `prefix`; raises NotFound if none or several."""
        rows = self._conn.execute(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [prefix]
        ).fetchall()
        if not prefix or not rows:
            raise NotFound(f"no article with id {prefix!r}")
        if len(rows) > 1 and rows[0][0] != prefix:
            raise NotFound(f"article id prefix {prefix!r} is ambiguous; give more characters")
        return str(rows[0][0])

    def articles(
        self, limit: int | None = 100, offset: int = 0, q: str | None = None
    ) -> list[ArticleSummary]:
        """Stored articles, newest first; `q` keeps those whose title or body contains it."""
        needle = q.lower() if q else None
        rows = self._rows(
            """
            SELECT a.id, a.title, a.site, a.published_iso, a.source,
                   (SELECT count(DISTINCT m.event_id) FROM mentions m WHERE m.article_id = a.id)
                       AS n_events
            FROM articles a
            WHERE ?::VARCHAR IS NULL OR contains(lower(a.title), ?) OR contains(lower(a.body), ?)
            ORDER BY a.published DESC NULLS LAST, a.ingested_at, a.id
            LIMIT ? OFFSET ?
            """,
            [needle, needle, needle, limit, offset],
        )
        return [ArticleSummary.from_row(r) for r in rows]

    def _events(
        self,
        where: str = "TRUE",
        params: Sequence[Any] = (),
        *,
        article_id: str | None = None,
        order: str = _CHRONOLOGICAL,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        # An event is read with one of its mentions: the article's own when one is asked for,
        # else the first one stored.
        mention_where, mention_params = "TRUE", []
        if article_id:
            mention_where, mention_params = "article_id = ?", [article_id]
        sql = _EVENTS_SQL.format(mention_where=mention_where, where=where, order=order)
        rows = self._rows(sql, [*mention_params, *params, limit, offset])
        actors = self._actors_of([r["id"] for r in rows])
        return [
            codec.event_from_rows(r, actors[(r["id"], "source")], actors[(r["id"], "target")])
            for r in rows
        ]

    def _actors_of(self, event_ids: Iterable[str]) -> dict[tuple[str, str], list[Actor]]:
        ids = list(dict.fromkeys(event_ids))
        found: dict[tuple[str, str], list[Actor]] = defaultdict(list)
        if ids:
            for row in self._rows(_ACTORS_SQL, [ids]):
                found[(row["event_id"], row["role"])].append(codec.actor_from_row(row))
        return found

    def events(self, flt: EventFilter | None = None) -> list[Event]:
        """Events that match a filter, in date order."""
        flt = flt or EventFilter()
        where, params = event_where(flt)
        return self._events(
            where, params, article_id=flt.article_id, limit=flt.limit, offset=flt.offset
        )

    def event(self, event_id: str) -> Event:
        """The event with this id (with its first mention); raises NotFound."""
        found = self._events("e.id = ?", [event_id])
        if not found:
            raise NotFound(f"no event with id {event_id!r}")
        return found[0]

    def events_for_article(self, article_id: str) -> list[Event]:
        """The events read from one article, in the order of their evidence."""
        return self._events(article_id=article_id, order='m."start", m."end", e.id')

    def dyad(
        self,
        a: str,
        b: str,
        by: Period = "month",
        modalities: tuple[str, ...] | None = REALIZED_MODALITIES,
    ) -> list[DyadPeriod]:
        """Events between countries a and b per period, in both directions (a -> b, b -> a).

        An event counts for a -> b when a is among its source countries and b among its target
        countries. Each period that has events gives one DyadPeriod per direction. By default
        only events that happened count (asserted or historical); `modalities=None` counts all.
        """
        a, b = a.upper(), b.upper()
        rows = self._conn.execute(
            """
            WITH sides AS (
                SELECT ea.event_id,
                       list(a.country) FILTER (WHERE ea.role = 'source') AS src,
                       list(a.country) FILTER (WHERE ea.role = 'target') AS tgt
                FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
                GROUP BY ea.event_id
            )
            SELECT event_id FROM sides
            WHERE (list_contains(src, ?) AND list_contains(tgt, ?))
               OR (list_contains(src, ?) AND list_contains(tgt, ?))
            """,
            [a, b, b, a],
        ).fetchall()
        events = self._events("list_contains(?, e.id)", [[r[0] for r in rows]])
        if modalities is not None:
            events = [event for event in events if event.modality in modalities]
        directions = [(a, b)] if a == b else [(a, b), (b, a)]
        grouped: dict[tuple[str, str, str], list[Event]] = defaultdict(list)
        for event in events:
            sources = {actor.country for actor in event.source}
            targets = {actor.country for actor in event.target}
            for src, tgt in directions:
                if src in sources and tgt in targets:
                    grouped[(period_of(event.date, by), src, tgt)].append(event)
        periods = sorted({period for period, _, _ in grouped})
        return [
            dyad_period(period, src, tgt, grouped.get((period, src, tgt), []))
            for period in periods
            for src, tgt in directions
        ]

    def known_persons(self) -> PersonRegistry:
        """Every stored person with a country, with the title and dates they were seen."""
        rows = self._conn.execute(
            """
            SELECT a.name, a.country, any_value(a.sector), max(ea.title),
                   min(e.date), max(e.date)
            FROM actors a
            JOIN event_actors ea ON ea.actor_id = a.id
            JOIN events e ON e.id = ea.event_id
            WHERE a.kind = 'person' AND a.country IS NOT NULL
            GROUP BY a.name, a.country
            ORDER BY min(e.date) NULLS FIRST
            """
        ).fetchall()
        registry = PersonRegistry()
        for name, country, sector, role, first, last in rows:
            if len(name.split()) > 1:
                registry.add(KnownPerson(name, country, sector, role, first, last))
        return registry

    def rejections(self) -> list[Rejection]:
        """The inputs that were rejected, oldest first."""
        rows = self._conn.execute("SELECT source, reason FROM rejected ORDER BY id").fetchall()
        return [Rejection(source=source, reason=reason) for source, reason in rows]

    def counts(self) -> dict[str, int]:
        """How many rows each table holds."""
        tables = ("articles", "events", "mentions", "actors", "event_actors", "rejected")
        result = {}
        for table in tables:
            row = self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            result[table] = int(row[0]) if row else 0
        return result
