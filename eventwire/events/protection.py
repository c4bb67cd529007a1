"""Forces sent to protect or help another: military protection and peacekeeping (AID 074).

"France deployed troops to Mali to protect civilians", "Washington sent advisers to help the
Philippine army fight the rebels": CAMEO codes forces sent abroad for another's sake as aid
(074), not as a show of force (154). Forces moved at home for the same ends ("sent troops to
Basra to protect oil installations") stay a deployment: component.py undoes the recoding when
those protected are the sender's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.senses import FORCE_NOUNS

# Verbs that move forces somewhere.
DEPLOYING_VERBS = frozenset(
    {"send", "deploy", "dispatch", "station", "rush", "airlift", "commit", "post", "despatch"}
)
# What forces are sent to do for another.
PROTECTING_VERBS = frozenset(
    {"protect", "help", "assist", "support", "defend", "guard", "escort", "shield"}
    | {"train", "back", "bolster", "aid", "reinforce", "safeguard", "patrol", "police"}
    | {"keep", "monitor", "evacuate"}  # "to keep the peace", "to monitor the truce"
)
# Whose peace is kept: "to keep the peace", "to monitor the ceasefire" only with these objects.
_PEACE_WORDS = frozenset({"peace", "ceasefire", "truce", "order", "calm"})
_STRICT_VERBS = frozenset({"keep", "monitor", "patrol", "police"})
# Missions forces are sent to join or lead: "to lead a multinational security mission".
_MISSION_VERBS = frozenset({"lead", "join", "serve", "staff"})
_MISSIONS = frozenset({"mission", "missions", "peacekeeping", "stabilisation", "stabilization"})


def protective_purpose(verb: Token) -> Token | None:
    """The purpose a deployment serves when it is protection or help for others: "deployed
    troops to Mali to protect civilians" -> protect; None for "to fight the rebels"."""
    if verb.lemma_.lower() not in DEPLOYING_VERBS:
        return None
    return help_purpose(verb)


def help_purpose(verb: Token) -> Token | None:
    """The protection or help the verb's "to" clause names, whatever the verb: "arrived in
    Mozambique to help government forces" -> help."""
    for child in verb.children:
        if child.pos_ != "VERB" or child.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        if child.dep_ != "xcomp" and not args.infinitive(child):
            continue
        lemma = child.lemma_.lower()
        if lemma in _MISSION_VERBS and _joins_mission(child):
            return child
        if lemma not in PROTECTING_VERBS:
            continue
        if (
            lemma in _STRICT_VERBS
            and not {o.lemma_.lower() for o in args.objects_of(child)} & _PEACE_WORDS
        ):
            continue  # "to patrol the border" is a deployment; "to keep the peace" is not
        return child
    return None


def _joins_mission(verb: Token) -> bool:
    """ "to lead a security mission", "to serve with the UN mission": forces lent to a mission."""
    places = [o for _, o in args.prep_objects(verb, frozenset({"in", "with"}))]
    return any(o.lower_ in _MISSIONS for o in args.objects_of(verb) + places)


# Cover given from the air or by guns: "provided air cover for rebel fighters" (an insurer's
# "provided cover for flood losses" is none).
_ARMED = frozenset({"air", "naval", "military", "artillery", "aerial", "armed", "fire"})


def armed_cover(verb: Token) -> bool:
    """ "NATO provided air cover for the rebels": military protection lent to another."""
    if verb.lemma_.lower() not in ("provide", "give", "offer", "lend", "extend"):
        return False
    return any(
        o.lemma_.lower() in ("cover", "support")
        and any(c.lower_ in _ARMED for c in o.children if c.dep_ in ("compound", "amod"))
        for o in args.objects_of(verb)
    )


# Verbs of forces arriving somewhere: "Tanzanian troops landed on Anjouan to help ...".
ARRIVING_VERBS = frozenset(
    {"land", "arrive", "cross", "move", "fly", "carry", "begin", "roll", "enter", "go"}
)
# What forces do for another as the act itself: "warships escorted Kuwaiti tankers".
GUARDING_VERBS = frozenset(
    {"protect", "guard", "escort", "evacuate", "shield", "safeguard", "help", "assist"}
    | {"train", "drill", "instruct"}
)
# Forces that may be lent to another, as the doers of the act.
LENT_FORCES = FORCE_NOUNS | {
    "paratroopers",
    "marines",
    "commandos",
    "peacekeepers",
    "advisers",
    "advisors",
    "instructors",
    "unit",
    "frigate",
    "aircraft",
    "minesweepers",
    "helmets",
    "planes",
    "guards",
    "guard",
}


def _forces(subjects: list[Token]) -> bool:
    return bool(subjects) and all(
        s.lemma_.lower() in LENT_FORCES or s.lower_ in LENT_FORCES for s in subjects
    )


def forces_protect(verb: Token) -> Token | None:
    """Forces that protect or help another, by the act itself or its purpose: "U.S. warships
    escorted two Kuwaiti tankers", "Tanzanian troops landed on Anjouan to help the Comoros
    government". Returns the act of protection; component.py drops those done at home."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not _forces(subjects):
        return None
    lemma = verb.lemma_.lower()
    if lemma in GUARDING_VERBS and args.objects_of(verb):
        return verb
    if lemma in ARRIVING_VERBS | DEPLOYING_VERBS:
        return help_purpose(verb)
    return None


PEACEKEEPING_WORDS = frozenset(
    [
        "peacekeeping",
        "peace-keeping",
        "peacekeepers",
        "peace-keepers",
        "peacekeeper",
        "stabilisation",
        "stabilization",
    ]
)


def for_peacekeeping(verb: Token) -> bool:
    """Forces sent for a peacekeeping mission, named anywhere in the verb's phrase (or as the
    noun a participle hangs on: "peacekeepers deployed in Dili", parsed as one phrase)."""
    words = [*verb.subtree, verb.head] if verb.dep_ == "acl" else list(verb.subtree)
    if any(t.lower_ in PEACEKEEPING_WORDS for t in words):
        return True
    # "deployed a battalion to the United Nations mission in Ivory Coast": a mission or force
    # an international body runs
    missions = [o for _, o in args.prep_objects(verb, frozenset({"to", "with"}))]
    bodies = {"UNO", "IGO", "EUR"}
    return any(
        o.lemma_.lower() in ("mission", "force", "operation")
        and any(
            # ("the UN mission in Mali" may be one mention, the mission inside it)
            m.start >= o.left_edge.i
            and m.start <= o.i
            and any(a.country in bodies for a in m.actors)
            for m in verb.doc._.actors or []
        )
        for o in missions
    )


def protected(verb: Token) -> list[Token]:
    """Whom forces sent or lent protect or help: "sent advisers to help the Philippine army
    fight the rebels" -> the army; "to protect refugees" -> the refugees."""
    purpose = protective_purpose(verb) or forces_protect(verb)
    if purpose is None:
        return []
    return args.objects_of(purpose) + [
        s
        for c in purpose.children
        if c.dep_ in ("ccomp", "xcomp")
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def guarding_offer(inner: Token, inner_code: str) -> bool:
    """Forces promised for another's protection or a peacekeeping mission: "ready to send
    troops to help protect civilians", "promised to deploy 800 troops to the UN mission"."""
    if inner_code[:2] != "15" or inner.pos_ not in ("VERB", "AUX"):
        return False
    return for_peacekeeping(inner) or protective_purpose(inner) is not None
