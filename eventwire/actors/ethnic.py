"""Peoples and ethnic groups that are not countries: "Kurdish rebels", "Tamils", "Bosnian Serbs".

The table (eventwire/data/ethnic.tsv, written by us) gives each group's adjective, its plural and,
when the group lives mostly in one state, that state's ISO3 code, so that "Tamil rebels" are Sri
Lanka's rebels as PLOVER's "parent country plus sector" asks. Groups spread over several states
(Kurds, Pashtuns, Hutus) have no code: the sentence's place or the article's home country gives
them one later, and until then they are sector-only actors.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from eventwire.actors._text import table_rows


@dataclass(frozen=True)
class EthnicPhrase:
    """One way of naming a group: its adjective ("Kurdish") or its people ("Kurds")."""

    text: str
    country: str | None
    kind: Literal["adjective", "people"]


@lru_cache(maxsize=1)
def ethnic_phrases() -> tuple[EthnicPhrase, ...]:
    """Every phrase of the ethnic-group table, in file order."""
    phrases: list[EthnicPhrase] = []
    for adjectives, people, country in table_rows("ethnic.tsv", 3):
        code = country.strip() or None
        phrases.extend(EthnicPhrase(a, code, "adjective") for a in adjectives.split("|") if a)
        phrases.extend(EthnicPhrase(p, code, "people") for p in people.split("|") if p)
    return tuple(phrases)
