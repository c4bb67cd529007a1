"""Crowds and what they do for a cause: protesters named by their grievance, and the direct
action they take ("students sealed the gates of parliament, demanding ...") whatever verb the
lexicon knows for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.sectors import sector_for
from eventwire.events import arguments as args

# People who act as a crowd whatever else the phrase names: "supporters of Evo Morales",
# "taxi drivers", "hundreds of villagers".
CROWD_NOUNS = frozenset(
    {
        "supporter",
        "follower",
        "loyalist",
        "backer",
        "protester",
        "protestor",
        "demonstrator",
        "rioter",
        "crowd",
        "mob",
        "villager",
        "resident",
        "trucker",
        "driver",
        "farmer",
        "worker",
        "student",
        "youth",
        "motorist",
        "trader",
        "merchant",
        "shopkeeper",
        # "women blocked a UN convoy near Srebrenica", "relatives of the missing"
        "woman",
        "mother",
        "widow",
        "family",
        "relative",
        "inhabitant",
        "local",
        "citizen",
        "sympathizer",
        "sympathiser",
        "pensioner",
    }
)

# Sectors of those who bear arms or hold office.
ARMED_SECTORS = frozenset({"REB", "MIL", "COP", "UAF", "PRM", "GOV", "SPY", "INS"})
# Participles and adjectives that name a group by its grievance.
CAUSE_WORDS = frozenset(
    {"demand", "call", "seek", "protest", "oppose", "opposed", "clamour", "clamor", "angry"}
    | {"press", "campaign", "agitate"}
)
# Others who take to direct action ("Dalit activists squatted on railway tracks").
_ACTIVISTS = CROWD_NOUNS | {
    "activist",
    "dissident",
    "prisoner",
    "teacher",
    "miner",
    "docker",
    "dockworker",
    "squatter",
    "family",
    "opponent",
    "striker",
    "employee",
    "unionist",
    "peasant",
    "pensioner",
    "veteran",
    "people",
    "nurse",
    "doctor",
    "vendor",
    "monk",
}
# What the act is said to be for: "..., demanding the vote", "to press for his ouster".
_DEMANDING = frozenset(
    {"demand", "press", "protest", "denounce", "oppose", "call", "seek", "insist", "clamour"}
    | {"clamor", "agitate", "resist", "condemn"}
)
# Verbs no crowd acts by: speaking, wanting, planning (their purpose is someone else's act).
_NO_ACT = frozenset(
    {"be", "have", "do", "say", "tell", "vow", "threaten", "plan", "want", "hope", "decide"}
    | {"agree", "urge", "ask", "warn", "claim", "accuse", "insist", "demand", "call", "press"}
    | {"seek", "need", "try", "continue", "begin", "start", "promise", "pledge"}
    | {"protest", "oppose", "reject", "support", "appeal", "write", "send", "meet"}
)
_VIOLENT = frozenset(
    {"burn", "smash", "hurl", "pelt", "torch", "stone", "sack", "loot", "ransack", "throw"}
    | {"battle", "fight", "clash", "storm", "vandalise", "vandalize", "wreck", "overturn"}
    | {"firebomb", "petrol-bomb", "beat", "set"}
)
_OBSTRUCTING = frozenset(
    {"block", "cut", "seal", "jam", "barricade", "halt", "park", "squat", "occupy", "chain"}
    | {"blockade", "close", "shut", "padlock", "picket", "surround", "besiege", "form", "lie"}
    | {"sit", "stop", "paralyse", "paralyze", "cordon", "obstruct", "encircle", "tie"}
)
# "in protest at ...", "in defiance of ...": an act done as a protest
_DEFIANCE = frozenset({"protest", "defiance"})
# Refusals a crowd's protest may be: of food (a hunger strike) or of work (a strike).
REFUSING = frozenset({"refuse", "stop", "reject"})
_FOOD = frozenset({"food", "meals", "meal", "water", "nourishment", "eating", "eat"})
_WORK = frozenset({"work", "unload", "load", "teach", "attend", "return", "operate", "open"})


def with_a_cause(noun: Token) -> bool:
    """ "protesters calling for his resignation", "farmers angry at low prices": a group named
    by its grievance acts as a crowd, whoever it is."""
    if noun.pos_ not in ("NOUN", "PROPN") or sector_for(noun.lemma_) in ARMED_SECTORS:
        return False  # "rebels demanding autonomy" fight, they do not riot
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in CAUSE_WORDS for c in noun.children)


def protest_act(verb: Token) -> str | None:
    """The protest a crowd makes by an act the lexicon has no sense for: a refusal of food
    (142), of work (143), an obstruction (144), violence (145) or any other act (141) done
    "demanding ..." or "to press for ...", or by a crowd named by its grievance."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp") or lemma in _NO_ACT:
        return None
    subjects, passive = args.subject_of(verb)
    if passive or any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = {o.lemma_.lower() for o in args.objects_of(verb)}
    done = {c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "dobj")}
    # "stopped taking food and water"
    done |= {
        o.lemma_.lower()
        for c in verb.children
        if c.dep_ == "xcomp"
        for o in args.objects_of(c)
        for o in [o, *o.conjuncts]
    }
    if lemma in REFUSING and (objects | done) & _FOOD:
        return "142"  # "prisoners refused food for a third week", "stopped eating"
    heads = [h for s in subjects for h in [s, *(o for _, o in args.prep_objects(s, args.OF))]]
    if not any(
        h.lemma_.lower() in _ACTIVISTS and sector_for(h.lemma_) not in ARMED_SECTORS for h in heads
    ):
        return None
    # "squatted on the tracks, halting trains to demand ...": the purpose may hang on a
    # participle of the act
    parts = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    caused = any(with_a_cause(h) for h in heads) or any(
        (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _DEMANDING)
        or (c.dep_ == "prep" and c.lower_ == "in" and {o.lower_ for o in c.children} & _DEFIANCE)
        for p in parts
        for c in p.children
    )
    if not caused:
        return None
    if lemma == "refuse" and done & _WORK:
        return "143"  # "dockworkers refused to unload ships, demanding ..."
    if lemma in _VIOLENT:
        return "145"
    if lemma in _OBSTRUCTING:
        return "144"
    # "turned out in their thousands to demand ...", not "farmers sold their crops, demanding
    # better prices": an act done to something is no demonstration
    return None if objects else "141"
