"""Score article-body extraction on the Zyte (Scrapinghub) article extraction benchmark.

The gold set (`ground-truth.json` and `html/<id>.html.gz`) gives the human-marked body text of
181 pages. The metric follows the benchmark's own description, re-implemented here:

- text is split into tokens, the runs of word characters (`\\w+`, Unicode, case kept);
- a text's shingles are the multiset of its runs of 4 consecutive tokens (a text of 1-3 tokens
  is one shorter shingle, an empty text has none);
- per page, true positives are the shingles both texts share (counted with multiplicity), false
  positives the predicted ones beyond the gold's, false negatives the gold ones beyond the
  prediction's; the three counts are divided by their sum so that long pages weigh no more;
- a page's precision is tp / (tp + fp) and its recall tp / (tp + fn), 1 when the two texts have
  the same shingles; a page with an empty prediction has no precision and is left out of the
  precision mean (as upstream does), while its recall is 0;
- precision and recall are averaged over pages, and F1 is the harmonic mean of the two averages
  (not an average of per-page F1s), as the published figures are computed;
- accuracy is the share of pages whose predicted tokens equal the gold tokens exactly.

eventwire's prediction for a page is the text it extracts (`Article.text`: the lead and the
body paragraphs). A page refused only for not being English is still extracted, with the English
check off, since extraction does not depend on the language; a page refused for another reason
(empty, unreadable) is an empty prediction. The figures are also given over the pages eventwire
would code (keys `accepted_*`), with the baseline on the same pages. The baseline is plain
`trafilatura.extract` with its defaults, in the same run (the benchmark's own runner also passes
include_comments=False, which scores a little higher).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import InputRejected
from eventwire.eval.stats import bootstrap_ci
from eventwire.options import Options

DATASET = "zyte"
GROUND_TRUTH = "ground-truth.json"
SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")
SPEC = {
    "n": "Gold pages scored (in id order; the whole set is 181 pages).",
    "f1": "Harmonic mean of the page-averaged shingle precision and recall of eventwire's text "
    "(lead and body) against the gold body; a page refused for its language is still "
    "extracted, one refused for another reason counts as empty.",
    "precision": "Mean over pages with a non-empty prediction of the share of predicted 4-token "
    "shingles that are in the gold body.",
    "recall": "Mean over pages of the share of gold 4-token shingles that eventwire's text holds.",
    "accuracy": "Share of pages whose predicted tokens equal the gold tokens exactly.",
    "baseline_trafilatura_f1": "The same F1 for plain trafilatura.extract with its defaults.",
    "rejected": "Pages eventwire refuses (mostly not English, by design).",
    "accepted_f1": "F1 over the pages eventwire accepts only, with the baseline on the same "
    "pages as accepted_baseline_trafilatura_f1.",
    "ci95": "95% percentile bootstrap intervals (1,000 resamples of pages, fixed seed).",
    "seconds_by_tool": "Seconds spent in eventwire's extraction and in the baseline.",
}
# The figures given a 95% bootstrap interval: (result key, figure, baseline or not).
_INTERVALS = (
    ("f1", "f1", False),
    ("precision", "precision", False),
    ("recall", "recall", False),
    ("baseline_trafilatura_f1", "f1", True),
)


@dataclass(frozen=True)
class Overlap:
    """Shared, extra and missing shingles of one page, as shares of their sum."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        """Share of predicted shingles that are gold; None when nothing was predicted."""
        if self.tp + self.fp == 0:
            return None
        return 1.0 if self.fp == self.fn == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """Share of gold shingles that were predicted; None when the gold is empty."""
        if self.tp + self.fn == 0:
            return None
        return 1.0 if self.fp == self.fn == 0 else self.tp / (self.tp + self.fn)


@dataclass(frozen=True)
class PageScore:
    """Both extractors' overlap with the gold for one page."""

    page_id: str
    ours: Overlap
    ours_exact: bool
    baseline: Overlap
    baseline_exact: bool
    rejected: str | None = None


def tokenize(text: str) -> list[str]:
    """The word tokens of a text, as the benchmark splits it."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of runs of `size` consecutive tokens (one shorter run for a short text)."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    count = max(1, len(tokens) - size + 1)
    return Counter(tuple(tokens[i : i + size]) for i in range(count))


def compare_text(predicted: str, gold: str) -> Overlap:
    """The shingle overlap of a predicted body with the gold body, normalised per page."""
    ours, theirs = shingles(predicted), shingles(gold)
    tp = sum((ours & theirs).values())
    fp = sum((ours - theirs).values())
    fn = sum((theirs - ours).values())
    total = tp + fp + fn
    if total == 0:
        return Overlap(0.0, 0.0, 0.0)
    return Overlap(tp / total, fp / total, fn / total)


def is_exact(predicted: str, gold: str) -> bool:
    """Whether the two texts have the same tokens in the same order."""
    return tokenize(predicted) == tokenize(gold)


def summarise(overlaps: Sequence[Overlap]) -> dict[str, float]:
    """Mean precision and recall over pages, and F1 as their harmonic mean."""
    precisions = [p for p in (o.precision for o in overlaps) if p is not None]
    recalls = [r for r in (o.recall for o in overlaps) if r is not None]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def evaluate(data_dir: Path, options: Options, limit: int | None = None) -> dict[str, Any]:
    """Score eventwire's and plain trafilatura's body text against the Zyte gold.

    Args:
        data_dir: the gold set's folder (holding ground-truth.json and html/).
        options: the eventwire options used to extract each page.
        limit: score only the first N pages in id order.

    Returns:
        dataset, n, f1, precision, recall and accuracy; the same for the baseline as
        `baseline_trafilatura_*`; `rejected` (pages eventwire refused) with `rejected_reasons`
        by kind; `accepted_n` and `accepted_*` figures over the pages eventwire accepted, for
        both extractors; `ci95` intervals; and `seconds_by_tool`. See SPEC for each figure.
    """
    gold = json.loads((data_dir / GROUND_TRUTH).read_text(encoding="utf-8"))
    page_ids = sorted(gold)[:limit]  # [:None] keeps every page
    seconds = {"eventwire": 0.0, "trafilatura": 0.0}
    pages = [
        _score_page(data_dir, page_id, gold[page_id], options, seconds) for page_id in page_ids
    ]
    accepted = [page for page in pages if page.rejected is None]
    rejected = [page.rejected for page in pages if page.rejected is not None]
    result: dict[str, Any] = {"dataset": DATASET, "n": len(pages)}
    result.update(figures(pages, baseline=False))
    result.update({f"baseline_trafilatura_{k}": v for k, v in figures(pages, True).items()})
    result["rejected"] = len(rejected)
    result["rejected_reasons"] = dict(Counter(reason.split(":")[0] for reason in rejected))
    result["accepted_n"] = len(accepted)
    result.update({f"accepted_{k}": v for k, v in figures(accepted, False).items()})
    result.update(
        {f"accepted_baseline_trafilatura_{k}": v for k, v in figures(accepted, True).items()}
    )
    result["ci95"] = {
        name: bootstrap_ci(pages, _statistic(key, baseline)) for name, key, baseline in _INTERVALS
    }
    result["seconds_by_tool"] = {name: round(value, 2) for name, value in seconds.items()}
    return result


def _statistic(key: str, baseline: bool) -> Callable[[Sequence[PageScore]], float]:
    """One figure of one extractor, as a function of the pages (for the bootstrap)."""
    return lambda pages: figures(pages, baseline)[key]


def _score_page(
    data_dir: Path, page_id: str, entry: dict[str, Any], options: Options, seconds: dict[str, float]
) -> PageScore:
    """Extract one page with both extractors and compare each with its gold body."""
    import trafilatura

    html = gzip.decompress((data_dir / "html" / f"{page_id}.html.gz").read_bytes())
    gold = entry.get("articleBody") or ""
    started = time.perf_counter()
    ours, rejected = _eventwire_text(html, options, page_id, entry.get("url"))
    middle = time.perf_counter()
    # The benchmark's own runner hands trafilatura the page decoded as UTF-8.
    theirs = trafilatura.extract(html.decode("utf-8", errors="replace")) or ""
    seconds["eventwire"] += middle - started
    seconds["trafilatura"] += time.perf_counter() - middle
    return PageScore(
        page_id,
        ours=compare_text(ours, gold),
        ours_exact=is_exact(ours, gold),
        baseline=compare_text(theirs, gold),
        baseline_exact=is_exact(theirs, gold),
        rejected=rejected,
    )


def _eventwire_text(
    html: bytes, options: Options, page_id: str, url: str | None
) -> tuple[str, str | None]:
    """The text eventwire extracts from a page, and the reason it would refuse to code it.

    A page refused only for its language is still extracted (with the English check off): the
    benchmark measures extraction, which works the same in any language.
    """
    from dataclasses import replace

    from eventwire.ingest import article_from_html

    try:
        return article_from_html(html, options, source=page_id, url=url).text, None
    except InputRejected as rejection:
        if not rejection.reason.startswith("not English"):
            return "", rejection.reason
        any_language = replace(options, min_english_ratio=0.0)
        try:
            text = article_from_html(html, any_language, source=page_id, url=url).text
        except InputRejected:
            text = ""
        return text, rejection.reason


def figures(pages: Sequence[PageScore], baseline: bool) -> dict[str, float]:
    """F1, precision, recall and exact-match accuracy of one extractor over some pages."""
    overlaps = [page.baseline if baseline else page.ours for page in pages]
    exact = [page.baseline_exact if baseline else page.ours_exact for page in pages]
    result = summarise(overlaps)
    result["accuracy"] = sum(exact) / len(exact) if exact else 0.0
    return result
