"""The trigger record under construction and the code a word names on its own: a verb's
sense, a light verb's noun, an event noun. Split from eventwire.events.triggers so the modules
that read triggers need not import the finder.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.carriers import light_noun
from eventwire.events.light import LIGHT_OVERRIDES
from eventwire.events.matching import sense_for
from eventwire.events.nominals import noun_code
from eventwire.events.protection import for_peacekeeping


@dataclass
class Trigger:
    """A trigger under construction: the word, the words that carry its actors, its code."""

    word: Token
    cameo: str
    rule: str
    verb: Token | None  # the verb carrying subject/tense (None for a bare noun)
    noun: Token | None  # the event noun, when there is one
    inner: Token | None = None  # the embedded event folded into this one
    cause: Token | None = None  # the demand a concession yields to ("demanded by students")


def code_of(tok: Token) -> str | None:
    if tok.pos_ in ("VERB", "AUX"):
        noun = light_noun(tok)
        if noun is not None:
            return LIGHT_OVERRIDES.get((tok.lemma_.lower(), noun.lemma_.lower())) or noun_code(
                noun, True
            )
        sense = sense_for(tok)
        if sense is not None and sense.cameo == "154" and for_peacekeeping(tok):
            return "074"  # "ready to send troops as part of a peacekeeping force"
        return sense.cameo if sense else None
    return noun_code(tok)


def held_before_release(tok: Token) -> bool:
    """A detention that describes whom a release frees: "freed prisoners held since 2019",
    "called for the release of two journalists held in Mali"."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    freeing = tok.head.head
    code = code_of(freeing) if freeing.pos_ == "VERB" else None
    if freeing.dep_ == "prep" and freeing.lower_ == "of" and freeing.head.pos_ == "NOUN":
        code = code_of(freeing.head)  # "the release of ...": the noun that frees
    return code is not None and code.startswith("084")
