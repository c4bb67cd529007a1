"""Acts recalled in an obituary: what the dead did, or had done to them, long before.

"Former foreign minister X, who negotiated the 1984 treaty with Argentina, died on Sunday aged
91": the news is the death; the treaty is the life it sums up, a recollection no event coder
counts as an event of the day (and the text seldom dates it). Such acts, in a clause about a
person whose peaceful death, funeral or remembrance is the sentence's news, are not coded.
Violent deaths stay events ("a commander who fired rockets died in an air strike"), and so do
acts done to the dead that the death makes news ("two protesters who were shot by police died
in hospital"): a death is an obituary's when it has no violent cause and the text looks back on
the dead (an age, "former", "veteran", "late", "peacefully", "in exile"), or the recalled act is
the dead's own doing, or the predicate is one of mourning.
Written by the eventwire team from general news usage.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events import arguments as args
from eventwire.events.triggers import Trigger

# Predicates whose subject has died: "died", "passed away", "succumbed".
DEATH_VERBS = frozenset({"die", "succumb", "perish"})
# Nouns that report a death: "the death of X", "X's passing".
DEATH_NOUNS = frozenset({"death", "passing"})
# Predicates of those who are mourned, buried or remembered: their news is the death itself.
MOURNING_VERBS = frozenset(
    {"bury", "mourn", "remember", "honour", "honor", "cremate", "eulogise", "eulogize", "lay"}
)
# Nouns of mourning that take the dead in "for" or "to": "tributes poured in for X".
MOURNING_NOUNS = frozenset(
    {"tribute", "tributes", "funeral", "memorial", "vigil", "condolences", "burial"}
    | {"obituary", "mourning", "wake", "requiem", "eulogy", "eulogies"}
)
# Words that mark the dead as looked back on.
LOOKED_BACK = frozenset(
    {"former", "ex", "veteran", "late", "retired", "founding", "onetime", "one-time", "elder"}
    | {"longtime", "long-time", "legendary", "pioneering", "ex-"}
)
# Causes that make a death news of violence: "died in an air strike", "died of his wounds".
VIOLENT_CAUSES = frozenset(
    {"strike", "airstrike", "attack", "blast", "bombing", "explosion", "shooting", "clash"}
    | {"clashes", "raid", "fighting", "battle", "ambush", "wound", "wounds", "injury"}
    | {"injuries", "custody", "torture", "detention", "gunfire", "shelling", "crash", "fire"}
    | {"stabbing", "beating", "assassination", "execution", "violence", "unrest", "protest"}
    | {"bomb", "grenade", "mine", "landmine", "missile", "rocket", "shell", "drone", "gunman"}
    | {"militant", "attacker", "explode", "detonate", "shoot", "kill", "injure", "hit"}
)
# Words on a death that say it was peaceful: "died peacefully at home", "died in exile".
PEACEFUL = frozenset(
    {"peacefully", "exile", "home", "sleep", "illness", "cancer", "causes", "stroke"}
    | {"complications", "pneumonia", "dementia", "age", "hospice", "retirement"}
)
# Participles that describe a person by their own deeds: "best known for", "remembered for".
LOOKED_FOR = frozenset({"known", "remembered", "famed", "celebrated", "noted", "credited"})
# Clauses that describe a person: "X, who ...", "X, the general who ...", "X, jailed in 1953,".
DESCRIBING = frozenset({"relcl", "acl", "appos"})


# (the dead, the death predicate or None for mourning), as `obituaries` finds them
Obituary = tuple[Token, Token | None]


def recalled_of_the_dead(trig: Trigger, obituaries: list[Obituary]) -> bool:
    """Whether the act is recalled about someone whose peaceful death or mourning is the news
    (`obituaries`: those of the trigger's sentence)."""
    word = trig.verb or trig.word
    verb = trig.verb or next((t for t in trig.word.ancestors if t.pos_ in ("VERB", "AUX")), None)
    for person, death in obituaries:
        clause = _describing_clause(word, person)
        if clause is not None:
            if death is None or _looked_back_on(person, death) or _own_doing(clause):
                return True
            continue
        if death is None or verb is None or not _looked_back_on(person, death):
            continue
        # "X, who died aged 91, negotiated the 1984 treaty"; "X dies at 90; brokered the deal";
        # "X, remembered for banning opposition parties, died at 90"
        subjects, _ = args.subject_of(verb)
        if person in subjects or any(
            _shares_subject(a, death, person) for a in (word, *word.ancestors)
        ):
            return True
    return False


def obituaries(sent: Span) -> list[Obituary]:
    """(the dead, the death predicate or None for mourning) for each obituary in a sentence."""
    found: list[Obituary] = []
    for tok in sent:
        if _is_death(tok):
            if _violent(tok):
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if tok.dep_ == "relcl":
                subjects = [tok.head]  # "X, who died on Sunday aged 91, ..."
            if not subjects and tok.dep_ == "conj":
                subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            found.extend((s, tok) for s in subjects)
        elif tok.lower_ in DEATH_NOUNS and not _violent(tok):
            # "the death of X, who negotiated ..., was announced", "X's death"
            found.extend(
                (o, tok)
                for c in tok.children
                for o in ([c] if c.dep_ == "poss" else [g for g in c.children if c.lower_ == "of"])
                if o.dep_ in ("poss", "pobj")
            )
        elif tok.lemma_.lower() in MOURNING_VERBS:
            found.extend((c, None) for c in tok.children if c.dep_ == "nsubjpass")
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "of"):
            holder = tok.head.head
            if holder.dep_ == "prt":
                holder = holder.head
            # "a funeral for X", or "tributes poured in for X", "the funeral was held for X"
            holders = [holder] + [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(h.lower_ in MOURNING_NOUNS for h in holders):
                found.append((tok, None))
    return found


def _shares_subject(verb: Token, death: Token, person: Token) -> bool:
    """`verb` is coordinated with the death and has no subject but the dead's."""
    if verb.i == death.i or verb.i not in {c.i for c in death.conjuncts}:
        return False
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(c.i == person.i for c in own)


def _describing_clause(word: Token, person: Token) -> Token | None:
    """The clause through which `word` describes `person` (directly or through an apposition)."""
    tok = word
    while tok.head.i != tok.i:
        if tok.dep_ in DESCRIBING and tok.head.pos_ in ("NOUN", "PROPN"):
            described = tok.head
            while described.dep_ == "appos" and described.i != person.i:
                described = described.head
            if described.i == person.i:
                return tok
        tok = tok.head
    return None


def _own_doing(clause: Token) -> bool:
    """ "who led the siege", "best known for negotiating": the dead did it; "who was jailed",
    "jailed in 1953": it was done to them."""
    if clause.dep_ == "appos":
        return True  # "the general behind the 1980 strike"
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    return not (clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lower_ not in LOOKED_FOR)


def _is_death(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DEATH_VERBS and verb.pos_ in ("VERB", "AUX"):
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "dead" for c in verb.children):
        return True  # "is dead at 91"
    # "passed away"
    return lemma == "pass" and any(c.lower_ == "away" for c in verb.children)


def _violent(death: Token) -> bool:
    """ "died in an air strike", "died when a bomb exploded", "after gunmen opened fire, two
    died": the words of the death's own clause, not of the clauses describing the dead."""
    described = {
        t.i
        for c in death.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
        if t.i != c.i
    }
    words = {t.lemma_.lower() for t in death.subtree if t.i not in described} | {
        t.lower_ for t in death.subtree if t.i not in described
    }
    return bool(words & VIOLENT_CAUSES)


def _looked_back_on(person: Token, death: Token) -> bool:
    """An age at death, a "former" or "veteran" title, or a death said in a peaceful way."""
    clauses = {t.i for c in person.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = {t.lower_ for t in person.subtree if t.i not in clauses}
    if words & LOOKED_BACK or any(w.startswith("ex-") for w in words):
        return True
    if any(c.dep_ in ("appos", "amod") and c.like_num and c.i > person.i for c in person.children):
        return True  # "X, 88, ..."
    if death.lemma_.lower() == "pass":
        return True  # "passed away"
    after = [t for t in death.subtree if t.i > death.i and t.i not in clauses]
    if any(t.lower_ in ("aged", *PEACEFUL) for t in after):
        return True
    # "died at 93"
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.like_num for g in c.children)
        for c in death.children
    )
