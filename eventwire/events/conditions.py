"""Conditions that turn an act into a threat: "would attack the town unless the army
withdrew", "would cancel the contract if Eni did not pay", "would sink any vessel crossing the
line". Whatever the act, holding it over another against a demand is a threat (CAMEO 13x); an
act that helps the other side is an offer. Written by the eventwire team from the CAMEO
codebook's description of threats, not from any gold sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args

# Verbs that report a statement; their reported clause may be the threat.
SAY_VERBS = frozenset(
    {
        "say",
        "state",
        "declare",
        "announce",
        "add",
        "insist",
        "hint",
        "signal",
        "indicate",
        "stress",
        "tell",
        "suggest",
        "proclaim",
        "assert",
        "swear",
        "reiterate",
        "resolve",  # "parliament resolved that the country would leave ... if ..."
    }
)
_MODALS = frozenset({"would", "will", "could", "might", "'ll", "'d", "shall"})


def has_modal(clause: Token) -> bool:
    """Whether a clause carries a modal of the future or of the possible: "would", "could"."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in clause.children)


# Acts of force or pressure the lexicon does not code on their own ("would intervene", "would
# respond militarily", "would close the Strait"), threats when promised on a condition.
CONDITIONAL_HARM_VERBS = frozenset(
    {
        "intervene",
        "target",
        "shut",
        "respond",
        "retaliate",
        "cross",
        "close",
        "turn",
        "dismiss",
        "punish",
        "destroy",
        "paralyse",
        "paralyze",
        "withhold",
        "act",
        "invade",
        "annihilate",
        "obliterate",
        "wipe",
        "flatten",
        "hit",
        "sack",
        "expel",
        "freeze",
        "cut",
        "halt",
        "march",
        "block",
        "seize",
        # "vowed to unleash his followers against U.S. troops if ...", "would scrap the pact
        # unless ...": ends of agreements and ties are harms too when held out on a condition
        "unleash",
        "scrap",
        "terminate",
        "abrogate",
        "sever",
        # "would sink any vessel crossing the line", "would teach them a lesson if ..."
        "sink",
        "shoot",
        "seal",  # "would seal the border with Zaire if ..."
        "wage",
        "kick",
        "teach",
    }
)
# Ends of dealings, held out against a condition the other side must meet ("would cancel the
# contract unless Eni paid", "would quit the commission if Saudi troops kept building posts");
# on a plain "if" they may be an offer ("would stop the strikes if talks resumed").
UNLESS_HARM_VERBS = frozenset(
    {"cancel", "tear", "quit", "stop", "suspend", "pull", "end", "leave", "boycott", "indict"}
    | {"prosecute", "try", "recapture", "retake", "resume", "take", "put"}
)
# What one holds out to take: "will take countermeasures against Tokyo if ...".
TAKEN_HARMS = frozenset(
    {"countermeasure", "countermeasures", "arms", "revenge", "action", "measures", "steps"}
)
# Words of a condition the other side fails: "if Paris did not drop", "if Kinshasa failed to".
# "if Moscow went ahead with", "if it happened again" hold out against a deed, too.
_FAILING = frozenset({"not", "n't", "fail", "refuse", "continue", "keep", "persist", "ahead"})
_FAILING_WORDS = frozenset({"again"})
# Burdens a state may cut or freeze for another: lowering them is an offer, not a threat.
LOWERED_BURDENS = frozenset({"tariff", "tax", "duty", "price", "rate", "fee", "levy"})
# Acts that, promised on a condition, are offers or plans, never a threat: "would lift the
# embargo if ...", "would attend the summit unless ...".
BENEFIT_VERBS = frozenset(
    {"lift", "ease", "help", "reward", "welcome", "attend", "join", "consider", "reconsider"}
    | {"allow", "let", "permit", "accept", "agree", "support", "back", "talk", "negotiate"}
    | {"stay", "remain", "return", "release", "free", "pay", "give", "grant", "offer", "sign"}
    | {"recognise", "recognize", "restore", "resume", "open", "reopen", "invite", "visit", "meet"}
)
# Benefits whose review is held out against a demand, and the verbs of reviewing them.
REVIEWS = frozenset({"reconsider", "review", "reassess", "rethink", "reexamine", "re-examine"})
HELD_BENEFITS = frozenset(
    {"aid", "assistance", "programme", "program", "tie", "ties", "relation", "relations", "support"}
    | {"cooperation"}
    | {"investment", "membership", "loan", "loans", "help", "funding", "partnership"}
)
# Verbs of things happening, and events as subjects: no one holds them out.
_HAPPENINGS = frozenset({"happen", "occur", "proceed", "be", "become", "remain", "seem"})
_PLANNED_EVENTS = frozenset(
    {"meeting", "talks", "summit", "visit", "vote", "election", "deal", "agreement", "trip"}
    | {"conference", "accord"}
)
# Withdrawals that take a benefit away: held over another, they are threats, not retreats.
_WITHDRAWALS = frozenset({"withdraw", "pull", "remove", "recall"})


def condition_clause(clause: Token) -> bool:
    """An "if" or "unless" clause: "if Kosovo police entered the north"."""
    # the parser may make the clause a complement ("will consider slapping sanctions if
    # ..."), but "asked if Iran would attend" asks a question
    asked = clause.head.lemma_.lower() in _ASKING
    return (clause.dep_ == "advcl" or (clause.dep_ == "ccomp" and not asked)) and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
    )


# Verbs whose "if" clause is a question: "asked if", "wondered if", "did not know if".
_ASKING = frozenset(
    {"ask", "wonder", "know", "see", "check", "decide", "determine", "question", "doubt"}
    | {"tell", "say", "clear", "unclear", "sure", "inquire", "enquire", "investigate"}
)


def promised_on_condition(verb: Token) -> bool:
    """A modal verb with a condition: "would attack ... unless", "will expel them if", or
    aimed at whoever does something: "would sink any vessel crossing the line"."""
    # "could go back into Congo and take control of Kivu if ...": the modal of the first verb
    joined = (verb.dep_ == "conj" and has_modal(verb.head)) or _modal_chain(verb)
    if not has_modal(verb) and not joined:
        return False
    # "any vessel crossing" may be parsed as the subject of a clause of its own
    aimed = args.objects_of(verb) + [
        s
        for cl in verb.children
        if cl.dep_ in ("advcl", "ccomp")
        for s in cl.children
        if s.dep_ == "nsubj" and s.i > verb.i
    ]
    anyone = any(c.dep_ == "det" and c.lower_ == "any" for o in aimed for c in o.children)
    return anyone or bool(conditions_of(verb) or (joined and conditions_of(verb.head)))


def conditions_of(verb: Token) -> list[Token]:
    """The "if" and "unless" clauses a verb is promised on, wherever the parser hung them."""
    return [c for c in _condition_holders(verb) if condition_clause(c)]


def _condition_holders(verb: Token) -> list[Token]:
    """Where a verb's "if" clause may hang: on the verb, or, when the report comes first
    ("Venezuela would halt oil shipments if Washington ..., Chavez declared"), on the
    reporting verb after it, where the parser often puts it."""
    children = list(verb.children)
    # "would declare Bolivian diplomats persona non grata if ...": the parser may hang the
    # condition on the verb's complement
    children += [g for c in verb.children if c.dep_ in ("ccomp", "oprd") for g in c.children]
    # "could be barred from contesting the elections if it kept inciting unrest"
    children += [
        g
        for p in verb.children
        if p.dep_ == "prep"
        for c in p.children
        if c.dep_ == "pcomp"
        for g in c.children
    ]
    head = verb.head
    if verb.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS and head.i > verb.i:
        children += [c for c in head.children if verb.i < c.i < head.i]
    return children


def ends_dealings_unless(verb: Token) -> bool:
    """ "would quit the commission if Saudi troops kept building posts": an end of dealings
    held out against a demand."""
    return (
        verb.lemma_.lower() in UNLESS_HARM_VERBS
        and has_modal(verb)
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(_demanding_condition(c) for c in _condition_holders(verb))
    )


def refusal_held_out(verb: Token) -> bool:
    """ "Slovenia would block Croatia's accession talks unless Zagreb settled the dispute",
    "the rebels would resist any attempt by U.N. troops to deploy": a refusal held out against
    a demand, or against anyone who tries, is a threat."""
    if not has_modal(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(_demanding_condition(c) for c in _condition_holders(verb)):
        return True
    return verb.lemma_.lower() == "resist" and any(
        c.dep_ == "det" and c.lower_ == "any" for o in args.objects_of(verb) for c in o.children
    )


def _demanding_condition(clause: Token) -> bool:
    """An "unless" clause, or an "if" clause the other side meets by failing or going on:
    "unless Bern dropped the charges", "if Paris did not drop the warrants"."""
    if not condition_clause(clause):
        return False
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    return "unless" in marks or any(
        t.lower_ in _FAILING
        or t.lemma_.lower() in _FAILING
        or t.lower_ in _FAILING_WORDS
        or (t.lower_ == "on" and t.head.lemma_.lower() == "go")  # "if Khartoum went on ..."
        for t in clause.subtree
    )


def held_out_against(act: Token, code: str | None, holder: Token | None = None) -> bool:
    """An act held over another against a demand: "Minsk could stop the transit of oil if
    Moscow went ahead with higher prices", "would pull its teams out if the authorities kept
    harassing its staff". Whatever the act, holding it out so is a threat; an act that helps
    the other side ("would lift the embargo unless ...") is an offer, and so is a cooperative
    act the lexicon codes, save withdrawals, which take a benefit away.

    Args:
        act: the verb of the act held out.
        code: the act's own CAMEO code, or None when the lexicon codes it as nothing.
        holder: the verb that holds the act out ("pledged", "ready"), whose modal and
            condition count too.
    """
    lemma = act.lemma_.lower()
    # "could reconsider its aid programme if the elections were not free": a benefit put in
    # doubt against a demand
    reviewed = lemma in REVIEWS and bool(
        {o.lemma_.lower() for o in args.objects_of(act)} & HELD_BENEFITS
    )
    if (lemma in BENEFIT_VERBS and not reviewed) or any(c.dep_ == "neg" for c in act.children):
        return False
    if lemma in _HAPPENINGS or any(
        (s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in _PLANNED_EVENTS)
        or (s.dep_ == "dobj" and s.lower_ == "place")
        for s in act.children
    ):
        return False  # "a meeting could take place next month if the dispute does not ..."
    if code and code[:2] in COOPERATIVE_ROOTS and lemma not in _WITHDRAWALS and not reviewed:
        return False
    lowered = lemma in ("cut", "freeze", "reduce", "lower", "scrap", "waive", "halve")
    if lowered and {o.lemma_.lower() for o in args.objects_of(act)} & LOWERED_BURDENS:
        return False  # "would cut tariffs if ..." is an offer; "would impose duties" is not
    verbs = [act] if holder is None else [act, holder]
    if holder is None and not has_modal(act) and not _modal_chain(act):
        return False
    return any(_demanding_condition(c) for v in verbs for c in _condition_holders(v))


SUBJECTS = ("nsubj", "nsubjpass")
# Roots of cooperation: 01-08.
COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def condition_subjects(verb: Token) -> list[Token]:
    """Who must meet the conditions of a threat: "unless Azerbaijan paid its debts"."""
    return [s for cond in conditions_of(verb) for s in cond.children if s.dep_ in SUBJECTS]


def held_out_parts(clause: Token) -> list[Token]:
    """The verbs a threat made of `clause` takes in: the act going on ("would keep fighting")
    and the conditions it is held out against ("unless Pretoria stopped backing Renamo"),
    which are the demand, no events of their own."""
    parts = [c for c in clause.children if c.dep_ == "xcomp" and _modal_chain(c)]
    return parts + [t for cond in conditions_of(clause) for t in cond.subtree]


def _modal_chain(verb: Token) -> bool:
    """ "would keep fighting", "will go on striking": the modal sits on the verb above."""
    head = verb.head
    # "will consider slapping sanctions on Fiji if ...": weighing a harm holds it out too
    chains = ("keep", "continue", "go", "consider", "contemplate")
    return verb.dep_ == "xcomp" and head.lemma_.lower() in chains and has_modal(head)


def threat_on_condition(verb: Token) -> bool:
    """ "would intervene if Kosovo police entered the north": harm promised on a condition;
    "would cancel the contract unless ...": an end of dealings held out against a demand."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "take":
        objects = {o.lemma_.lower() for o in args.objects_of(verb)} | {
            o.lower_ for o in args.objects_of(verb)
        }
        return bool(objects & TAKEN_HARMS) and promised_on_condition(verb)
    if lemma in CONDITIONAL_HARM_VERBS:
        return promised_on_condition(verb)
    return ends_dealings_unless(verb) or held_out_against(verb, None)
