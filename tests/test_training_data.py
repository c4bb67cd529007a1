"""The hand-written training sentences in eventwire/data/training."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from datafiles import normalise, read_jsonl

from eventwire.events.codebook import PLOVER_TYPES

TRAINING = Path(__file__).resolve().parents[1] / "eventwire" / "data" / "training"
EVENTS = TRAINING / "events.jsonl"
NEGATIVES = TRAINING / "negatives.jsonl"

MODALITIES = {"asserted", "negated", "future", "hypothetical", "historical"}
KINDS = {
    "sports",
    "weather",
    "business",
    "celebrity",
    "accident",
    "disaster",
    "science",
    "culture",
    "statement",
    "other",
}
CODE = re.compile(r"^[A-Z]{3}$")
MIN_PER_TYPE = 45
MIN_NEGATIVES = 200


@pytest.fixture(scope="module")
def events() -> list[dict]:
    return read_jsonl(EVENTS)


@pytest.fixture(scope="module")
def negatives() -> list[dict]:
    return read_jsonl(NEGATIVES)


def test_files_exist():
    for path in (EVENTS, NEGATIVES, TRAINING / "README.md"):
        assert path.is_file(), path


def test_event_rows_have_the_expected_fields(events):
    for row in events:
        assert set(row) == {"text", "event_type", "source", "target", "modality"}, row
        assert isinstance(row["text"], str) and row["text"].strip(), row


def test_event_labels_are_valid(events):
    for row in events:
        assert row["event_type"] in PLOVER_TYPES, row
        assert row["modality"] in MODALITIES, row


def test_actor_codes_look_like_iso3(events):
    for row in events:
        assert row["source"] or row["target"], row  # a side may be unnamed, not both
        for side in ("source", "target"):
            codes = row[side]
            assert isinstance(codes, list), row
            for code in codes:
                assert isinstance(code, str) and CODE.match(code), (code, row["text"])


def test_every_type_has_enough_sentences(events):
    counts = Counter(row["event_type"] for row in events)
    short = {t: counts[t] for t in PLOVER_TYPES if counts[t] < MIN_PER_TYPE}
    assert not short, short


def test_some_sentences_are_not_plainly_asserted(events):
    counts = Counter(row["modality"] for row in events)
    assert set(counts) == MODALITIES
    assert (len(events) - counts["asserted"]) / len(events) >= 0.10


def test_negative_rows_are_valid(negatives):
    assert len(negatives) >= MIN_NEGATIVES
    for row in negatives:
        assert set(row) == {"text", "event_type", "kind"}, row
        assert row["event_type"] is None, row
        assert row["kind"] in KINDS, row
        assert isinstance(row["text"], str) and row["text"].strip(), row


def test_no_duplicate_sentences(events, negatives):
    counts = Counter(normalise(row["text"]) for row in events + negatives)
    duplicates = [text for text, n in counts.items() if n > 1]
    assert not duplicates, duplicates
