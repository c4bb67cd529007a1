"""The store under a server: one writer thread, read snapshots, pages that survive inserts."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.records import Article, Event, Evidence, article_id_for
from eventwire.store import EventFilter, Store
from eventwire.store.shared import SharedStore

EVENTS_PER_ARTICLE = 5


def article_with_events(n: int, date: str = "2024-01-01") -> tuple[Article, list[Event]]:
    """Article number n with EVENTS_PER_ARTICLE events, one per paragraph."""
    paragraphs = tuple(f"Paragraph {i} of report {n}: the ministers met." for i in range(5))
    title = f"Report {n}"
    article = Article(
        id=article_id_for(title, paragraphs), source="t", title=title, paragraphs=paragraphs
    )
    events = []
    for i, text in enumerate(paragraphs):
        start = article.text.index(text)
        events.append(
            Event(
                id=f"{article.id}-{i}",
                article_id=article.id,
                event_type="CONSULT",
                mode=None,
                context=(),
                cameo="040",
                goldstein=1.0,
                quad="verbal_cooperation",
                source=(),
                target=(),
                date=date,
                date_precision="day",
                date_reason="publication",
                location=None,
                modality="asserted",
                evidence=Evidence(text, start, start + len(text)),
                confidence=0.5,
            )
        )
    return article, events


@pytest.fixture
def shared(tmp_path: Path) -> SharedStore:
    with SharedStore(str(tmp_path / "shared.duckdb")) as store:
        yield store


def test_a_read_never_sees_half_an_article(shared: SharedStore) -> None:
    articles = 40
    problems: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                with shared.read() as store:
                    counts = store.counts()
                    # Between the two queries a write may commit; the snapshot must not show it.
                    events = len(store.events(EventFilter(limit=None)))
                if counts["events"] != counts["articles"] * EVENTS_PER_ARTICLE:
                    problems.append(f"half an article: {counts}")
                if events != counts["events"]:
                    problems.append(f"snapshot moved: {events} != {counts['events']}")
            except Exception as exc:  # any error at all fails the test below
                problems.append(repr(exc))

    readers = [threading.Thread(target=read) for _ in range(6)]
    for thread in readers:
        thread.start()
    futures = [
        shared.submit(lambda store, n=n: store.add_article(*article_with_events(n)))
        for n in range(articles)
    ]
    assert all(future.result() for future in futures)
    done.set()
    for thread in readers:
        thread.join()
    assert problems == []
    with shared.read() as store:
        assert store.counts()["articles"] == articles


def test_writes_run_on_one_thread_in_order(shared: SharedStore) -> None:
    names = [shared.submit(lambda store: threading.current_thread().name) for _ in range(5)]
    assert len({future.result() for future in names}) == 1
    assert shared.write(lambda store: store.add_article(*article_with_events(1))) is True
    assert shared.write(lambda store: store.add_article(*article_with_events(1))) is False


def test_a_closed_shared_store_refuses_work(tmp_path: Path) -> None:
    shared = SharedStore(str(tmp_path / "closed.duckdb"))
    shared.write(lambda store: store.add_article(*article_with_events(1)))
    shared.close()
    shared.close()  # idempotent
    with pytest.raises(StoreError):
        shared.submit(lambda store: None)
    with pytest.raises(StoreError), shared.read():
        pass
    with Store(str(tmp_path / "closed.duckdb")) as store:  # the file was released, writes kept
        assert store.counts()["articles"] == 1


def test_event_pages_continue_after_inserts(tmp_path: Path) -> None:
    with Store(str(tmp_path / "pages.duckdb")) as store:
        for n in range(3):
            store.add_article(*article_with_events(n, date=f"2024-0{n + 2}-01"))
        every = [e.id for e in store.events(EventFilter(limit=None))]
        first = store.event_page(EventFilter(), limit=4)
        assert [e.id for e in first.events] == every[:4] and first.next_after is not None
        # An earlier event arrives between two pages: offsets would repeat a row, keys do not.
        store.add_article(*article_with_events(9, date="2023-01-01"))
        rest = store.event_page(EventFilter(), after=first.next_after, limit=100)
        assert [e.id for e in rest.events] == every[4:] and rest.next_after is None


def test_article_pages_and_a_bad_position(tmp_path: Path) -> None:
    with Store(str(tmp_path / "articles.duckdb")) as store:
        for n in range(5):
            article, events = article_with_events(n)
            store.add_article(replace(article, published=None), events)
        seen, after = [], None
        while True:
            page = store.article_page(after=after, limit=2)
            seen += [a.id for a in page.articles]
            if page.next_after is None:
                break
            after = page.next_after
        assert seen == [a.id for a in store.articles(limit=None)]
        with pytest.raises(ValueError):
            store.event_page(EventFilter(), after=("2024-01-01",))
