"""Criticism said in other words: a judgement passed on another's act or words.

"Iran said the US sanctions were illegal", "China called the Japanese decision unacceptable",
"Egypt described the raid as a violation of international law": no verb of criticising, yet
CAMEO codes each as the speaker's criticism (111) of whoever did the thing judged. Written by the
eventwire team from the CAMEO codebook's description of disapproval, not from any gold sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.conditions import SAY_VERBS
from eventwire.events.nominals import noun_code

# Words that condemn what they are said of.
CONDEMNING = frozenset(
    {"illegal", "unlawful", "illegitimate", "invalid", "unacceptable", "intolerable"}
    | {"unjustified", "unjust", "baseless", "groundless", "unfounded", "absurd", "outrageous"}
    | {"irresponsible", "provocative", "hostile", "reckless", "dangerous", "shameful"}
    | {"provocation", "violation", "aggression", "crime", "interference", "mistake", "blunder"}
    | {"lie", "lies", "slander", "propaganda", "farce", "sham", "travesty", "void"}
    | {"false", "untrue", "fabricated", "fabrication"}
    | {"unfriendly", "betrayal", "treachery", "insult", "insulting", "disgrace", "outrage"}
    | {"barbaric", "barbarism", "genocide", "piracy"}
    # atrocities one names another's act: "called the raid a massacre"
    | {"massacre", "atrocity", "atrocities", "slaughter", "carnage", "bloodbath", "terrorism"}
    | {"blackmail", "hypocrisy", "hypocritical", "destabilising", "destabilizing", "insolent"}
    # "described the sanctions as economic warfare", "called the seizure theft"
    | {"warfare", "terror", "bullying", "theft", "robbery", "banditry", "extortion", "meddling"}
)
# What an actor says or decides, open to judgement.
STANCES = frozenset(
    {"decision", "remarks", "statement", "statements", "policy", "plan", "move", "law", "laws"}
    | {"election", "elections", "vote", "claim", "claims", "comments", "report", "resolution"}
    | {"ruling", "verdict", "declaration", "referendum", "accusations", "allegations", "demands"}
    | {"sentence", "sentencing", "treatment", "conduct", "actions", "behaviour", "behavior"}
)
# Verbs that pass a judgement on their object: "called the decision unacceptable".
NAMING_VERBS = frozenset({"call", "term", "deem", "declare", "consider", "brand", "label"})
# Verbs whose "as" phrase is the judgement: "described the raid as a violation".
DESCRIBING_VERBS = frozenset({"describe", "brand", "label", "denounce", "characterise"})


def _condemns(word: Token) -> bool:
    """Whether a judgement word condemns: "illegal", "a serious mistake", "an act of
    aggression", "a violation of international law"."""
    if word.lemma_.lower() in CONDEMNING or word.lower_ in CONDEMNING:
        return True
    if word.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in CONDEMNING for c in word.children
    ):
        return True  # "an unfriendly act", "a criminal step", "a hostile move"
    # "an act of aggression", "a flagrant breach": the condemning word may be what it is of
    return word.lemma_.lower() in ("act", "breach") and any(
        o.lemma_.lower() in CONDEMNING for _, o in args.prep_objects(word, frozenset({"of"}))
    )


def _said_states(verb: Token) -> list[tuple[Token, Token]]:
    """The (clause, subject) pairs of a saying verb's reported clauses of the form "X was ...",
    not negated and with a subject that is no pronoun: "said Iran was responsible", "said the
    sanctions were illegal"."""
    if verb.lemma_.lower() not in SAY_VERBS:
        return []
    found = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "said the sanctions were not illegal"
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subjects:
            found.append((clause, subjects[0]))
    return found


def _blames(clause: Token) -> bool:
    """ "Iran was responsible for the attack", "Pakistan was behind the bombing", "Kabul was
    to blame": a reported clause that blames its subject (CAMEO 112)."""
    kids = list(clause.children)
    responsible = any(c.dep_ == "acomp" and c.lower_ == "responsible" for c in kids)
    behind = any(c.dep_ == "prep" and c.lower_ == "behind" for c in kids)
    to_blame = any(c.dep_ in ("xcomp", "acomp", "attr") and c.lower_ == "blame" for c in kids)
    return responsible or behind or to_blame


def _actor(tok: Token) -> bool:
    """Whether an actor is named in the phrase ("the storm was behind the blackout": none)."""
    mentions = tok.doc._.actors or []
    return any(tok.left_edge.i <= m.start and m.end <= tok.right_edge.i + 1 for m in mentions)


def _of_someone(thing: Token) -> bool:
    """Whether what is judged is an actor, an act or a stance ("the new bridge" is none)."""
    stance = any(
        t.lemma_.lower() in STANCES or t.lower_ in STANCES or noun_code(t, True)
        for t in thing.subtree
    )
    return stance or _actor(thing)


def passed_judgement(verb: Token) -> tuple[str, Token] | None:
    """The CAMEO code of a judgement a verb passes and who or what it falls on: blame (112,
    "said Pakistan was behind the bombing") or criticism (111, "said the sanctions were
    illegal", "called the decision unacceptable"), or None."""
    states = _said_states(verb)
    for clause, subject in states:
        if _blames(clause) and _actor(subject):
            return "112", subject
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    condemned = (
        subject
        for clause, subject in states
        if any(_condemns(c) for c in clause.children if c.dep_ in ("acomp", "attr"))
    )
    thing = next(condemned, None)
    if thing is None:
        thing = _named_judgement(verb)
    if thing is not None and _body_outlawed(verb, thing):
        return None  # "the court declared the party Batasuna illegal": a ban (1722)
    return ("111", thing) if thing is not None and _of_someone(thing) else None


# Bodies a ruling can outlaw.
_OUTLAWED_BODIES = frozenset(
    {"party", "parties", "group", "groups", "movement", "organisation", "organization", "front"}
)


def _body_outlawed(verb: Token, thing: Token) -> bool:
    """ "declared the separatist party Batasuna illegal": a party or a movement, not a measure,
    judged illegal by the one who can ban it."""
    if verb.lemma_.lower() not in ("declare", "rule"):
        return False
    words = {t.lower_ for t in thing.subtree}
    return bool(words & _OUTLAWED_BODIES) or thing.ent_type_ == "ORG"


# Feelings of dismay at another's deed: "said it was appalled by the massacre".
DISMAYED = frozenset(
    {"appalled", "outraged", "shocked", "dismayed", "horrified", "angered", "incensed"}
    | {"disgusted", "alarmed", "indignant", "furious", "angry"}
)
# How a state answers a deed when it criticises it: "reacted angrily to the shooting down".
ANGRILY = frozenset({"angrily", "furiously", "sharply", "indignantly", "strongly", "harshly"})


def dismayed_at(verb: Token) -> Token | None:
    """ "Turkey reacted angrily to the shooting down of its jet", "France said it was appalled
    by the massacre": the deed a state is dismayed at, when it is an event."""
    lemma = verb.lemma_.lower()
    if lemma in ("react", "respond"):
        if not any(c.dep_ == "advmod" and c.lower_ in ANGRILY for c in verb.children):
            return None
        deeds = [o for _, o in args.prep_objects(verb, frozenset({"to"}))]
    elif verb.lower_ in DISMAYED and any(c.dep_ == "auxpass" for c in verb.children):
        deeds = args.agent_of(verb)  # "Japan was outraged by the seizure of the trawler"
    else:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] if lemma in SAY_VERBS else []
        deeds = [
            o
            for w in (verb, *clauses)
            if w.lemma_.lower() == "be"
            for a in w.children
            if a.dep_ in ("acomp", "attr") and a.lower_ in DISMAYED
            for _, o in args.prep_objects(a, frozenset({"by", "at", "over"}))
        ]
    return next(
        (
            d
            for d in deeds
            if d.lower_ in ("shooting", "downing", "sinking")
            or any(noun_code(t, True) for t in d.subtree)
            or _anothers_stance(d)
        ),
        None,
    )


def _named_judgement(verb: Token) -> Token | None:
    """ "called the decision unacceptable", "described the raid as a violation": the object
    a naming or describing verb condemns."""
    lemma = verb.lemma_.lower()
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if lemma in NAMING_VERBS:
        # "called the decision unacceptable": the judgement hangs on the verb or the object
        judgements = [
            c
            for w in (verb, *objects)
            for c in w.children
            if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "amod") and c.i > w.i
        ]
        # "called the US strike a violation": the parse may take the named act for a verb
        # whose object is the judgement
        judgements += [
            g
            for c in judgements
            if c.dep_ == "oprd" and c.pos_ == "VERB"
            for g in c.children
            if g.dep_ == "dobj"
        ]
        # "called the Japanese decision unacceptable" may be parsed as one clause
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
        named = objects or subjects
        if named and any(_condemns(j) for j in judgements):
            return named[0]
    if lemma in DESCRIBING_VERBS and objects:
        ases = [o for w in (verb, *objects) for _, o in args.prep_objects(w, frozenset({"as"}))]
        if any(_condemns(a) for a in ases):
            return objects[0]
    return None


# Worries that criticise only when aimed at a deed: "concern over the shelling".
WORRY_NOUNS = frozenset(
    {"concern", "alarm", "misgiving", "misgivings", "reservation", "reservations", "unease"}
    | {"disquiet"}
)


def worry_at_a_deed(noun: Token) -> bool:
    """ "expressed concern over the shelling of civilian areas": a deed is worried about."""
    about = frozenset({"over", "at", "about", "regarding"})
    objects = [o for _, o in args.prep_objects(noun, about)]
    if noun.dep_ == "dobj":
        # "voiced alarm at the fighting": the preposition may hang on the verb
        objects += [o for _, o in args.prep_objects(noun.head, about)]
    if any(noun_code(t, True) for o in objects for t in o.subtree):
        return True
    # "concern over Malaysia's plan to reclaim land": another's decision is a deed too
    return any(map(_anothers_stance, objects))


def _anothers_stance(thing: Token) -> bool:
    """ "Malaysia's plan", "China's death sentence for the writer", "a law passed by the
    Zimbabwean government": a named actor's decision."""
    if thing.lemma_.lower() not in STANCES:
        return False
    owners = [c for c in thing.children if c.dep_ == "poss"]
    owners += [a for c in thing.children if c.dep_ == "acl" for a in args.agent_of(c)]
    return any(map(_actor, owners))


# Words that make a reported act of force a charge against its doer: "killed 12 civilians in an
# unprovoked attack", "fired rockets in violation of the truce".
_CHARGING = CONDEMNING | frozenset(
    {"unprovoked", "indiscriminate", "indiscriminately", "deliberately", "brutal", "brutally"}
    | {"savage", "savagely", "criminal", "cold-blooded", "wanton", "treacherous", "cowardly"}
)


def charged_force(verb: Token, code_of: Callable[[Token], str | None]) -> Token | None:
    """The reported act of force a saying verb charges another with: "Iraq said US warplanes
    killed 12 civilians in an unprovoked attack" is Iraq's accusation (112) as well as the
    attack; a plain report ("said troops killed 12 rebels") is none."""
    if verb.lemma_.lower() not in SAY_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        code = code_of(clause)
        if code is None or code[:2] not in ("18", "19", "20"):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if not subjects or not _actor(subjects[0]):
            continue
        if any(t.lower_ in _CHARGING or t.lemma_.lower() in _CHARGING for t in clause.subtree):
            return clause
    return None
