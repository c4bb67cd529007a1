"""Publication dates as news pages write them: numeric, textual and ISO 8601.

Times are kept as the wall-clock time the source printed; a UTC offset or zone name is dropped,
so `published` is always a naive datetime. Numeric dates read day first unless the site is one
of `Options.month_first_sites`; when both readings are valid the result is marked ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from eventwire.options import Options
from eventwire.records import Precision

# Keyed by the first three letters, which every spelling and abbreviation shares.
MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_MONTH_NAMES = (
    r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME = (
    r"(?:\s*(?:,|\bat\b|-|–|—|\||T)?\s*"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|\(?(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?|[ECMP][SD]T|BST|CET|CEST))?)?"
)
_ISO = re.compile(
    r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second_part>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?![\d/])" + _TIME,
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?"
    + _MONTH_NAMES.format(name="month")
    + r",?\s+(?P<year>\d{4})\b"
    + _TIME,
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b"
    + _MONTH_NAMES.format(name="month")
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b"
    + _TIME,
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    r"\b" + _MONTH_NAMES.format(name="month") + r",?\s+(?P<year>\d{4})\b", re.I
)


@dataclass(frozen=True)
class Published:
    """A publication date with how much of it is known and whether it could read two ways."""

    value: datetime
    precision: Precision
    ambiguous: bool = False


@dataclass(frozen=True)
class DateMatch:
    """A date found inside a line, with its character span (to see what else the line holds)."""

    published: Published
    start: int
    end: int


def is_month_first(options: Options, site: str | None, url: str | None) -> bool:
    """Whether numeric dates from this site read month first (12/08/2023 = 8 December)."""
    if not options.month_first_sites:
        return False
    names = set()
    if site:
        names.add(site.lower())
    if url:
        host = (urlsplit(url).hostname or "").lower()
        names.update({host, host.removeprefix("www.")})
    wanted = {name.lower() for name in options.month_first_sites}
    return bool(names & wanted) or any(name.removeprefix("www.") in wanted for name in names)


def find_date(text: str, month_first: bool = False) -> DateMatch | None:
    """The first date (with its time, when one follows) written in `text`, or None."""
    found: list[DateMatch] = []
    for pattern, build in (
        (_ISO, _from_iso),
        (_NUMERIC, lambda m: _from_numeric(m, month_first)),
        (_DAY_MONTH, _from_textual),
        (_MONTH_DAY, _from_textual),
    ):
        for match in pattern.finditer(text):
            published = build(match)
            if published is not None:
                found.append(DateMatch(published, match.start(), match.end()))
                break
    if not found:
        month_year = _month_year(text)
        return month_year
    return min(found, key=lambda item: item.start)


def parse_date(value: str, month_first: bool = False) -> Published | None:
    """Parse a date given on its own (a JSONL field, a meta tag); None when there is none."""
    match = find_date(value.strip(), month_first)
    return match.published if match else None


def published_from_datetime(value: datetime) -> Published:
    """A caller's datetime as naive wall-clock time; midnight counts as a bare day."""
    naive = value.replace(tzinfo=None)
    at_midnight = (naive.hour, naive.minute, naive.second) == (0, 0, 0)
    return Published(naive, "day" if at_midnight else "minute")


def _make(year: int, month: int, day: int, match: re.Match[str]) -> Published | None:
    """Build a Published from parts and the optional time groups; None when not a real date."""
    if not 1900 <= year <= 2100:
        return None
    hour, minute, second = _time_of(match)
    try:
        value = datetime(year, month, day, hour or 0, minute or 0, second or 0)
    except ValueError:
        return None
    return Published(value, "minute" if hour is not None else "day")


def _time_of(match: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    groups = match.groupdict()
    if not groups.get("hour"):
        return None, None, None
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups["second"]) if groups.get("second") else 0
    ampm = (groups.get("ampm") or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None, None, None
    return hour, minute, second


def _from_iso(match: re.Match[str]) -> Published | None:
    return _make(int(match["year"]), int(match["month"]), int(match["day"]), match)


def _from_textual(match: re.Match[str]) -> Published | None:
    month = MONTHS[match["month"].lower()[:3]]
    return _make(int(match["year"]), month, int(match["day"]), match)


def _from_numeric(match: re.Match[str], month_first: bool) -> Published | None:
    first, second = int(match["first"]), int(match["second_part"])
    year = int(match["year"])
    if len(match["year"]) == 2:
        # Two-digit years in news are this century's; 1970-1999 only for 70 and above.
        year += 2000 if year < 70 else 1900
    preferred = (second, first) if not month_first else (first, second)  # (month, day)
    other = (preferred[1], preferred[0])
    chosen = _make(year, preferred[0], preferred[1], match)
    alternative = _make(year, other[0], other[1], match)
    if chosen is None:
        return alternative
    if alternative is not None and first != second:
        return Published(chosen.value, chosen.precision, ambiguous=True)
    return chosen


def _month_year(text: str) -> DateMatch | None:
    match = _MONTH_YEAR.search(text)
    if match is None:
        return None
    year = int(match["year"])
    if not 1900 <= year <= 2100:
        return None
    month = MONTHS[match["month"].lower()[:3]]
    return DateMatch(Published(datetime(year, month, 1), "month"), match.start(), match.end())
