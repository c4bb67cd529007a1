"""Vows and readiness that hold out harm: "vowed to hit back if Washington went ahead",
"pledged to take resolute countermeasures", "protesters vowed to keep up their demonstrations".
Split from eventwire.events.triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.coding import code_of
from eventwire.events.conditions import (
    CONDITIONAL_HARM_VERBS,
    LOWERED_BURDENS,
    condition_clause,
    held_out_against,
)
from eventwire.events.nominals import noun_code
from eventwire.events.threats import HARM_ROOTS, HARM_WORDS


def xcomp_verb(verb: Token) -> Token | None:
    """The verb of an open complement: "vowed to hit back", "pledged to impose penalties"
    (also when parsed as a clause of purpose: "vowed in a speech to launch an operation")."""
    return next(
        (
            c
            for c in verb.children
            if c.pos_ == "VERB"
            and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and args.infinitive(c)))
        ),
        None,
    )


def harm_on_condition(verb: Token, also: tuple[str, ...] = ()) -> bool:
    """ "vowed to hit back if Washington went ahead", "is ready to halt gas transit if Moscow
    doubles prices": harm promised or held ready on a condition; `also` names further codes
    that count as harm ("ready to indict French officials if ...")."""
    harm = xcomp_verb(verb)
    if harm is None:
        return False
    lemma = harm.lemma_.lower()
    code = code_of(harm)
    # "pledged to cut tariffs if ..." is an offer: a coded act decides by its own code
    harmful = (
        (code[:2] in HARM_ROOTS or code[:3] in also) if code else lemma in CONDITIONAL_HARM_VERBS
    )
    if {o.lemma_.lower() for o in args.objects_of(harm)} & LOWERED_BURDENS:
        return False  # "cut tariffs if ...", "freeze fees": a burden lowered is an offer
    if harmful:
        return any(condition_clause(c) for w in (verb, harm) for c in w.children)
    # "pledged to call out the engineers if employers did not improve their offer"
    return held_out_against(harm, code, verb)


def harm_object(verb: Token) -> bool:
    """ "promised a harsh response", "promised a bombing campaign against Spanish resorts"."""
    return any(
        o.lemma_.lower() in HARM_WORDS
        or any(
            (code := noun_code(w)) is not None and code[:2] in ("18", "19", "20")
            for w in [o, *(c for c in o.children if c.dep_ == "compound")]
        )
        for o in args.objects_of(verb)
    )


# Harms that threaten on their own; "measures", "action" or "force" need someone they aim at.
STRONG_HARMS = frozenset(
    {
        "countermeasure",
        "countermeasures",
        "retaliation",
        "reprisal",
        "reprisals",
        "penalty",
        "penalties",
        "revenge",
        "punishment",
        "consequence",
        "consequences",
        "war",
        # "vowed to bring bloodshed to Nairobi", "vowed to unleash a wave of violence"
        "bloodshed",
        "violence",
        "carnage",
        "destruction",
    }
)


# Harm the lexicon does not code on its own, a threat when vowed: "vowed to avenge".
VOWED_HARMS = frozenset(
    {"avenge", "punish", "crush", "wipe", "hunt", "annihilate", "eliminate", "eradicate"}
    | {"smash", "retaliate", "liquidate", "exterminate"}
)
# Verbs that put an end to what they take: "vowed to end the violence".
ENDING_VERBS = frozenset(
    {"end", "stop", "halt", "curb", "prevent", "quell", "reduce", "avert", "avoid", "contain"}
    | {"defuse", "calm", "investigate"}
)
# Verbs that keep an act going: "vowed to continue their strike", "to keep up the protests".
KEEPING_VERBS = frozenset({"continue", "keep", "maintain", "step", "intensify", "escalate"})


def dissent_vowed(verb: Token) -> bool:
    """ "Unions vowed to continue their strike": protest promised is a threat of dissent."""
    inner = xcomp_verb(verb)
    if inner is None or inner.lemma_.lower() not in KEEPING_VERBS:
        return False
    return any((noun_code(o, True) or "")[:2] == "14" for o in args.objects_of(inner))


def harm_complement(verb: Token) -> bool:
    """ "vowed to take resolute countermeasures", "vowed to impose penalties": harm as the
    object of an uncoded complement."""
    inner = xcomp_verb(verb)
    if inner is None or code_of(inner) is not None:
        return False
    if inner.lemma_.lower() in ENDING_VERBS:
        return False  # "vowed to end the violence", "to stop the bloodshed": no harm vowed
    if inner.lemma_.lower() in VOWED_HARMS:
        return True  # "vowed to avenge the killing", "pledged to wipe out the insurgents"
    harms = HARM_WORDS | {"measure", "step", "countermeasure", "penalty", "penalties"}
    objects = {w for o in args.objects_of(inner) for w in (o.lower_, o.lemma_.lower())}
    if not objects & harms:
        return False
    if objects & STRONG_HARMS:
        return True
    # "vowed to take measures to protect farmers" is no threat; "... against the US" or "...
    # if the sale goes ahead" is
    aimed = [
        o
        for w in (inner, *args.objects_of(inner))
        for _, o in args.prep_objects(w, frozenset({"against", "on"}))
    ]
    return bool(aimed) or any(condition_clause(c) for w in (verb, inner) for c in w.children)


def vowed_not_to_give(inner: Token, inner_code: str) -> bool:
    """A negated promise of a concession, cooperation, aid or a meeting ("not to resign")."""
    return _negated_act(inner) and inner_code[:2] in YIELDING_ROOTS


def vowed_not_to_harm(inner: Token, inner_code: str) -> bool:
    """A negated promise of force or coercion ("pledged not to attack Iran")."""
    return _negated_act(inner) and inner_code[:2] in HARM_ROOTS


def _negated_act(inner: Token) -> bool:
    """A promised verb with its own negation: "not to resign", "never to attack"."""
    return inner.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in inner.children)


# What a promise gives that a negated one refuses: intents, meetings, support, cooperation,
# aid and concessions (not force: "vowed not to attack" de-escalates).
YIELDING_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def right_reserved(tok: Token) -> Token | None:
    """The act in "reserves the right to send troops": force or coercion kept open."""
    if tok.lemma_.lower() not in ("reserve", "reserves"):
        return None
    for right in [c for c in tok.children if c.dep_ == "dobj"]:
        if right.lemma_.lower() != "right":
            continue
        for act in right.children:
            if act.dep_ != "acl" or not args.infinitive(act):
                continue
            code = code_of(act)
            if (code and code[:2] in ("15", *HARM_ROOTS)) or act.lemma_.lower() in (
                CONDITIONAL_HARM_VERBS
            ):
                return act
    return None
