"""Unit tests of the scoring statistics, on numbers small enough to check by hand."""

from __future__ import annotations

import pytest

from eventwire.eval.stats import (
    Counts,
    accuracy,
    bootstrap_ci,
    class_counts,
    confusion,
    macro_f1,
    micro_f1,
    per_class,
    set_counts,
    top_confusions,
)


def test_counts_precision_recall_f1() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))


def test_counts_empty_are_zero_not_errors() -> None:
    assert Counts().precision == 0.0
    assert Counts().recall == 0.0
    assert Counts().f1 == 0.0
    assert Counts(1, 0, 0) + Counts(0, 2, 3) == Counts(1, 2, 3)


def test_accuracy() -> None:
    assert accuracy([True, False, True, True]) == pytest.approx(0.75)
    assert accuracy([]) == 0.0


def test_set_counts_and_micro_f1() -> None:
    first = set_counts({"USA", "RUS"}, {"USA"})
    second = set_counts(set(), {"CHN", "JPN"})
    assert first == Counts(tp=1, fp=1, fn=0)
    assert second == Counts(tp=0, fp=0, fn=2)
    # Summed: tp 1, fp 1, fn 2 -> F1 = 2 / (2 + 1 + 2).
    assert micro_f1([first, second]) == pytest.approx(0.4)


def test_class_counts_single_label() -> None:
    counts = class_counts(["A", "A", "B", "C"], ["A", "B", "B", "NONE"])
    assert counts["A"] == Counts(tp=1, fp=0, fn=1)
    assert counts["B"] == Counts(tp=1, fp=1, fn=0)
    assert counts["C"] == Counts(tp=0, fp=0, fn=1)
    assert counts["NONE"] == Counts(tp=0, fp=1, fn=0)
    with pytest.raises(ValueError):
        class_counts(["A"], [])


def test_per_class_and_macro_f1() -> None:
    gold = ["A", "A", "B", "C"]
    predicted = ["A", "B", "B", "NONE"]
    table = per_class(gold, predicted)
    assert set(table) == {"A", "B", "C"}  # NONE is never a gold label
    assert table["A"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3), "support": 2}
    assert table["B"]["precision"] == pytest.approx(0.5)
    assert table["B"]["f1"] == pytest.approx(2 / 3)
    assert table["C"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert macro_f1(gold, predicted) == pytest.approx((2 / 3 + 2 / 3 + 0.0) / 3)
    assert macro_f1(gold, predicted, labels=["A"]) == pytest.approx(2 / 3)


def test_confusion_and_top_confusions() -> None:
    gold = ["A", "A", "A", "B", "B", "C"]
    predicted = ["A", "NONE", "NONE", "A", "B", "NONE"]
    matrix = confusion(gold, predicted)
    assert matrix == {"A": {"A": 1, "NONE": 2}, "B": {"A": 1, "B": 1}, "C": {"NONE": 1}}
    assert top_confusions(matrix, k=2) == [("A", "NONE", 2), ("B", "A", 1)]


def test_bootstrap_is_reproducible_and_brackets_the_mean() -> None:
    items = [1.0] * 30 + [0.0] * 70

    def mean(xs: list[float]) -> float:
        return sum(xs) / len(xs)

    lo, hi = bootstrap_ci(items, mean, resamples=500)
    assert bootstrap_ci(items, mean, resamples=500) == [lo, hi]
    assert lo < 0.3 < hi
    # The standard error of a 30% share over 100 items is about 0.046: the interval is ~±0.09.
    assert 0.15 < lo < 0.25
    assert 0.35 < hi < 0.45


def test_bootstrap_of_constant_data_is_a_point() -> None:
    assert bootstrap_ci([1, 1, 1], lambda xs: float(sum(xs)) / len(xs)) == [1.0, 1.0]
    assert bootstrap_ci([], lambda xs: 0.5) == [0.0, 0.0]
