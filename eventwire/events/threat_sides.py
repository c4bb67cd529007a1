"""Who a threat, an attack, a criticism or a pull-out comes from and whom it touches, where its
own words say so.

"Turkey warned of retaliation against Syria": the harm names its target; "Iran warned of a
crushing response to any aggression by Israel", "would respond with full might to any Indian
attack": whoever would provoke it; "Chile would halt copper sales to Peru if ..., the president
declared": the state that would act, when the speaker names none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.conditions import condition_subjects
from eventwire.events.threats import answers_hostility, warned_harm
from eventwire.events.triggers import Trigger, code_of
from eventwire.records import Actor

# Reported clauses whose subject suffers the harm: "said Israel would face a response".
_SUFFERING_VERBS = frozenset({"face", "pay", "meet", "regret", "become", "mean", "be"})


def deed_doers(deed: Token) -> list[Token]:
    """Who a deed noun names as its doers: "the US embargo", "Tokyo's handling", "by X"."""
    return [c for c in deed.children if c.dep_ in ("poss", "compound", "amod")] + args.agent_of(
        deed
    )


def threat_aims(trig: Trigger) -> list[Token]:
    """The words naming whom a threat is aimed at, when its harm or its answer names them."""
    harm = warned_harm(trig.verb) if trig.verb is not None else None
    if harm is not None:
        aimed = [o for _, o in args.prep_objects(harm, frozenset({"against", "on", "at"}))]
        return aimed + [
            d for _, o in args.prep_objects(harm, frozenset({"to"})) for d in deed_doers(o)
        ]
    inner = trig.inner
    if inner is not None and answers_hostility(inner, code_of):
        return [d for _, o in args.prep_objects(inner, frozenset({"to"})) for d in deed_doers(o)]
    return []


def doers_of_threat(doc: Doc, trig: Trigger) -> list[Actor]:
    """The actors who would do the harm a reported threat holds out."""
    clause = trig.inner
    if clause is None or clause.lemma_.lower() in _SUFFERING_VERBS:
        return []
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    doers = args.actors_of(doc, subjects)
    # "he said the party would boycott the vote unless ...": the party, of no country named
    return [a for a in doers if a.country] or doers


# Verbs whose subject suffers what an event noun in their phrase names: "died in an attack".
SUFFERING_VERBS = frozenset({"die", "perish", "suffer", "drown", "burn"})
# Participles that name an act's doer: "launched by Hamas", "blamed on Maoist rebels".
_CLAIMING = frozenset(
    {"launch", "carry", "stage", "mount", "claim", "blame", "conduct", "call", "organise"}
    | {"organize"}
)


def claimed_doers(noun: Token) -> list[Token]:
    """Who an event noun's participle names as its doer: "a rocket attack launched from Gaza
    by Hamas militants", "an attack blamed on Maoist rebels"."""
    found: list[Token] = []
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in _CLAIMING:
            continue
        found += args.agent_of(clause)
        if clause.lemma_.lower() == "blame":
            found += [o for _, o in args.prep_objects(clause, frozenset({"on"}))]
    return found


def disapproved_doers(doc: Doc, noun: Token) -> list[Token]:
    """Whoever did the deed a feeling is voiced at: "voiced outrage over the Israeli raid",
    "displeasure over the ceasefire violations by Pakistan" (only words that name an actor, so
    that a target named elsewhere still counts)."""
    deeds = args.prep_objects(noun, frozenset({"over", "at", "about", "regarding"}))
    named = [d for _, o in deeds for d in (deed_doers(o) or [o])]
    return [d for d in named if args.actors_of(doc, [d], nested_places=True)]


def places_left(verb: Token) -> list[Token]:
    """ "pulled its troops out of Somalia": the place, when "of" hangs on "out"."""
    return [
        o
        for out in verb.children
        if out.lower_ == "out"
        for _, o in args.prep_objects(out, frozenset({"of"}))
    ]


def condition_targets(doc: Doc, verb: Token, source: list[Actor]) -> list[Actor]:
    """Whom a threat held out on a condition is aimed at: whoever must meet it ("would cancel
    the contract unless Azerbaijan paid"), other than the threatener."""
    return [a for a in args.actors_of(doc, condition_subjects(verb)) if a not in source]


# Words for whoever would do something: "threatened to kill anyone who votes".
WHOEVER = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "those"})


def threatens_whoever(trig: Trigger) -> bool:
    """Whether a threat is aimed at whoever would do something: "threatened to attack anyone who
    takes part in the elections", "warned it would arrest those who march"."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] != "13":
        return False
    acts = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    return any(
        o.lower_ in WHOEVER and any(c.dep_ == "relcl" for c in o.children)
        for act in acts
        for o in args.objects_of(act)
    )
