"""`eventwire bench`: throughput and peak memory of the whole ingest path, stage by stage.

Benchmark articles of about 600 words are built from the sample corpus (paragraphs of several
examples, rotated so that no two are duplicates) and rendered as raw scrapes, so extraction is
measured too. Each size runs in a fresh child process, so its peak RSS is its own and sizes can
be compared: flat memory means the peak does not grow with N. With workers > 1, extraction, NLP
and coding run in worker processes (one model each) and the peak RSS is the sum over processes.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.options import Options
from eventwire.records import Article, Event

STAGES = ("extract", "nlp", "code", "store")
TARGET_WORDS = 600
CHUNK = 16


@dataclass(frozen=True)
class BenchResult:
    """One run: N articles through extract, NLP, coding and store.

    `stages` are seconds summed over processes (CPU time spent in each stage); `seconds` is the
    wall-clock time of the whole run.
    """

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


def scrape_texts(bases: list[Article], n: int, words: int = TARGET_WORDS) -> Iterator[str]:
    """N distinct raw scrapes of about `words` words each, built from the sample articles."""
    for i in range(n):
        first = bases[i % len(bases)]
        paragraphs: list[str] = []
        count, k = 0, 0
        while count < words:
            base = bases[(i + k) % len(bases)]
            turn = (i // len(bases)) % max(1, len(base.paragraphs))
            for paragraph in base.paragraphs[turn:] + base.paragraphs[:turn]:
                paragraphs.append(paragraph)
                count += len(paragraph.split())
                if count >= words:
                    break
            k += 1
        stamp = first.published.strftime("%d/%m/%Y %H:%M") if first.published else ""
        lines = [first.title, first.title, "", first.lead, f"World {stamp}".strip(), ""]
        lines += [p + "\n" for p in paragraphs]
        lines += [f"Wire bulletin number {i} of the benchmark series.", "Share this article"]
        yield "\n".join(lines)


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_options: Options | None = None


def _init_worker(options: Options) -> None:
    global _options
    _options = options
    from eventwire.nlp import load_pipeline

    load_pipeline(options.model)


Processed = tuple[list[tuple[Article, list[Event]]], dict[str, float], int, float]


def _process(raws: list[str]) -> Processed:
    """Extract, parse and code raw scrapes; returns results, stage seconds, pid and peak RSS."""
    from eventwire.ingest import article_from_text
    from eventwire.nlp import load_pipeline
    from eventwire.pipeline import events_from_doc

    options = _options or Options()
    nlp = load_pipeline(options.model)
    stages = dict.fromkeys(STAGES, 0.0)
    t0 = time.perf_counter()
    articles = [article_from_text(raw, options, source="bench") for raw in raws]
    t1 = time.perf_counter()
    with nlp.memory_zone():  # as in pipeline.code_articles: memory stays flat
        with nlp.select_pipes(disable=["eventwire_actors", "eventwire_events"]):
            docs = list(nlp.pipe([a.text for a in articles], batch_size=CHUNK))
        t2 = time.perf_counter()
        actors, events_pipe = nlp.get_pipe("eventwire_actors"), nlp.get_pipe("eventwire_events")
        out = [
            (a, events_from_doc(events_pipe(actors(d)), a, options))
            for a, d in zip(articles, docs, strict=True)
        ]
        t3 = time.perf_counter()
    stages.update(extract=t1 - t0, nlp=t2 - t1, code=t3 - t2)
    return out, stages, os.getpid(), _rss_mb()


def _run(n: int, examples: str, options: Options, workers: int) -> BenchResult:
    from eventwire.store import Store

    bases = base_articles(examples, options)
    texts = scrape_texts(bases, n)
    chunks = iter(lambda: list(islice(texts, CHUNK)), [])
    stages = dict.fromkeys(STAGES, 0.0)
    peaks: dict[int, float] = {}
    words = n_events = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(os.path.join(tmp, "bench.duckdb"))
        results: Iterator[Processed]
        if workers > 1:
            pool = mp.get_context("spawn").Pool(workers, _init_worker, (options,))
            pool.map(_rss_pid, range(workers))  # wait until every model is loaded
            results = pool.imap(_process, chunks)
        else:
            _init_worker(options)
            results = map(_process, chunks)
        started = time.perf_counter()
        for coded, chunk_stages, pid, peak in results:
            for stage, seconds in chunk_stages.items():
                stages[stage] += seconds
            peaks[pid] = max(peaks.get(pid, 0.0), peak)
            t0 = time.perf_counter()
            for article, events in coded:
                store.add_article(article, events)
                words += article.word_count
                n_events += len(events)
            stages["store"] += time.perf_counter() - t0
        seconds = time.perf_counter() - started
        if workers > 1:
            pool.close()
            pool.join()
        store.close()
    peaks[os.getpid()] = _rss_mb()
    return BenchResult(
        articles=n,
        seconds=round(seconds, 2),
        articles_per_s=round(n / seconds, 2),
        words_per_s=round(words / seconds, 1),
        events_per_s=round(n_events / seconds, 2),
        events=n_events,
        words=words,
        peak_rss_mb=round(sum(peaks.values()), 1),
        workers=workers,
        stages={k: round(v, 2) for k, v in stages.items()},
    )


def _rss_pid(_: int) -> tuple[int, float]:
    return os.getpid(), _rss_mb()


def _child(n: int, examples: str, options: Options, workers: int, queue: Any) -> None:
    queue.put(_run(n, examples, options, workers))


def run_bench(
    sizes: list[int],
    examples: str = "examples",
    options: Options | None = None,
    workers: int = 1,
) -> list[BenchResult]:
    """Run each size in its own process and return the results in order."""
    options = options or Options()
    if not Path(examples).is_dir():
        raise FileNotFoundError(f"examples folder not found: {examples}")
    ctx = mp.get_context("spawn")
    results = []
    for n in sizes:
        queue = ctx.Queue()
        proc = ctx.Process(target=_child, args=(n, examples, options, workers, queue))
        proc.start()
        results.append(queue.get())
        proc.join()
    return results
