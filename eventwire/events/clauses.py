"""What a clause says about the act it holds: an intent's readiness, ties to be widened,
cooperation as an act in itself, acts done jointly, and acts only thought of ("the right to
apply", "a decision to transfer").
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.nominals import noun_code
from eventwire.events.refining import refine

# Adjectives of intent: "ready to talk", "willing to release" express an intent (AGREE).
READY_WORDS = frozenset(
    {"ready", "willing", "prepared", "eager", "determined", "keen", "open", "committed", "happy"}
)
# Widening ties: "to expand trade ties", "to strengthen cooperation", wished or promised, is
# the intent to cooperate (030).
WIDENING_VERBS = frozenset(
    {"expand", "broaden", "boost", "deepen", "enhance", "step", "strengthen", "bolster"}
    | {"improve", "upgrade", "develop", "promote", "increase", "widen", "intensify"}
)
TIES = frozenset(
    {"tie", "ties", "relation", "relations", "cooperation", "link", "links", "partnership"}
    | {"trade", "contacts", "exchanges", "dialogue"}
)


def works_with(verb: Token) -> bool:
    """ "to work with", "to help", "to join": a complement that is cooperation in itself."""
    lemma = verb.lemma_.lower()
    with_someone = any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    widened = lemma in WIDENING_VERBS and any(
        o.lemma_.lower() in TIES or o.lower_ in TIES for o in args.objects_of(verb)
    )
    return (
        lemma in ("help", "join", "assist", "support")
        or (lemma == "work" and with_someone)
        or widened
    )


def done_jointly(verb: Token) -> bool:
    """Whether two or more parties do `verb` together ("jointly ran", "sailed together")."""
    mods = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if "jointly" in mods or any(map(_joint, _done_things(verb))):
        return True
    subj, passive = args.subject_of(verb)
    return (
        bool(mods & {"together", "side-by-side"} or opens_works(verb))
        and not passive
        and bool(subj and subj[0].conjuncts)
    )


# Works neighbours open together: "Iran and Turkmenistan opened a gas pipeline" (a town's new
# bridge, opened by one state, names no partner).
WORKS = frozenset(
    {"pipeline", "pipelines", "railway", "railways", "bridge", "link", "refinery", "interconnector"}
    # "India and Pakistan opened a trade route", "opened a one-stop border post"
    | {"route", "routes", "post", "corridor"}
)


# What states draft, table or back together in diplomacy: "jointly drafted a resolution",
# "presented a joint draft treaty", "launched a joint bid for permanent seats" (050).
DIPLOMATIC_WORKS = frozenset(
    {"resolution", "draft", "declaration", "statement", "communique", "proposal", "bid"}
    | {"initiative", "motion", "position", "stance", "letter", "treaty"}
)


def jointly_in_diplomacy(verb: Token) -> bool:
    """Acts done together whose work is a text or stance of diplomacy, not material works."""
    return any(t.lemma_.lower() in DIPLOMATIC_WORKS for t in _done_things(verb))


def eased_for_each_other(verb: Token) -> bool:
    """ "Turkey and Syria abolished visa requirements for each other's citizens", "scrapped
    tariffs on bilateral trade": barriers two states lift between them (061), no one's
    concession to the other."""
    subj, passive = args.subject_of(verb)
    words = [t for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    lowered = [t.lower_ for t in words]
    mutual = any(a == "each" and b == "other" for a, b in pairwise(lowered)) or bool(
        {"bilateral", "mutual", "reciprocal"} & set(lowered)
    )
    return mutual and not passive and bool(subj and (subj[0].conjuncts or "bilateral" in lowered))


def opens_works(verb: Token) -> bool:
    """ "opened a gas pipeline", "inaugurated a cross-border railway"."""
    return verb.lemma_.lower() in ("open", "inaugurate", "commission") and any(
        o.lemma_.lower() in WORKS for o in args.objects_of(verb)
    )


def _done_things(verb: Token) -> list[Token]:
    """What the verb does or starts: its objects and the "of" nouns they govern ("started
    construction of a joint power line")."""
    objects = args.objects_of(verb)
    return objects + [o for d in objects for _, o in args.prep_objects(d, frozenset({"of"}))]


def _joint(thing: Token) -> bool:
    """ "joint production", "a jointly built refinery": a thing two parties make together."""
    mods = [c for c in thing.children if c.dep_ in ("amod", "compound")]
    return any(m.lower_ == "joint" or any(g.lower_ == "jointly" for g in m.children) for m in mods)


# Nouns whose to-infinitive is an act only thought of: "the right to apply", "the decision to
# transfer the prisoners", "a bid to reach Europe" (an attempt is made, so it is not here).
UNREALISED_NOUNS = frozenset(
    {"right", "rights", "decision", "plan", "plans", "bid", "effort", "efforts", "intention"}
    | {"readiness", "willingness", "chance", "opportunity", "permission"}
)


def content_of_noun(verb: Token) -> bool:
    """Whether `verb` is the to-infinitive content of an event noun ("a threat to attack") or of
    a noun of an act only thought of ("the right to apply for asylum")."""
    return (
        verb.dep_ == "acl"
        and args.infinitive(verb)
        and (noun_code(verb.head, True) is not None or verb.head.lemma_.lower() in UNREALISED_NOUNS)
    )


def claims_own(verb: Token) -> bool:
    """ "The rebels claimed they had shot down a helicopter": a claim of one's own deed, no
    accusation."""
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("it", "they", "we", "he", "she", "i")
        for c in verb.children
        if c.dep_ == "ccomp"
        for s in c.children
    )


# Nouns of a wish to act: "its readiness to resume talks".
INTENT_NOUNS = frozenset(
    {"willingness", "readiness", "intention", "intent", "desire", "commitment", "eagerness"}
    | {"determination", "wish", "preparedness", "plan", "plans"}
)


def intended_act(
    noun: Token, code: str, consumed: set[int], code_of: Callable[[Token], str | None]
) -> tuple[Token | None, str]:
    """The act an intent noun's "to" clause names and the intent's code made precise by it:
    "expressed willingness to cooperate with the IAEA", "readiness to resume talks". The act
    is marked consumed: it is no event of its own."""
    if noun.lemma_.lower() not in INTENT_NOUNS:
        return None, code
    act = next((c for c in noun.children if c.dep_ == "acl" and args.infinitive(c)), None)
    act_code = code_of(act) if act is not None else None
    if act is None or not act_code:
        return None, code
    consumed.add(act.i)
    consumed.update(c.i for c in act.children if noun_code(c, True))
    return act, refine(code, act_code)


def asked_for(
    noun: Token, code: str, consumed: set[int], code_of: Callable[[Token], str | None]
) -> tuple[Token | None, str]:
    """The act an appeal or a demand made with a light verb asks for: "made a plea to Italy for
    more food aid" is an appeal for aid (023), and the aid is no event of its own."""
    if code[:2] not in ("02", "10"):
        return None, code
    carriers = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for _, obj in (p for w in carriers for p in args.prep_objects(w, frozenset({"for"}))):
        obj_code = noun_code(obj, True) or code_of(obj)
        if obj_code:
            consumed.add(obj.i)
            return obj, refine(code, obj_code)
    # "renewed calls for Saudi Arabia to free jailed activists", "an appeal to India to resume
    # talks": the act is asked of another, not done
    for clause in (c for w in carriers for c in w.children if c.dep_ in _ASKED_CLAUSES):
        inner_code = code_of(clause) if args.infinitive(clause) else None
        if inner_code and clause.pos_ in ("VERB", "AUX"):
            for v in args.with_conjuncts(clause):
                consumed.add(v.i)
                consumed.update(c.i for c in v.children if noun_code(c, True))
            return clause, refine(code, inner_code)
    return None, code


# Where the parse hangs the "to" clause of an appeal: "calls for X to free", "plea to X to stop".
_ASKED_CLAUSES = frozenset({"acl", "advcl", "relcl", "xcomp", "ccomp"})


# Verbs that keep an act going, and the appeals a state keeps going despite.
_KEEPING_ON = frozenset(
    {"continue", "press", "go", "keep", "stay", "remain", "maintain", "proceed", "persist"}
    | {"push", "carry", "forge", "plough", "plow"}
    # "clung to power despite calls for his exit", "stood firm despite protesters' demands",
    # "dug in despite UN criticism", "held firm against pressure from Beijing"
    | {"cling", "stand", "dig", "hold", "stick"}
)
_APPEAL_NOUNS = frozenset(
    {"call", "calls", "appeal", "appeals", "demand", "demands", "plea", "pleas", "request"}
    | {"requests", "pressure", "objection", "objections", "protest", "protests", "urging"}
    | {"criticism", "warning", "warnings", "opposition", "condemnation", "outcry"}
)
# Only these hold out "against" an appeal: "held firm against mounting pressure".
_HOLDING_OUT = frozenset({"stand", "hold", "dig"})


def kept_on_despite(verb: Token) -> Token | None:
    """ "pressed on with its offensive despite calls for a ceasefire", "said the campaign
    would continue despite international appeals": going on with an act against another's
    appeal refuses it (CAMEO 124). The appeal noun, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in _KEEPING_ON:
        return None
    preps = {"despite", "against"} if lemma in _HOLDING_OUT else {"despite"}
    heard = [o for _, o in args.prep_objects(verb, frozenset(preps))]
    # "pressed ahead with its plans in defiance of warnings from Washington"
    # (the parse may hang it on the plan: "with plans to build homes in defiance of ...")
    heard += [
        o
        for d in verb.subtree
        if d.lower_ == "defiance" and d.head.lower_ == "in"
        for _, o in args.prep_objects(d, frozenset({"of"}))
    ]
    return next(
        (o for o in heard if o.lemma_.lower() in _APPEAL_NOUNS or o.lower_ in _APPEAL_NOUNS),
        None,
    )


# Plans, proposals and deals whose "to" clause names an act still to come: "Kenya's proposal
# for Somalia to withdraw its troops", "a deal for Russian forces to leave the plant".
PROPOSAL_NOUNS = frozenset(
    {"proposal", "proposals", "plan", "plans", "idea", "suggestion", "initiative", "offer"}
    | {"deal", "agreement", "accord", "pact", "resolution", "motion", "bill", "roadmap"}
    | {"scheme", "blueprint", "framework", "formula", "arrangement", "understanding"}
)


def proposed(word: Token) -> bool:
    """Whether a verb is what a plan, proposal or deal would have another do ("the proposal
    for Somalia to withdraw its troops was shelved"): it has not happened, and is no event.
    ("an offer to mediate" is the offerer's own intent, read as such elsewhere.)"""
    if word.pos_ not in ("VERB", "AUX") or not args.infinitive(word):
        return False
    if word.dep_ not in ("acl", "advcl", "relcl"):
        return False
    if not any(c.dep_ == "nsubj" for c in word.children):
        return False
    return word.head.pos_ in ("NOUN", "PROPN") and word.head.lower_ in PROPOSAL_NOUNS


# Verbs that keep someone from an act: the act in their "from" phrase is not done.
# (only verbs that are acts of their own: "police stopped protesters from marching" keeps the
# march, the one event the sentence tells)
_KEEPING_FROM = frozenset({"prohibit", "bar", "ban", "forbid", "exclude", "disqualify"}) | {
    "dissuade",
    "discourage",
    "deter",
}


def kept_from(tok: Token) -> bool:
    """ "prohibited its citizens from travelling to Lebanon", "stopped the convoy from
    reaching Goma": the act kept from is no event."""
    prep = tok.head
    return (
        tok.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.lemma_.lower() in _KEEPING_FROM
    )
