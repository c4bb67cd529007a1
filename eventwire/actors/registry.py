"""Persons known from earlier articles: a title seen once tells who a bare name is later.

"Iranian President Ebrahim Raisi" in Monday's article makes "Raisi said ..." in Tuesday's a
person of IRN, sector GOV. The registry is plain data (picklable, built from the store or from
coded events), so the per-article pipeline stays a pure function of its inputs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from eventwire.actors._text import PLAIN_LETTERS
from eventwire.records import Actor, Event

# The Arabic article glued to a name: "al-Thani", "el-Sisi".
_ARTICLE = re.compile(r"\b(al|el)-")


def fold_name(name: str) -> str:
    """Case- and accent-folded name, so "Díaz-Canel" and "Diaz-Canel" meet, and so do
    "al-Thani" and "Al Thani"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(PLAIN_LETTERS))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = plain.casefold().replace("’", "'")
    return " ".join(_ARTICLE.sub(r"\1 ", folded).split())


@dataclass(frozen=True)
class KnownPerson:
    """A person with the country, sector and title seen with them, and when."""

    name: str
    country: str
    sector: str | None
    role: str | None
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass
class PersonRegistry:
    """Persons by full name and by surname (a surname only while it is unambiguous)."""

    by_name: dict[str, KnownPerson] = field(default_factory=dict)
    by_surname: dict[str, KnownPerson | None] = field(default_factory=dict)

    def add(self, person: KnownPerson) -> None:
        """Remember a person; a later sighting widens the dates and keeps the newest title."""
        key = fold_name(person.name)
        old = self.by_name.get(key)
        if old is not None:
            person = replace(
                person,
                role=person.role or old.role,
                sector=person.sector or old.sector,
                first_seen=_earliest(old.first_seen, person.first_seen),
                last_seen=_latest(old.last_seen, person.last_seen),
            )
        self.by_name[key] = person
        parts = key.split()
        if len(parts) > 1:
            surname = parts[-1]
            seen = self.by_surname.get(surname, person)
            # Two different people share the surname: it no longer identifies anyone.
            clash = seen is None or fold_name(seen.name) != key
            self.by_surname[surname] = None if clash else person

    def learn(self, events: Iterable[Event]) -> None:
        """Remember the persons with a country in these events."""
        for event in events:
            for actor in event.source + event.target:
                if actor.kind == "person" and actor.country and len(actor.name.split()) > 1:
                    self.add(
                        KnownPerson(
                            actor.name,
                            actor.country,
                            actor.sector,
                            actor.role,
                            event.date,
                            event.date,
                        )
                    )

    def lookup(self, name: str) -> KnownPerson | None:
        """The person a name (full, or a known surname) stands for."""
        key = fold_name(name)
        found = self.by_name.get(key)
        if found is None and len(key.split()) == 1:
            found = self.by_surname.get(key)
        return found

    def complete(self, actor: Actor) -> Actor:
        """The actor with country, sector and title filled in from an earlier sighting."""
        if actor.kind != "person" or (actor.country and actor.sector):
            return actor
        known = self.lookup(actor.name)
        if known is None or (actor.country and actor.country != known.country):
            return actor
        return replace(
            actor,
            name=known.name if len(actor.name.split()) == 1 else actor.name,
            country=known.country,
            sector=actor.sector or known.sector,
            role=actor.role or known.role,
        )

    def __len__(self) -> int:
        return len(self.by_name)


def _earliest(a: str | None, b: str | None) -> str | None:
    return min(x for x in (a, b) if x) if (a or b) else None


def _latest(a: str | None, b: str | None) -> str | None:
    return max(x for x in (a, b) if x) if (a or b) else None
