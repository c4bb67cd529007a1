"""Whom a pronoun or a frame stands for, when an event's side is not named where it is:
"Iran said it was ready to talk", "accused him of meddling", "attacked its posts", "the first
visit by A to B since C's trip". Split from eventwire.events.sides.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.triggers import Trigger
from eventwire.records import Actor


def speaker_of(doc: Doc, trig: Trigger) -> list[Actor]:
    """ "Iran said it was ready to talk": a pronoun subject is the reporting clause's subject."""
    current = trig.verb or trig.word
    if (
        trig.verb is None
        and current.dep_ == "dobj"
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in current.head.children)
    ):
        current = current.head  # "said it would tighten the blockade": from the verb it takes
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = args.actors_of(doc, [s for s in subjects if s.pos_ != "PRON"])
        if found:
            return found
    return []


def nearest_before(doc: Doc, trig: Trigger, wanted: Callable[[Actor], bool]) -> list[Actor]:
    """The wanted actors of the nearest mention before the trigger in its sentence."""
    sent = trig.word.sent
    for mention in reversed(doc._.actors or []):
        if sent.start <= mention.start < trig.word.i:
            found = [a for a in mention.actors if wanted(a)]
            if found:
                return found
    return []


def pronoun_antecedent(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """Whom "him", "her" or "them" stands for: the nearest actor before who is not the doer."""
    return nearest_before(doc, trig, lambda a: a not in source)


def owned_by_pronoun(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


# "his country", "its government": the speaker's own state, named by a possessive pronoun.
_OWN_STATES = frozenset({"country", "nation", "government", "state", "people"})


def speakers_own_state(tok: Token) -> bool:
    """ "Lula said his country would back the bid": the subject is the speaker's country."""
    return tok.lemma_.lower() in _OWN_STATES and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our") for c in tok.children
    )


def pronoun_owner(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """ "Russia said Ukraine attacked its posts": "its" is the nearest other country before."""
    taken = {a.country for a in source}
    return nearest_before(doc, trig, lambda a: bool(a.country) and a.country not in taken)


def inherit_frame(doc: Doc, trig: Trigger, source: list[Actor], target: list[Actor]) -> None:
    """Fill gaps from a comparison frame: "the first visit by A to B since C's trip"."""
    if trig.noun is None or trig.verb is not None or trig.noun.dep_ != "pobj":
        return
    prep = trig.noun.head
    if prep.lower_ not in ("since", "after", "before", "like"):
        return
    frame = prep.head
    by = [o for _, o in args.prep_objects(frame, frozenset({"by"}))]
    to = [o for w in (frame, *by) for _, o in args.prep_objects(w, frozenset({"to"}))]
    if not target and to:
        target.extend(args.actors_of(doc, to))
    frame_countries = [a.country for a in args.actors_of(doc, by) if a.country]
    if frame_countries:
        for i, actor in enumerate(source):
            if actor.country is None and actor.kind == "person":
                source[i] = Actor(
                    actor.text, actor.name, frame_countries[0], actor.sector, actor.kind, actor.role
                )


def purpose_doers(doc: Doc, trig: Trigger) -> list[Actor]:
    """The doers of the act a trip or a call is made for: "Merkel flew to Minsk for talks with
    Putin" (the talks are Merkel's)."""
    noun = trig.noun
    if noun is None or trig.verb is not None or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects, passive = args.subject_of(verb)
    return [] if passive else args.actors_of(doc, subjects)
