"""Play in a sports report: when a coded word is a move in a game, and when it is a state at
work beside one ("police fired tear gas at fans", "the sports minister dissolved the board").

Written by the eventwire team from general news usage (not from any gold sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events import arguments as args
from eventwire.events.bystanders import doing_subjects
from eventwire.events.coding import Trigger
from eventwire.events.nonpolitical import SPORTS_TRIGGERS
from eventwire.events.senses import DIPLOMAT_NOUNS

# What play is aimed at: "killed off the game", "laid siege to the Nigerian goal".
PLAY_OBJECTS = frozenset({"goal", "game", "match", "net", "goalkeeper", "keeper", "contest"})
# The state's own people, who are never a team: their acts beside a game are politics
# (a sports "authority", "commission" or "federation" rules on play, and is left out).
STATE_PEOPLE = frozenset(
    {"government", "ministry", "minister", "president", "police", "court", "parliament"}
    | {"cabinet", "authorities", "premier", "chancellor", "army", "troops", "embassy"}
)
# Envoys recalled or expelled over a match are diplomacy, whoever played.
ENVOYS = frozenset(DIPLOMAT_NOUNS.split())
# What a state does beside a game: talks, cuts, coercion and force ("held talks in the VIP box",
# "recalled its envoy after the match", "dissolved the federation", "tear-gassed the fans").
STATE_ROOTS = ("04", "16", "17", "18", "19", "20")


def played(doc: Doc, trig: Trigger, sports: bool) -> bool:
    """Whether the trigger is a move in a game: a sports word in a sports report, or harm
    aimed at the goal or the game, unless the state's own people do it."""
    if aims_at_play(trig):
        return True
    words = {w.lemma_.lower() for w in (trig.word, trig.noun) if w is not None}
    if not sports or not words & (SPORTS_TRIGGERS | {"talk", "deal"}):
        return False
    # countries are teams here ("Argentina and France met in the final"); police, ministers
    # and presidents are not
    if trig.verb is not None and {o.lemma_.lower() for o in args.objects_of(trig.verb)} & ENVOYS:
        return False  # "Croatia withdraws envoy from Belgrade after the match"
    return not (trig.cameo.startswith(STATE_ROOTS) and _state_at_work(doc, trig))


def _state_at_work(doc: Doc, trig: Trigger) -> bool:
    """Whether the doer is a state institution or office holder, named as such."""
    subjects, verb = doing_subjects(trig)
    if verb is not None:
        # "fans were tear-gassed by police"
        subjects += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    heads = {t.i for s in subjects for t in (s, *s.conjuncts)}
    return any(
        any(doc[i].lemma_.lower() in STATE_PEOPLE for i in range(m.start, m.end))
        for m in doc._.actors or []
        if m.head in heads
    )


def aims_at_play(trig: Trigger) -> bool:
    """Whether a harm's object is the game or the goal, not anyone's people or state."""
    if trig.cameo[:2] not in ("15", "17", "18", "19", "20"):
        return False
    words = [w for w in (trig.verb, trig.noun) if w is not None]
    if trig.noun is not None and trig.noun.dep_ == "dobj":
        words.append(trig.noun.head)  # "laid siege to the goal": "to" hangs on the verb
    aimed = [o for w in words for o in args.objects_of(w)]
    aimed += [o for w in words for _, o in args.prep_objects(w, frozenset({"to", "on", "at"}))]
    # ("laid siege to": the siege is the act)
    aimed = [o for o in aimed if trig.noun is None or o.i != trig.noun.i]
    return bool(aimed) and all(
        # "staged war games" is a show of force
        o.lemma_.lower() in PLAY_OBJECTS and not any(c.lower_ == "war" for c in o.children)
        for o in aimed
    )
