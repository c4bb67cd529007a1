"""Matching a verb to its sense: the words, particles and prepositions a sense may require.

A verb lemma names senses in order (eventwire.events.lexicon); the first whose conditions hold
is the verb's sense here ("pulled out of the town" needs the particle "out").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.places import find_place
from eventwire.events import arguments as args
from eventwire.events.lexicon import VERBS, Sense
from eventwire.events.nominals import QUANTITY_HEADS, words_of

PARTICLE_PREPS = frozenset({"out", "away", "back", "off"})
# Verbs of giving whose "with" phrase names what is given.
GIVING_VERBS = frozenset({"provide", "supply", "equip", "furnish", "arm", "present"})
# Craft that arrive with what they carry: "planes landed in Belgrade with flour and medicines".
ARRIVING_WITH = frozenset({"land", "arrive", "dock", "roll", "sail", "reach"})
ALLOWING_VERBS = frozenset({"allow", "permit", "let", "authorise", "authorize"})
# Prepositions whose object a sense may name ("to:streets", "behind:civilians").
NAMED_PREPS = frozenset(
    {"to", "into", "on", "in", "as", "under", "for", "from", "without", "with", "behind"}
    | {"beyond", "off", "through"}
)


def _time_phrase(prep: Token) -> bool:
    """Whether a preposition governs only a time: "on Wednesday", "in March"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def to_clauses(verb: Token) -> list[Token]:
    """The "to" clauses that say what the verb asks or orders, wherever the parse hung them."""
    heads = [verb, *(o for _, o in args.prep_objects(verb, frozenset({"on", "upon"})))]
    heads += [o for o in args.objects_of(verb) if o.dep_ == "dobj"]
    # "gave the force until the end of the month to leave": the clause may hang on the deadline
    deadline = [o for _, o in args.prep_objects(verb, frozenset({"until"}))]
    heads += deadline + [o for d in deadline for _, o in args.prep_objects(d, frozenset({"of"}))]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and args.infinitive(c)
    ]


# Verbs that stop or start an act named by a gerund: "stopped fighting", "resumed shelling".
HALTING_VERBS = frozenset({"stop", "cease", "halt", "end", "suspend", "resume", "quit"})


# Particles the parse may take for a preposition right after the verb: "hauled in the
# ambassador", "switched on exports", "stood down its units".
PHRASAL_PREPS = frozenset({"in", "on", "down", "up", "out", "back", "over"})


def _particle_as_prep(verb: Token, child: Token) -> bool:
    return child.dep_ == "prep" and child.i == verb.i + 1 and child.lower_ in PHRASAL_PREPS


def particle_objects(verb: Token) -> list[Token]:
    """The objects of a particle the parse took for a preposition ("hauled in the envoy"; not
    a place or a time: "fought in Syria", "met on Monday")."""
    return [
        o
        for c in verb.children
        if _particle_as_prep(verb, c)
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
    ]


def _object_words(verb: Token) -> set[str]:
    """What the verb acts on, as words a sense's object list may name."""
    subj, passive = args.subject_of(verb)
    # "handed in their weapons": the parse may hang the object on the particle.
    # "handed in its weapons": "in" parsed as a preposition
    handed_in = verb.lemma_.lower() in ("hand", "turn", "give")
    on_particle = [
        o
        for c in verb.children
        if c.dep_ == "prt"
        or (c.dep_ == "prep" and (c.lower_ == "off" or (handed_in and c.lower_ == "in")))
        for o in c.children
        if o.dep_ == "pobj"
    ] + particle_objects(verb)
    # "pulled out of negotiations": "out" parsed as a preposition governing "of"
    on_particle += [
        o
        for c in verb.children
        if c.dep_ in ("prep", "prt") and c.lower_ == "out"
        for of in c.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for o in of.children
        if o.dep_ == "pobj"
    ]
    own = args.objects_of(verb)
    if not own and not passive:
        # "riot police beat and detained thousands of protesters": verbs joined by "and"
        # share the object the parser gives the last
        own = [o for c in verb.children if c.dep_ == "conj" for o in args.objects_of(c)]
    objects = words_of(own + on_particle + (subj if passive else []))
    objects |= words_of(sum_contents(verb))
    # "granted the International Committee of the Red Cross access to ...": the parser may
    # end a long name with the common noun that follows it
    objects |= {
        o.lemma_.lower()
        for d in args.objects_of(verb)
        if d.pos_ == "PROPN"
        for p in d.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    }
    # "expelled the members of the UN inspection team", "the head of the observer mission":
    # people named by the body they belong to, for the senses that name it ("of:team")
    # ("the offices of the rights group Memorial": the body's kind may modify its name)
    objects |= {
        f"of:{w.lemma_.lower()}"
        for d in args.objects_of(verb)
        if d.lemma_.lower() in PARTITIVES
        for p in d.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for w in [o, *(c for c in o.children if c.dep_ == "compound")]
    }
    objects |= words_of(
        [
            o
            for d in args.objects_of(verb)
            if d.lemma_.lower() in PARTS
            for _, o in args.prep_objects(d, frozenset({"of"}))
        ]
    )
    if verb.lemma_.lower() in ALLOWING_VERBS:
        # "allowed UN aid convoys to keep using the crossing": who or what is let through;
        # "allowed opposition supporters to hold a rally": what they may do
        objects |= words_of(
            [
                s
                for c in verb.children
                if c.dep_ in ("ccomp", "xcomp")
                for s in c.children
                if s.dep_ in ("nsubj", "nsubjpass", "dobj")
            ]
        )
    if verb.lemma_.lower() in GIVING_VERBS | ARRIVING_WITH:
        # "provided Ukraine with air defences": what is given follows "with"
        objects |= words_of([o for _, o in args.prep_objects(verb, frozenset({"with"}))])
    if verb.lemma_.lower() in HALTING_VERBS:
        # "the militias stopped fighting": what is stopped may be a gerund
        objects |= {c.lower_ for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}
    # "surrounded Kyiv": a place by name ("@place"), for senses that take towns by name
    own = args.objects_of(verb) if verb.dep_ != "acl" else []
    objects |= {"@place" for o in own if o.pos_ == "PROPN" and _a_place(o)}
    # "received Christopher in Damascus": a person by name ("@person")
    objects |= {"@person" for o in own if o.pos_ == "PROPN" and o.ent_type_ == "PERSON"}
    # "a mosque was set ablaze": what it was set to, hung on the verb as an adverb
    objects |= {c.lower_ for c in verb.children if c.lower_ in ("ablaze", "alight")}
    # "admitted that its forces had shot down the jet": a reported clause ("@clause")
    objects |= {"@clause" for c in verb.children if c.dep_ == "ccomp"}
    # "declared the envoy persona non grata": a small clause the parser heads with its noun
    objects |= {c.lemma_.lower() for c in verb.children if small_clause(c)}
    # "gave him 48 hours to leave": a span of time hangs on the verb as an adverb
    objects |= {c.lower_ for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"}
    # "took to the streets", "poured into the streets": where to, for the few senses that
    # name it ("to:streets", "into:streets", "on:hold", "with:batons")
    named = args.prep_objects(verb, NAMED_PREPS)
    objects |= {f"{p}:{o.lower_}" for p, o in named}
    # "flooded the city with thousands of police": the people behind the number
    objects |= {
        f"{p}:{i.lower_}"
        for p, o in named
        if o.lower_ in ("thousands", "hundreds", "dozens", "scores")
        for _, i in args.prep_objects(o, args.OF)
    }
    # "walked away from the talks": the parse may hang the preposition on the particle
    objects |= {
        f"{p.lower_}:{o.lower_}"
        for c in verb.children
        if c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "back")
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in NAMED_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    }
    if verb.dep_ == "acl" or misparsed_predicate(verb):
        objects |= {verb.head.lemma_.lower(), verb.head.lower_}
        if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
            # "memoranda of understanding, signed by ...": the clause hangs on the "of" noun.
            owner = verb.head.head.head
            objects |= {owner.lemma_.lower(), owner.lower_}
    return objects


def _particles(verb: Token) -> set[str]:
    """Particles and clause markers a sense may require ("out", "<to>", "<to:leave>")."""
    # "pulled its guns back", "set them free": the particle may be parsed as a modifier.
    particles = (
        # ("said no to the offer": "no" parsed as an interjection)
        {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "acomp", "oprd", "intj")}
        # "walked off the job": "off" parsed as a preposition
        | {c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "off"}
        | {c.lower_ for c in verb.children if _particle_as_prep(verb, c)}
        # "let go of three sailors": "go" parsed as a complement verb; "sent the envoy
        # packing": "packing" parsed as a clause or the object
        | {
            c.lower_
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp", "advcl", "dobj") and c.lower_ in ("go", "packing")
        }
        | {
            # "pulled out of the town": "out" parsed as a preposition governing "of"
            c.lower_
            for c in verb.children
            if c.dep_ == "prep"
            and c.lower_ in PARTICLE_PREPS
            and any(g.dep_ == "prep" for g in c.children)
        }
        | {
            # "set free four soldiers": a word right after the verb, parsed as the object's
            # modifier; "held the Palestinian Authority responsible": one after the object
            c.lower_
            for o in args.objects_of(verb)
            for c in o.children
            if c.dep_ == "amod" and (c.i == verb.i + 1 or c.i > o.i)
        }
        # "held Pyongyang responsible": an adjective complement
        | {c.lower_ for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "ADJ"}
    )
    if verb.i + 1 < len(verb.doc):
        # "set free 198 fishermen": the word may hang on the object's number
        after = verb.doc[verb.i + 1]
        objects = args.objects_of(verb)
        # ("ready to hand over six soldiers": a particle tagged as such hung on the number)
        if (after.dep_ == "amod" or after.tag_ == "RP") and any(
            o in after.ancestors for o in objects
        ):
            particles.add(after.lower_)
    # Clause markers: what is asked ("pressed Kabul to act": "<to>", "ordered troops to leave":
    # "<to:leave>") or asserted ("charged that troops had crossed": "<that>").
    clauses = to_clauses(verb)
    if clauses:
        particles.add("<to>")
        # "ordered the agency to close its offices and leave": each conjoined act is asked
        particles.update(
            f"<to:{v.lemma_.lower()}>" for c in clauses for v in args.with_conjuncts(c)
        )
    if any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        particles.add("<that>")
    return particles


def sum_contents(verb: Token) -> list[Token]:
    """What a sum the verb takes is in: "cancelled 300 million dollars in military
    assistance" (the parse may hang "in" on the verb)."""
    return [
        o
        for d in args.objects_of(verb)
        if d.like_num or d.lemma_.lower() in MONEY_UNITS
        for w in (d, verb)
        for _, o in args.prep_objects(w, frozenset({"in"}))
    ]


def _sense_preps(verb: Token) -> set[str]:
    """Prepositions of the verb or, as in "turned its back on", of its direct object.

    A time ("on Wednesday") is no preposition of the sense: "called up reservists on
    Wednesday" asks nothing.
    """
    objects = [o for o in args.objects_of(verb) if o.dep_ == "dobj"]
    # "sent a contingent of teachers to Bolivia": the parse may hang "to" on what is counted
    objects += [
        g
        for o in objects
        if o.lemma_.lower() in QUANTITY_HEADS
        for _, g in args.prep_objects(o, args.OF)
    ]
    preps = {
        c.lower_
        for head in [verb, *objects]
        for c in head.children
        # "until Friday" is a time, but a deadline's time ("gave them until Friday to leave")
        if c.dep_ in ("prep", "dative") and (not _time_phrase(c) or c.lower_ == "until")
    }
    # "called for peacekeepers to be sent": "for" parsed as the mark of a clause
    preps |= {
        m.lower_
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
        for m in c.children
        # "gave the envoy until Sunday to leave": "until" parsed as the clause's mark
        if m.dep_ == "mark" and m.lower_ in ("for", "until")
    }
    return preps


# Words that mark what is sent as relief, even when soldiers carry it.
RELIEF_WORDS = frozenset(
    {"relief", "humanitarian", "medical", "medicine", "medicines", "food", "doctors", "rescuers"}
)


# What is sent to someone without being given: words and the people who carry them.
MESSAGE_NOUNS = frozenset(
    {"letter", "letters", "message", "messages", "note", "notes", "envoy", "envoys"}
    | {"emissary", "emissaries", "delegation", "delegations", "invitation", "invitations"}
    | {"greetings", "congratulations", "condolences", "signal", "signals", "representative"}
    | {"representatives"}
)


# Words for people that take their kind from the body they belong to.
PARTITIVES = frozenset(
    {"member", "members", "head", "chief", "staff", "personnel", "employee"}
    # "withdrew the accreditation of IAEA inspectors": the inspectors are sent away;
    # "closed the offices of the rights group Memorial": the group is shut down
    | {"accreditation", "accreditations", "office", "offices", "headquarters", "operation"}
    | {"operations", "activity", "activities"}
    # "appointed a commission of inquiry": the body is the inquiry
    | {"commission", "commissions", "committee", "panel", "board"}
    # "revoked the licences of 13 aid agencies": the agencies lose them
    | {"licence", "licences", "license", "licenses", "permit", "permits", "registration"}
    # "gained control of the town": the town is taken
    | {"control"}
    # "handed over a list of smuggling syndicates": the hunted are what is passed on
    | {"detail", "details", "list", "lists", "name", "names", "location", "locations"}
    | {"identity", "identities"}
)
# Units a sum is counted in: "300 million dollars in aid".
MONEY_UNITS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "rouble"})
# Parts that stand for their whole: "returned the final section of the Axum obelisk".
PARTS = frozenset(
    {"section", "sections", "portion", "portions", "piece", "pieces", "fragment", "fragments"}
)
# Particles that, with no object, take a verb out of every sense it has.
INTRANSITIVE_AWAY = {"blast": {"off"}, "back": {"up"}, "lift": {"off"}, "shoot": {"up"}}


# Prepositions of what a thing is about or aimed at, not what it carries.
_ABOUT = frozenset({"on", "over", "against", "about"})


def sense_for(verb: Token) -> Sense | None:
    """The first sense of the verb whose object, particle and preposition conditions hold."""
    senses = VERBS.get(verb.lemma_.lower())
    if not senses:
        return None
    objects, particles, preps = _object_words(verb), _particles(verb), _sense_preps(verb)
    if any("@place" in s.objects for s in senses) and _names_a_town(verb):
        objects.add("@place")  # "captured Kunduz": a town named (looked up only for such senses)
    # ("dropped a proposed tax on food": what a thing is about carries nothing)
    carried = {
        t.lower_
        for o in args.objects_of(verb)
        for t in o.subtree
        if not any(a.lower_ in _ABOUT and o.i < a.i < t.i for a in t.ancestors)
    }
    if (objects | carried) & RELIEF_WORDS:  # "aircraft loaded with medical supplies"
        # "dispatched army medical teams and relief supplies": aid, whoever carries it
        senses = tuple(sorted(senses, key=lambda s: not s.cameo.startswith("07")))
    if particles & INTRANSITIVE_AWAY.get(verb.lemma_.lower(), set()) and not args.objects_of(verb):
        return None  # "the astronauts blasted off", "traffic backed up for kilometres"
    relief = (objects | carried) & RELIEF_WORDS
    # the objects' own heads: "revoked the press credentials" is about credentials, not the press
    held = args.objects_of(verb)
    heads = {w for o in held for w in (o.lower_, o.lemma_.lower())}
    modifiers = {
        w
        for o in held
        for c in o.children
        if c.dep_ == "compound"
        for w in (c.lower_, c.lemma_.lower())
    } - heads
    by_modifier: Sense | None = None
    for sense in senses:
        # "dispatch two cargo planes loaded with tents": what they carry is the aid sent
        given = objects | carried if relief and sense.cameo.startswith("07") else objects
        if sense.objects and not (sense.objects & given):
            continue
        if sense.particle and sense.particle not in particles:
            continue
        if sense.prep and sense.prep not in preps:
            continue
        if sense.prep and not sense.objects and sense.cameo[:2] == "07" and objects & MESSAGE_NOUNS:
            continue  # "sent a letter to the UN", "sent an envoy to Havana": nothing given
        # ("of:agencies", "@place" name no head and are never a modifier's match)
        named = {w for w in sense.objects & given if ":" not in w and "@" not in w}
        if by_modifier is not None and not (named & heads):
            continue  # after a sense a modifier matched, only one its head matches
        if named and named <= modifiers and named == sense.objects & given:
            by_modifier = sense  # kept unless a later sense matches the head itself
            continue
        return sense
    return by_modifier


def misparsed_predicate(verb: Token) -> bool:
    """A finite verb the parser hung on the next noun as a modifier: "Orban voiced support",
    "the government relaxed curbs" (a past tense or a subject of its own gives it away).
    Right after the verb whose object it modifies it is no predicate: "freed detained X"."""
    if verb.dep_ != "amod":
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.lemma_.lower() == "have" and verb.tag_ == "VBN":
        return True  # "Iran has armed Houthi rebels": the perfect, parsed as "has" + object
    if verb.head.dep_ == "dobj" and verb.head.head.i == verb.i - 1:
        return False
    if verb.tag_ == "VBD" or any(c.dep_ == "nsubj" for c in verb.children):
        return True
    if args.objects_of(verb) == [verb.head]:
        return True  # "Japan's air force scrambled fighter jets" (a participle's tag)
    if before is None:
        return False
    # "searched a prison and seized weapons": the parser joined the object, not the verb, to
    # the first predicate
    if before.dep_ == "cc" and verb.head.dep_ == "conj" and verb.head.head.pos_ == "VERB":
        return True
    # "A court in Hanoi jailed dissident lawyer X": no verb heads the sentence, and the verb
    # follows a whole noun phrase
    if (
        before.dep_ == "compound"
        and before.head.i == verb.head.i
        and before.pos_ == "NOUN"
        and any(c.dep_ == "poss" for c in before.children)
    ):
        # "South Korea's government relaxed restrictions": a possessed noun, then the verb
        return True
    if before.pos_ in ("NOUN", "PROPN") and before.i >= verb.sent.start:
        root = verb.sent.root
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and before not in verb.subtree:
            return True
    return bool(args.fragment_subject(verb))


def small_clause(child: Token) -> bool:
    """A small clause the parser heads with its noun or adjective: "declared the envoy persona
    non grata" ("persona" may be tagged a verb), "would hold Syria responsible"."""
    return child.dep_ == "ccomp" and (child.pos_ in ("NOUN", "ADJ") or child.lower_ == "persona")


def _a_place(name: Token) -> bool:
    """A place by name, by the tagger or the gazetteer ("Mekelle" may be tagged a person)."""
    return name.ent_type_ in ("GPE", "LOC", "FAC") or find_place(name.text) is not None


def _names_a_town(verb: Token) -> bool:
    """Whether the verb's object is a city, a capital or a region by name ("captured Kunduz",
    "seized Donbas"), not a country."""
    for obj in args.objects_of(verb):
        place = find_place(obj.text) if obj.pos_ == "PROPN" else None
        if place is not None and place.kind != "country":
            return True
    return False
