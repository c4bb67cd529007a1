"""Verbs that carry an event noun: light verbs ("held talks") and agent verbs, which carry out
or join an act their object names ("expanded its ground offensive", "took part in joint patrols").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.light import LIGHT_OVERRIDES, LIGHT_VERBS
from eventwire.events.matching import misparsed_predicate
from eventwire.events.nominals import PROTEST_PAPERS, noun_code
from eventwire.events.vocab import MEASURE_NOUNS

# Verbs that carry out, take part in or widen whatever act their object names: "expanded its
# ground offensive", "joined the general strike", "took part in joint patrols".
AGENT_VERBS = frozenset(
    {"expand", "widen", "broaden", "join", "lead", "organise", "organize", "coordinate", "pursue"}
    # "boost economic cooperation", "stepped up raids"
    | {"boost", "deepen", "enhance", "intensify", "step"}
)
# ... and those whose act hangs on a preposition: "pressed on with the offensive".
# Only acts are carried out; "joining the alliance" is membership, no agreement.
AGENT_ROOTS = frozenset({"04", "06", "07", "14", "15", "17", "18", "19", "20"})
AGENT_PREPS = {
    "participate": "in",
    "take": "in",
    "press": "with",
    "push": "with",
    "engage": "in",
    "embark": "on",  # "embarked on a general strike"
}


def light_noun(verb: Token) -> Token | None:
    """The event noun a light or agent verb carries, if any: "held talks" -> talks."""
    lemma = verb.lemma_.lower()
    nouns = LIGHT_VERBS.get(lemma)
    subj, passive = args.subject_of(verb)
    if lemma in AGENT_VERBS or lemma in AGENT_PREPS:
        acted_on = _acted_on(verb, passive, subj)
        if acted_on is not None or not nouns:
            return acted_on
    if not nouns:
        return None
    candidates = args.objects_of(verb) + (subj if passive else [])
    # "staged a sit-in outside army headquarters": the event noun may hang on the place
    candidates += [c for o in candidates for c in o.children if c.dep_ == "nmod" and c.i < o.i]
    if misparsed_predicate(verb):
        candidates.append(verb.head)  # "voiced support": the noun it hangs on is its object
    # "launched a dawn offensive": the parse may make the act an adjective of the hour
    candidates += [
        c for o in candidates for c in o.children if c.dep_ == "amod" and c.lower_ == "offensive"
    ]
    # "resumed its bombing campaign": the act names the campaign
    candidates += [
        c
        for o in list(candidates)
        if o.lemma_.lower() in ("campaign", "spree")
        for c in o.children
        if c.dep_ == "compound"
    ]
    # "carried out a campaign of mass atrocities": what the campaign is of
    candidates += [
        c
        for o in list(candidates)
        if o.lemma_.lower() in ("campaign", "spree", "wave", "series")
        for _, c in args.prep_objects(o, frozenset({"of"}))
    ]
    # "handed the envoy a protest note", "delivered a letter of protest": the paper carries it
    candidates += [
        c
        for o in list(candidates)
        if o.lemma_.lower() in PROTEST_PAPERS
        for c in [
            *(c for c in o.children if c.dep_ == "compound"),
            *(p for _, p in args.prep_objects(o, frozenset({"of"}))),
        ]
    ]
    for tok in list(candidates):
        # "a new round of sanctions", "5 million dollars in aid"
        if (
            tok.lemma_.lower() in MEASURE_NOUNS
            or tok.like_num
            or tok.lower_ in ("dollars", "euros")
        ):
            candidates += [o for _, o in args.prep_objects(tok, frozenset({"of", "in"}))]
    for tok in candidates:
        for cand in args.with_conjuncts(tok):
            named = cand.lower_ in nouns or cand.lemma_.lower() in nouns
            override = (lemma, cand.lemma_.lower()) in LIGHT_OVERRIDES  # "served notice"
            if named and (override or noun_code(cand, True)):
                return cand
    return None


def _acted_on(verb: Token, passive: bool, subj: list[Token]) -> Token | None:
    """The event noun an agent verb carries out, if any (see AGENT_VERBS)."""
    lemma = verb.lemma_.lower()
    if lemma in AGENT_PREPS:
        # "took part in", "pressed ahead with": the preposition may hang on a particle
        heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "dobj"))]
        found = [o for h in heads for _, o in args.prep_objects(h, frozenset({AGENT_PREPS[lemma]}))]
    else:
        found = args.objects_of(verb) + (subj if passive else [])
    if lemma == "join":
        # "joined Philippine forces in the Balikatan exercises": the partner's forces are no
        # act; what they joined them in is
        partners = [
            o
            for o in found
            if o.lemma_.lower() in ("force", "forces")
            and any(c.dep_ in ("amod", "compound", "poss") for c in o.children)
        ]
        found = [o for o in found if o not in partners] + [
            o for h in [verb, *partners] for _, o in args.prep_objects(h, frozenset({"in"}))
        ]
    # "took part in a new round of talks": what the round is of
    found += [
        o
        for t in list(found)
        if t.lemma_.lower() in MEASURE_NOUNS
        for _, o in args.prep_objects(t, args.OF)
    ]
    for tok in found:
        for cand in args.with_conjuncts(tok):
            code = noun_code(cand, True)
            if code and code[:2] in AGENT_ROOTS:
                return cand
    return None


def coordinated_with(verb: Token, noun: Token) -> bool:
    """ "coordinated their assault with US-led troops", "coordinated air strikes with the
    Syrian army": force used together, a military cooperation (062)."""
    if verb.lemma_.lower() not in ("coordinate", "synchronise", "synchronize"):
        return False
    return any(args.prep_objects(w, frozenset({"with"})) for w in (verb, noun))


def meetings_left(verb: Token) -> list[Token]:
    """The meetings a verb leaves or calls off: "pulled out of talks with Juba", "walked out of
    the negotiations", "cancelled the next round of talks" (the parse may hang "of" on "out")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") or c.lower_ == "out")]
    left = [o for w in heads for _, o in args.prep_objects(w, frozenset({"of", "from"}))]
    # "cancelled the next round of talks", "suspended its part in the negotiations"
    left += [
        o
        for held in args.objects_of(verb)
        for _, o in args.prep_objects(held, frozenset({"of", "in"}))
    ]
    return [o for o in left if (noun_code(o) or "")[:2] == "04"]


# Words of a mediator's work, talks and aid that may be put on hold.
_MEDIATING = frozenset(
    {"mediation", "mediator", "facilitator", "facilitation", "broker", "brokering"}
    | {"peace-brokering", "mediating", "go-between"}
)
_TALKS = frozenset({"talks", "negotiations", "dialogue"})
_AID = frozenset({"aid", "assistance", "funding", "loans", "loan", "grants", "disbursements"})


def put_on_hold(verb: Token) -> str | None:
    """The code of what a state puts on hold or ends its role in: "put its peace-brokering
    efforts on hold", "ended its role as facilitator of the talks" (165), "put the talks on
    hold" (164), "put military aid on hold" (162)."""
    lemma = verb.lemma_.lower()
    objects = args.objects_of(verb)
    on_hold = lemma in ("put", "place") and any(
        o.lower_ == "hold" for _, o in args.prep_objects(verb, frozenset({"on"}))
    )
    ended_role = lemma in ("end", "suspend", "halt", "abandon", "freeze", "quit") and any(
        o.lemma_.lower() in ("role", "effort", "efforts") for o in objects
    )
    if not (on_hold or ended_role):
        return None
    words = {t.lower_ for o in objects for t in o.subtree}
    words |= {p for t in list(words) for p in t.split("-")}
    if words & _MEDIATING:
        return "165"
    if on_hold and words & _TALKS:
        return "164"
    if on_hold and words & _AID:
        return "162"
    if on_hold and words & {"cooperation", "operations", "contacts", "ties", "relations"}:
        return "160"  # "put joint military operations with Mali on hold"
    return None
