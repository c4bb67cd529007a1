"""Who did it and to whom, read off a verb trigger: its subject, objects and phrases."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.checks import gives_with
from eventwire.events.clauses import kept_from
from eventwire.events.coding import code_of
from eventwire.events.complements import held_by
from eventwire.events.deeds import BLASTS
from eventwire.events.matching import ALLOWING_VERBS, particle_objects, small_clause
from eventwire.events.protection import protected
from eventwire.events.recipients import is_actor, names_actor, sum_in
from eventwire.events.threat_sides import places_left
from eventwire.events.triggers import Trigger

# Roots whose "from" phrase names the other side: "withdrew from Niger", "expelled from
# Moldova", "sought assistance from Saudi Arabia" (and hosting: "a delegation from Ghana").
FROM_TARGET_ROOTS = ("08", "16", "17", "02", "10")
# Roots whose "for" phrase names the other side: "called for", "aid for", "support for".
FOR_TARGET_ROOTS = ("02", "10", "07", "05")
# Codes whose direct object is the thing handed over or moved, not the other side.
THEME_PREFIXES = ("07", "15", "087", "057", "03")
# What one side puts to another: accepting or rejecting it answers its author.
PROPOSALS = frozenset(
    {"proposal", "offer", "request", "demand", "plan", "initiative", "appeal", "ultimatum"}
)
# Codes whose object is a thing given, withdrawn or cut, or an agreement or a joint act: its own
# "to"/"from"/"for"/"with" phrase names the other side ("signed a pact with Vietnam").
GIVEN_PREFIXES = ("07", "087", "162", "163", "0841", "0842", "03", "057", "06")
# Light verbs of handing over: in the passive, their subject is who receives the act.
HANDING_VERBS = frozenset({"give", "hand", "issue", "send", "deliver", "serve", "present"})
# Occasions words are spoken at: "condemned Israel at a news conference with X".
SETTINGS = frozenset(
    {"conference", "meeting", "summit", "session", "briefing", "rally", "ceremony", "forum"}
    | {"talks", "gathering", "dinner", "event", "debate", "hearing", "assembly", "congress"}
)
# Who comes on a visit: "a delegation from South Africa".
VISITORS = frozenset({"delegation", "delegations", "team", "mission", "envoy", "envoys"})
# Participles of harm done in passing: "..., killing eight soldiers".
_HARMING = frozenset({"kill", "wound", "injure", "maim"})
# Verbs of setting off a blast: "when a suicide bomber blew himself up".
_SET_OFF = frozenset({"blow", "detonate", "explode"})
# Where a blast struck: "an explosion at a police checkpoint".
_AT_PLACES = frozenset({"at", "in", "near", "outside"})


@dataclass
class SideRoots:
    """The words a trigger's sides are read from, gathered stage by stage."""

    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    destination: list[Token] = field(default_factory=list)
    # words that name both sides at once ("talks between A and B")
    symmetric: list[Token] = field(default_factory=list)


def verb_roots(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Add the roots read off a verb trigger to `roots`."""
    _argument_roots(doc, trig, roots)
    _phrase_roots(doc, trig, roots)


def _argument_roots(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Roots read off a verb trigger's subject, objects and small clauses."""
    assert trig.verb is not None
    subj, passive = args.subject_of(trig.verb)
    if passive:
        roots.source += args.agent_of(trig.verb) or [
            # "was threatened with sanctions by the African Union", "was given an
            # ultimatum by Eritrea": the parse may hang the agent on what is given
            a
            for o in [
                *(o for _, o in args.prep_objects(trig.verb, frozenset({"with"}))),
                *args.objects_of(trig.verb),
            ]
            for a in args.agent_of(o)
        ]
        if not roots.source and trig.cameo[:2] in ("18", "19", "20"):
            roots.source += _striker_in_when(trig.verb)
        sent = trig.rule.endswith((".protect", ".peacekeeping"))
        if trig.noun is None and not roots.source and (trig.cameo[:2] == "15" or sent):
            # "the army was put on high alert", "extra police were deployed in Tbilisi":
            # forces alerted or sent are their state's own show of force
            roots.source += subj
        elif trig.noun is None and trig.cameo[:2] == "08" and (laid_on := _imposed_on(subj)):
            # "sanctions imposed on Iran in 2006 were lifted": whom the measure was laid on
            roots.target += laid_on
        elif trig.noun is None or (
            trig.noun not in subj and trig.verb.lemma_.lower() in HANDING_VERBS
        ):
            # "Chad was given an ultimatum": whoever a light verb's act is handed to
            roots.target += subj
    else:
        # "thousands of Serbians took to the streets": the people the count holds
        roots.source += subj + [h for s in subj for h in held_by(s)]
        # "an explosion at a police checkpoint killed four officers": who was hit
        blasts = [s for s in subj if s.lemma_.lower() in BLASTS]
        roots.source = [r for r in roots.source if r not in blasts]
        roots.target += [o for s in blasts for _, o in args.prep_objects(s, _AT_PLACES)]
        if trig.noun is None and not trig.cameo.startswith(THEME_PREFIXES):
            # ("hauled in the Russian ambassador": the particle parsed as a preposition)
            objects = args.objects_of(trig.verb) or [
                o for o in particle_objects(trig.verb) if is_actor(doc, o)
            ]
            roots.target += objects
            if trig.cameo[:2] in ("18", "19", "20") and not any(is_actor(doc, o) for o in objects):
                # "stormed a checkpoint in North Sinai, killing eight soldiers": those the
                # attack killed are whom it struck
                roots.target += _killed_in_passing(trig.verb)
            if trig.cameo.startswith("08") and trig.verb.lemma_.lower() in ALLOWING_VERBS:
                # "allowed opposition supporters to hold a rally": those let do it
                roots.target += [
                    s
                    for c in trig.verb.children
                    if c.dep_ in ("ccomp", "xcomp")
                    for s in c.children
                    if s.dep_ == "nsubj"
                ]
            # "let go of three sailors", "let go the crew": "go" parsed as a complement
            roots.target += [
                o
                for go in trig.verb.children
                if go.dep_ in ("xcomp", "ccomp") and go.lower_ == "go"
                for o in args.objects_of(go)
                + [o for _, o in args.prep_objects(go, frozenset({"of"}))]
            ]
        elif trig.noun is None and trig.cameo[:2] in ("03", "12"):
            # "accepted a Kenyan proposal": whose proposal it was is the other side;
            # "promised ECOWAS envoys": so is whoever is promised
            roots.target += [
                o
                for o in args.objects_of(trig.verb)
                if o.lemma_.lower() in PROPOSALS or is_actor(doc, o)
            ]
        elif trig.noun is None and gives_with(trig.verb):
            roots.target += args.objects_of(trig.verb)  # "provided Ukraine with arms"
        else:
            # "gave Georgia an ultimatum", "promised ECOWAS mediators that ...": whoever
            # something is given or promised to
            roots.target += [c for c in trig.verb.children if c.dep_ in ("dative", "iobj")]
            if trig.noun is not None and trig.verb.lemma_.lower() in HANDING_VERBS:
                # "handed the Chinese ambassador a note of protest": the parse may take the
                # one handed to for a first object
                roots.target += [o for o in args.objects_of(trig.verb) if o.i < trig.noun.i]
        # "declared the Colombian envoy persona non grata": the small clause's subject
        roots.target += [
            s
            for c in trig.verb.children
            if small_clause(c)
            for s in c.children
            if s.dep_ == "nsubj"
        ]


def _phrase_roots(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Roots read off a verb trigger's prepositional phrases, and the giver of what is received."""
    assert trig.verb is not None
    for _, obj in args.prep_objects(trig.verb, frozenset({"between", "among"})):
        (roots.target if trig.cameo == "045" else roots.symmetric).append(obj)
    if trig.cameo.startswith(("042", "043")) and trig.noun is None:
        # "hosted a trade delegation from South Africa": the visitors' country
        roots.target += [
            o
            for v in args.objects_of(trig.verb)
            if v.lemma_.lower() in VISITORS
            for _, o in args.prep_objects(v, frozenset({"from"}))
        ]
    if trig.cameo[:2] == "04":
        # "spoke by telephone with Helmut Kohl", "discussed the crisis by telephone with
        # Iran's president": the parse hangs the partner on the phone
        roots.target += [
            o
            for _, d in args.prep_objects(trig.verb, frozenset({"by", "over", "on"}))
            for _, o in args.prep_objects(d, frozenset({"with", "to"}))
        ]
    if trig.cameo[:2] == "06":
        # "trained alongside U.S. forces": the partner in a shared act
        roots.target += [o for _, o in args.prep_objects(trig.verb, frozenset({"alongside"}))]
    # "fired at the convoy", "lashed out at Riyadh"
    # "rattled sabres at Guyana", "pointed missiles at Seoul"
    at = {"at"} if trig.cameo[:2] in ("11", "12", "13", "18", "19", "20") else set()
    # "stood behind Venezuela's president", "spoke warmly of Rwanda": whom one backs
    at |= {"behind", "of"} if trig.cameo[:2] == "05" else set()
    if trig.cameo[:2] == "05" and trig.verb.lemma_.lower() in ("stand", "stick"):
        at.add("by")  # "stood by the Philippines"
    at |= {"from"} if trig.cameo == "055" else set()  # "asked forgiveness from Rwanda"
    if trig.cameo[:2] == "05":
        # "spoke out in defence of Belarus"
        roots.target += [
            o
            for _, d in args.prep_objects(trig.verb, frozenset({"in"}))
            if d.lemma_.lower() in ("defence", "defense", "support", "favour", "favor")
            for _, o in args.prep_objects(d, frozenset({"of"}))
        ]
    preps = args.TARGET_PREPS | at
    # ("handed the artefacts back to Sri Lanka": the parse may hang "to" on the particle)
    particles = [c for c in trig.verb.children if c.dep_ == "prt" or c.lower_ in ("back", "over")]
    found = [
        (p, o)
        for w in (trig.verb, *particles)
        for p, o in args.prep_objects(w, frozenset(preps))
        if o.ent_type_ not in ("DATE", "TIME")  # "on Tuesday"
        and not kept_from(o)  # "dissuaded Ethiopia from sending troops": no one it touches
    ]
    if trig.cameo == "163":
        # "barred its firms from trading with Lithuania": the trade kept from names whom the
        # embargo is aimed at
        found += [
            (p, o)
            for _, act in args.prep_objects(trig.verb, args.FROM)
            if kept_from(act)
            for p, o in args.prep_objects(act, frozenset({"with", "to"}))
        ]
    if not found and trig.noun is None and trig.cameo.startswith(GIVEN_PREFIXES):
        # "withdrew the bulk of its troops from Congo", "gave 10 million pounds in aid for
        # Zimbabweans": what is given or withdrawn carries who it goes to or leaves
        found = [
            (p, o)
            for obj in args.objects_of(trig.verb)
            # "sent rescue teams and sniffer dogs to Turkey": on the last conjunct; "2
            # billion euros in economic assistance to Ukraine": on what the sum is in
            for held in [obj, *obj.conjuncts, *held_by(obj), *sum_in(obj)]
            for p, o in args.prep_objects(held, frozenset(preps))
        ]
        if trig.cameo[:2] in ("03", "05", "06"):
            # "signed a pact with Japan", not "agreed a contract with a Los Angeles club":
            # a partner is named, not placed
            found = [(p, o) for p, o in found if names_actor(doc, o)]
    for prep, obj in found:
        if prep == "for" and trig.cameo[:2] not in FOR_TARGET_ROOTS:
            continue
        if prep == "from" and not (
            trig.cameo[:2] in FROM_TARGET_ROOTS or trig.cameo in ("043", "055")
        ):
            continue  # a place of origin
        if prep == "to" and trig.cameo[:2] == "14":
            continue  # "took to the streets of Mogadishu": where, not against whom
        if prep == "at" and trig.cameo[:2] in ("11", "12") and obj.lemma_.lower() in SETTINGS:
            continue  # "lashed out at Riyadh", not "at a news conference with X"
        roots.target.append(obj)
        if prep == "to":
            roots.destination.append(obj)
    if trig.cameo[:2] in ("18", "19", "20"):
        # "detonated a roadside bomb next to an Israeli army patrol": whom the blast was set
        # beside
        beside = [
            o
            for w in (trig.verb, *args.objects_of(trig.verb))
            for c in w.children
            if c.dep_ in ("advmod", "prep") and c.lower_ in ("next", "near", "beside", "alongside")
            for p in ([c] if c.lower_ != "next" else [g for g in c.children if g.lower_ == "to"])
            for o in p.children
            if o.dep_ == "pobj"
        ]
        # "planted the bomb that killed 12 soldiers": whom the device struck
        roots.target += [
            t
            for o in args.objects_of(trig.verb)
            for c in o.children
            if c.dep_ == "relcl"
            for t in args.objects_of(c)
        ]
        # (a people or a force by a common noun, not a place named: "near the Line of Control")
        roots.target += [
            o for o in beside if any(t.pos_ == "NOUN" and is_actor(doc, t) for t in o.subtree)
        ]
    if trig.cameo == "074":
        # "sent advisers to help the Philippine army fight the rebels": whom they help
        roots.target += protected(trig.verb)
    if trig.cameo[:2] in ("08", "16"):
        roots.target += places_left(trig.verb)  # "pulled its troops out of Somalia"
    if trig.cameo[:2] == "07" and trig.verb.lemma_.lower() == "receive":
        # "Mali received 18,000 tonnes of sorghum from the United States": the giver
        # follows "from", the receiver is the one it goes to
        givers = [o for _, o in args.prep_objects(trig.verb, frozenset({"from"}))]
        roots.source, roots.target = givers, roots.source
    if trig.verb.dep_ == "acl" and trig.noun is None and not roots.source:
        roots.source += args.agent_of(trig.verb)


# Participles that lay a measure on someone: "sanctions imposed on Iran".
_LAID_ON = frozenset({"impose", "place", "slap", "clamp", "put", "declare", "enforce"})


def _imposed_on(measures: list[Token]) -> list[Token]:
    """Whom the measures were laid on: "the curfew imposed on Srinagar" gives Srinagar."""
    # ("the state of emergency declared in Bangkok": the participle may hang on "emergency")
    measures = measures + [o for m in measures for _, o in args.prep_objects(m, frozenset({"of"}))]
    return [
        o
        for m in measures
        for c in m.children
        if c.dep_ == "acl" and c.lemma_.lower() in _LAID_ON
        for _, o in args.prep_objects(c, frozenset({"on", "against", "in"}))
        if o.ent_type_ not in ("DATE", "TIME")
    ]


def _striker_in_when(verb: Token) -> list[Token]:
    """ "twelve worshippers were killed when a suicide bomber blew himself up": an agentless
    passive act of force done by the doer of the force in its "when" clause."""
    return [
        subj
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in clause.children
        )
        and ((code_of(clause) or "")[:2] in ("18", "19", "20") or clause.lemma_.lower() in _SET_OFF)
        for subj in clause.children
        if subj.dep_ == "nsubj"
    ]


def _killed_in_passing(verb: Token) -> list[Token]:
    """The objects of a participle of killing or wounding that follows the verb: "..., killing
    eight soldiers"."""
    return [
        o
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.i > verb.i
        if c.lemma_.lower() in _HARMING
        for o in args.objects_of(c)
    ]
