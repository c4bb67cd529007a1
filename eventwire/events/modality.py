"""Modality cues read off the parse: negation, future, hypothetical, background, allegation."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.triggers import Trigger
from eventwire.events.vocab import (
    ALLEGATION_VERBS,
    DENIAL_VERBS,
    FORGOING_VERBS,
    FUTURE_VERBS,
    STATE_NOUNS,
    UNCERTAIN_VERBS,
)

HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "would", "should"})
NEW_WORDS = frozenset({"new", "fresh", "further", "additional", "latest", "first"})


def governors(tok: Token) -> list[Token]:
    """Verbs that embed `tok` through control or complement chains, nearest first."""
    out: list[Token] = []
    current = tok
    for _ in range(4):
        if current.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj"):
            break
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX", "ADJ"):
            out.append(current)
    return out


def _stopped_short(verb: Token) -> bool:
    """ "stopped short of imposing sanctions", "held off on striking": the act is not done."""
    lemma = verb.lemma_.lower()
    words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prt", "acomp", "dobj")}
    # ("held off the attackers" repelled them: only "held off on" forgoes the act)
    held_off_on = any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children)
    return (lemma == "stop" and "short" in words) or (
        lemma == "hold" and "off" in words and held_off_on
    )


def _short_of(anchor: Token) -> bool:
    """ "stopped short of imposing sanctions", "fell short of recognising Kosovo": the parse
    hangs the act on "short", which no chain of governors passes."""
    prep = anchor.head
    if anchor.dep_ not in ("pcomp", "pobj") or prep.lower_ != "of":
        return False
    short = prep.head
    return short.lower_ == "short" and short.head.lemma_.lower() in ("stop", "fall", "come")


def read_modality(trigger: Trigger) -> tuple[bool, bool, bool, bool]:
    """(negated, future, hypothetical, background) for a trigger."""
    anchor = trigger.verb or trigger.word
    words = [anchor] + (
        [trigger.noun] if trigger.noun is not None and trigger.noun is not anchor else []
    )
    negated = any(c.dep_ == "neg" for w in words for c in w.children) or any(
        c.lower_ == "no" and c.dep_ == "det" for w in words for c in w.children
    )
    auxes = {c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")}
    future = bool(auxes & {"will", "shall", "'ll", "wo"})
    hypothetical = bool(auxes & HYPOTHETICAL_AUX) or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in anchor.children
    )
    for gov in governors(anchor):
        lemma = gov.lemma_.lower()
        gov_aux = {c.lower_ for c in gov.children if c.dep_ == "aux"}
        if any(c.dep_ == "neg" for c in gov.children) and gov.pos_ != "ADJ":
            negated = True
        if lemma in DENIAL_VERBS or lemma in FORGOING_VERBS or _stopped_short(gov):
            negated = True
        if lemma in FUTURE_VERBS or gov_aux & {"will", "shall"}:
            future = True
        if lemma in UNCERTAIN_VERBS or gov_aux & HYPOTHETICAL_AUX:
            hypothetical = True
        if lemma == "be" and anchor.dep_ == "xcomp" and "to" in {c.lower_ for c in anchor.children}:
            future = True  # "is to visit"
    if _short_of(anchor):
        negated = True
    background = False
    if trigger.verb is None and trigger.noun is not None:
        noun = trigger.noun
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if noun.lower_ in STATE_NOUNS or noun.lemma_.lower() in STATE_NOUNS:
            background = not (mods & NEW_WORDS)
        if mods & {"possible", "potential", "proposed", "planned"}:
            hypothetical = True
        if mods & {"upcoming", "forthcoming", "planned"}:
            future = True
    return negated, future, hypothetical, background


def alleged(trig: Trigger) -> bool:
    """Whether the trigger sits inside an accusation or denial made by someone else, or is
    the deed someone is held responsible for ("held the TPLF responsible for the massacre")."""
    word = trig.verb or trig.word
    if any(g.lemma_.lower() in ALLEGATION_VERBS for g in governors(word)):
        return True
    # (the parse may hang "responsible" on whom it names: "held the rebels responsible")
    return any(
        a.lower_ == "responsible"
        and any(h.lemma_.lower() in ("hold", "deem", "consider") for h in (a.head, a.head.head))
        for a in list(word.ancestors)[:4]
    )
