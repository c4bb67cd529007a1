"""Coding articles on several cores: one process per core, each with its own spaCy pipeline.

The per-article pipeline is pure, so workers need nothing but the articles and the options;
results come back in input order and the caller stays the single writer of the store.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.options import Options
from eventwire.records import Article, Event

_worker_options: Options | None = None


def _init(options: Options) -> None:
    global _worker_options
    _worker_options = options
    from eventwire.nlp import load_pipeline

    load_pipeline(options.model)  # load once per worker, before the first chunk arrives


def _code_chunk(articles: list[Article]) -> list[list[Event] | str]:
    """Events for each article, or a one-line error for an article that could not be coded."""
    from eventwire.batch import code_each

    options = _worker_options or Options()
    out: list[list[Event] | str] = []
    for _, coded in code_each(articles, options):
        out.append(
            coded if not isinstance(coded, Exception) else f"{type(coded).__name__}: {coded}"
        )
    return out


def code_chunks_parallel(
    chunks: Iterable[list[Article]], options: Options, workers: int
) -> Iterator[tuple[list[Article], list[list[Event] | str]]]:
    """Code chunks of articles on `workers` processes; yields each chunk with its results."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(options,)) as pool:
        pending: list[Any] = []
        for chunk in chunks:
            pending.append((chunk, pool.apply_async(_code_chunk, (chunk,))))
            # Keep a bounded queue: memory stays flat however long the input is.
            while len(pending) > 2 * workers:
                done_chunk, result = pending.pop(0)
                yield done_chunk, result.get()
        for done_chunk, result in pending:
            yield done_chunk, result.get()
