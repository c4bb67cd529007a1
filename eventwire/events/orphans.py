"""Actors for triggers the parse tied none to: the nearest actors in the sentence, an event
noun that is the sentence's only event, and a doer named only by a pronoun. The events
component (eventwire.events.component) calls these before it drops a trigger with no sides.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events import arguments as args
from eventwire.events.coding import Trigger, code_of
from eventwire.events.nominals import noun_code
from eventwire.events.retrospect import REMEMBRANCE_NOUNS
from eventwire.records import Actor


def nearest_actors(
    doc: Doc, sent: Span, word: Token, subjects_only: bool = False, harm: bool = False
) -> tuple[list[Actor], list[Actor]]:
    """The closest actor before the trigger and the closest other-country actor after it.

    With `subjects_only`, the actor before must be (part of) a clause's subject: "in Bolivia"
    or "Finland's cardiologists" name where, not who. With `harm`, the subject of a passive is
    no doer: "two policemen were killed when a bomb exploded" names the bomb's victims.
    """
    mentions = [m for m in doc._.actors or [] if sent.start <= m.start < sent.end]
    before = [m for m in mentions if m.end <= word.i]
    if subjects_only:
        before = [m for m in before if in_subject(doc[m.head])]
    if harm:
        before = [m for m in before if not in_subject(doc[m.head], active=False)]
    if word.dep_ == "acl" and word.tag_ == "VBN":
        # "a woman recognised as the oldest living person": the noun a participle describes
        # is what was done to, not the doer
        before = [m for m in before if m.head != word.head.i]
    common = [c for c in word.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if common:
        # "Blizzard paralyses Ankara, airports suspend flights": with a subject of no office
        # the verb's own, only a name inside it ("planes loaded with tents from the UAE") or
        # another clause's subject may stand in for its doer
        held = {t.i for c in common for t in c.subtree}
        before = [m for m in before if m.head in held or in_subject(doc[m.head])]
    after = [m for m in mentions if m.start > word.i]
    source = list(before[-1].actors) if before else []
    taken = {a.country for a in source}
    target = next(
        ([a for a in m.actors if a.country not in taken] for m in after if m.actors),
        [],
    )
    return source, target


def said_by_someone(trig: Trigger) -> bool:
    """A trigger whose subject is a pronoun for someone the sentence does not name: "it
    threatened Peru", "they warned Kabul"."""
    if trig.verb is None:
        return False
    subjects, passive = args.subject_of(trig.verb)
    return not passive and any(s.lower_ in ("it", "they", "he", "she") for s in subjects)


def lone_event_noun(doc: Doc, trig: Trigger) -> bool:
    """An event noun the sentence is about although no coded verb carries it ("announced a
    donation of ..."), with no modifier naming something else ("a concert tour", "the Hope
    probe") and not remembered ("the anniversary of the bombing")."""
    noun = trig.noun
    if trig.verb is None and noun is not None:
        remembered = noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _REMEMBERING
        # "one step closer to joining the alliance": a body joined, not an act
        joined = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MEMBERSHIP
        mentions = doc._.actors or []
        named_else = any(
            c.dep_ == "compound"
            and noun_code(c) is None
            and not any(m.start <= c.i < m.end for m in mentions)
            for c in noun.children
        )
        return not (remembered or joined or named_else)
    return False


# Verbs of belonging to a body: "joining the alliance", "left the pact".
_MEMBERSHIP = frozenset({"join", "rejoin", "leave", "quit", "exit", "enter"})
# Nouns under which an event is remembered, not reported: those of events/retrospect.py, and
# "the victims of the bombing".
_REMEMBERING = REMEMBRANCE_NOUNS | {"victims"}


def headline_noun(trig: Trigger) -> bool:
    """An event noun that carries its clause ("The attack on the convoy killed 12"), not one
    named inside another event ("signed cooperation agreements", "an aid shipment")."""
    noun = trig.noun
    return (
        trig.verb is None
        and noun is not None
        and (noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or noun.head.dep_ == "ROOT")
        and noun.dep_ not in ("compound", "amod", "pobj")
        # "Brazil praised the ceasefire deal": the deal is what was praised, not Brazil's
        and not (noun.dep_ == "dobj" and code_of(noun.head) is not None)
    )


def in_subject(tok: Token, active: bool = True) -> bool:
    """True for a subject, or a conjunct, compound or possessor inside one; with `active`
    False, only for the subject of a passive."""
    for _ in range(3):
        if tok.dep_ == "nsubjpass" or (active and tok.dep_ == "nsubj"):
            return True
        if tok.dep_ not in ("conj", "compound", "poss", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
