"""Resolve a time expression ("in May 2001", "on Tuesday", "last month") against a reference date.

Only expressions that name a point in time are read; durations ("for 22 years", "in 22 years")
are not dates and give None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(?:of\s+)?(\d{{4}})\b", re.I)
_MONTH_ONLY = re.compile(rf"^(?:in\s+|early\s+|late\s+|mid-?)?({_MONTH_RE})$", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DURATION = re.compile(r"\b\d+\s+(?:years?|months?|weeks?|days?|decades?|hours?)\b", re.I)
_RELATIVE = re.compile(r"\b(last|next|this|past|coming)\s+(week|month|year)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:(last|next|this)\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)


@dataclass(frozen=True)
class ResolvedDate:
    """A date with its precision: `value` is YYYY-MM-DD, YYYY-MM or YYYY."""

    value: str
    precision: str  # "day" | "month" | "year"

    @property
    def first_day(self) -> date:
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    @property
    def last_day(self) -> date:
        start = self.first_day
        if self.precision == "day":
            return start
        if self.precision == "month":
            nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date(start.year, 12, 31)


def _day(y: int, m: int, d: int) -> ResolvedDate | None:
    try:
        return ResolvedDate(date(y, m, d).isoformat(), "day")
    except ValueError:
        return None


def _nearest_year(month: int, day: int, reference: date, future: bool) -> int:
    """The year that puts month/day nearest the reference, on the side the tense points to."""
    candidate = reference.year
    try:
        when = date(candidate, month, day)
    except ValueError:
        return candidate
    if future and when < reference - timedelta(days=2):
        return candidate + 1
    if not future and when > reference + timedelta(days=2):
        return candidate - 1
    return candidate


def resolve_date(text: str, reference: date | None, future: bool = False) -> ResolvedDate | None:
    """Read a time expression; relative ones need `reference` (the publication date).

    `future` says the verb points forward ("will meet on Tuesday" is the coming Tuesday).
    """
    t = " ".join(text.split())
    if m := _ISO.search(t):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_MONTH_YEAR.search(t):
        return _day(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := _MONTH_DAY_YEAR.search(t):
        return _day(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    if m := _MONTH_YEAR.search(t):
        return ResolvedDate(f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}", "month")
    if reference is not None:
        found = _resolve_relative(t, reference, future)
        if found is not None:
            return found
    if _DURATION.search(t):
        return None
    if m := _YEAR.search(t):
        return ResolvedDate(m[1], "year")
    return None


def _resolve_relative(t: str, reference: date, future: bool) -> ResolvedDate | None:
    low = t.lower()
    if m := (_MONTH_DAY.search(t) or _DAY_MONTH.search(t)):
        groups = m.groups()
        month_name, day_s = (groups[0], groups[1]) if groups[0][0].isalpha() else groups[::-1]
        month, day = MONTHS[month_name.lower()], int(day_s)
        return _day(_nearest_year(month, day, reference, future), month, day)
    if m := _MONTH_ONLY.search(low):
        month = MONTHS[m[1]]
        year = reference.year
        if future and month < reference.month:
            year += 1
        if not future and month > reference.month:
            year -= 1
        return ResolvedDate(f"{year:04d}-{month:02d}", "month")
    if re.search(r"\byesterday\b", low):
        return ResolvedDate((reference - timedelta(days=1)).isoformat(), "day")
    if re.search(r"\btomorrow\b", low):
        return ResolvedDate((reference + timedelta(days=1)).isoformat(), "day")
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return ResolvedDate(reference.isoformat(), "day")
    if m := _WEEKDAY.search(low):
        return _weekday(m[1], WEEKDAYS.index(m[2]), reference, future)
    if m := _RELATIVE.search(low):
        return _relative_period(m[1], m[2], reference)
    return None


def _weekday(which: str | None, weekday: int, reference: date, future: bool) -> ResolvedDate:
    if which == "next" or (which is None and future) or (which == "this" and future):
        delta = (weekday - reference.weekday()) % 7 or 7
        return ResolvedDate((reference + timedelta(days=delta)).isoformat(), "day")
    # News reports "on Tuesday" for the most recent Tuesday; the same day counts as today.
    delta = (reference.weekday() - weekday) % 7
    if which == "last" and delta == 0:
        delta = 7
    return ResolvedDate((reference - timedelta(days=delta)).isoformat(), "day")


def _relative_period(which: str, unit: str, reference: date) -> ResolvedDate:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which.lower(), 0)
    if unit == "year":
        return ResolvedDate(f"{reference.year + step:04d}", "year")
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 + step
        return ResolvedDate(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month")
    # A week is not a precision we store: keep the day a week away.
    return ResolvedDate((reference + timedelta(days=7 * step)).isoformat(), "day")
