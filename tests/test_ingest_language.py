"""The small English detector."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest.language import english_problem

DATA = Path(__file__).parent / "data" / "ingest"
ENGLISH_TEXT = (
    "The presidents of the two countries signed an agreement on Wednesday to share the waters "
    "of the river, ending a dispute that began when the first dam was built upstream."
)


def test_english_prose_passes() -> None:
    assert english_problem(ENGLISH_TEXT, 0.12) is None


@pytest.mark.parametrize(
    ("name", "language"), [("french", "French"), ("german", "German"), ("spanish", "Spanish")]
)
def test_other_languages_are_named(name: str, language: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    problem = english_problem(text, 0.12)
    assert problem is not None
    assert problem.startswith("not English:")
    assert problem.endswith(f"looks like {language}")


def test_non_latin_script() -> None:
    problem = english_problem("Президенты двух стран подписали соглашение о воде.", 0.12)
    assert problem == "not English: written mostly in a non-Latin script"


@pytest.mark.parametrize("text", ["", "2024", "Biden visits Paris", "NATO summit: day two"])
def test_short_or_empty_texts_pass(text: str) -> None:
    assert english_problem(text, 0.12) is None


def test_short_foreign_headline_is_caught() -> None:
    assert english_problem("Les ministres de la pêche se sont réunis", 0.12) is not None


def test_threshold_is_respected() -> None:
    assert english_problem(ENGLISH_TEXT, 0.9) is not None
