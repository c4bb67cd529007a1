"""Who did it and to whom when the trigger is a noun: "the expulsion of 23 diplomats by Britain",
"Russia's deployment of troops", "the arrest of X". Read off the noun's owner, agent and phrases.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.nominals import occurring
from eventwire.events.threat_sides import disapproved_doers
from eventwire.events.triggers import Trigger, code_of, noun_code
from eventwire.events.verb_sides import FOR_TARGET_ROOTS, SideRoots

# Judgements whose "of" names what is judged.
APPROVAL_NOUNS = frozenset({"approval", "endorsement", "recognition", "praise", "appreciation"})
# Codes whose event noun's "of" phrase names who it is done to ("the arrest of X"); elsewhere
# it may name the doer ("the visit of the president", "the demands of the strikers").
PATIENT_OF_ROOTS = ("08", "11", "12", "16", "17", "18", "19", "20")
# Codes whose event noun's "of" phrase names its doer when no owner does ("the visit of the
# president"); not aid, cooperation or force, whose "of" is what is given or sent.
DOER_OF_ROOTS = ("02", "03", "04", "05", "10", "13", "14")
# Fights among equals: "a clash of rival gangs" names both sides, no patient.
MUTUAL_NOUNS = frozenset(
    {"clash", "battle", "war", "fighting", "skirmish", "confrontation", "conflict", "fight"}
)
# Verbs whose subject, a strike or a raid, lands on their object.
IMPACT_VERBS = frozenset(
    {
        "hit",
        "strike",
        "damage",
        "destroy",
        "target",
        "pound",
        "flatten",
        "level",
        "raze",
        "demolish",
        "wreck",
        "devastate",
        "rock",
        "pummel",
        "batter",
    }
)
# Verbs whose subject undergoes the act their object names: "the government faced protests",
# "drew criticism from the opposition", "weathered sanctions".
ENDURING_VERBS = frozenset({"face", "endure", "weather", "suffer", "draw", "attract", "incur"})


def enduring_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes what the event noun names ("faced mass protests"), or
    None."""
    carrier = noun.head if noun.dep_ == "compound" else noun
    endured = carrier.dep_ == "dobj" and carrier.head.lemma_.lower() in ENDURING_VERBS
    return carrier.head if endured else None


# Verbs that set an act going: passive, their agent is the act's doer.
ORDERING_VERBS = frozenset({"order", "announce", "carry", "launch", "conduct", "stage", "impose"})


def noun_roots(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Roots read off a noun trigger: its owner, its agent and its phrases."""
    noun = trig.noun
    assert noun is not None
    inner_i = trig.inner.i if trig.inner is not None else -1  # "intelligence sharing"
    for child in noun.children:
        kind = child.dep_ in ("poss", "compound", "amod", "nmod")
        if kind and child.i < noun.i and child.i != inner_i:
            roots.source.append(child)
    verb = enduring_verb(noun)
    if verb is not None:
        # "faced criticism from the opposition": the subject is its target, "from" its doer
        roots.target += args.subject_of(verb)[0]
        roots.source += [
            o for w in (noun, verb) for _, o in args.prep_objects(w, frozenset({"from"}))
        ]
        return
    agents = args.agent_of(noun)
    if not agents:
        agents, recipients = _agent_on_patient(noun)
        roots.target += recipients
    roots.source += agents
    carrier = noun.head if noun.dep_ == "compound" else noun  # "a protest note"
    if carrier.dep_ == "nsubjpass" and (
        code_of(carrier.head) is None or carrier.head.lemma_.lower() in ORDERING_VERBS
    ):
        # "the expulsion of the workers was ordered by Gaddafi": who ordered it did it;
        # "the blockade was condemned by Turkey" is Turkey's condemnation only. "A protest
        # note was handed by Moscow to Estonia's envoy": whom it was handed to
        roots.source += args.agent_of(carrier.head)
        roots.target += [o for _, o in args.prep_objects(carrier.head, frozenset({"to"}))]
    # "threats of force against Guyana": whom the act the noun is of is aimed at
    roots.target += [
        o
        for _, held in args.prep_objects(noun, frozenset({"of"}))
        for _, o in args.prep_objects(held, frozenset({"against"}))
    ]
    struck = carrier.dep_ == "nsubj" and carrier.head.lemma_.lower() in IMPACT_VERBS
    if trig.cameo[:2] in ("18", "19", "20") and struck:
        # "Russian air strikes hit a hospital in Idlib": what the strikes hit is struck
        roots.target += args.objects_of(carrier.head)
    if trig.cameo[:2] == "06":
        roots.target += [o for _, o in args.prep_objects(noun, frozenset({"alongside"}))]
    if trig.cameo[:2] == "11":
        roots.target += disapproved_doers(doc, noun)  # "outrage over the Israeli raid"
    preps = args.TARGET_PREPS | {"between", "among"}
    if noun.dep_ == "nsubj" and occurring(noun.head):
        # "heavy fighting erupted between government troops and rebels": the sides hang
        # on the verb
        roots.symmetric += [
            o for _, o in args.prep_objects(noun.head, frozenset({"between", "among"}))
        ]
    if trig.cameo[:2] in PATIENT_OF_ROOTS and noun.lemma_.lower() not in MUTUAL_NOUNS:
        preps |= {"of"}  # "the invasion of Iraq", "the expulsion of two diplomats"
    if noun.lemma_.lower() in APPROVAL_NOUNS:
        preps |= {"of"}  # "its approval of Latvia's law" (but "the backing of France")
    approval = noun.lemma_.lower() in APPROVAL_NOUNS  # "its approval of Latvia's law"
    if not roots.source and trig.cameo[:2] in DOER_OF_ROOTS and not approval:
        # "the visit of the Iranian president to Havana", "the demands of the strikers"
        doers = [
            o for _, o in args.prep_objects(noun, frozenset({"of"})) if noun_code(o, True) is None
        ]
        roots.source += doers
        # (the parse may hang where the visit went on the visitor: "of the president to Havana")
        went = [t for d in doers for _, t in args.prep_objects(d, frozenset({"to"}))]
        roots.target += went
        roots.destination += went
    for prep, obj in args.prep_objects(noun, preps):
        if prep in ("between", "among"):
            (roots.target if trig.cameo == "045" else roots.symmetric).append(obj)
        elif prep != "for" or trig.cameo[:2] in FOR_TARGET_ROOTS:
            roots.target.append(obj)
            if prep == "to":
                roots.destination.append(obj)


def _agent_on_patient(noun: Token) -> tuple[list[Token], list[Token]]:
    """ "the expulsion of 23 Russian diplomats by Britain", "the extradition of Fujimori by
    Chile to Peru": the parse may hang the event noun's "by" and "to" phrases on what it is of.
    Returns the agents and the recipients found there. Not when that is an event of its own
    ("the condemnation of the invasion by Russia": Russia invaded)."""
    agents: list[Token] = []
    recipients: list[Token] = []
    for _, held in args.prep_objects(noun, frozenset({"of"})):
        if noun_code(held, True) is not None:
            continue
        by = args.agent_of(held)
        if by:
            agents += by
            recipients += [o for _, o in args.prep_objects(held, frozenset({"to"}))]
    return agents, recipients
