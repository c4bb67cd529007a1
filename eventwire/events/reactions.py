"""Reactions to an act told earlier in the article: who the reaction is aimed at.

"Moldova expelled three Russian diplomats on Monday. Russia's foreign ministry condemned the
expulsions." The condemnation names no one, but "the expulsions" points back to Moldova's act:
the one condemned is Moldova. News tells reactions this way all the time (praise, criticism,
rejection of "the decision", "the launch", "the move"); without it those events lose their target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.triggers import noun_code

if TYPE_CHECKING:
    from eventwire.events.component import EventCandidate

# Reactions: praise and support (05), accusation and criticism (11), rejection (12).
REACTION_ROOTS = ("05", "11", "12")
# Nouns that stand for an act told before: "the decision", "this move".
ACT_NOUNS = frozenset(
    {
        "decision",
        "decisions",
        "move",
        "moves",
        "step",
        "steps",
        "measure",
        "measures",
        "action",
        "actions",
        "launch",
        "test",
        "tests",
        "plan",
        "law",
        "vote",
        "ruling",
        "announcement",
        "listing",
        "designation",
        "expulsion",
        "expulsions",
        "deportation",
        "deportations",
        "remarks",
        "comments",
        "statement",
        "verdict",
        "sentence",
        "resolution",
    }
)
_POINTING = frozenset({"the", "this", "these", "that", "those"})
# How far back an antecedent may be, in sentences.
REACH = 3


def pointing_object(verb: Token) -> bool:
    """Whether the verb's object points back to an act ("condemned the expulsions")."""
    for obj in args.objects_of(verb):
        if obj.pos_ != "NOUN" or obj.ent_type_:
            continue
        pointed = any(c.dep_ == "det" and c.lower_ in _POINTING for c in obj.children)
        if pointed and (obj.lower_ in ACT_NOUNS or noun_code(obj) is not None):
            return True
    return False


def aim_reactions(doc: Doc, found: Sequence[EventCandidate]) -> list[EventCandidate]:
    """`found` with reactions that name no target aimed at the doer of the act they answer."""
    sentence_of = {s.start_char: i for i, s in enumerate(doc.sents)}
    aimed: list[EventCandidate] = []
    for index, event in enumerate(found):
        verb = doc[event.trigger]
        if (
            event.target
            or not event.source
            or event.cameo[:2] not in REACTION_ROOTS
            or verb.pos_ not in ("VERB", "AUX")
            or not pointing_object(verb)
        ):
            aimed.append(event)
            continue
        here = sentence_of.get(event.sentence_start, 0)
        own = {a.country for a in event.source}
        earlier = [
            prior
            for prior in found[:index]
            if prior.source
            and 0 < here - sentence_of.get(prior.sentence_start, here) <= REACH
            and not own & {a.country for a in prior.source}
        ]
        if not earlier:
            aimed.append(event)
            continue
        aimed.append(
            replace(
                event,
                target=earlier[-1].source,
                rule=event.rule + ".antecedent",
                flags=(*event.flags, "antecedent"),
            )
        )
    return aimed
