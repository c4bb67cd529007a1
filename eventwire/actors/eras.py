"""Movements whose PLOVER sector changed on a known day, read at the date of each event.

The Taliban fought the Afghan state as insurgents until they took Kabul on 15 August 2021 and
have been its government since; an event of 2012 has Taliban rebels, one of 2023 a Taliban
government. The actor tables hold the sector of today (what an undated sentence gets); this
module gives an event's actors the sector of the event's own date. Dates are from general
knowledge, written by the eventwire team.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventwire.records import Actor


@dataclass(frozen=True)
class Era:
    """A movement's names, its country, and (first day, sector) periods in date order."""

    names: tuple[str, ...]
    country: str
    periods: tuple[tuple[str, str], ...]

    def sector_on(self, day: str) -> str:
        """The sector in force on an ISO date ("2012-05-03"; "2012" or "2012-05" when only the
        year or month is known, read as its first day)."""
        sector = self.periods[0][1]
        for start, then in self.periods:
            if start <= day:
                sector = then
        return sector

    def names_actor(self, actor: Actor) -> bool:
        if actor.country != self.country:
            return False
        words = f"{actor.text} {actor.name}"
        return any(re.search(rf"\b{re.escape(name)}\b", words) for name in self.names)


ERAS = (
    # Kabul fell to the Taliban on 27 September 1996 and to the Northern Alliance on 13 November
    # 2001; the Taliban took it again on 15 August 2021.
    Era(
        ("Taliban",),
        "AFG",
        (("0000", "REB"), ("1996-09-27", "GOV"), ("2001-11-13", "REB"), ("2021-08-15", "GOV")),
    ),
    # The Rapid Support Forces were a state paramilitary until their war with the army began
    # on 15 April 2023.
    Era(("Rapid Support Forces", "RSF"), "SDN", (("0000", "PRM"), ("2023-04-15", "REB"))),
    # Hayat Tahrir al-Sham led the offensive that took Damascus on 8 December 2024 and formed
    # the transitional government.
    Era(
        ("Hayat Tahrir al-Sham", "Tahrir al-Sham", "HTS"),
        "SYR",
        (("0000", "REB"), ("2024-12-08", "GOV")),
    ),
)
# Sectors an era may overwrite: the movement's own ones, and its fighters' while it is in arms.
_ARMED = frozenset({"MIL", "UAF", "PRM"})


def at_date(actors: tuple[Actor, ...], day: str | None) -> tuple[Actor, ...]:
    """The actors with each movement's sector on `day` (unchanged when the day is unknown)."""
    if day is None:
        return actors
    return tuple(_dated(actor, day) for actor in actors)


def _dated(actor: Actor, day: str) -> Actor:
    for era in ERAS:
        if not era.names_actor(actor):
            continue
        own = {sector for _, sector in era.periods}
        sector = era.sector_on(day)
        if actor.sector in own or (actor.sector in _ARMED and sector in ("REB", "PRM")):
            return replace(actor, sector=sector)
    return actor
