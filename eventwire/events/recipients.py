"""Whom an act is done to, where the parse does not say it plainly: what an act touches, the
one a promise serves, borders a show of force is aimed across. Read by eventwire.events.sides.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.deeds import BOMB_WORDS
from eventwire.events.placement import countries_of
from eventwire.events.triggers import Trigger
from eventwire.records import Actor

# Prepositions whose phrase names what an act touches: "out of Iraq", "on imports of ...".
ACTED_ON_PREPS = args.TARGET_PREPS | {"of", "in", "into", "at", "inside", "near", "off"}
# Prepositions of a show of force's occasion.
BACKGROUND_PREPS = frozenset({"amid", "after", "ahead", "following", "against", "toward"})
# Where a case or complaint is brought: "filed a case against Germany at the World Court".
VENUE_PREPS = frozenset({"at", "before", "in"})


def is_actor(doc: Doc, tok: Token) -> bool:
    """Whether an actor mention is headed by `tok`: "promised ECOWAS envoys"."""
    return any(m.head == tok.i for m in doc._.actors or [])


def names_actor(doc: Doc, tok: Token) -> bool:
    """Whether `tok` is a proper name or heads an actor mention ("a pact with the rebels")."""
    return tok.pos_ == "PROPN" or is_actor(doc, tok)


def sum_in(obj: Token) -> list[Token]:
    """What a sum is given in: "2 billion euros in economic assistance"."""
    return [o for _, o in args.prep_objects(obj, frozenset({"in"}))]


# Verbs of help whose object is helped to do something: "willing to help Spanish judges pursue".
HELPING_VERBS = frozenset({"help", "assist", "enable", "allow"})
# Verbs whose object is the one a promise serves: "ready to help Spanish judges".
SERVING_VERBS = HELPING_VERBS | {
    "support",
    "back",
    "protect",
    "defend",
    "join",
    "supply",
    "arm",
    "train",
    "fund",
    "compensate",
    "aid",
    "shield",
    "rebuild",
}


def promised_to(doc: Doc, trig: Trigger) -> list[Token]:
    """Whom a promise or an offer names on its complement: "willing to help Spanish judges",
    "offered to mediate between Lebanon's factions", "will stand by Yemen"."""
    anchor = trig.verb if trig.verb is not None else trig.word
    found: list[Token] = []
    for c in [*anchor.children, *trig.word.children]:
        if c.dep_ != "xcomp":
            continue
        if c.lemma_.lower() in SERVING_VERBS:
            found += [o for o in args.objects_of(c) if is_actor(doc, o)]
        found += [o for _, o in args.prep_objects(c, frozenset({"between", "among", "by"}))]
        found += helped(c)
    return found


def helped(verb: Token) -> list[Token]:
    """Who is helped to do something: "help Sudanese mediators end the war" (parsed as a
    clause of its own)."""
    if verb.lemma_.lower() not in HELPING_VERBS:
        return []
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]


def predicate_tokens(trig: Trigger) -> set[int]:
    """The words of what the trigger acts on: its objects and its to/from/on/in... phrases.

    Background phrases ("as part of its thaw with Washington", "during the 1971 war") and the
    doers (subject, agent, possessor) are left out.
    """
    word = trig.verb if trig.verb is not None else trig.word
    tokens: set[int] = set()
    for child in word.children:
        acted_on = child.dep_ in ("dobj", "dative", "iobj", "attr", "oprd", "nsubjpass")
        if acted_on or (child.dep_ == "prep" and child.lower_ in ACTED_ON_PREPS):
            tokens |= args.arg_tokens(child)
    return tokens


def background_tokens(verb: Token) -> set[int]:
    """The words of the verb's reasons and circumstances: "amid tension with Pakistan",
    "after North Korea announced ...", "ahead of a planned rocket launch"."""
    tokens: set[int] = set()
    for child in verb.children:
        if child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in BACKGROUND_PREPS):
            tokens |= {t.i for t in child.subtree}
    return tokens


def borders(verb: Token) -> list[Token]:
    """Border words in the verb's phrase and the "with" objects that name who is across."""
    found: list[Token] = []
    for tok in verb.subtree:
        if tok.lemma_.lower() in ("border", "frontier") and tok.i > verb.i:
            found.append(tok)
            found += [o for _, o in args.prep_objects(tok, frozenset({"with"}))]
    # "staged drills around Taiwan", "massed warships off the coast of Yemen": force shown
    # close to a country is shown to it
    for holder in [verb, *args.objects_of(verb)]:
        found += [o for _, o in args.prep_objects(holder, AROUND)]
    return found


AROUND = frozenset({"around", "near", "off", "encircling", "surrounding"})


# What is planted or laid to go off: its planter did the harm it does.
PLANTED = BOMB_WORDS | {"mine", "mines"}


def placers(things: list[Token]) -> list[Token]:
    """Who planted, sent or set the things: "a bomb planted by suspected ETA separatists"."""
    return [a for t in things for c in t.children if c.dep_ == "acl" for a in args.agent_of(c)]


def planted_by(verb: Token) -> list[Token]:
    """Who planted the bomb whose blast did the harm: "a roadside bomb planted by Maoist rebels
    hit a police vehicle, killing eight officers" (the verb or the clause it hangs on)."""
    for holder in (verb, verb.head):
        subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        agents = placers([s for s in subjects if s.lemma_.lower() in PLANTED])
        if agents:
            return agents
        if holder.dep_ not in ("advcl", "conj", "xcomp"):
            break
    return []


# Roots of harm whose place is whom it falls on.
HARMS = frozenset({"18", "19", "20"})
# Who talks held with or between are held with: "talks with the rebels".
_SIDES = frozenset({"with", "between", "among"})


def talks_left(verb: Token) -> list[Token]:
    """The other side of talks one would leave: "pull out of peace talks with the rebels",
    "walk away from trade negotiations with the European Union", "suspend its mediation
    between the United States and the Taliban"."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
    preps = [prep for holder in holders for prep in holder.children if prep.dep_ == "prep"]
    # "pull out of talks": the parse hangs "of" under "out" as a second preposition
    preps += [inner for prep in preps for inner in prep.children if inner.dep_ == "prep"]
    left = [held for prep in preps for held in prep.children if held.dep_ == "pobj"]
    found = [
        o for held in [*left, *args.objects_of(verb)] for _, o in args.prep_objects(held, _SIDES)
    ]
    return list(dict.fromkeys(found))


def between_sides(trig: Trigger) -> list[Token]:
    """The sides named after "between" on the act, its noun or what it acts on: "offered to
    mediate between the Sudanese government and rebel groups", "welcomed the peace agreement
    between Ethiopia and Eritrea", "shuttled between Khartoum and Juba"."""
    words = [w for w in (trig.verb, trig.noun, trig.word, trig.inner) if w is not None]
    words += [o for w in list(words) for o in args.objects_of(w)]
    # "suspended its role as a mediator between Israel and Hamas"
    words += [o for w in list(words) for _, o in args.prep_objects(w, frozenset({"as", "of"}))]
    sides = [o for w in words for _, o in args.prep_objects(w, args.BETWEEN)]
    return [s for o in sides for s in args.with_conjuncts(o)]


def handed_to(trig: Trigger) -> list[Token]:
    """Whom a suspect is handed to: "extradited Fabio Ochoa to the United States", "handed
    Ratko Mladic over to the tribunal" (the one handed over is what is given, not a side)."""
    verb = trig.verb
    if verb is None or not trig.cameo.startswith("063"):
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod"))]
    return [o for h in holders for _, o in args.prep_objects(h, args.TO)]


def bought_from(trig: Trigger) -> list[Token]:
    """Whom goods are bought from: "began importing natural gas from Romania"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in ("import", "buy", "purchase", "receive"):
        return []
    return [o for _, o in args.prep_objects(verb, args.FROM)]


# Where captives are held: "Palestinian prisoners in Israeli jails".
HOLDING_PLACES = frozenset(
    {"jail", "jails", "prison", "prisons", "custody", "detention", "camp", "camps", "cell"}
    | {"cells", "penitentiary", "gaol", "gaols", "lockup"}
)


def jailers(doc: Doc, trig: Trigger) -> list[Actor]:
    """The state that holds the protesters: "Palestinian prisoners in Israeli jails began a
    hunger strike" protest to Israel."""
    verb = trig.verb if trig.verb is not None else trig.word
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "hundreds of Kurdish prisoners in Iranian jails"
    subjects += [o for s in subjects for _, o in args.prep_objects(s, frozenset({"of"}))]
    # ("began a hunger strike in Israeli jails": the jail may hang on the act)
    acts = [w for w in (verb, trig.noun) if w is not None]
    held = [
        o
        for s in [*subjects, *acts]
        for _, o in args.prep_objects(s, frozenset({"in"}))
        if o.lemma_.lower() in HOLDING_PLACES or o.lower_ in HOLDING_PLACES
    ]
    holders = [m for o in held for m in o.children if m.dep_ in ("amod", "compound", "poss")]
    return [
        replace(a, sector="GOV", kind="country")
        for a in args.actors_of(doc, holders)
        if a.country and a.country not in args.NON_STATE_CODES
    ]


# Participles that name whom an act is meant for: "a show of force aimed at Pyongyang".
_AIMING = frozenset({"aim", "direct", "target"})


def aimed_at(trig: Trigger) -> list[Token]:
    """Whom an act is said to be aimed at: "in a show of force aimed at Pyongyang", "drills
    directed against Taiwan"."""
    words = [w for w in (trig.verb, trig.noun) if w is not None]
    words += [o for w in list(words) for o in args.objects_of(w)]
    words += [o for w in list(words) for _, o in args.prep_objects(w, frozenset({"in"}))]
    words += [o for w in list(words) for _, o in args.prep_objects(w, frozenset({"of"}))]
    return [
        o
        for w in words
        for c in w.children
        if c.dep_ == "acl" and c.lemma_.lower() in _AIMING
        for _, o in args.prep_objects(c, frozenset({"at", "against"}))
        if o.pos_ in ("NOUN", "PROPN")  # not "aimed at ending the conflict"
    ]


# Verbs of holding people, whose doer is asked to let them go.
_HOLDING = frozenset(
    {"hold", "detain", "jail", "imprison", "capture", "abduct", "kidnap", "arrest"}
)


def holders(held: list[Token]) -> list[Token]:
    """Who holds those whose release is asked: "the release of a Swedish aid worker held by
    authorities in Eritrea" is asked of the authorities (or of where they are held)."""
    found: list[Token] = []
    # ("demanded the release of ...": the one held may be what the release is of)
    held = [*held, *(o for w in held for _, o in args.prep_objects(w, frozenset({"of"})))]
    for word in held:
        for clause in word.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in _HOLDING:
                continue
            agents = [o for _, o in args.prep_objects(clause, frozenset({"by"}))]
            agents += [o for a in clause.children if a.dep_ == "agent" for o in a.children]
            found += agents or [o for _, o in args.prep_objects(clause, frozenset({"in"}))]
    return found


# Gatherings that forces are sent out to meet.
GATHERINGS = frozenset(
    {"protest", "protests", "rally", "rallies", "march", "marches", "demonstration"}
    | {"demonstrations", "strike", "strikes", "sit-in", "unrest", "riots", "vigil"}
)


def faced_gatherings(trig: Trigger) -> list[Token]:
    """Who forces are deployed against: "deployed 20,000 officers ahead of a rally by Islamist
    groups", "put troops on the streets before opposition protests" (the gathering's doers)."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] != "15":
        return []
    words = [o for _, o in args.prep_objects(verb, frozenset({"of", "before", "against"}))]
    # "ahead of": the parse hangs "of" on "ahead"
    words += [
        o
        for c in verb.children
        if c.lower_ in ("ahead", "prior")
        for _, o in args.prep_objects(c, frozenset({"of", "to"}))
    ]
    met = [w for w in words if w.lemma_.lower() in GATHERINGS or w.lower_ in GATHERINGS]
    doers = [c for w in met for c in w.children if c.dep_ in ("poss", "compound", "amod")]
    return (
        doers
        + [a for w in met for a in args.agent_of(w)]
        + [o for w in met for _, o in args.prep_objects(w, frozenset({"by"}))]
    )


MEETINGS = frozenset(
    {"talks", "meeting", "meetings", "summit", "consultations", "negotiations", "discussions"}
)


def met_on_the_trip(trig: Trigger) -> list[Token]:
    """Whom a trip is made to meet: "flew to Minsk for talks with the Russian and Ukrainian
    presidents" (the city is where, they are whom)."""
    verb = trig.verb
    if verb is None or not trig.cameo.startswith("042"):
        return []
    met = [
        o
        for _, talks in args.prep_objects(verb, frozenset({"for"}))
        if talks.lower_ in MEETINGS
        for _, o in args.prep_objects(talks, frozenset({"with"}))
    ]
    return [s for o in met for s in args.with_conjuncts(o)]


def drill_partners(trig: Trigger) -> list[Token]:
    """Whom drills are joined with: "Iran joined China and Russia for naval drills"."""
    noun = trig.noun
    if noun is None or trig.cameo[:2] not in ("15", "06") or noun.dep_ != "pobj":
        return []
    verb = noun.head.head
    if noun.head.lower_ != "for" or verb.lemma_.lower() not in ("join", "accompany"):
        return []
    return [s for o in args.objects_of(verb) for s in args.with_conjuncts(o)]


def named_after_places(doc: Doc) -> set[int]:
    """The words of accords named after a city ("the Kyoto protocol", "the Minsk agreements"):
    no place an act is done in."""
    return {
        i
        for t in doc
        if t.dep_ == "compound" and t.head.lemma_.lower() in args.NAMED_AFTER_PLACES
        for i in (t.i, t.head.i)
    }


# Promises, praise, aid, appeals, refusals and threats: acts whose other side may be named only
# in the act they are about.
_INTENT_ROOTS = ("03", "05", "07", "10", "12", "13")


def intended_target(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """The other state (or a body of none) that the act a promise, refusal or threat is about
    touches, when the verb names no one: "declined to join a scheme proposed by Brazil",
    "threatened to break the patents on drugs made by US companies", "threatened to close the
    UN human rights office". One doer's state only; not a firm's deal abroad."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] not in _INTENT_ROOTS:
        return []
    own = countries_of(source)
    if len(own - {None}) != 1 or any(a.sector in ("BUS", "MNC") for a in source):
        return []
    inner = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    words = set().union(*(_acted_on(v) for v in inner or [verb])) - named_after_places(doc)
    # ("clinched a deal in Havana": where the act named by the noun was done)
    words -= {
        t.i
        for c in trig.word.children
        if c.dep_ == "prep" and c.lower_ in VENUE_PREPS
        for t in c.subtree
    }
    return args.foreign_in(doc, words, own) or [
        a
        for m in args.mentions_in(doc, words)
        for a in m.actors
        if a.country in args.NON_STATE_CODES and a not in source
    ]


def _acted_on(verb: Token) -> set[int]:
    """The words of what a verb acts on: its objects, its phrases and its own complement, whole
    ("a scheme proposed by Cameroon" is Cameroon's)."""
    tokens: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "prep", "xcomp"):
            tokens |= {t.i for t in child.subtree}
    return tokens
