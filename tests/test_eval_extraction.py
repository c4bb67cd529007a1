"""The Zyte body-text scorer: the shingle metric on hand-made strings, then a small real run."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.extraction import (
    Overlap,
    PageScore,
    compare_text,
    evaluate,
    figures,
    is_exact,
    shingles,
    summarise,
    tokenize,
)
from eventwire.options import Options

ZYTE = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "scrapinghub-article-extraction-benchmark"
)


def test_tokens_are_word_runs_in_any_script() -> None:
    assert tokenize("It's 3:45 - Ünïcode, 東京!") == ["It", "s", "3", "45", "Ünïcode", "東京"]


def test_shingles_are_a_multiset_of_four_token_runs() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_a_short_text_is_one_shorter_shingle_and_an_empty_one_has_none() -> None:
    assert shingles("just two") == {("just", "two"): 1}
    assert shingles(" ... ") == {}


def test_identical_texts_score_one_whatever_the_punctuation() -> None:
    overlap = compare_text("One two, three four five.", "One two three four five")
    assert overlap == Overlap(1.0, 0.0, 0.0)
    assert overlap.precision == overlap.recall == 1.0


def test_counts_are_shares_of_all_shingles() -> None:
    # gold: 5 shingles (w1..w8); prediction drops the last two words and adds two at the front.
    gold = "w1 w2 w3 w4 w5 w6 w7 w8"
    predicted = "x y w1 w2 w3 w4 w5 w6"
    overlap = compare_text(predicted, gold)
    # shared: w1-w4, w2-w5, w3-w6 = 3; extra: x-w2, y-w3 = 2; missing: w4-w7, w5-w8 = 2.
    assert overlap.tp == pytest.approx(3 / 7)
    assert overlap.fp == pytest.approx(2 / 7)
    assert overlap.fn == pytest.approx(2 / 7)
    assert overlap.precision == pytest.approx(3 / 5)
    assert overlap.recall == pytest.approx(3 / 5)


def test_a_repeated_paragraph_is_a_false_positive() -> None:
    gold = "a b c d"
    overlap = compare_text("a b c d a b c d", gold)
    # a-b-c-d twice against once, plus three shingles that straddle the repeat.
    assert overlap.precision == pytest.approx(1 / 5)
    assert overlap.recall == 1.0


def test_an_empty_prediction_has_no_precision_and_zero_recall() -> None:
    overlap = compare_text("", "some gold body text here")
    assert overlap.precision is None
    assert overlap.recall == 0.0


def test_both_empty_has_neither_precision_nor_recall() -> None:
    overlap = compare_text("", "")
    assert overlap.precision is None
    assert overlap.recall is None


def test_summary_skips_empty_predictions_in_precision_and_f1_is_of_the_means() -> None:
    perfect = compare_text("a b c d e", "a b c d e")
    half = Overlap(0.5, 0.5, 0.0)  # precision 0.5, recall 1
    empty = compare_text("", "a b c d e")
    figures = summarise([perfect, half, empty])
    assert figures["precision"] == pytest.approx(0.75)
    assert figures["recall"] == pytest.approx(2 / 3)
    assert figures["f1"] == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_summary_of_nothing_predicted_is_zero() -> None:
    assert summarise([compare_text("", "a b c d")]) == {"f1": 0.0, "precision": 0.0, "recall": 0.0}


def test_exact_match_compares_tokens_only() -> None:
    assert is_exact("Hello,   world!\n", "Hello world")
    assert not is_exact("Hello world", "hello world")


def test_figures_pick_one_extractor_and_count_exact_matches() -> None:
    def page(ours: str, theirs: str, gold: str) -> PageScore:
        return PageScore(
            "p",
            compare_text(ours, gold),
            is_exact(ours, gold),
            compare_text(theirs, gold),
            is_exact(theirs, gold),
        )

    pages = [page("a b c d e", "x y z", "a b c d e"), page("", "a b c d", "a b c d")]
    ours, theirs = figures(pages, baseline=False), figures(pages, baseline=True)
    assert ours == {"f1": pytest.approx(2 / 3), "precision": 1.0, "recall": 0.5, "accuracy": 0.5}
    assert theirs["precision"] == 0.5  # a wrong prediction counts, with precision 0
    assert theirs["recall"] == 0.5
    assert theirs["accuracy"] == 0.5
    assert figures([], baseline=False)["accuracy"] == 0.0


@pytest.mark.skipif(not ZYTE.exists(), reason="../shared/data is not present")
def test_evaluate_on_ten_pages() -> None:
    result = evaluate(ZYTE, Options(), limit=10)
    assert result["dataset"] == "zyte"
    assert result["n"] == 10
    assert result["accepted_n"] + result["rejected"] == 10
    assert sum(result["rejected_reasons"].values()) == result["rejected"]
    for key in (
        "f1",
        "precision",
        "recall",
        "accuracy",
        "baseline_trafilatura_f1",
        "baseline_trafilatura_precision",
        "baseline_trafilatura_recall",
        "baseline_trafilatura_accuracy",
        "accepted_f1",
        "accepted_baseline_trafilatura_f1",
    ):
        assert 0.0 <= result[key] <= 1.0, key
    # Sanity floors far below real figures: both extractors find most of these bodies.
    assert result["baseline_trafilatura_f1"] > 0.5
    assert result["accepted_f1"] > 0.5
    for key in ("f1", "precision", "recall", "baseline_trafilatura_f1"):
        low, high = result["ci95"][key]
        assert 0.0 <= low <= high <= 1.0, key
    assert set(result["seconds_by_tool"]) == {"eventwire", "trafilatura"}
