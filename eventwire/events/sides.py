"""Who did it and to whom: the source and target actors of a trigger, read off the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.checks import gives_with
from eventwire.events.placement import countries_of
from eventwire.events.threats import condition_clause
from eventwire.events.triggers import Trigger, code_of, held_by, light_noun, noun_code
from eventwire.records import Actor

# Roots whose "for" phrase names the other side: "called for", "aid for", "support for".
FOR_TARGET_ROOTS = ("02", "10", "07", "05")


# Codes whose reported clause's subject is the other side: appeals, demands, accusations,
# rejections and threats.
CLAUSE_TARGET_ROOTS = ("02", "10", "11", "12", "13")


# Codes whose direct object is the thing handed over or moved, not the other side.
THEME_PREFIXES = ("07", "15", "087", "057", "03")


# What one side puts to another: accepting or rejecting it answers its author.
PROPOSALS = frozenset(
    {"proposal", "offer", "request", "demand", "plan", "initiative", "appeal", "ultimatum"}
)


# Codes whose object is a thing given, withdrawn or cut: its own "to"/"from"/"for" phrase names
# the other side.
GIVEN_PREFIXES = ("07", "087", "162", "163", "0841", "0842")


def arguments_of(doc: Doc, trig: Trigger) -> tuple[list[Actor], list[Actor], list[Token]]:
    """Source actors, target actors and the destination tokens of a trigger."""
    source_roots: list[Token] = []
    target_roots: list[Token] = []
    destination: list[Token] = []
    symmetric_roots: list[Token] = []
    if trig.verb is not None:
        subj, passive = args.subject_of(trig.verb)
        if passive:
            source_roots += args.agent_of(trig.verb)
            if trig.noun is None:
                target_roots += subj
        else:
            # "thousands of Serbians took to the streets": the people the count holds
            source_roots += subj + [h for s in subj for h in held_by(s)]
            if trig.noun is None and not trig.cameo.startswith(THEME_PREFIXES):
                target_roots += args.objects_of(trig.verb)
            elif trig.noun is None and trig.cameo[:2] in ("03", "12"):
                # "accepted a Kenyan proposal": whose proposal it was is the other side
                target_roots += [
                    o for o in args.objects_of(trig.verb) if o.lemma_.lower() in PROPOSALS
                ]
            elif trig.noun is None and gives_with(trig.verb):
                target_roots += args.objects_of(trig.verb)  # "provided Ukraine with arms"
        for _, obj in args.prep_objects(trig.verb, frozenset({"between", "among"})):
            (target_roots if trig.cameo == "045" else symmetric_roots).append(obj)
        if trig.cameo[:2] == "06":
            # "trained alongside U.S. forces": the partner in a shared act
            target_roots += [o for _, o in args.prep_objects(trig.verb, frozenset({"alongside"}))]
        # "fired at the convoy", "lashed out at Riyadh"
        at = {"at"} if trig.cameo[:2] in ("11", "18", "19", "20") else set()
        preps = args.TARGET_PREPS | at
        found = list(args.prep_objects(trig.verb, frozenset(preps)))
        if not found and trig.noun is None and trig.cameo.startswith(GIVEN_PREFIXES):
            # "withdrew the bulk of its troops from Congo", "gave 10 million pounds in aid for
            # Zimbabweans": what is given or withdrawn carries who it goes to or leaves
            found = [
                (p, o)
                for obj in args.objects_of(trig.verb)
                for held in [obj, *held_by(obj)]
                for p, o in args.prep_objects(held, frozenset(preps))
            ]
        for prep, obj in found:
            if prep == "for" and trig.cameo[:2] not in FOR_TARGET_ROOTS:
                continue
            if prep == "from" and trig.cameo[:2] not in ("08", "16", "17"):
                continue  # "withdrew from Niger", "expelled from Moldova"; else a place of origin
            if prep == "to" and trig.cameo[:2] == "14":
                continue  # "took to the streets of Mogadishu": where, not against whom
            target_roots.append(obj)
            if prep == "to":
                destination.append(obj)
        if trig.verb.dep_ == "acl" and trig.noun is None and not source_roots:
            source_roots += args.agent_of(trig.verb)
    if trig.noun is not None:
        noun = trig.noun
        inner_i = trig.inner.i if trig.inner is not None else -1  # "intelligence sharing"
        for child in noun.children:
            kind = child.dep_ in ("poss", "compound", "amod", "nmod")
            if kind and child.i < noun.i and child.i != inner_i:
                source_roots.append(child)
        source_roots += args.agent_of(noun)
        if trig.cameo[:2] == "06":
            target_roots += [o for _, o in args.prep_objects(noun, frozenset({"alongside"}))]
        for prep, obj in args.prep_objects(noun, args.TARGET_PREPS | {"between", "among"}):
            if prep in ("between", "among"):
                (target_roots if trig.cameo == "045" else symmetric_roots).append(obj)
            elif prep != "for" or trig.cameo[:2] in FOR_TARGET_ROOTS:
                target_roots.append(obj)
                if prep == "to":
                    destination.append(obj)
    inner = trig.inner
    if inner is not None and inner in target_roots and trig.cameo[:2] == "11":
        # "condemned the US embargo on Cuba": the one condemned is who imposed the embargo.
        doers = [c for c in inner.children if c.dep_ in ("poss", "compound", "amod")]
        doers += args.agent_of(inner)
        if doers:
            target_roots = [t for t in target_roots if t.i != inner.i] + doers
    if not target_roots and trig.inner is not None:
        # "threatened to impose sanctions on Cuba": the complement names the target.
        inner = trig.inner
        if inner.pos_ in ("VERB", "AUX"):
            target_roots += [o for o in args.objects_of(inner) if not noun_code(o)]
            light = light_noun(inner)
            for word in (inner, light) if light is not None else (inner,):
                target_roots += [o for _, o in args.prep_objects(word, args.TARGET_PREPS)]
        else:
            # "the lifting of the blockade on Qatar", "the signing of a pact between A and B"
            for prep, obj in args.prep_objects(inner, args.TARGET_PREPS | {"between", "among"}):
                (symmetric_roots if prep in ("between", "among") else target_roots).append(obj)
    if trig.verb is None and trig.noun is not None and not source_roots:
        # "visited Athens for talks with X": the talks are the visitor's.
        head = trig.noun.head
        verb = head.head
        if (
            trig.noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and verb.pos_ in ("VERB", "AUX")
            and code_of(verb) is None  # "recalled its envoy for consultations" is one event
        ):
            source_roots += args.subject_of(verb)[0]
    source = args.actors_of(doc, source_roots)
    if not source and any(r.pos_ == "PRON" for r in source_roots):
        source = _speaker(doc, trig)
    target = [a for a in args.actors_of(doc, target_roots, nested_places=True) if a not in source]
    if not target and trig.verb is not None and trig.cameo[:2] in CLAUSE_TARGET_ROOTS:
        # "demanded that Israel withdraw", "warned that Moscow would pay": the one asked,
        # accused or warned is the subject of the reported clause.
        subjects = [
            c
            for clause in trig.verb.children
            if (clause.dep_ in ("ccomp", "xcomp") or condition_clause(clause))
            and clause.pos_ in ("VERB", "AUX")
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        ]
        target = [a for a in args.actors_of(doc, subjects) if a not in source]
    if not target and trig.verb is not None and trig.verb.dep_ == "conj" and not target_roots:
        # "summoned China's ambassador and lodged a protest": the second act has the first's
        # other side when it names none of its own
        first = trig.verb.head
        if (
            first.pos_ in ("VERB", "AUX")
            and args.subject_of(first)[0] == args.subject_of(trig.verb)[0]
        ):
            target = [a for a in args.actors_of(doc, args.objects_of(first)) if a not in source]
    if not target and trig.cameo[:2] == "15" and trig.verb is not None:
        # "massed troops along its border with Syria", "on the Afghan border": forces shown
        # at a border are shown to the country across it
        own = countries_of(source)
        target = [
            a
            for a in args.actors_of(doc, _borders(trig.verb), nested_places=True)
            if a.country and a.country not in own
        ]
    if not target and any(_owned_by_pronoun(t) for t in target_roots):
        target = _pronoun_owner(doc, trig, source)
    if symmetric_roots:
        source += args.actors_of(doc, symmetric_roots)
    if trig.cameo.startswith("042") and trig.verb is not None:
        destination += args.objects_of(trig.verb)
    return source, target, destination


def _speaker(doc: Doc, trig: Trigger) -> list[Actor]:
    """ "Iran said it was ready to talk": a pronoun subject is the reporting clause's subject."""
    current = trig.verb or trig.word
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = args.actors_of(doc, [s for s in subjects if s.pos_ != "PRON"])
        if found:
            return found
    return []


def _owned_by_pronoun(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


def _pronoun_owner(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """ "Russia said Ukraine attacked its posts": "its" is the nearest other country before."""
    sent = trig.word.sent
    taken = {a.country for a in source}
    for mention in reversed(doc._.actors or []):
        if sent.start <= mention.start < trig.word.i:
            found = [a for a in mention.actors if a.country and a.country not in taken]
            if found:
                return found
    return []


def inherit_frame(doc: Doc, trig: Trigger, source: list[Actor], target: list[Actor]) -> None:
    """Fill gaps from a comparison frame: "the first visit by A to B since C's trip"."""
    if trig.noun is None or trig.verb is not None or trig.noun.dep_ != "pobj":
        return
    prep = trig.noun.head
    if prep.lower_ not in ("since", "after", "before", "like"):
        return
    frame = prep.head
    by = [o for _, o in args.prep_objects(frame, frozenset({"by"}))]
    to = [o for w in (frame, *by) for _, o in args.prep_objects(w, frozenset({"to"}))]
    if not target and to:
        target.extend(args.actors_of(doc, to))
    frame_countries = [a.country for a in args.actors_of(doc, by) if a.country]
    if frame_countries:
        for i, actor in enumerate(source):
            if actor.country is None and actor.kind == "person":
                source[i] = Actor(
                    actor.text, actor.name, frame_countries[0], actor.sector, actor.kind, actor.role
                )


def _borders(verb: Token) -> list[Token]:
    """Border words in the verb's phrase and the "with" objects that name who is across."""
    found: list[Token] = []
    for tok in verb.subtree:
        if tok.lemma_.lower() in ("border", "frontier") and tok.i > verb.i:
            found.append(tok)
            found += [o for _, o in args.prep_objects(tok, frozenset({"with"}))]
    return found
