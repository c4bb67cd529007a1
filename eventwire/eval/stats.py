"""Scoring statistics: precision/recall/F1, macro-F1, confusion matrices and bootstrap intervals.

Everything here is plain Python over hand-sized inputs (a few hundred sentences), so the scorers
need no numpy and the numbers can be checked by hand in the tests.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20240204


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives; precision, recall and F1 derive."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0.0 when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0.0 when nothing was expected."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, i.e. 2tp / (2tp + fp + fn)."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def accuracy(correct: Iterable[bool]) -> float:
    """The share of True values; 0.0 for no values."""
    flags = list(correct)
    return _ratio(sum(flags), len(flags))


def set_counts(predicted: Collection[str], gold: Collection[str]) -> Counts:
    """Counts for one item whose prediction and gold are sets of labels."""
    pred, expected = set(predicted), set(gold)
    return Counts(len(pred & expected), len(pred - expected), len(expected - pred))


def micro_f1(counts: Iterable[Counts]) -> float:
    """F1 of the summed counts (micro average over items)."""
    return sum(counts, Counts()).f1


def class_counts(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Counts]:
    """Per-label counts for single-label classification (each item has one gold, one predicted)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            fp[p] += 1
    labels = set(tp) | set(fp) | set(fn)
    return {label: Counts(tp[label], fp[label], fn[label]) for label in labels}


def per_class(
    gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str] | None = None
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per label (labels default to those seen in gold)."""
    counts = class_counts(gold, predicted)
    support = Counter(gold)
    wanted = sorted(set(labels) if labels is not None else set(support))
    table: dict[str, dict[str, float]] = {}
    for label in wanted:
        c = counts.get(label, Counts())
        table[label] = {
            "precision": c.precision,
            "recall": c.recall,
            "f1": c.f1,
            "support": support[label],
        }
    return table


def macro_f1(
    gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str] | None = None
) -> float:
    """Unweighted mean F1 over labels (by default the labels present in gold).

    Labels only ever predicted (e.g. a "no event" marker) are left out of the mean, but their
    predictions still lower the recall of the gold labels they replaced.
    """
    table = per_class(gold, predicted, labels)
    return _ratio(sum(row["f1"] for row in table.values()), len(table))


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """Nested counts {gold label: {predicted label: count}}, both levels sorted by label."""
    cells = Counter(zip(gold, predicted, strict=True))
    matrix: dict[str, dict[str, int]] = {}
    for (g, p), count in sorted(cells.items()):
        matrix.setdefault(g, {})[p] = count
    return matrix


def top_confusions(matrix: dict[str, dict[str, int]], k: int = 10) -> list[tuple[str, str, int]]:
    """The k most frequent off-diagonal cells as (gold, predicted, count), largest first."""
    cells = [(g, p, n) for g, row in matrix.items() for p, n in row.items() if g != p]
    cells.sort(key=lambda cell: (-cell[2], cell[0], cell[1]))
    return cells[:k]


def bootstrap_ci(
    items: Sequence[T],
    statistic: Callable[[Sequence[T]], float],
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
    level: float = 0.95,
) -> list[float]:
    """Percentile bootstrap interval [lo, hi] of `statistic`, resampling items with replacement.

    The seed is fixed so that a re-run on the same predictions gives the same interval.
    """
    if not items:
        return [0.0, 0.0]
    rng = random.Random(seed)
    n = len(items)
    values = sorted(
        statistic([items[rng.randrange(n)] for _ in range(n)]) for _ in range(resamples)
    )
    tail = (1.0 - level) / 2
    return [_percentile(values, tail), _percentile(values, 1.0 - tail)]


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile of already sorted values (numpy's default method)."""
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
