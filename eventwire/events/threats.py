"""Threats and demands said in other words: a reported clause that promises harm, or one that
says what another must do.

"Iran said Israel would face a crushing response", "Pakistan said India would pay dearly",
"the Houthis declared that ships bound for Israel would be targeted": no verb of threatening,
yet CAMEO codes each as a threat (13x) by the speaker. Written by the eventwire team from the
CAMEO codebook's description of threats, not from any gold sentence.
"""

from __future__ import annotations

from collections.abc import Callable

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
# What the threatened one is promised: "would face a crushing response".
HARM_WORDS = frozenset(
    {
        "response",
        "retaliation",
        "reprisal",
        "reprisals",
        "consequence",
        "consequences",
        "punishment",
        "revenge",
        "force",
        "action",
        "war",
        "wrath",
        "countermeasure",
        "countermeasures",
        "measures",
        "attack",
        "attacks",
        "strike",
        "strikes",
        # "would face arrest", "would face deportation"
        "arrest",
        "deportation",
        "expulsion",
        "prosecution",
    }
)
_MODALS = frozenset({"would", "will", "could", "might", "'ll", "'d", "shall"})
# Roots of acts that harm the one they are done to (sanctions, coercion, force).
HARM_ROOTS = ("16", "17", "18", "19", "20")


def _modal(clause: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in clause.children)


def harm_promised(clause: Token, code_of: Callable[[Token], str | None]) -> str | None:
    """The CAMEO code of the harm a reported clause promises, or None if it promises none.

    Args:
        clause: the reported clause's verb ("face" in "said Israel would face a response").
        code_of: the trigger coder, to read an act of force or coercion in the clause.

    Returns:
        "130" for a consequence promised in general, the act's own code for a sanction, an act
        of coercion or force ("would be targeted"), or None.
    """
    if clause.pos_ not in ("VERB", "AUX") or not _modal(clause):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "would not attack" reassures
    lemma = clause.lemma_.lower()
    objects = {o.lemma_.lower() for o in args.objects_of(clause)}
    mods = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "npadvmod")}
    withs = {o.lemma_.lower() for _, o in args.prep_objects(clause, frozenset({"with"}))}
    if lemma == "face" and objects & HARM_WORDS:
        return "130"
    if lemma == "pay" and (objects & {"price"} or mods & {"dearly"}):
        return "130"
    if lemma == "mean" and objects & {"war"}:
        return "138"
    if lemma == "meet" and withs & HARM_WORDS:
        return "130"  # "would be met with force"
    if lemma == "regret":
        return "130"
    retaliatory = any(
        c.lower_ in ("retaliatory", "reciprocal")
        for o in args.prep_objects(clause, frozenset({"with"}))
        for c in o[1].children
    )
    if lemma in ("respond", "retaliate", "react", "reply") and (
        withs & HARM_WORDS or retaliatory or lemma == "retaliate"
    ):
        return "130"  # "Moscow would respond with retaliatory measures"
    if answers_hostility(clause, code_of):
        return "130"  # "Moscow would respond to the deployment of US missiles"
    if lemma == "take" and objects & {"measure", "measures", "step", "steps", "action"}:
        return "130"  # "would take all necessary measures"
    if lemma in CONDITIONAL_HARM_VERBS and _on_condition(clause) and code_of(clause) is None:
        return "130"  # "told Washington he would scrap the agreement unless ..."
    if lemma == "become" and {o.lower_ for o in args.objects_of(clause)} & {"target", "targets"}:
        return "138"  # "said British troops could become legitimate targets"
    inner = code_of(clause)
    # An act of force or coercion announced is a plan ("said it would impose sanctions on
    # Monday"); promised on a condition, it is a threat ("would strike any ship if ..."), and
    # so is one the speaker says it might do ("hinted that it could halt deliveries").
    if inner and inner[:2] in HARM_ROOTS and (_on_condition(clause) or _may_do_itself(clause)):
        return inner
    if held_out_against(clause, inner):
        # "would switch off the power it sells to Pretoria unless ...": a threat; the act's own
        # code says which ("would stage rallies unless ..." threatens dissent, 133)
        return inner if inner and inner[:2] not in COOPERATIVE_ROOTS else "130"
    return None


def _may_do_itself(clause: Token) -> bool:
    """ "said it could cut supplies": the speaker holds out an act of its own as possible.

    "Officials said Russia could invade" is a warning about someone else, and "could have
    killed" a guess about the past; neither is a threat.
    """
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if not auxes & {"could", "might", "may"} or "have" in auxes:
        return False
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    if subj and subj[0].lower_ in ("he", "she"):
        # "Lukashenko said he could pull the plug on ...": the speaker himself
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
        return bool(speakers) and speakers[0].pos_ == "PROPN"
    return bool(subj) and subj[0].lower_ in ("it", "we", "they")


def _on_condition(clause: Token) -> bool:
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in c.children)
        for c in clause.children
    )


def saying(verb: Token) -> bool:
    """A verb that says something: "said", and the phrases that say it plainly: "made clear
    that", "let it be known that", "served notice that"."""
    lemma = verb.lemma_.lower()
    if lemma in SAY_VERBS:
        return True
    words = {t.lower_ for c in verb.children for t in (c, *c.children)}
    return (
        (lemma == "make" and "clear" in words)
        or (lemma == "let" and "known" in words)
        or (lemma == "serve" and "notice" in words)
    )


def threat_clause(verb: Token, code_of: Callable[[Token], str | None]) -> tuple[Token, str] | None:
    """The reported clause of a saying verb that promises harm, with the harm's code."""
    if not saying(verb):
        return None
    # "made clear that ...", "let it be known that ...": the clause may hang on the phrase
    phrase = [c for c in verb.children if c.lower_ in ("clear", "known", "notice")]
    for clause in [*verb.children, *(g for c in phrase for g in c.children)]:
        if clause.dep_ == "ccomp":
            harm = harm_promised(clause, code_of)
            if harm is not None:
                return clause, harm
    return None


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
    joined = (verb.dep_ == "conj" and _modal(verb.head)) or _modal_chain(verb)
    if not _modal(verb) and not joined:
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
    holders = _condition_holders(verb) + (_condition_holders(verb.head) if joined else [])
    return anyone or any(condition_clause(c) for c in holders)


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
        and _modal(verb)
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(_demanding_condition(c) for c in _condition_holders(verb))
    )


def refusal_held_out(verb: Token) -> bool:
    """ "Slovenia would block Croatia's accession talks unless Zagreb settled the dispute",
    "the rebels would resist any attempt by U.N. troops to deploy": a refusal held out against
    a demand, or against anyone who tries, is a threat."""
    if not _modal(verb) or any(c.dep_ == "neg" for c in verb.children):
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
    if lemma in BENEFIT_VERBS or any(c.dep_ == "neg" for c in act.children):
        return False
    if lemma in _HAPPENINGS or any(
        (s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in _PLANNED_EVENTS)
        or (s.dep_ == "dobj" and s.lower_ == "place")
        for s in act.children
    ):
        return False  # "a meeting could take place next month if the dispute does not ..."
    if code and code[:2] in COOPERATIVE_ROOTS and lemma not in _WITHDRAWALS:
        return False
    lowered = lemma in ("cut", "freeze", "reduce", "lower", "scrap", "waive", "halve")
    if lowered and {o.lemma_.lower() for o in args.objects_of(act)} & LOWERED_BURDENS:
        return False  # "would cut tariffs if ..." is an offer; "would impose duties" is not
    verbs = [act] if holder is None else [act, holder]
    if holder is None and not _modal(act) and not _modal_chain(act):
        return False
    return any(_demanding_condition(c) for v in verbs for c in _condition_holders(v))


# Roots of cooperation: 01-08.
COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def condition_subjects(verb: Token) -> list[Token]:
    """Who must meet the conditions of a threat: "unless Azerbaijan paid its debts"."""
    return [
        s
        for cond in _condition_holders(verb)
        if condition_clause(cond)
        for s in cond.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def held_out_parts(clause: Token) -> list[Token]:
    """The verbs a threat made of `clause` takes in: the act going on ("would keep fighting")
    and the conditions it is held out against ("unless Pretoria stopped backing Renamo"),
    which are the demand, no events of their own."""
    parts = [c for c in clause.children if c.dep_ == "xcomp" and _modal_chain(c)]
    for cond in _condition_holders(clause):
        if condition_clause(cond):
            parts += list(cond.subtree)
    return parts


def _modal_chain(verb: Token) -> bool:
    """ "would keep fighting", "will go on striking": the modal sits on the verb above."""
    head = verb.head
    # "will consider slapping sanctions on Fiji if ...": weighing a harm holds it out too
    chains = ("keep", "continue", "go", "consider", "contemplate")
    return verb.dep_ == "xcomp" and head.lemma_.lower() in chains and _modal(head)


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


def ruled_in(verb: Token) -> bool:
    """ "would not rule out military action", "would not hesitate to use force": keeping force
    open is a threat, not a refusal."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_.lower() == "hesitate":
        # "would not hesitate to use force", "... to close the Strait of Hormuz"
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
        return any(
            {o.lemma_.lower() for o in [a, *args.objects_of(a)]} & HARM_WORDS
            or a.lemma_.lower() in CONDITIONAL_HARM_VERBS
            for a in acts
        )
    if verb.lemma_.lower() != "rule":
        return False
    objects = {o.lemma_.lower() for o in args.objects_of(verb)}
    return bool(objects & (HARM_WORDS | {"option", "sanction", "sanctions"}))


# What one is told to act "or face": the harm that makes a demand an ultimatum.
ULTIMATUM_HARMS = HARM_WORDS | {
    "fine",
    "fines",
    "sanction",
    "sanctions",
    "penalty",
    "penalties",
    "measure",
    "annihilation",
    "destruction",
    "death",
    "suspension",
    "closure",
    "eviction",
    "charges",
    "jail",
    "prison",
    "dismissal",
}


def ultimatum_clause(verb: Token) -> Token | None:
    """The demanded act of "told the envoy to leave or face expulsion", "gave Poland a month
    to comply or face fines", "issued Qatar with an ultimatum to accept the demands or face
    measures": a demand backed by harm is an ultimatum by whoever makes it."""
    heads = [
        verb,
        *args.objects_of(verb),
        *(o for _, o in args.prep_objects(verb, frozenset({"with"}))),
    ]
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or not args.infinitive(clause):
                continue
            for alt in clause.conjuncts:
                # "or face annihilation": the parser may tag "face" a noun
                if alt.lower_ != "face" and alt.lemma_.lower() != "face":
                    continue
                harms = {o.lemma_.lower() for o in alt.children if o.dep_ in ("dobj", "attr")}
                harms |= {o.lower_ for o in alt.children if o.dep_ in ("dobj", "attr")}
                if harms & ULTIMATUM_HARMS:
                    return clause
    return None


# Modals of obligation: "said Israel must withdraw", "should apologise", "ought to pay".
OBLIGING_MODALS = frozenset({"must", "should", "ought"})
# Speakers who oblige themselves: "we must defend ourselves" is no demand.
_FIRST_PERSON = frozenset({"we", "i", "us"})


def obliged_act(clause: Token) -> Token | None:
    """The act a reported clause says its subject must do: "must lift" -> lift; "had to stop"
    -> stop. None when the clause obliges no one."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in clause.children):
        return None
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxes & OBLIGING_MODALS:
        # "should be ready", "must remain calm": a state to be in, no act demanded
        return None if clause.lemma_.lower() in ("be", "remain", "stay") else clause
    if clause.lemma_.lower() in ("have", "need"):
        # "that it had to stop the shelling", "said Tehran needed to open its sites": the
        # obligation's verb is the complement
        return next((c for c in clause.children if c.dep_ == "xcomp" and args.infinitive(c)), None)
    return None


def demand_clause(verb: Token) -> tuple[Token, Token] | None:
    """The reported clause of a saying verb that tells another what it must do, with the act:
    "Iran said the United States must lift its sanctions", "told India that it had to stop"."""
    if verb.lemma_.lower() not in SAY_VERBS:
        return None
    speakers = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        act = obliged_act(clause)
        if act is None:
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(s.lower_ in _FIRST_PERSON or s.i in speakers for s in subjects):
            continue
        # "it"/"they" is the one told ("told India that it had to"), not the speaker itself
        if subjects[0].pos_ == "PRON" and not told:
            continue
        return clause, act
    return None


# What a speaker warns of that it would do itself: "warned of retaliation", "of a crushing
# response", "of tough measures". Dissent ("warned of street protests") is a threat only when
# held out on a condition; otherwise it may be a forecast.
WARNED_HARMS = frozenset(
    {"retaliation", "reprisal", "reprisals", "response", "consequence", "consequences"}
    | {"countermeasure", "countermeasures", "revenge", "punishment", "action", "measures"}
    | {"sanction", "sanctions", "blockade", "embargo", "retribution", "reaction"}
)
WARNED_DISSENT = frozenset(
    {"protest", "protests", "demonstration", "demonstrations", "strike", "strikes", "boycott"}
    | {"walkout", "unrest", "disobedience", "rally", "rallies", "march", "marches", "sit-in"}
)


def warned_harm(verb: Token) -> Token | None:
    """The act a speaker warns of doing: "Turkey warned of retaliation against Syria",
    "students warned of fresh protests if fees were raised"; None for "warned of floods"."""
    if verb.lemma_.lower() != "warn":
        return None
    conditional = any(condition_clause(c) for c in verb.children)
    for _, obj in args.prep_objects(verb, frozenset({"of", "about"})):
        lemma = obj.lemma_.lower()
        if lemma in WARNED_HARMS or obj.lower_ in WARNED_HARMS:
            return obj
        if conditional and (lemma in WARNED_DISSENT or obj.lower_ in WARNED_DISSENT):
            return obj
    return None


# Hostile acts another is answered for: "would respond to any aggression".
HOSTILE_ACTS = frozenset({"aggression", "provocation", "provocations", "attack", "attacks"})


def answers_hostility(clause: Token, code_of_noun: Callable[[Token], str | None]) -> bool:
    """ "Moscow would respond to the deployment of US missiles": an answer promised to
    another's show of force, sanction or attack is a veiled threat."""
    if clause.lemma_.lower() not in ("respond", "react", "retaliate", "reply", "answer"):
        return False
    for _, obj in args.prep_objects(clause, frozenset({"to"})):
        code = code_of_noun(obj)
        if obj.lemma_.lower() in HOSTILE_ACTS or (code and code[:2] in ("15", *HARM_ROOTS)):
            return True
    return False
