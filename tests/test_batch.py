"""Batches: duplicates skipped before coding, failures kept to their own article, JSONL coding."""

from __future__ import annotations

import hashlib
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from test_store import CUB, IRN, TEHRAN, make_article

import eventwire
from eventwire import batch
from eventwire.errors import InputRejected, ModelMissing
from eventwire.options import Options
from eventwire.records import Article, Event, Evidence, Rejection
from eventwire.store import Store, codec

TRIGGER = "met"


def fake_events(article: Article) -> list[Event]:
    """One CONSULT CUB -> IRN per paragraph that says 'met'; 'explode' makes coding fail."""
    text = article.text
    if "explode" in text:
        raise ValueError("the parser exploded\nwith a second line")
    events = []
    for paragraph in article.paragraphs:
        if TRIGGER not in paragraph:
            continue
        start = text.index(paragraph)
        digest = hashlib.sha256(f"{article.id}:{start}".encode()).hexdigest()[:16]
        events.append(
            Event(
                id=digest,
                article_id=article.id,
                event_type="CONSULT",
                mode=None,
                context=(),
                cameo="040",
                goldstein=1.0,
                quad="verbal_cooperation",
                source=(CUB,),
                target=(IRN,),
                date=article.published.date().isoformat() if article.published else None,
                date_precision="day" if article.published else None,
                date_reason="publication" if article.published else "none",
                location=TEHRAN,
                modality="asserted",
                evidence=Evidence(paragraph, start, start + len(paragraph)),
                confidence=0.7,
                trigger=TRIGGER,
                rule="fake",
            )
        )
    return events


class FakePipeline:
    """Stands in for eventwire.pipeline; records what it was asked to code."""

    def __init__(self) -> None:
        self.coded: list[str] = []
        self.batches: list[int] = []

    def code_articles(
        self, articles: Iterable[Article], options: Options | None = None, persons: object = None
    ) -> Iterator[tuple[Article, list[Event]]]:
        articles = list(articles)
        self.batches.append(len(articles))
        for article in articles:
            self.coded.append(article.id)
            yield article, fake_events(article)

    def code_article(
        self, article: Article, options: Options | None = None, persons: object = None
    ) -> list[Event]:
        self.coded.append(article.id)
        return fake_events(article)


def install_fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    """Replace eventwire.pipeline's coding functions (or the module, if it cannot be imported)."""
    fake = FakePipeline()
    try:
        import eventwire.pipeline as module
    except ImportError:
        # The real pipeline needs spaCy and the model; these tests need neither.
        module = types.ModuleType("eventwire.pipeline")
        monkeypatch.setitem(sys.modules, "eventwire.pipeline", module)
        monkeypatch.setattr(eventwire, "pipeline", module, raising=False)
    monkeypatch.setattr(module, "code_articles", fake.code_articles, raising=False)
    monkeypatch.setattr(module, "code_article", fake.code_article, raising=False)
    return fake


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    return install_fake_pipeline(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(str(tmp_path / "batch.duckdb")) as s:
        yield s


def test_ingest_counts_skips_duplicates_before_coding_and_records_rejections(
    store: Store, fake: FakePipeline
) -> None:
    one, two = make_article("One"), make_article("Two")
    store.add_article(one, [])
    ticks: list[int] = []
    items = [one, Rejection("x.bin", "binary: not text"), two, two]
    summary = batch.ingest_items(items, store, progress=lambda s: ticks.append(s.inputs))
    assert (summary.ingested, summary.duplicates, summary.events) == (1, 2, 2)
    assert summary.rejected == [Rejection("x.bin", "binary: not text")]
    assert summary.article_ids == [two.id]
    assert summary.succeeded
    assert fake.coded == [two.id]  # neither the stored copy nor the repeat was coded
    assert ticks == [1, 2, 3, 4]  # once per input
    assert store.rejections() == [Rejection("x.bin", "binary: not text")]
    assert len(store.events_for_article(two.id)) == 2


def test_only_rejections_is_not_a_success(store: Store, fake: FakePipeline) -> None:
    summary = batch.ingest_items([Rejection("a", "empty: nothing")], store)
    assert not summary.succeeded
    assert summary.to_dict()["rejected"] == [{"source": "a", "reason": "empty: nothing"}]


def test_articles_are_coded_in_chunks(
    store: Store, fake: FakePipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "CHUNK_SIZE", 3)
    articles = [make_article(f"Article {i}") for i in range(7)]
    summary = batch.ingest_items(articles, store)
    assert summary.ingested == 7
    assert fake.batches == [3, 3, 1]


def test_an_article_that_fails_to_code_is_rejected_and_the_rest_stored(
    store: Store, fake: FakePipeline
) -> None:
    good1, bad, good2 = make_article("First"), make_article("Will explode"), make_article("Last")
    summary = batch.ingest_items([good1, bad, good2], store)
    assert summary.ingested == 2
    assert summary.rejected == [
        Rejection(bad.source, "coding failed: ValueError: the parser exploded")
    ]
    assert store.has_article(good1.id) and store.has_article(good2.id)
    assert not store.has_article(bad.id)


def test_a_crash_while_storing_the_second_of_three_keeps_the_first_and_third(
    store: Store, fake: FakePipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [make_article("One"), make_article("Two"), make_article("Three")]
    real_mention_row = codec.mention_row

    def crash_on_two(event: Event) -> list[object]:
        # Called after the article, its events and actors were written in the transaction.
        if event.article_id == articles[1].id:
            raise OSError("power cut")
        return real_mention_row(event)

    monkeypatch.setattr(codec, "mention_row", crash_on_two)
    summary = batch.ingest_items(articles, store)
    assert summary.ingested == 2
    assert summary.rejected == [Rejection(articles[1].source, "storing failed: OSError: power cut")]
    assert not store.has_article(articles[1].id)
    assert store.events_for_article(articles[1].id) == []
    for article in (articles[0], articles[2]):
        assert store.article(article.id) == article
        assert store.events_for_article(article.id) == fake_events(article)
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["mentions"]) == (2, 4, 4)


def test_a_missing_model_stops_the_batch(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = install_fake_pipeline(monkeypatch)

    def missing(*args: object, **kwargs: object) -> Iterator[tuple[Article, list[Event]]]:
        raise ModelMissing("spaCy model 'x' is not installed")
        yield  # a generator, like the real one

    monkeypatch.setattr(sys.modules["eventwire.pipeline"], "code_articles", missing)
    with pytest.raises(ModelMissing):
        batch.ingest_items([make_article()], store)
    assert fake.coded == []
    assert store.counts()["articles"] == 0


def test_ingest_reads_paths(
    store: Store, fake: FakePipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_article()
    seen: list[list[str]] = []

    def read_paths(paths: Iterable[str], options: Options) -> Iterator[Article | Rejection]:
        seen.append(list(paths))
        yield article
        yield Rejection("b.txt", "empty: no text")

    import eventwire.ingest

    monkeypatch.setattr(eventwire.ingest, "read_paths", read_paths)
    summary = batch.ingest(["a.txt", "b.txt"], store)
    assert seen == [["a.txt", "b.txt"]]
    assert (summary.ingested, len(summary.rejected)) == (1, 1)


def test_code_lines_answers_every_line_in_order(
    fake: FakePipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventwire.ingest

    def article_from_text(text: str, options: Options, **kw: object) -> Article:
        if text == "French":
            raise InputRejected("not English: 2% English words", str(kw.get("source")))
        return make_article(text, published=None)

    monkeypatch.setattr(eventwire.ingest, "article_from_text", article_from_text)
    monkeypatch.setattr(batch, "CHUNK_SIZE", 2)
    lines = [
        '{"id": "a", "text": "They met"}\n',
        "not json\n",
        "\n",
        '{"id": 7, "text": "French"}\n',
        '{"id": "c", "text": "It will explode"}\n',
        '{"id": "d"}\n',
        '{"id": "e", "text": "Quiet", "published": 2023}\n',
        '["a list"]\n',
        '{"id": "f", "text": "They met again"}\n',
    ]
    results = list(batch.code_lines(lines))
    assert [r["id"] for r in results] == ["a", None, 7, "c", "d", "e", None, "f"]
    assert [len(r["events"]) for r in results if "events" in r] == [2, 2]
    errors = {r["id"]: r["error"] for r in results if "error" in r}
    assert errors[7] == "not English: 2% English words"
    assert errors["c"] == "coding failed: ValueError: the parser exploded"
    assert errors["d"] == "line 6: no text"
    assert errors["e"] == "line 7: published is not a date string"
    assert [r["error"] for r in results if r["id"] is None] == [
        "line 2: not JSON (Expecting value)",
        "line 8: not a JSON object",
    ]
