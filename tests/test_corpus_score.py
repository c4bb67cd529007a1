"""End to end: ingest and code every file in examples/, and score against the expected events.

Also checks the expectations file itself (tests/fixtures/examples_expected.json). Run with
`pytest -s tests/test_corpus_score.py` to see the score table; it is printed either way.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval.corpus import format_score, load_expected, score_files
from eventwire.options import Options
from eventwire.records import MODALITIES, Article, Event

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "examples_expected.json"
EXAMPLES = ROOT / "examples"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}

# Floors for the example corpus; raise them as the coder improves, never lower them.
MIN_PRECISION = 0.50
MIN_RECALL = 0.82


def _fixture() -> list[dict[str, Any]]:
    files: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))["files"]
    return files


def _events() -> list[dict[str, Any]]:
    return [event for entry in _fixture() for event in entry["events"]]


def _key(source: str) -> str:
    """The fixture's key for an article source path: examples/<file name>."""
    return f"examples/{Path(source).name}"


# The expectations file


def test_fixture_covers_exactly_the_example_files() -> None:
    listed = [entry["file"] for entry in _fixture()]
    assert len(listed) == len(set(listed))
    on_disk = sorted(f"examples/{path.name}" for path in EXAMPLES.iterdir() if path.is_file())
    assert sorted(listed) == on_disk
    assert len(on_disk) >= 28
    suffixes = Counter(Path(name).suffix for name in on_disk)
    assert suffixes[".txt"] >= 10 and suffixes[".html"] >= 10


def test_fixture_records_are_well_formed() -> None:
    for entry in _fixture():
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["published"]), entry["file"]
        assert entry["title"].strip(), entry["file"]
        assert entry["section"] is None or entry["section"].strip()
        assert entry["events"], entry["file"]
        for event in entry["events"]:
            assert event["event_type"] in PLOVER_TYPES, event
            assert set(event.get("also", [])) <= PLOVER_TYPES, event
            assert event["modality"] in MODALITIES, event
            assert event["source"], event
            for code in event["source"] + event["target"]:
                assert re.fullmatch(r"[A-Z]{3}", code), event
            if event["date"] is not None:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", event["date"]), event
                assert event["date"] != entry["published"], event
            assert event["note"].strip(), event


def test_fixture_titles_appear_in_their_files() -> None:
    for entry in _fixture():
        text = (ROOT / entry["file"]).read_text(encoding="utf-8").replace("&amp;", "&")
        assert entry["title"] in text, entry["file"]


def test_fixture_uses_every_plover_type() -> None:
    used = Counter(event["event_type"] for event in _events())
    assert set(used) == PLOVER_TYPES
    assert all(count >= 2 for count in used.values()), used


def test_fixture_names_enough_countries() -> None:
    codes = {code for event in _events() for code in event["source"] + event["target"]}
    assert len(codes - NON_STATE) >= 10


def test_fixture_has_negated_future_and_historical_events() -> None:
    modalities = {event["modality"] for event in _events()}
    assert {"asserted", "negated", "future", "historical"} <= modalities
    assert any(event["date"] for event in _events() if event["modality"] == "historical")


def test_fixture_has_two_reports_of_the_same_meeting() -> None:
    files = {entry["file"] for entry in _fixture()}
    links = [
        (entry["file"], event["same_event_as"], event["event_type"])
        for entry in _fixture()
        for event in entry["events"]
        if event.get("same_event_as")
    ]
    assert any(event_type == "CONSULT" for _, _, event_type in links)
    for file, other, _ in links:
        assert other in files and other != file
        assert {Path(file).suffix, Path(other).suffix} == {".txt", ".html"}


# Ingest and the coder on the examples


def _ingest(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    from eventwire.ingest import read_paths

    monkeypatch.chdir(ROOT)
    records = list(read_paths(["examples"], Options()))
    rejected = [record for record in records if not isinstance(record, Article)]
    assert not rejected, rejected
    return [record for record in records if isinstance(record, Article)]


def test_examples_ingest_to_the_fixture_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {entry["file"]: entry for entry in _fixture()}
    mismatches = []
    for article in _ingest(monkeypatch):
        entry = expected[_key(article.source)]
        published = article.published.date().isoformat() if article.published else None
        got = (published, article.title, article.section)
        want = (entry["published"], entry["title"], entry["section"])
        if got != want:
            mismatches.append(f"{entry['file']}: got {got}, want {want}")
    assert not mismatches, "\n".join(mismatches)


def test_examples_score_above_floors(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.pipeline import code_articles

    options = Options()
    articles = _ingest(monkeypatch)

    predicted: dict[str, list[Event]] = {}
    for article, events in code_articles(articles, options):
        predicted.setdefault(_key(article.source), []).extend(events)

    expected = load_expected(FIXTURE)
    assert set(predicted) == set(expected)
    result = score_files(expected, predicted)

    print("\n" + format_score(result))
    print(
        f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  "
        f"({len(articles)} articles)"
    )
    assert result.precision >= MIN_PRECISION, format_score(result)
    assert result.recall >= MIN_RECALL, format_score(result)
