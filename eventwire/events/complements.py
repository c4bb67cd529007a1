"""What a verb embeds: the act a speech-act verb folds in ("threatened to impose sanctions"),
what a quantity holds ("a wave of attacks") and the act one wants another to do (split from
eventwire.events.triggers)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.nominals import QUANTITY_HEADS, noun_code

PROSPECT_WORDS = frozenset(
    {"prospect", "spectre", "specter", "possibility", "threat", "risk", "idea"}
)

# Verbs whose "to" clause is what is asked for, even when parsed as a clause of purpose.
ASKING_VERBS = frozenset(
    {"call", "urge", "press", "ask", "appeal", "invite", "encourage", "petition", "tell"}
    | {"nudge", "persuade", "convince", "coax", "challenge", "lean", "prevail", "enjoin"}
    | {"instruct"}
)

# Verbs of consent: what they agree to is promised or allowed, never threatened.
CONSENTING = frozenset({"agree", "accept", "consent", "approve"})
# Verbs that hold out one's own forces to another: "offered to send troops to Haiti".
OFFERING = frozenset({"offer", "volunteer"})


def complement(verb: Token) -> Token | None:
    """The event a speech-act verb embeds: 'to impose', 'of attacking', 'for a ceasefire'."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
        if (
            verb.lemma_.lower() in ASKING_VERBS
            and child.dep_ == "advcl"
            and any(a.lower_ == "to" for a in child.children)
        ):
            return child  # "called on Belgrade to reduce its forces" (parsed as a clause)
    delayed = args.delayed_infinitive(verb)
    if delayed is not None:
        return delayed  # "threatened in 1997 to suspend loans to Kenya"
    for _, obj in args.prep_objects(verb, frozenset({"for", "of", "to", "on", "over"})):
        if obj.pos_ == "VERB" or noun_code(obj):
            return obj
    for obj in args.objects_of(verb):
        # "pledged a wave of suicide attacks": look through the quantity to the act, and
        # "raised the prospect of sanctions": through the prospect
        prospect = [o for _, o in args.prep_objects(obj, frozenset({"of"}))]
        if obj.lemma_.lower() == "door":
            # "opened the door to easing sanctions"
            prospect = [o for _, o in args.prep_objects(obj, frozenset({"to"}))]
        elif obj.lemma_.lower() not in PROSPECT_WORDS:
            prospect = []
        else:
            # "held out the prospect of lifting sanctions": a gerund after "of"
            prospect += [
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pcomp" and g.pos_ == "VERB"
            ]
        for cand in (obj, *held_by(obj), *prospect):
            if noun_code(cand) or (cand in prospect and cand.pos_ == "VERB"):
                return cand
    return None


def held_by(tok: Token) -> list[Token]:
    """What a quantity head holds: "a wave of attacks" -> [attacks]."""
    if tok.lower_ not in QUANTITY_HEADS and tok.lemma_.lower() not in QUANTITY_HEADS:
        return []
    return [o for _, o in args.prep_objects(tok, frozenset({"of"}))]


def wanted_of_another(tok: Token) -> Token | None:
    """The act in "wants India to withdraw its troops": what the verb's object, an actor, is
    to do (the object-control reading of "want"; "expects prices to rise" is a forecast)."""
    lemma = tok.lemma_.lower()
    # "would like Spain to pull its trawlers off the Grand Banks" is the same wish
    would_like = lemma == "like" and any(c.lower_ in ("would", "'d") for c in tok.children)
    if not (lemma == "want" or would_like) or tok.pos_ != "VERB":
        return None
    mentions = tok.doc._.actors or []

    def actor(word: Token) -> bool:
        return word.pos_ == "PROPN" or any(m.start <= word.i < m.end for m in mentions)

    objects = [o for o in tok.children if o.dep_ == "dobj"]
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or not args.infinitive(c):
            continue
        # parsed either as an object and a complement, or as one clause with its own subject
        wanted = objects + [s for s in c.children if s.dep_ == "nsubj"]
        if any(map(actor, wanted)):
            return c
    return None
