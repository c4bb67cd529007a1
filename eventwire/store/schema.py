"""The database schema as named, ordered migrations, recorded in the `migrations` table.

A migration is never edited once released: change the schema by appending a new one. Opening a
file applies the migrations it lacks; a file that records migrations this eventwire does not know
was written by a newer eventwire and is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from eventwire.errors import SchemaError


@dataclass(frozen=True)
class Migration:
    """One schema step: a unique name and the SQL statements that apply it."""

    name: str
    sql: str


_TABLES = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    source VARCHAR NOT NULL,
    url VARCHAR,
    site VARCHAR,
    title VARCHAR NOT NULL,
    lead VARCHAR NOT NULL,
    body VARCHAR NOT NULL,
    paragraphs VARCHAR[] NOT NULL,
    section VARCHAR,
    authors VARCHAR[] NOT NULL,
    published TIMESTAMP,            -- UTC, for sorting and filtering
    published_iso VARCHAR,          -- exactly as extracted (keeps the time zone)
    published_precision VARCHAR,
    published_ambiguous BOOLEAN NOT NULL,
    language VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE SEQUENCE rejected_seq;
CREATE TABLE rejected (
    id BIGINT PRIMARY KEY DEFAULT nextval('rejected_seq'),
    source VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);
CREATE TABLE actors (
    id VARCHAR PRIMARY KEY,         -- hash of (kind, name, country, sector)
    text VARCHAR NOT NULL,          -- the words of the first mention seen
    name VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    kind VARCHAR NOT NULL,
    role VARCHAR
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[] NOT NULL,
    cameo VARCHAR NOT NULL,
    goldstein DOUBLE NOT NULL,
    quad VARCHAR NOT NULL,
    date VARCHAR,                   -- ISO, possibly partial: 2023-12-08, 2001-05, 2001; or none
    date_start DATE,                -- first and last day the date covers, for range filters
    date_end DATE,
    date_precision VARCHAR,
    date_reason VARCHAR NOT NULL,
    location_text VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    modality VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    trigger VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    extra VARCHAR                   -- Event.extra as JSON
);
-- A mention is one report of an event in one article; deduplication can later point several
-- mentions at one event.
CREATE SEQUENCE mentions_seq;
CREATE TABLE mentions (
    id BIGINT PRIMARY KEY DEFAULT nextval('mentions_seq'),
    event_id VARCHAR NOT NULL,
    article_id VARCHAR,
    evidence VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,          -- 'source' or 'target'
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL,          -- the words this event's article used
    title VARCHAR,                  -- Actor.role as seen in this event's article
    PRIMARY KEY (event_id, role, position)
);
"""

_INDEXES = """
CREATE INDEX articles_published ON articles (published);
CREATE INDEX events_date_start ON events (date_start);
CREATE INDEX events_type ON events (event_type);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX event_actors_actor ON event_actors (actor_id);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX rejected_source ON rejected (source);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_tables", _TABLES),
    Migration("0002_indexes", _INDEXES),
)


def utc_now() -> datetime:
    """The current time in UTC without a zone, as TIMESTAMP columns hold it."""
    return datetime.now(UTC).replace(tzinfo=None)


def applied_migrations(conn: duckdb.DuckDBPyConnection) -> list[str]:
    """The names of the migrations recorded in the file, in the order they were applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (position INTEGER PRIMARY KEY,"
        " name VARCHAR NOT NULL UNIQUE, applied_at TIMESTAMP NOT NULL)"
    )
    rows = conn.execute("SELECT name FROM migrations ORDER BY position").fetchall()
    return [name for (name,) in rows]


def migrate(
    conn: duckdb.DuckDBPyConnection, migrations: Sequence[Migration] = MIGRATIONS
) -> list[str]:
    """Apply the migrations the file lacks, each in its own transaction; return their names."""
    applied = applied_migrations(conn)
    known = [m.name for m in migrations]
    if applied != known[: len(applied)]:
        unknown = [name for name in applied if name not in known]
        raise SchemaError(
            "the database was written by a newer eventwire "
            f"(unknown migrations: {', '.join(unknown) or 'in another order'}); upgrade eventwire"
        )
    done = []
    for position, migration in enumerate(migrations[len(applied) :], start=len(applied) + 1):
        conn.begin()
        try:
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO migrations VALUES (?, ?, ?)", [position, migration.name, utc_now()]
            )
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        done.append(migration.name)
    return done
