"""Batches: ingest many inputs into the store, or code many texts, never stopping on a bad one.

    ingest(paths, store)  read -> skip duplicates -> code (batched) -> store each article
    code_lines(lines)     JSONL {"id", "text", "published"?} -> {"id", "events"} | {"id", "error"}

The spaCy pipeline is imported lazily so that reading the store never pays for loading it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TypeVar

from eventwire.actors.registry import PersonRegistry
from eventwire.errors import EventwireError, InputRejected, ModelMissing
from eventwire.options import Options
from eventwire.records import Article, Event, Rejection
from eventwire.store import Store

# Articles handed to the pipeline at once: enough for nlp.pipe to batch, few enough that memory
# stays flat and progress moves.
CHUNK_SIZE = 32

T = TypeVar("T")


@dataclass
class IngestSummary:
    """What a batch did: counts, the rejected inputs with reasons, and the ids stored."""

    ingested: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    events: int = 0
    article_ids: list[str] = field(default_factory=list)

    @property
    def inputs(self) -> int:
        """How many inputs were dealt with so far."""
        return self.ingested + self.duplicates + len(self.rejected)

    @property
    def succeeded(self) -> bool:
        """True when anything was ingested or was already stored."""
        return self.ingested + self.duplicates > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
            "events": self.events,
            "article_ids": list(self.article_ids),
        }


Progress = Callable[[IngestSummary], None]


def ingest(
    paths: Iterable[str],
    store: Store,
    options: Options | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read files and directories, code the new articles and store them.

    Args:
        paths: files or directories (walked recursively).
        store: where articles, events and rejections go.
        options: settings; Options() by default.
        progress: called with the running summary after each input is dealt with.

    Returns:
        The summary: ingested, duplicates, rejected (with reasons), events coded.
    """
    from eventwire import ingest as reader

    options = options or Options()
    return ingest_items(reader.read_paths(paths, options), store, options, progress)


def ingest_items(
    items: Iterable[Article | Rejection],
    store: Store,
    options: Options | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Code and store already-read articles; record the rejections among them."""
    options = options or Options()
    run = _Run(store, progress)
    chunks = _chunks(run.new_articles(items), CHUNK_SIZE)
    # Persons seen with a title in stored articles name bare surnames in new ones.
    persons = store.known_persons()
    for article, coded in _coded(chunks, options, persons):
        if isinstance(coded, list):
            run.save(article, coded)
        else:
            run.reject(Rejection(article.source, f"coding failed: {_one_line(coded)}"))
    return run.summary


def _coded(
    chunks: Iterable[list[Article]], options: Options, persons: PersonRegistry | None = None
) -> Iterator[tuple[Article, list[Event] | Exception | str]]:
    """Each article with its events or its error, coded here or on `options.workers` cores.

    In-process coding completes bare names from `persons` and teaches it each article's persons;
    worker processes code without it (each would need its own copy kept in step).
    """
    if options.workers <= 1:
        for chunk in chunks:
            yield from code_each(chunk, options, persons)
        return
    from eventwire.parallel import code_chunks_parallel

    for chunk, results in code_chunks_parallel(chunks, options, options.workers):
        yield from zip(chunk, results, strict=True)


class _Run:
    """The state of one ingest batch."""

    def __init__(self, store: Store, progress: Progress | None) -> None:
        self.store = store
        self.progress = progress
        self.summary = IngestSummary()
        # Ids queued in this batch: a copy read twice is a duplicate even before it is stored.
        self.seen: set[str] = set()

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.summary)

    def new_articles(self, items: Iterable[Article | Rejection]) -> Iterator[Article]:
        """The articles not stored yet; rejections and duplicates are counted on the way."""
        for item in items:
            if isinstance(item, Rejection):
                self.reject(item)
            elif item.id in self.seen or self.store.has_article(item.id):
                self.duplicate()
            else:
                self.seen.add(item.id)
                yield item

    def duplicate(self) -> None:
        self.summary.duplicates += 1
        self._tick()

    def reject(self, rejection: Rejection) -> None:
        self.store.add_rejection(rejection)
        self.summary.rejected.append(rejection)
        self._tick()

    def save(self, article: Article, events: list[Event]) -> None:
        try:
            stored = self.store.add_article(article, events)
        except Exception as exc:
            # add_article rolled back; one article the store refuses must not end the batch.
            self.reject(Rejection(article.source, f"storing failed: {_one_line(exc)}"))
            return
        if not stored:
            self.duplicate()
            return
        self.summary.ingested += 1
        self.summary.events += len(events)
        self.summary.article_ids.append(article.id)
        self._tick()


def code_each(
    articles: list[Article], options: Options, persons: PersonRegistry | None = None
) -> Iterator[tuple[Article, list[Event] | Exception]]:
    """Code articles in order: their events, or the exception that coding one of them raised."""
    from eventwire import pipeline

    done = 0
    try:
        for article, events in pipeline.code_articles(articles, options, persons):
            done += 1
            yield article, events
    except ModelMissing:
        raise
    except Exception:
        # nlp.pipe cannot resume after an error, so the rest is coded one by one to find the
        # article at fault and keep the others.
        for article in articles[done:]:
            try:
                yield article, pipeline.code_article(article, options, persons)
            except ModelMissing:
                raise
            except Exception as exc:
                yield article, exc


def code_lines(lines: Iterable[str], options: Options | None = None) -> Iterator[dict[str, Any]]:
    """Code JSONL lines `{"id", "text", "published"?}`, one result per non-blank line, in order.

    Each result is `{"id", "events": [EVENT, ...]}` or, for a line that cannot be coded,
    `{"id", "error"}`. The model is loaded once for all lines.
    """
    options = options or Options()
    numbered = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    for chunk in _chunks(numbered, CHUNK_SIZE):
        parsed = [_article_from_line(n, line, options) for n, line in chunk]
        articles = [item for _, item in parsed if isinstance(item, Article)]
        coded = iter(code_each(articles, options))
        for line_id, item in parsed:
            if isinstance(item, str):
                yield {"id": line_id, "error": item}
                continue
            _, events = next(coded)
            if isinstance(events, Exception):
                yield {"id": line_id, "error": f"coding failed: {_one_line(events)}"}
            else:
                yield {"id": line_id, "events": [e.to_dict() for e in events]}


def _article_from_line(number: int, line: str, options: Options) -> tuple[Any, Article | str]:
    """The line's id and its article, or the line's id and why it cannot be coded."""
    from eventwire import ingest as reader

    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, f"line {number}: not JSON ({exc.args[0].split(':')[0]})"
    if not isinstance(record, dict):
        return None, f"line {number}: not a JSON object"
    line_id = record.get("id")
    text, published = record.get("text"), record.get("published")
    if not isinstance(text, str) or not text.strip():
        return line_id, f"line {number}: no text"
    if published is not None and not isinstance(published, str):
        return line_id, f"line {number}: published is not a date string"
    source = str(line_id) if line_id is not None else f"line {number}"
    try:
        return line_id, reader.article_from_text(text, options, source=source, published=published)
    except InputRejected as exc:
        return line_id, exc.reason
    except EventwireError as exc:
        return line_id, str(exc)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _one_line(exc: BaseException | str) -> str:
    """An exception as one line for a reason column: its first line, else its class name."""
    if isinstance(exc, str):
        return exc.splitlines()[0] if exc.strip() else "unknown error"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
