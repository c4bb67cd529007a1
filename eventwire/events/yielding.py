"""Concessions made as such: what others demanded, passed or accepted (CAMEO 08).

"Parliament passed the electoral reforms demanded by civil society", "Responding to
campaigners' demands, the senate adopted a quota law", "Bowing to pressure from the unions, the
government approved the pay rise": passing a law or approving a measure is no event by itself,
but doing what others demanded yields to them. CAMEO codes it as accession to demands: for
political reform (083) when the measure is a law, a vote or a system of government, otherwise a
concession (080). The demand itself is told as the cause, not reported as news. Written by the
eventwire team from CAMEO's wording of category 08, not from any gold sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.sectors import role_for
from eventwire.events import arguments as args
from eventwire.events.nominals import noun_code

# Verbs that put a measure into force or accept it.
ENACTING = frozenset(
    {"pass", "approve", "adopt", "accept", "grant", "enact", "implement", "introduce"}
    | {"concede", "endorse", "ratify", "agree", "announce", "sign", "unveil"}
    # "dissolved parliament, bowing to weeks of street protests": a dissolution conceded
    | {"dissolve", "reinstate"}
)
# Participles that mark a measure as another's demand: "reforms demanded by students".
DEMANDED = frozenset({"demand", "seek", "request", "urge", "call"})
# Nouns that name the demand or the pressure yielded to.
DEMAND_NOUNS = frozenset(
    {"demand", "demands", "pressure", "pressures", "call", "calls", "protest", "protests"}
    | {"strike", "strikes", "campaign", "campaigns", "petition", "petitions", "outcry"}
)
# Measures taken back in answer to a demand: "withdrew the extradition bill, bowing to a core
# demand of the protest movement", "cancelled the water contract after weeks of protests".
WITHDRAWING = frozenset(
    {"withdraw", "cancel", "scrap", "drop", "shelve", "abandon", "reverse", "repeal", "rescind"}
    # "cut petrol prices by a third after a week-long general strike"
    | {"cut", "lower", "reduce", "freeze"}
)
MEASURES = frozenset(
    {"bill", "law", "plan", "contract", "project", "tax", "levy", "hike", "increase", "reform"}
    | {"decree", "policy", "order", "proposal", "rule", "rules", "scheme", "privatisation"}
    | {"privatization", "amendment", "fee", "fees", "price", "prices", "subsidy", "cut", "cuts"}
    | {"overhaul", "code", "legislation", "ordinance", "measure", "measures", "changes"}
)
# Officials removed in answer to a demand: accession to a change of leadership (0831).
DISMISSING = frozenset({"sack", "dismiss", "remove", "replace", "oust"})
# What a measure taken "after" or "following" it answers: "after weeks of protests".
PRESSURES = DEMAND_NOUNS | frozenset(
    {"demonstration", "demonstrations", "sit-in", "sit-ins", "rally", "rallies", "march"}
    | {"marches", "lobbying", "complaints", "walkout", "walkouts", "blockade", "blockades"}
    | {"riots", "rioting", "unrest", "uprising", "boycott", "boycotts", "stoppage", "stoppages"}
)
# Verbs of a clause "after" which a measure answers: "after unions demanded a pay rise",
# "after thousands of students took to the streets", "after unions paralysed the country".
PRESSING = frozenset(
    {"demand", "protest", "lobby", "petition", "campaign", "march", "rally", "riot", "strike"}
    | {"demonstrate", "paralyse", "paralyze", "storm", "besiege", "picket", "occupy"}
)
# Clauses of pressure told with a light verb: "took to the streets".
_TO_THE_STREETS = frozenset({"street", "streets"})
# Verbs of answering or giving way that introduce what is yielded to.
ANSWERING = frozenset({"respond", "bow", "yield", "give", "cave", "accede", "bend", "heed"})
# Measures of political reform (083), as against other concessions (080).
REFORMS = frozenset(
    {"reform", "reforms", "law", "laws", "bill", "constitution", "amendment", "amendments"}
    | {"system", "election", "elections", "vote", "referendum", "quota", "quotas", "rights"}
    | {"electoral", "constitutional", "franchise", "suffrage", "autonomy", "democracy"}
    | {"parliament", "assembly", "legislature"}
)


def _demanded(measure: Token) -> Token | None:
    """What makes the measure another's demand: "the reforms demanded by students", "...,
    sweeping reforms long sought by the EU", "..., a long-standing demand of the opposition"."""
    return next(
        (
            t
            for t in measure.subtree
            if (t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in DEMANDED)
            or (t.dep_ == "appos" and t.lemma_.lower() == "demand")
        ),
        None,
    )


def _answer_clause(verb: Token) -> Token | None:
    """The demand an opening clause yields to: "Responding to campaigners' demands, ...",
    "Bowing to pressure from unions, ...", "In response to the protests, ...", and the
    answer told by its means: "responded to the demands of the movement by announcing ..."."""
    answer = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "by" else None
    if answer is not None and answer.lemma_.lower() in ANSWERING:
        answered = [o for _, o in args.prep_objects(answer, frozenset({"to"}))]
        found = next((o for o in answered if o.lower_ in DEMAND_NOUNS), None)
        if found is not None:
            return found
    for child in verb.children:
        phrases: list[Token] = []
        if child.dep_ == "advcl" and child.lemma_.lower() in ANSWERING:
            phrases = [o for _, o in args.prep_objects(child, frozenset({"to"}))]
        elif child.dep_ == "prep" and child.lower_ == "in":
            response = [o for o in child.children if o.dep_ == "pobj" and o.lower_ == "response"]
            phrases = [o for r in response for _, o in args.prep_objects(r, frozenset({"to"}))]
        # "Bowing to seven weeks of street protests": the protests are in the "of" phrase
        phrases += [g for o in phrases for _, g in args.prep_objects(o, frozenset({"of"}))]
        found = next((o for o in phrases if o.lower_ in DEMAND_NOUNS), None)
        if found is not None:
            return found
    return None


def _answered(verb: Token) -> Token | None:
    """The demand an answer names, else the pressure the measure comes after."""
    return _answer_clause(verb) or _followed(verb)


def _followed(verb: Token) -> Token | None:
    """The pressure a measure comes after: "approved the amendments after months of
    demonstrations", "granted permits after aid agencies lobbied for them"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("after", "following"):
            phrases = [o for o in child.children if o.dep_ == "pobj"]
            phrases += [g for o in phrases for _, g in args.prep_objects(o, frozenset({"of"}))]
            found = next((o for o in phrases if o.lower_ in PRESSURES), None)
            if found is not None:
                return found
        marked = any(m.dep_ == "mark" and m.lower_ == "after" for m in child.children)
        if child.dep_ == "advcl" and marked and child.lemma_.lower() in PRESSING:
            return child
        if child.dep_ == "advcl" and marked:
            streets = [o for _, o in args.prep_objects(child, args.TO)]
            if any(o.lower_ in _TO_THE_STREETS for o in streets):
                return child
    return None


_YIELDING = ENACTING | DISMISSING | WITHDRAWING


def yielded_to(verb: Token) -> tuple[Token, str] | None:
    """(the demand, the code) when the verb puts into force what others demanded."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _YIELDING:
        return None
    if lemma in WITHDRAWING:
        taken_back = [o for o in args.objects_of(verb) if o.lemma_.lower() in MEASURES]
        demand = _answered(verb) if taken_back else None  # (an answer, else what it follows)
        if demand is None:
            return None
        words = {t.lower_ for m in taken_back for t in m.subtree}
        return demand, ("083" if words & REFORMS else "080")
    if lemma in DISMISSING:
        # "sacked the health chief after weeks of protests by nurses"
        officials = [o for o in args.objects_of(verb) if role_for(o.text) is not None]
        demand = (_followed(verb) or _answer_clause(verb)) if officials else None
        return (demand, "0831") if demand is not None else None
    measures = args.objects_of(verb) + [
        o for _, o in args.prep_objects(verb, frozenset({"to"})) if verb.lemma_.lower() == "agree"
    ]
    # "agreed to lift the ban on parties", "voted to abolish the death penalty"
    measures += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if any(noun_code(m) for m in measures):
        return None  # "announced his resignation after the protests": the act keeps its code
    demand = next((d for d in map(_demanded, measures) if d is not None), None)
    demand = demand or (_answered(verb) if measures else None)
    # "agreed to guarantee land titles after a sit-in", "approved amendments shifting powers
    # to parliament after months of demonstrations": the parse hangs "after" on the measure
    inner = [
        v
        for m in measures
        for v in [m, *m.children]
        if v.pos_ == "VERB" and v.dep_ in ("xcomp", "acl")
    ]
    demand = demand or next((d for d in map(_followed, inner) if d is not None), None)
    if demand is None:
        return None
    told = {t.i for t in demand.subtree}
    words = {t.lower_ for m in measures for t in m.subtree if t.i not in told}
    return demand, ("083" if words & REFORMS else "080")


def demanders(demand: Token) -> list[Token]:
    """Who made the demand yielded to: the agent of "demanded by students", the owner of
    "campaigners' demands", the source of "pressure from the unions"."""
    if demand.pos_ == "VERB":
        return args.agent_of(demand)
    owners = [c for c in demand.children if c.dep_ == "poss"]
    return owners + [o for _, o in args.prep_objects(demand, frozenset({"from", "by", "of"}))]
