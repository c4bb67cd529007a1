"""`eventwire bench`: throughput and peak memory of the whole ingest path, stage by stage.

Each run of N articles happens in a fresh child process, so its peak RSS is its own and runs of
different sizes can be compared: flat memory means the peak does not grow with N.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventwire.options import Options
from eventwire.records import Article

STAGES = ("extract", "nlp", "code", "store")


@dataclass(frozen=True)
class BenchResult:
    """One run: N articles through extract, NLP, coding and store."""

    articles: int
    seconds: float
    articles_per_s: float
    words_per_s: float
    events_per_s: float
    events: int
    words: int
    peak_rss_mb: float
    workers: int = 1
    stages: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def base_articles(examples: str, options: Options) -> list[Article]:
    """The sample corpus, read through the normal readers."""
    from eventwire.ingest import read_paths

    return [a for a in read_paths([examples], options) if isinstance(a, Article)]


def scrape_texts(bases: list[Article], n: int) -> Iterator[str]:
    """N distinct raw scrapes built from the sample articles (rotated paragraphs, a tag line)."""
    for i in range(n):
        base = bases[i % len(bases)]
        turn = (i // len(bases)) % max(1, len(base.paragraphs))
        paragraphs = list(base.paragraphs[turn:] + base.paragraphs[:turn])
        stamp = base.published.strftime("%d/%m/%Y %H:%M") if base.published else ""
        lines = [base.title, base.title, "", base.lead, f"World {stamp}".strip(), ""]
        lines += [p + "\n" for p in paragraphs]
        lines += [f"Wire bulletin number {i} of the benchmark series.", "Share this article"]
        yield "\n".join(lines)


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(n: int, examples: str, options: Options) -> BenchResult:
    from eventwire.ingest import article_from_text
    from eventwire.nlp import load_pipeline
    from eventwire.pipeline import events_from_doc
    from eventwire.store import Store

    nlp = load_pipeline(options.model)
    bases = base_articles(examples, options)
    stages = dict.fromkeys(STAGES, 0.0)
    words = n_events = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(os.path.join(tmp, "bench.duckdb"))
        started = time.perf_counter()
        for raw in scrape_texts(bases, n):
            t0 = time.perf_counter()
            article = article_from_text(raw, options, source="bench")
            t1 = time.perf_counter()
            with nlp.select_pipes(disable=["eventwire_actors", "eventwire_events"]):
                doc = nlp(article.text)
            t2 = time.perf_counter()
            doc = nlp.get_pipe("eventwire_events")(nlp.get_pipe("eventwire_actors")(doc))
            events = events_from_doc(doc, article, options)
            t3 = time.perf_counter()
            store.add_article(article, events)
            t4 = time.perf_counter()
            for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                stages[stage] += seconds
            words += article.word_count
            n_events += len(events)
        seconds = time.perf_counter() - started
        store.close()
    return BenchResult(
        articles=n,
        seconds=round(seconds, 2),
        articles_per_s=round(n / seconds, 2),
        words_per_s=round(words / seconds, 1),
        events_per_s=round(n_events / seconds, 2),
        events=n_events,
        words=words,
        peak_rss_mb=round(_rss_mb(), 1),
        stages={k: round(v, 2) for k, v in stages.items()},
    )


def _child(n: int, examples: str, options: Options, queue: Any) -> None:
    queue.put(_run(n, examples, options))


def run_bench(
    sizes: list[int], examples: str = "examples", options: Options | None = None
) -> list[BenchResult]:
    """Run each size in its own process and return the results in order."""
    options = options or Options()
    if not Path(examples).is_dir():
        raise FileNotFoundError(f"examples folder not found: {examples}")
    ctx = mp.get_context("spawn")
    results = []
    for n in sizes:
        queue = ctx.Queue()
        proc = ctx.Process(target=_child, args=(n, examples, options, queue))
        proc.start()
        result = queue.get()
        proc.join()
        results.append(result)
    return results
