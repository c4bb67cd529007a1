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
from eventwire.events.conditions import (
    CONDITIONAL_HARM_VERBS,
    COOPERATIVE_ROOTS,
    SAY_VERBS,
    condition_clause,
    has_modal,
    held_out_against,
)
from eventwire.events.crowds import CROWD_NOUNS

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
        "bloodshed",
        "violence",
        "carnage",
        "destruction",
    }
)
# Roots of acts that harm the one they are done to (sanctions, coercion, force).
HARM_ROOTS = ("16", "17", "18", "19", "20")


def harm_promised(clause: Token, code_of: Callable[[Token], str | None]) -> str | None:
    """The CAMEO code of the harm a reported clause promises, or None if it promises none.

    Args:
        clause: the reported clause's verb ("face" in "said Israel would face a response").
        code_of: the trigger coder, to read an act of force or coercion in the clause.

    Returns:
        "130" for a consequence promised in general, the act's own code for a sanction, an act
        of coercion or force ("would be targeted"), or None.
    """
    if clause.pos_ not in ("VERB", "AUX") or not has_modal(clause):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "would not attack" reassures
    lemma = clause.lemma_.lower()
    objects = {o.lemma_.lower() for o in args.objects_of(clause)}
    mods = {c.lower_ for c in clause.children if c.dep_ in ("advmod", "npadvmod")}
    withs = {o.lemma_.lower() for _, o in args.prep_objects(clause, frozenset({"with"}))}
    # "would face the use of force"
    used = {
        u.lemma_.lower() for o in args.objects_of(clause) for _, u in args.prep_objects(o, args.OF)
    }
    if lemma == "face" and (objects | used) & HARM_WORDS:
        return "130"
    if lemma == "pay" and (objects & {"price"} or mods & {"dearly"}):
        return "130"
    if (lemma == "mean" and objects & {"war"}) or casus_belli(clause):
        return "138"  # "would mean war", "would be regarded as a cause for war"
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
    word = SAYING_PHRASES.get(lemma)
    return word is not None and any(
        t.lower_ == word for c in verb.children for t in (c, *c.children)
    )


# Phrases that say something plainly: the verb and the word that makes it a saying.
SAYING_PHRASES = {"make": "clear", "let": "known", "serve": "notice"}


def threat_clause(verb: Token, code_of: Callable[[Token], str | None]) -> tuple[Token, str] | None:
    """The reported clause of a saying verb that promises harm, with the harm's code."""
    if not saying(verb):
        return None
    # "made clear that ...", "let it be known that ...": the clause may hang on the phrase
    phrase = [c for c in verb.children if c.lower_ in SAYING_PHRASES.values()]
    candidates = [*verb.children, *(g for c in phrase for g in c.children)]
    if verb.dep_ == "ccomp" and not any(c.dep_ == "ccomp" for c in verb.children):
        # "Taiwan would face the use of force, the minister declared, Xinhua reported": the
        # parse may hang the clause on the last reporting verb, beside this one
        candidates += [c for c in verb.head.children if c.i < verb.i]
    if verb.dep_ == "parataxis":
        candidates.append(verb.head)  # "Belarus would face force ..., the minister declared"
    for clause in candidates:
        if clause.dep_ == "ccomp":
            harm = harm_promised(clause, code_of)
            if harm is not None:
                return clause, harm
    return None


def ruled_in(verb: Token) -> bool:
    """ "would not rule out military action", "would not hesitate to use force": keeping force
    open is a threat, not a refusal."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_.lower() == "hesitate":
        # "would not hesitate to use force", "... to close the Strait of Hormuz", "... to use
        # its nuclear arsenal", "... to declare emergency rule"
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
        return any(
            {o.lemma_.lower() for o in [a, *args.objects_of(a)]} & (HARM_WORDS | KEPT_OPEN)
            or a.lemma_.lower() in CONDITIONAL_HARM_VERBS
            for a in acts
        )
    if verb.lemma_.lower() != "rule":
        return False
    # ("military action has not been ruled out": what is kept open may be the passive subject)
    kept = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "would not rule out using nuclear weapons": what the gerund would use
    kept += [
        o
        for k in [*kept, *(c for c in verb.children if c.dep_ == "xcomp")]
        if k.pos_ == "VERB"
        for o in args.objects_of(k)
    ]
    objects = {o.lemma_.lower() for o in kept}
    return bool(objects & (HARM_WORDS | KEPT_OPEN))


# What else is kept open when it is not ruled out: "any measure", "the nuclear option".
KEPT_OPEN = frozenset(
    {"option", "options", "sanction", "sanctions", "measure", "step", "steps", "arsenal"}
    | {"weapon", "weapons", "emergency", "law", "intervention", "blockade", "embargo"}
)
# Options kept "on the table" and what makes them armed ones.
OPTION_WORDS = frozenset({"option", "options", "action", "measure", "measures", "force"})
ARMED_OPTION_WORDS = frozenset({"military", "force", "armed", "strike", "strikes", "war"})
# What a deed is called when it would start a war: "a cause for war", "an act of war".
WAR_CAUSES = frozenset({"cause", "act", "declaration", "pretext", "reason", "ground", "grounds"})
REGARDING_VERBS = frozenset({"regard", "consider", "treat", "view", "see", "deem", "construe"})


def kept_on_table(verb: Token) -> str | None:
    """ "all options, including military action, remained on the table", "kept the military
    option on the table": force held open is a threat (138; 130 when no force is named)."""
    tables = [
        o for _, o in args.prep_objects(verb, frozenset({"on"})) if o.lemma_.lower() == "table"
    ]
    if not tables or any(c.dep_ == "neg" for c in verb.children):
        return None
    held = [*args.subject_of(verb)[0], *args.objects_of(verb)]
    words = {t.lemma_.lower() for h in held for t in h.subtree}
    if not words & OPTION_WORDS:
        return None
    return "138" if words & ARMED_OPTION_WORDS else "130"


def casus_belli(verb: Token) -> bool:
    """ "would be regarded as a cause for war", "would treat it as an act of war", "a casus
    belli": a deed held to be grounds for war threatens it (138)."""
    if verb.lemma_.lower() not in REGARDING_VERBS:
        return False
    for _, named in args.prep_objects(verb, frozenset({"as"})):
        words = {t.lower_ for t in named.subtree}
        if "belli" in words:
            return True
        if named.lemma_.lower() in WAR_CAUSES and "war" in words:
            return True
    return False


# What one is told to act "or face": the harm that makes a demand an ultimatum.
ULTIMATUM_HARMS = HARM_WORDS | {
    "assault",
    "offensive",
    "invasion",
    "intervention",
    "use",  # "or face the use of all necessary means"
    "emergency",
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
        # "gave Gbagbo one week to resign or face an assault": the time given
        *(c for c in verb.children if c.dep_ == "npadvmod"),
    ]
    for head in heads:
        for clause in head.children:
            kinds = ("xcomp", "advcl", "acl", "ccomp", "relcl")
            if clause.dep_ not in kinds or not args.infinitive(clause):
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
    # "warned of war with India", "warned of a crackdown": what the speaker's side would do
    | {"war", "crackdown", "curfew"}
)
# Bodies that call their members out: "the union warned of strikes".
DISSENTERS = frozenset({"union", "unions", "opposition", "activist", "teacher", "doctor", "nurse"})
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
    # those who would take to the streets themselves threaten it ("unions warned of strikes"),
    # where officials and analysts foresee it
    conditional = conditional or any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in CROWD_NOUNS or c.lemma_.lower() in DISSENTERS)
        for c in verb.children
    )
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
