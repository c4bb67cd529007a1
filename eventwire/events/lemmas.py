"""Mend the small model's wrong verb lemmas before the event rules read them.

en_core_web_sm lemmatises some regular verb forms wrongly ("staged" -> "stag", "waging" ->
"wag", "extolled" -> "extoll"), and a rule keyed on the lemma then misses the verb. When a
verb's lemma is unknown to the event tables but a regular inflection of its form gives a lemma
they know, that lemma is the right one.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

# Regular inflections, most specific first: (ending, replacement).
_ENDINGS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("ed", "e"),
    ("ed", ""),
    ("es", ""),
    ("d", ""),
    ("s", ""),
)


# Irregular forms the small model leaves as they are.
_IRREGULAR = {
    "retook": "retake",
    "retaken": "retake",
    "overran": "overrun",
    "outlawed": "outlaw",
    "withheld": "withhold",
    "foresworn": "forswear",
    "lay": "lay",  # "rebels lay down their arms", read as the past of "lie"
    "raped": "rape",  # read as "rap"
    "raping": "rape",
    "forswore": "forswear",
    "forgave": "forgive",
    "forgiven": "forgive",
}


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """Verb lemmas some event table names."""
    from eventwire.events.conditions import SAY_VERBS
    from eventwire.events.lexicon import VERBS
    from eventwire.events.light import LIGHT_VERBS
    from eventwire.events.stance import INTENT_GOVERNORS

    # "hoped to cooperate": the model may give "hop"
    return frozenset(VERBS) | frozenset(LIGHT_VERBS) | INTENT_GOVERNORS | SAY_VERBS


def base_forms(form: str) -> list[str]:
    """Candidate lemmas of a regularly inflected verb form, most likely first."""
    word = form.lower()
    found = [word[: -len(end)] + rep for end, rep in _ENDINGS if word.endswith(end)]
    for end in ("ed", "ing"):
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) > 2 and stem[-1] == stem[-2]:
            found.append(stem[:-1])  # "extolled" -> "extol", "petitioning" stays
    return [f for f in found if len(f) > 2]


@Language.component("eventwire_lemmas")
def mend_lemmas(doc: Doc) -> Doc:
    """Give verbs whose lemma the event tables lack the known lemma of their regular form."""
    known = known_verbs()
    for tok in doc:
        if _past_as_adjective(tok):
            base = next((b for b in base_forms(tok.text) if b in known), None)
            if base is not None:
                # "Myanmar's junta rebuffed offers of aid": a past tense the model made an
                # adjective, though it has a subject and an object
                tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", base
            continue
        if _progressive_as_noun(tok):
            base = next((b for b in base_forms(tok.text) if b in known), None)
            if base is not None:
                # "Algeria is mediating between ...": the model made the participle a noun
                tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBG", base
            continue
        irregular = _IRREGULAR.get(tok.lower_)
        if tok.pos_ == "VERB" and irregular is not None and irregular != tok.lemma_.lower():
            tok.lemma_ = irregular  # listed forms are always mended, known lemma or not
            continue
        if tok.pos_ != "VERB" or tok.lemma_.lower() in known:
            continue
        candidates = [irregular] if irregular else base_forms(tok.text)
        base = next((b for b in candidates if b in known), None)
        if base is not None:
            tok.lemma_ = base
    return doc


def _past_as_adjective(tok: Token) -> bool:
    """ "the junta rebuffed offers", parsed with "rebuffed" an adjective heading the clause:
    an -ed word with a subject and an object."""
    # (or one hung on its object, the clause's head: "rebuffed" on "offers")
    on_object = tok.dep_ == "amod" and tok.head.dep_ == "ROOT" and tok.head.i > tok.i
    return (
        tok.pos_ == "ADJ"
        and tok.lower_.endswith("ed")
        and any(c.dep_ == "nsubj" for c in tok.children)
        and (on_object or any(c.dep_ == "dobj" for c in tok.children))
    )


def _progressive_as_noun(tok: Token) -> bool:
    """ "is mediating", parsed as "is" + a bare noun: an -ing word with no determiner, the
    complement of "be"."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and tok.lower_.endswith("ing")
        and tok.dep_ == "attr"
        and tok.head.lemma_.lower() == "be"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)
    )
