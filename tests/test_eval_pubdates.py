"""The publication-date scorer: day comparison on hand-made values, then a small real run."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.eval.pubdates import (
    evaluate,
    is_right,
    load_gold,
    parse_day,
    tally,
)
from eventwire.options import Options

DATES = Path(__file__).resolve().parents[2] / "shared" / "data" / "htmldate-mediacloud-2020"


def test_days_are_read_from_dates_and_datetimes() -> None:
    assert parse_day("2020-06-07") == date(2020, 6, 7)
    assert parse_day("2020-06-07T23:59:00") == date(2020, 6, 7)
    assert parse_day(None) is None
    assert parse_day("") is None


def test_only_the_exact_day_is_right() -> None:
    assert is_right(date(2020, 6, 7), date(2020, 6, 7))
    assert not is_right(date(2020, 6, 8), date(2020, 6, 7))
    assert not is_right(None, date(2020, 6, 7))


def test_a_page_without_a_gold_date_is_right_only_without_a_found_date() -> None:
    assert is_right(None, None)
    assert not is_right(date(2020, 6, 7), None)


def test_tally_sorts_every_page_into_one_kind() -> None:
    due = [date(2020, 1, 1), date(2020, 1, 2), date(2020, 1, 3), None, None]
    found = [date(2020, 1, 1), date(2020, 2, 2), None, date(2020, 1, 4), None]
    assert tally(found, due) == {"correct": 2, "wrong": 1, "missing": 1, "spurious": 1}


def test_gold_nan_becomes_no_date_and_pages_are_in_file_order(tmp_path: Path) -> None:
    (tmp_path / "eval_mediacloud_2020.json").write_text(
        '{"https://b.example/x": {"file": "2.html", "date": NaN},'
        ' "https://a.example/y": {"file": "1.html", "date": "2020-03-04"}}',
        encoding="utf-8",
    )
    pages = load_gold(tmp_path)
    assert [(p.file, p.url, p.day) for p in pages] == [
        ("1.html", "https://a.example/y", date(2020, 3, 4)),
        ("2.html", "https://b.example/x", None),
    ]


@pytest.mark.skipif(not DATES.exists(), reason="../shared/data is not present")
def test_evaluate_on_ten_pages() -> None:
    result = evaluate(DATES, Options(), limit=10)
    assert result["dataset"] == "dates"
    assert result["n"] == 10
    assert result["accepted_n"] + result["rejected"] == 10
    for key in ("accuracy", "baseline_htmldate_accuracy", "accepted_accuracy"):
        assert 0.0 <= result[key] <= 1.0, key
    for key in ("accuracy", "baseline_htmldate_accuracy"):
        low, high = result["ci95"][key]
        assert 0.0 <= low <= high <= 1.0, key
    assert set(result["seconds_by_tool"]) == {"eventwire", "htmldate"}
    assert sum(result["counts"].values()) == 10
    assert sum(result["baseline_htmldate_counts"].values()) == 10
    # htmldate finds most of these days; a broken reading of the gold would score near zero.
    assert result["baseline_htmldate_accuracy"] >= 0.5
    json.dumps(result)  # the CLI prints it as JSON
