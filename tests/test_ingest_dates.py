"""Publication dates: numeric (day or month first), textual and ISO."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventwire.ingest.dates import find_date, is_month_first, parse_date, published_from_datetime
from eventwire.options import Options


@pytest.mark.parametrize(
    ("text", "expected", "precision", "ambiguous"),
    [
        ("08/12/2023 13:29", datetime(2023, 12, 8, 13, 29), "minute", True),
        ("08/12/2023", datetime(2023, 12, 8), "day", True),
        ("25/12/2023", datetime(2023, 12, 25), "day", False),
        ("12/25/2023", datetime(2023, 12, 25), "day", False),  # only one reading is a date
        ("05/05/2023", datetime(2023, 5, 5), "day", False),  # both readings agree
        ("08.12.2023", datetime(2023, 12, 8), "day", True),
        ("08/12/23", datetime(2023, 12, 8), "day", True),
        ("8 December 2023", datetime(2023, 12, 8), "day", False),
        ("8th Dec. 2023 at 1:29 pm", datetime(2023, 12, 8, 13, 29), "minute", False),
        ("December 8, 2023", datetime(2023, 12, 8), "day", False),
        ("Friday, Dec 8, 2023 12:05 a.m.", datetime(2023, 12, 8, 0, 5), "minute", False),
        ("Sept 8, 2023", datetime(2023, 9, 8), "day", False),
        ("2023-12-08", datetime(2023, 12, 8), "day", False),
        ("2023-12-08T13:29:00Z", datetime(2023, 12, 8, 13, 29), "minute", False),
        ("2023-12-08T13:29:00+03:30", datetime(2023, 12, 8, 13, 29), "minute", False),
        ("December 2023", datetime(2023, 12, 1), "month", False),
    ],
)
def test_parse_date(text: str, expected: datetime, precision: str, ambiguous: bool) -> None:
    published = parse_date(text)
    assert published is not None
    assert published.value == expected
    assert published.value.tzinfo is None
    assert published.precision == precision
    assert published.ambiguous is ambiguous


def test_month_first_reading() -> None:
    published = parse_date("08/12/2023", month_first=True)
    assert published is not None
    assert published.value == datetime(2023, 8, 12)
    assert published.ambiguous


@pytest.mark.parametrize(
    "text", ["", "no date here", "31/31/2023", "99/99/99", "2023-13-45", "3:1"]
)
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_find_date_reports_the_span() -> None:
    match = find_date("Eurasia 08/12/2023 13:29")
    assert match is not None
    assert (match.start, match.end) == (8, 24)


def test_aware_datetime_keeps_wall_clock_time() -> None:
    value = datetime(2023, 12, 8, 13, 29, tzinfo=timezone(timedelta(hours=2)))
    published = published_from_datetime(value)
    assert published.value == datetime(2023, 12, 8, 13, 29)
    assert published.precision == "minute"
    assert published_from_datetime(datetime(2023, 12, 8)).precision == "day"


def test_is_month_first_matches_site_or_host() -> None:
    options = Options(month_first_sites=frozenset({"wire.example"}))
    assert is_month_first(options, "wire.example", None)
    assert is_month_first(options, None, "https://www.wire.example/story/1")
    assert not is_month_first(options, "other.example", "https://other.example/a")
    assert not is_month_first(Options(), "wire.example", None)
