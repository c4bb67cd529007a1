"""Acts read by what they are aimed against: opposition rallied against a state (113), aid
groups ordered out or to stop their work (1663), missions told to wind down (1661), dealings
with a state barred (163)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.checks import AGENCIES, BARRING_VERBS
from eventwire.events.complements import ASKING_VERBS
from eventwire.events.triggers import Trigger
from eventwire.records import Actor

# Verbs that gather others into opposition: "rallied African Union members against ...".
_RALLYING = frozenset({"rally", "marshal", "galvanise", "galvanize", "mobilise", "mobilize"}) | {
    "whip",  # "whipped up opposition to the eradication drive"
    "stir",
    "drum",
}
# Verbs of asking, whose complement may be to stand against someone.
_ASKING = ASKING_VERBS | {"lobby"}
# Acts the asked are to take against someone: "to unite against Israel", "to isolate Turkey".
_OPPOSING = frozenset({"unite", "stand", "isolate", "join", "take", "close", "form"})
ACT_AGAINST = frozenset({"against"})


def rallied_against(trig: Trigger) -> list[Token]:
    """Whom opposition is rallied against (CAMEO 113): "rallied African Union members against
    the Polisario Front", "rallied opposition to the US decision", "lobbied Arab states to
    isolate Turkey", "called on Muslim nations to unite against Israel"."""
    verb = trig.verb
    if verb is None or trig.noun is not None:
        return []
    lemma = verb.lemma_.lower()
    objects = args.objects_of(verb)
    if lemma in _RALLYING and objects:
        against = [o for w in (verb, *objects) for _, o in args.prep_objects(w, ACT_AGAINST)]
        against += [
            o
            for d in objects
            if d.lemma_.lower() in ("opposition", "resistance")
            for _, o in args.prep_objects(d, frozenset({"to"}))
        ]
        return against
    purposed = _rallied_for_purpose(verb)
    if purposed:
        return purposed
    if lemma not in _ASKING or trig.cameo[:2] not in ("02", "10"):
        return []
    acts = [
        c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and args.infinitive(c)
    ]
    acts += [
        c
        for _, o in args.prep_objects(verb, frozenset({"on"}))
        for c in o.children
        if c.dep_ in ("xcomp", "acl", "relcl") and args.infinitive(c)
    ]
    found: list[Token] = []
    for act in acts:
        if act.lemma_.lower() not in _OPPOSING:
            continue
        if act.lemma_.lower() == "isolate":
            found += args.objects_of(act)
        found += [
            o for w in (act, *args.objects_of(act)) for _, o in args.prep_objects(w, ACT_AGAINST)
        ]
    return found


# What is built against someone: "to build a regional front against Tehran".
_FRONTS = frozenset({"front", "coalition", "alliance", "bloc", "opposition"})


def _rallied_for_purpose(verb: Token) -> list[Token]:
    """Whom a trip or a campaign is made to rally others against: "toured eastern Uganda to
    mobilise voters against President Museveni", "toured Arab capitals seeking to build a
    front against Tehran's nuclear programme"."""
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    # ("toured Gulf capitals seeking to ...": the participle may hang on the object)
    purposes += [
        c for o in args.objects_of(verb) for c in o.children if c.dep_ == "acl" and c.tag_ == "VBG"
    ]
    purposes += [g for c in purposes for g in c.children if g.dep_ == "xcomp"]
    found: list[Token] = []
    for act in purposes:
        objects = args.objects_of(act)
        lemma = act.lemma_.lower()
        built = lemma in ("build", "forge", "form") and any(
            o.lemma_.lower() in _FRONTS for o in objects
        )
        if (lemma in _RALLYING and objects) or built:
            found += [o for w in (act, *objects) for _, o in args.prep_objects(w, ACT_AGAINST)]
    return found


def agencies_ordered_out(trig: Trigger, target: list[Actor]) -> bool:
    """ "ordered the Red Cross to close its offices and leave the country": an aid agency
    sent away (1663), not a body shut at home."""
    if trig.cameo != "172" or trig.verb is None:
        return False
    if trig.verb.lemma_.lower() not in ("order", "tell", "throw", "kick"):
        return False
    return bool(target) and all(a.sector in AGENCIES or a.country == "NGO" for a in target)


# Dealings one may be barred from having with a state: "from doing business with Iran",
# "from trading with Serbia" (not travel, which is as often barred for safety).
_DEALINGS = frozenset({"do", "trade", "deal", "export", "sell", "invest"})
_DEALING_PREPS = frozenset({"with", "to", "in"})


def dealings_barred(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """The foreign state a ban on one's own people's dealings is aimed at: "prohibited
    American companies from doing business with Iran" is a sanction on Iran (163), not a curb
    at home (172). [] when the ban names no such state."""
    verb = trig.verb
    if trig.cameo != "172" or verb is None or verb.lemma_.lower() not in BARRING_VERBS:
        return []
    # ("from doing business": prep_objects gives the gerund, a pcomp, too)
    kept = [
        g for _, g in args.prep_objects(verb, frozenset({"from"})) if g.lemma_.lower() in _DEALINGS
    ]
    own = {a.country for a in source if a.country}
    words = [
        o
        for g in kept
        for w in (g, *args.objects_of(g))
        for _, o in args.prep_objects(w, _DEALING_PREPS)
    ]
    return [
        a
        for a in args.actors_of(doc, words, nested_places=True)
        if a.country and own and a.country not in own and a.country not in args.NON_STATE_CODES
    ]


# Verbs by which one body makes another stop or leave.
_ORDERING = frozenset({"order", "tell", "instruct", "direct", "force", "compel"})
# Words of a foreign mission whose end a host orders: "the peacekeeping force", "UNMEE".
_MISSIONS = frozenset({"force", "mission", "peacekeepers", "monitors", "observers", "troops"})


def ordered_to_stop(doc: Doc, trig: Trigger) -> tuple[str, list[Actor]] | None:
    """ "ordered the French charity Action Against Hunger to suspend its operations" (1663),
    "ordered the UN force to wind down operations" (1661): another's work or presence ended
    by order is the orderer's sanction on them, not their own pull-back. The code and whom
    it is aimed at, or None."""
    verb = trig.verb
    if trig.cameo[:2] != "08" or verb is None or verb.dep_ != "xcomp":
        return None
    order = verb.head
    if order.lemma_.lower() not in _ORDERING:
        return None
    told = [o for o in order.children if o.dep_ == "dobj"]
    aimed = args.actors_of(doc, told)
    if not aimed:
        return None
    if all(a.sector in AGENCIES or a.country == "NGO" for a in aimed):
        return "1663", aimed
    foreign_body = all(a.country in args.NON_STATE_CODES for a in aimed)
    if foreign_body and any(w.lemma_.lower() in _MISSIONS for o in told for w in o.subtree):
        return "1661", aimed
    return None


def own_forces_ordered_out(trig: Trigger, source: list[Actor], target: list[Actor]) -> bool:
    """ "The president ordered the army to withdraw": a state that orders its own forces out
    expels no one (1661 is for another's forces); the withdrawal is coded on its own."""
    if trig.cameo != "1661" or trig.word.lemma_.lower() not in _ORDERING:
        return False
    own = {a.country for a in source}
    return bool(target) and all(
        a.sector in ("MIL", "COP") and (a.country is None or a.country in own) for a in target
    )
