"""Well-known political persons: who "Arafat", "Yeltsin" or "Kofi Annan" is without a title.

News names leaders bare once they are famous ("Yeltsin met Clinton in Moscow"). The table
(eventwire/data/persons.tsv, compiled by the eventwire team from general knowledge) gives each
person the country and PLOVER sector of the role they are best known for, with its years. The
actor reader consults it for persons the text does not place; the store-built PersonRegistry
(persons seen with a title in earlier articles) still takes precedence at event level.
"""

from __future__ import annotations

from functools import lru_cache

from eventwire.actors._text import table_rows
from eventwire.actors.registry import KnownPerson, PersonRegistry, fold_name


def _year(text: str) -> str | None:
    text = text.strip()
    return text if len(text) == 4 and text.isdigit() else None


@lru_cache(maxsize=1)
def notable_persons() -> tuple[KnownPerson, ...]:
    """Every person of the table, aliases as further rows with the same facts."""
    rows: list[KnownPerson] = []
    for name, country, sector, role, start, end, aliases in table_rows("persons.tsv", 7):
        for form in [name, *(a for a in aliases.split("|") if a.strip())]:
            rows.append(
                KnownPerson(
                    form.strip(), country, sector or None, role or None, _year(start), _year(end)
                )
            )
    return tuple(rows)


@lru_cache(maxsize=1)
def notables() -> PersonRegistry:
    """The table as a PersonRegistry: full names, and surnames that name one country's person.

    Notables who share a surname but also a country and sector ("Bush", "Gandhi") still tell
    the country: the surname then stands for a person named by the surname alone.
    """
    registry = PersonRegistry()
    by_surname: dict[str, list[KnownPerson]] = {}
    for person in notable_persons():
        registry.add(person)
        by_surname.setdefault(fold_name(person.name).split()[-1], []).append(person)
    for surname, people in by_surname.items():
        if len({fold_name(p.name) for p in people}) == 1:
            continue  # one person (and the registry already maps the surname to them)
        if len({(p.country, p.sector, p.role, p.first_seen) for p in people}) == 1:
            registry.by_surname[surname] = people[0]  # spellings of one name: the first row's
        elif len({(p.country, p.sector) for p in people}) == 1:
            first = people[0]
            registry.by_surname[surname] = KnownPerson(
                surname.title(), first.country, first.sector, None
            )
    return registry


def notable(name: str) -> KnownPerson | None:
    """The well-known person `name` (full name or unambiguous surname) stands for, or None."""
    return notables().lookup(name)
