"""Actors: countries, organisations, groups and persons found in a Doc.

The `eventwire_actors` component (eventwire.actors.component) sets `doc._.actors`, a list of
ActorMention sorted by start token. A mention may stand for several actors ("the two leaders").

The tables behind it are public too: find_country, find_place, find_igo and sector_for.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.records import Actor


@dataclass(frozen=True)
class ActorMention:
    """Tokens doc[start:end] name `actors`; `head` is the syntactic head token of the mention."""

    start: int
    end: int
    head: int
    actors: tuple[Actor, ...]
    rule: str


if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)

# Imported after ActorMention: the component module imports it from here.
from eventwire.actors.countries import Country, find_country  # noqa: E402
from eventwire.actors.igos import Igo, find_igo  # noqa: E402
from eventwire.actors.places import Place, find_place  # noqa: E402
from eventwire.actors.sectors import sector_for  # noqa: E402

__all__ = [
    "ActorMention",
    "Country",
    "Igo",
    "Place",
    "find_country",
    "find_igo",
    "find_place",
    "sector_for",
]
