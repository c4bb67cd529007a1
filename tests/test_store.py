"""The store: migrations, round-trips, duplicates, transactions, filters and dyads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb
import eventfactory
import pytest

from eventwire.errors import NotFound, SchemaError, StoreError
from eventwire.records import Actor, Article, Event, Location, Rejection, article_id_for
from eventwire.store import EventFilter, Store, codec
from eventwire.store.schema import MIGRATIONS, Migration, migrate

IRN = Actor("Iran", "Iran", "IRN", None, "country")
CUB = Actor("Cuba", "Cuba", "CUB", None, "country")
USA = Actor("Washington", "United States", "USA", "GOV", "country")
RAEISI = Actor(
    "Iranian President Ebrahim Raeisi", "Ebrahim Raeisi", "IRN", "GOV", "person", "President"
)
CANEL = Actor("Díaz-Canel", "Miguel Díaz-Canel Bermúdez", "CUB", "GOV", "person", "President")
TEHRAN = Location("Tehran", "Tehran", "IRN", 35.69, 51.42)


def make_article(
    title: str = "Iran and Cuba reaffirm alliance", n: int = 2, **kw: object
) -> Article:
    """A small article; `title` makes its id."""
    paragraphs = tuple(f"{title} paragraph {i}: the presidents met in Tehran." for i in range(n))
    fields: dict[str, Any] = {
        "source": f"/tmp/{title[:10]}.txt",
        "lead": "Leaders met.",
        "site": "example.org",
        "section": "Eurasia",
        "authors": ("A. Writer",),
        "published": datetime(2023, 12, 8, 13, 29),
        "published_precision": "minute",
        "published_ambiguous": True,
    }
    fields.update(kw)
    return Article(
        id=article_id_for(title, paragraphs), title=title, paragraphs=paragraphs, **fields
    )


def make_event(article: Article, n: int = 0, **kw: Any) -> Event:
    """An event read from `article`, its evidence the n-th paragraph."""
    defaults = {
        "id": f"{article.id}-{n}",
        "source": (CANEL,),
        "target": (RAEISI, IRN),
        "trigger": "met",
        "rule": "verb:meet",
    }
    return eventfactory.make_event(article, n, **{**defaults, **kw})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(str(tmp_path / "test.duckdb")) as s:
        yield s


def migration_names(path: Path) -> list[str]:
    conn = duckdb.connect(str(path))
    try:
        return [
            r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY position").fetchall()
        ]
    finally:
        conn.close()


# -- migrations ------------------------------------------------------------------------------


def test_new_file_records_every_migration_in_order(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    Store(str(path)).close()
    assert migration_names(path) == [m.name for m in MIGRATIONS]
    Store(str(path)).close()  # reopening applies nothing twice
    assert migration_names(path) == [m.name for m in MIGRATIONS]


def test_older_file_gets_missing_migrations(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    assert migrate(conn, MIGRATIONS[:1]) == [MIGRATIONS[0].name]
    conn.close()
    with Store(str(path)) as s:
        assert s.counts()["articles"] == 0
    assert migration_names(path) == [m.name for m in MIGRATIONS]


def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, (*MIGRATIONS, Migration("9999_from_the_future", "CREATE TABLE future (x INT)")))
    conn.close()
    with pytest.raises(SchemaError, match="9999_from_the_future"):
        Store(str(path))


def test_a_failed_migration_leaves_no_trace(tmp_path: Path) -> None:
    conn = duckdb.connect(str(tmp_path / "bad.duckdb"))
    bad = (*MIGRATIONS, Migration("0099_broken", "CREATE TABLE half (x INT); SELECT nonsense"))
    with pytest.raises(duckdb.Error):
        migrate(conn, bad)
    assert conn.execute("SELECT count(*) FROM migrations").fetchone() == (len(MIGRATIONS),)
    assert not conn.execute("SELECT * FROM duckdb_tables() WHERE table_name = 'half'").fetchall()
    conn.close()


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n" * 100)
    with pytest.raises(StoreError):
        Store(str(path))


def test_default_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.duckdb"))
    with Store() as s:
        assert s.path == str(tmp_path / "env.duckdb")
    assert (tmp_path / "env.duckdb").exists()


# -- round trips and duplicates ------------------------------------------------------------


def test_article_and_events_round_trip(store: Store) -> None:
    tz = timezone(timedelta(hours=3, minutes=30))
    article = make_article(n=3, published=datetime(2023, 12, 8, 13, 29, tzinfo=tz))
    events = [
        make_event(article, 2, extra={"why": ["test"]}),
        make_event(article, 0, location=None, mode=None, context=(), source=(), target=(USA,)),
        make_event(
            article,
            1,
            date=None,
            date_precision=None,
            date_reason="none",
            modality="background",
            event_type="COERCE",
            quad="material_conflict",
            goldstein=-5.0,
        ),
    ]
    assert store.add_article(article, events)
    assert store.has_article(article.id)
    assert store.article(article.id) == article
    assert store.article(article.id).to_dict() == article.to_dict()
    by_start = sorted(events, key=lambda e: e.evidence.start)
    found = store.events_for_article(article.id)
    assert [e.to_dict() for e in found] == [e.to_dict() for e in by_start]
    assert found == by_start
    assert store.event(events[0].id).extra == {"why": ["test"]}
    for event in events:
        assert store.event(event.id).to_dict() == event.to_dict()


def test_a_stored_article_is_a_duplicate(store: Store) -> None:
    article = make_article()
    assert store.add_article(article, [make_event(article)])
    before = store.counts()
    assert not store.add_article(article, [make_event(article, 1)])
    assert store.counts() == before


def test_actors_are_shared_and_keep_each_events_own_words(store: Store) -> None:
    one, two = make_article("One"), make_article("Two")
    store.add_article(one, [make_event(one, source=(CUB,))])
    cuba_said_otherwise = replace(CUB, text="Havana")
    store.add_article(two, [make_event(two, source=(cuba_said_otherwise,))])
    assert store.counts()["actors"] == 3  # CUB, RAEISI, IRN
    assert store.events_for_article(two.id)[0].source == (cuba_said_otherwise,)
    assert store.events_for_article(one.id)[0].source == (CUB,)


def test_missing_records_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.article("nope")
    with pytest.raises(NotFound):
        store.event("nope")
    assert store.events_for_article("nope") == []


# -- transactions ---------------------------------------------------------------------------


def test_a_crash_mid_write_leaves_nothing_of_the_article(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_article()
    conn = store._conn
    written: dict[str, int] = {}

    def crash(event: Event) -> list[object]:
        # By now the article, its events and actors are written inside the transaction.
        for table in ("articles", "events", "actors", "event_actors"):
            row = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
            written[table] = row[0] if row else 0
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(codec, "mention_row", crash)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add_article(article, [make_event(article, 0), make_event(article, 1)])
    assert written == {"articles": 1, "events": 2, "actors": 3, "event_actors": 6}
    assert set(store.counts().values()) == {0}
    assert not store.has_article(article.id)
    monkeypatch.undo()
    assert store.add_article(article, [make_event(article)])  # the store is still usable
    assert store.counts()["mentions"] == 1


def test_a_database_error_is_a_store_error_and_rolls_back(store: Store) -> None:
    article = make_article()
    broken = make_event(article, 1, cameo=None)  # NOT NULL column
    with pytest.raises(StoreError, match=article.id):
        store.add_article(article, [make_event(article, 0), broken])
    assert set(store.counts().values()) == {0}


# -- reads ------------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    a1 = make_article("Iran and Cuba meet", published=datetime(2023, 12, 8))
    a2 = make_article("Castro visited Tehran", published=datetime(2023, 12, 9))
    a3 = make_article("Washington sanctions", published=None)
    store.add_article(
        a1,
        [
            make_event(a1, 0, id="meet", source=(CANEL,), target=(RAEISI,)),
            make_event(
                a1,
                1,
                id="sign",
                event_type="SUPPORT",
                cameo="057",
                goldstein=8.0,
                quad="material_cooperation",
                source=(IRN,),
                target=(CUB,),
            ),
        ],
    )
    store.add_article(
        a2,
        [
            make_event(
                a2,
                0,
                id="castro",
                date="2001-05",
                date_precision="month",
                date_reason="text",
                modality="historical",
                source=(CUB,),
                target=(IRN,),
            )
        ],
    )
    store.add_article(
        a3,
        [
            make_event(
                a3,
                0,
                id="sanction",
                event_type="COERCE",
                cameo="163",
                goldstein=-8.0,
                quad="material_conflict",
                source=(USA,),
                target=(IRN,),
                date="2023",
                date_precision="year",
            )
        ],
    )
    return store


def ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


def test_events_filters(filled: Store) -> None:
    assert ids(filled.events()) == ["castro", "sanction", "meet", "sign"]
    assert ids(filled.events(EventFilter(actor="cub"))) == ["castro", "meet", "sign"]
    assert ids(filled.events(EventFilter(actor="Díaz-Canel"))) == ["meet"]
    assert ids(filled.events(EventFilter(source="IRN"))) == ["sign"]
    assert ids(filled.events(EventFilter(target="IRN"))) == ["castro", "sanction", "meet"]
    assert ids(filled.events(EventFilter(source="united states"))) == ["sanction"]
    assert ids(filled.events(EventFilter(event_type="support"))) == ["sign"]
    assert ids(filled.events(EventFilter(since=date(2023, 12, 8)))) == ["sanction", "meet", "sign"]
    # A month-precise date overlaps any day of its month.
    may = EventFilter(since=date(2001, 5, 20), until=date(2001, 5, 21))
    assert ids(filled.events(may)) == ["castro"]
    assert ids(filled.events(EventFilter(until=date(2022, 1, 1)))) == ["castro"]
    article = filled.events(EventFilter(event_type="COERCE"))[0].article_id
    assert ids(filled.events(EventFilter(article_id=article))) == ["sanction"]
    assert ids(filled.events(EventFilter(limit=2, offset=1))) == ["sanction", "meet"]


def test_articles_listing(filled: Store) -> None:
    listed = filled.articles()
    assert [a.title for a in listed] == [
        "Castro visited Tehran",
        "Iran and Cuba meet",
        "Washington sanctions",
    ]
    assert [a.n_events for a in listed] == [1, 2, 1]
    assert listed[0].published == datetime(2023, 12, 9)
    assert listed[0].to_dict()["published"] == "2023-12-09T00:00:00"
    assert [a.title for a in filled.articles(q="CASTRO")] == ["Castro visited Tehran"]
    assert len(filled.articles(limit=1, offset=2)) == 1


def test_resolve_article_id(store: Store) -> None:
    store.add_article(replace(make_article("one"), id="abc123"), [])
    store.add_article(replace(make_article("two"), id="abd456"), [])
    assert store.resolve_article_id("abc123") == "abc123"
    assert store.resolve_article_id("abd") == "abd456"
    with pytest.raises(NotFound, match="ambiguous"):
        store.resolve_article_id("ab")
    for missing in ("zzzz", ""):
        with pytest.raises(NotFound):
            store.resolve_article_id(missing)


def test_dyad_counts_both_directions_per_period(filled: Store) -> None:
    periods = filled.dyad("irn", "CUB", by="month")
    assert [(p.period, p.source, p.target, p.total) for p in periods] == [
        ("2001-05", "IRN", "CUB", 0),
        ("2001-05", "CUB", "IRN", 1),
        ("2023-12", "IRN", "CUB", 1),
        ("2023-12", "CUB", "IRN", 1),
    ]
    irn_cub = periods[2]
    assert irn_cub.counts == {
        "verbal_cooperation": 0,
        "material_cooperation": 1,
        "verbal_conflict": 0,
        "material_conflict": 0,
    }
    assert irn_cub.goldstein_mean == 8.0
    assert ids(list(irn_cub.events)) == ["sign"]
    assert periods[0].goldstein_mean is None
    assert periods[3].to_dict()["events"][0]["id"] == "meet"
    by_year = filled.dyad("CUB", "IRN", by="year")
    assert [(p.period, p.source, p.total) for p in by_year] == [
        ("2001", "CUB", 1),
        ("2001", "IRN", 0),
        ("2023", "CUB", 1),
        ("2023", "IRN", 1),
    ]
    assert filled.dyad("CUB", "USA") == []


def test_rejections_are_recorded_once_per_reason(store: Store) -> None:
    store.add_rejection(Rejection("a.bin", "binary file"))
    store.add_rejection(Rejection("b.txt", "empty"))
    store.add_rejection(Rejection("a.bin", "binary file"))
    assert store.rejections() == [Rejection("b.txt", "empty"), Rejection("a.bin", "binary file")]
    assert store.counts()["rejected"] == 2
