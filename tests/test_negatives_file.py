"""The held-out negative sentences in eval/negatives.jsonl.

These sentences contain no political event and are used only to measure the
false-event rate, so they must never overlap with the training negatives.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from datafiles import normalise, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ROOT / "eval" / "negatives.jsonl"
TRAINING = ROOT / "eventwire" / "data" / "training" / "negatives.jsonl"

MIN_ROWS = 240
MIN_WORDS = 10
MAX_WORDS = 40
KINDS = {
    "sports",
    "weather",
    "business",
    "celebrity",
    "accident",
    "disaster",
    "science",
    "culture",
    "health",
    "travel",
    "crime-report",
    "statistics",
    "other",
}


@pytest.fixture(scope="module")
def held_out() -> list[dict]:
    return read_jsonl(HELD_OUT)


def test_file_parses_and_is_large_enough(held_out: list[dict]) -> None:
    assert len(held_out) >= MIN_ROWS


def test_rows_have_text_and_valid_kind(held_out: list[dict]) -> None:
    for number, row in enumerate(held_out, 1):
        assert set(row) == {"text", "kind"}, f"line {number}: keys {sorted(row)}"
        assert isinstance(row["text"], str), f"line {number}: text is not a string"
        assert row["text"] == row["text"].strip(), f"line {number}: stray whitespace"
        words = len(row["text"].split())
        assert MIN_WORDS <= words <= MAX_WORDS, f"line {number}: {words} words"
        assert row["kind"] in KINDS, f"line {number}: unknown kind {row['kind']!r}"


def test_every_kind_is_represented(held_out: list[dict]) -> None:
    counts = Counter(row["kind"] for row in held_out)
    assert set(counts) == KINDS


def test_no_duplicates(held_out: list[dict]) -> None:
    counts = Counter(normalise(row["text"]) for row in held_out)
    repeated = [text for text, n in counts.items() if n > 1]
    assert not repeated, f"duplicated sentences: {repeated}"


def test_disjoint_from_training_negatives(held_out: list[dict]) -> None:
    training = {normalise(row["text"]) for row in read_jsonl(TRAINING)}
    leaked = [row["text"] for row in held_out if normalise(row["text"]) in training]
    assert not leaked, f"sentences also in the training negatives: {leaked}"


# The development near misses (eval/dev/negatives.jsonl): political words, no event.
NEAR_MISSES = ROOT / "eval" / "dev" / "negatives.jsonl"
NEAR_KINDS = {
    "refrained",
    "statistics",
    "history",
    "profile",
    "elections",
    "schedule",
    "economy",
    "weather",
    "sports",
    "science",
    "analysis",
    "polls",
    "obituary",
    "business",
    "culture",
    "routine",
}


def test_near_misses_are_well_formed_and_apart_from_the_other_sets() -> None:
    rows = read_jsonl(NEAR_MISSES)
    assert len(rows) >= 300
    assert {row["kind"] for row in rows} == NEAR_KINDS
    assert all(set(row) == {"text", "kind"} and row["text"].strip() for row in rows)
    others = {normalise(row["text"]) for row in [*read_jsonl(TRAINING), *read_jsonl(HELD_OUT)]}
    texts = [normalise(row["text"]) for row in rows]
    assert len(set(texts)) == len(texts)
    assert not [t for t in texts if t in others]
