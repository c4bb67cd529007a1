"""Support rallied for another (CAMEO 053), and dissent ordered to stop (1052).

"Lobbied African states on behalf of Sudan's government", "urged fellow leaders to stand behind
Bolivia's government": asking a third party to back someone is, in CAMEO's words, rallying
support on behalf of that someone: the event is aimed at whom the support is for, not at those
lobbied. "Ordered the unions to end their strike" is a demand that dissent be eased, made of
those ordered. Written by the eventwire team from CAMEO's wording of codes 053 and 1052 and the
team's development sentences, never from a gold sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args

# Verbs that rally others: lobbying, canvassing, urging, pressing.
RALLYING = frozenset({"lobby", "canvass", "urge", "press", "campaign", "call", "appeal", "rally"})
# What those rallied are asked to do for someone: back them, stand or rally behind them.
BACKING = frozenset({"back", "support", "endorse", "champion"})
BEHIND = frozenset({"stand", "rally", "close", "line", "unite", "get"})


def behalf_of(verb: Token) -> Token | None:
    """Whom the verb rallies for: "lobbied EU partners on behalf of Cyprus's bid" (Cyprus's bid)."""
    if verb.lemma_.lower() not in RALLYING:
        return None
    for _, behalf in args.prep_objects(verb, frozenset({"on"})):
        if behalf.lower_ == "behalf":
            return next((o for _, o in args.prep_objects(behalf, args.OF)), None)
    return None


def rallied_for(verb: Token, inner: Token) -> list[Token]:
    """Whom those rallied are to back: "urged leaders to stand behind Bolivia's government",
    "lobbied AU members to back Ghana's candidate" (empty when the act is no backing)."""
    if verb.lemma_.lower() not in RALLYING or inner.pos_ not in ("VERB", "AUX"):
        return []
    lemma = inner.lemma_.lower()
    backed: list[Token] = []
    if lemma in BACKING:
        backed = args.objects_of(inner)
    elif lemma in BEHIND:
        # "close ranks behind Morales": the parse may hang "behind" on the object
        words = [inner, *args.objects_of(inner)]
        backed = [o for w in words for _, o in args.prep_objects(w, frozenset({"behind"}))]
    # ("urged Serbia to support the peace plan" asks for policy support, 022: a party is
    # backed, by name or by what is its own)
    return [t for t in backed if _a_party(t)]


def _a_party(word: Token) -> bool:
    """A party by name ("Morales", "Bolivia") or by what is its own ("Ghana's candidate")."""
    if word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "GPE", "NORP"):
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in word.children)


# Verbs of ordering whose object is to do what the clause says.
ORDERING = frozenset({"order", "tell", "instruct", "direct"})


def ordered_to_stop_dissent(verb: Token, code: str) -> Token | None:
    """The ordering verb when `verb` is dissent eased (082) on another's order: "ordered the
    unions to end their strike" is a demand on the unions (1052), no concession by anyone."""
    head = verb.head
    if code != "082" or verb.dep_ != "xcomp" or head.lemma_.lower() not in ORDERING:
        return None
    return head if any(c.dep_ == "dobj" for c in head.children) else None
