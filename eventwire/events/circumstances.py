"""Where and when an event is told: the place phrase on its words and the date that modifies
them (split from eventwire.events.arguments, which finds the actors)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.arguments import (
    PLACE_NOUNS,
    PLACE_PREPS,
    arg_tokens,
    demonym_actor,
    place_in,
    prep_objects,
)
from eventwire.records import Location


def location_for(doc: Doc, anchors: list[Token], destination: list[Token]) -> Location | None:
    """Where the event happened: an in/at phrase on its words, else a visit's destination."""
    for anchor in anchors:
        for _, obj in prep_objects(anchor, PLACE_PREPS):
            found = place_in(doc, arg_tokens(obj)) or _demonym_place(obj)
            if found is not None:
                return found
    for tok in destination:
        found = place_in(doc, arg_tokens(tok))
        if found is not None:
            return found
    # "kidnapped two engineers in the Niger Delta": the parse may hang the place on the object
    for anchor in anchors:
        for obj in (c for c in anchor.children if c.dep_ == "dobj"):
            for _, place in prep_objects(obj, frozenset({"in"})):
                found = place_in(doc, arg_tokens(place))
                if found is not None:
                    return found
    return None


def _demonym_place(obj: Token) -> Location | None:
    """ "in the Algerian capital", "across several English towns": the demonym's country."""
    if obj.lemma_.lower() not in PLACE_NOUNS:
        return None
    actor = demonym_actor(obj)
    if actor is None or actor.country is None:
        return None
    return Location(text=obj.text, name=actor.name, country=actor.country)


def date_text_for(sent: Span, anchors: list[Token]) -> str | None:
    """The text of the DATE entity that modifies one of the anchor words, if any."""
    anchor_ids = {a.i for a in anchors}
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        tok = ent.root
        for _ in range(4):
            if tok.head.i == tok.i:
                break
            if tok.head.i in anchor_ids:
                return _with_preposition(ent)
            if tok.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound", "tmod", "pcomp"):
                break
            tok = tok.head
    return None


def _with_preposition(ent: Span) -> str:
    prep = ent.root.head
    if ent.root.dep_ == "pobj" and prep.dep_ == "prep":
        return f"{prep.text} {ent.text}"
    return ent.text
