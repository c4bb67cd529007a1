"""Time expressions resolved against the publication date."""

from datetime import date

import pytest

from eventwire.events.dates import resolve_date

PUBLISHED = date(2023, 12, 8)  # a Friday


@pytest.mark.parametrize(
    ("text", "future", "value", "precision"),
    [
        ("in May 2001", False, "2001-05", "month"),
        ("on 3 March 2019", False, "2019-03-03", "day"),
        ("on March 3, 2019", False, "2019-03-03", "day"),
        ("in 2001", False, "2001", "year"),
        ("on Tuesday", False, "2023-12-05", "day"),
        ("on Tuesday", True, "2023-12-12", "day"),
        ("next Tuesday", False, "2023-12-12", "day"),
        ("yesterday", False, "2023-12-07", "day"),
        ("last month", False, "2023-11", "month"),
        ("next year", True, "2024", "year"),
        ("in November", False, "2023-11", "month"),
        ("in January", True, "2024-01", "month"),
        ("on December 20", True, "2023-12-20", "day"),
    ],
)
def test_resolves(text, future, value, precision):
    found = resolve_date(text, PUBLISHED, future=future)
    assert found is not None
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize("text", ["in 22 years", "for three decades", "the past decade", ""])
def test_durations_and_vague_phrases_are_not_dates(text):
    assert resolve_date(text, PUBLISHED) is None


def test_relative_phrases_need_a_reference():
    assert resolve_date("on Tuesday", None) is None
    assert resolve_date("in May 2001", None).value == "2001-05"


def test_month_range_ends():
    found = resolve_date("February 2024", PUBLISHED)
    assert found.first_day == date(2024, 2, 1)
    assert found.last_day == date(2024, 2, 29)
