"""Score publication dates on htmldate's "mediacloud 2020" gold set (200 news pages).

The gold (`eval_mediacloud_2020.json`) maps each page's URL to its file and its publication day,
or NaN for the five pages that have none. A page is right when the day found equals the gold day
exactly, or, when the gold is NaN, when no date is found at all.

eventwire's date is `published_from_html(...)`: the same steps as `article_from_html` without
the English check, since a date is a date in any language (many pages here are not English).
The figures are also given over the pages `article_from_html` accepts (keys `accepted_*`), with
the baseline on the same pages. The baseline is plain `htmldate.find_date`
with its shipped defaults, on the same bytes, in the same run.
"""

from __future__ import annotations

import gzip
import json
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import InputRejected
from eventwire.eval.stats import accuracy, bootstrap_ci
from eventwire.options import Options

DATASET = "dates"
GOLD = "eval_mediacloud_2020.json"
SPEC = {
    "n": "Gold pages scored (in file-name order; the whole set is 200 pages, 5 with no date).",
    "accuracy": "Share of pages whose eventwire publication day (read in any language) equals "
    "the gold day; a page with no gold date is right only when no date is found.",
    "baseline_htmldate_accuracy": "The same share for plain htmldate.find_date with its defaults.",
    "counts": "Pages right, given a wrong day, given no date where one is due (missing), and "
    "given a date where none is (spurious).",
    "rejected": "Pages eventwire refuses (mostly not English, by design); they count as no date.",
    "accepted_accuracy": "Accuracy over the pages eventwire accepts only, with the baseline on "
    "the same pages as accepted_baseline_htmldate_accuracy.",
    "ci95": "95% percentile bootstrap intervals (1,000 resamples of pages, fixed seed).",
    "seconds_by_tool": "Seconds spent in eventwire's extraction and in the baseline.",
}


@dataclass(frozen=True)
class GoldPage:
    """One page of the gold set: its file name, address and day (None: no date to find)."""

    file: str
    url: str
    day: date | None


@dataclass(frozen=True)
class PageDates:
    """The day each tool found for one page, and why eventwire rejected it, if it did."""

    page: GoldPage
    ours: date | None
    baseline: date | None
    rejected: str | None = None


def load_gold(data_dir: Path) -> list[GoldPage]:
    """The gold pages in file-name order; NaN dates become None."""
    # Python's json accepts the set's bare NaN values.
    entries = json.loads((data_dir / GOLD).read_text(encoding="utf-8"))
    pages = [
        GoldPage(entry["file"], url, _gold_day(entry.get("date"))) for url, entry in entries.items()
    ]
    return sorted(pages, key=lambda page: page.file)


def parse_day(value: str | None) -> date | None:
    """The day of an ISO date or datetime string; None when there is none."""
    if not value:
        return None
    return date.fromisoformat(value.strip()[:10])


def is_right(found: date | None, gold: date | None) -> bool:
    """Exact-day match; a page without a gold date is right only when no date was found."""
    return found == gold


def tally(found: Sequence[date | None], gold: Sequence[date | None]) -> dict[str, int]:
    """Right, wrong-day, missed (no date where one is due) and spurious (date where none is)."""
    counts = Counter(
        "correct"
        if is_right(day, due)
        else "missing"
        if day is None
        else "spurious"
        if due is None
        else "wrong"
        for day, due in zip(found, gold, strict=True)
    )
    return {key: counts.get(key, 0) for key in ("correct", "wrong", "missing", "spurious")}


def evaluate(data_dir: Path, options: Options, limit: int | None = None) -> dict[str, Any]:
    """Score eventwire's and plain htmldate's publication days against the mediacloud gold.

    Args:
        data_dir: the gold set's folder (holding eval_mediacloud_2020.json and html/).
        options: the eventwire options used to extract each page.
        limit: score only the first N pages in file-name order.

    Returns:
        dataset, n, accuracy (rejected pages count as "no date") with its `counts`;
        `baseline_htmldate_accuracy` with `baseline_htmldate_counts`; `no_gold_date`;
        `rejected` with `rejected_reasons` by kind; `accepted_n` and `accepted_*` accuracies
        over the pages eventwire accepted, for both tools; `ci95` intervals; and
        `seconds_by_tool`. See SPEC for each figure.
    """
    gold_pages = load_gold(data_dir)[:limit]  # [:None] keeps every page
    seconds = {"eventwire": 0.0, "htmldate": 0.0}
    pages = [_date_page(data_dir, page, options, seconds) for page in gold_pages]
    accepted = [page for page in pages if page.rejected is None]
    rejected = [page.rejected for page in pages if page.rejected is not None]
    gold = [page.page.day for page in pages]
    return {
        "dataset": DATASET,
        "n": len(pages),
        "accuracy": _share(pages, baseline=False),
        "counts": tally([page.ours for page in pages], gold),
        "baseline_htmldate_accuracy": _share(pages, baseline=True),
        "baseline_htmldate_counts": tally([page.baseline for page in pages], gold),
        "no_gold_date": sum(day is None for day in gold),
        "rejected": len(rejected),
        "rejected_reasons": dict(Counter(reason.split(":")[0] for reason in rejected)),
        "accepted_n": len(accepted),
        "accepted_accuracy": _share(accepted, baseline=False),
        "accepted_baseline_htmldate_accuracy": _share(accepted, baseline=True),
        "ci95": {
            "accuracy": bootstrap_ci(pages, lambda sample: _share(sample, baseline=False)),
            "baseline_htmldate_accuracy": bootstrap_ci(
                pages, lambda sample: _share(sample, baseline=True)
            ),
        },
        "seconds_by_tool": {name: round(value, 2) for name, value in seconds.items()},
    }


def _date_page(
    data_dir: Path, page: GoldPage, options: Options, seconds: dict[str, float]
) -> PageDates:
    """Find one page's publication day with both tools."""
    from htmldate import find_date

    from eventwire.ingest import article_from_html, published_from_html

    html = gzip.decompress((data_dir / "html" / f"{page.file}.gz").read_bytes())
    rejected: str | None = None
    try:
        article_from_html(html, options, source=page.file, url=page.url)
    except InputRejected as rejection:
        rejected = rejection.reason  # kept for the accepted-pages figures
    started = time.perf_counter()
    found = published_from_html(html, options, url=page.url)
    ours: date | None = found.value.date() if found else None
    middle = time.perf_counter()
    # htmldate's defaults; it is handed the page's bytes, never a URL, so it stays offline.
    theirs = parse_day(find_date(html))
    seconds["eventwire"] += middle - started
    seconds["htmldate"] += time.perf_counter() - middle
    return PageDates(page, ours, theirs, rejected)


def _gold_day(value: object) -> date | None:
    if isinstance(value, float) and math.isnan(value):
        return None
    return parse_day(value) if isinstance(value, str) else None


def _share(pages: Sequence[PageDates], baseline: bool) -> float:
    """The share of pages whose day (eventwire's or the baseline's) is right."""
    return accuracy(is_right(p.baseline if baseline else p.ours, p.page.day) for p in pages)
