"""Who did it and to whom: the source and target actors of a trigger, read off the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.carriers import light_noun
from eventwire.events.checks import gives_with
from eventwire.events.clauses import kept_on_despite
from eventwire.events.conditions import condition_clause
from eventwire.events.deeds import BLASTS, force_sides
from eventwire.events.matching import ALLOWING_VERBS, small_clause
from eventwire.events.nominals import occurring
from eventwire.events.placement import countries_of, placed
from eventwire.events.protection import protected
from eventwire.events.recipients import (
    HARMS,
    background_tokens,
    borders,
    helped,
    is_actor,
    names_actor,
    placers,
    planted_by,
    predicate_tokens,
    promised_to,
    sum_in,
    talks_left,
)
from eventwire.events.referents import (
    owned_by_pronoun,
    pronoun_antecedent,
    pronoun_owner,
    speaker_of,
)
from eventwire.events.threat_sides import (
    SUFFERING_VERBS,
    claimed_doers,
    condition_targets,
    deed_doers,
    disapproved_doers,
    doers_of_threat,
    places_left,
    threat_aims,
)
from eventwire.events.triggers import Trigger, code_of, held_by, noun_code
from eventwire.records import Actor

# Roots whose "from" phrase names the other side: "withdrew from Niger", "expelled from
# Moldova", "sought assistance from Saudi Arabia" (and hosting: "a delegation from Ghana").
FROM_TARGET_ROOTS = ("08", "16", "17", "02", "10")
# Roots whose "for" phrase names the other side: "called for", "aid for", "support for".
FOR_TARGET_ROOTS = ("02", "10", "07", "05")
# Verbs whose object is the accused, and whose "of" or "for" clause tells what of.
ACCUSING = frozenset({"accuse", "blame", "charge", "indict", "suspect", "denounce", "condemn"})
# Codes whose reported clause's subject is the other side: appeals, demands, accusations,
# rejections and threats.
CLAUSE_TARGET_ROOTS = ("02", "10", "11", "12", "13")
# Codes whose direct object is the thing handed over or moved, not the other side.
THEME_PREFIXES = ("07", "15", "087", "057", "03")
# What one side puts to another: accepting or rejecting it answers its author.
PROPOSALS = frozenset(
    {"proposal", "offer", "request", "demand", "plan", "initiative", "appeal", "ultimatum"}
)
# Codes whose event noun's "of" phrase names who it is done to ("the arrest of X"); elsewhere
# it may name the doer ("the visit of the president", "the demands of the strikers").
# Judgements whose "of" names what is judged.
APPROVAL_NOUNS = frozenset({"approval", "endorsement", "recognition", "praise", "appreciation"})
PATIENT_OF_ROOTS = ("08", "11", "12", "16", "17", "18", "19", "20")
# Fights among equals: "a clash of rival gangs" names both sides, no patient.
MUTUAL_NOUNS = frozenset(
    {"clash", "battle", "war", "fighting", "skirmish", "confrontation", "conflict", "fight"}
)
# Nouns of a deed done by someone that carry no event code of their own.
DEEDS = frozenset({"handling", "treatment", "policy", "policies", "decision", "plan", "move"})
# A state's missions abroad: a protest at one is a protest to that state.
# Where a protest is held at someone: "outside parliament", "at the palace gates".
# Codes whose object is a thing given, withdrawn or cut, or an agreement or a joint act: its own
# "to"/"from"/"for"/"with" phrase names the other side ("signed a pact with Vietnam").
GIVEN_PREFIXES = ("07", "087", "162", "163", "0841", "0842", "03", "057", "06")


# Occasions words are spoken at: "condemned Israel at a news conference with X".
SETTINGS = frozenset(
    {"conference", "meeting", "summit", "session", "briefing", "rally", "ceremony", "forum"}
    | {"talks", "gathering", "dinner", "event", "debate", "hearing", "assembly", "congress"}
)

# Who comes on a visit: "a delegation from South Africa".
VISITORS = frozenset({"delegation", "delegations", "team", "mission", "envoy", "envoys"})


_AT_PLACES = frozenset({"at", "in", "near", "outside"})


def arguments_of(doc: Doc, trig: Trigger) -> tuple[list[Actor], list[Actor], list[Token]]:
    """Source actors, target actors and the destination tokens of a trigger."""
    source_roots: list[Token] = []
    target_roots: list[Token] = []
    destination: list[Token] = []
    symmetric_roots: list[Token] = []
    if trig.verb is not None:
        subj, passive = args.subject_of(trig.verb)
        if passive:
            source_roots += args.agent_of(trig.verb) or [
                # "was threatened with sanctions by the African Union", "was given an
                # ultimatum by Eritrea": the parse may hang the agent on what is given
                a
                for o in [
                    *(o for _, o in args.prep_objects(trig.verb, frozenset({"with"}))),
                    *args.objects_of(trig.verb),
                ]
                for a in args.agent_of(o)
            ]
            sent = trig.rule.endswith((".protect", ".peacekeeping"))
            if trig.noun is None and not source_roots and (trig.cameo[:2] == "15" or sent):
                # "the army was put on high alert", "extra police were deployed in Tbilisi":
                # forces alerted or sent are their state's own show of force
                source_roots += subj
            elif trig.noun is None or (
                trig.noun not in subj and trig.verb.lemma_.lower() in HANDING_VERBS
            ):
                # "Chad was given an ultimatum": whoever a light verb's act is handed to
                target_roots += subj
        else:
            # "thousands of Serbians took to the streets": the people the count holds
            source_roots += subj + [h for s in subj for h in held_by(s)]
            # "an explosion at a police checkpoint killed four officers": who was hit
            blasts = [s for s in subj if s.lemma_.lower() in BLASTS]
            source_roots = [r for r in source_roots if r not in blasts]
            target_roots += [o for s in blasts for _, o in args.prep_objects(s, _AT_PLACES)]
            if trig.noun is None and not trig.cameo.startswith(THEME_PREFIXES):
                target_roots += args.objects_of(trig.verb)
                if trig.cameo.startswith("08") and trig.verb.lemma_.lower() in ALLOWING_VERBS:
                    # "allowed opposition supporters to hold a rally": those let do it
                    target_roots += [
                        s
                        for c in trig.verb.children
                        if c.dep_ in ("ccomp", "xcomp")
                        for s in c.children
                        if s.dep_ == "nsubj"
                    ]
                # "let go of three sailors", "let go the crew": "go" parsed as a complement
                target_roots += [
                    o
                    for go in trig.verb.children
                    if go.dep_ in ("xcomp", "ccomp") and go.lower_ == "go"
                    for o in args.objects_of(go)
                    + [o for _, o in args.prep_objects(go, frozenset({"of"}))]
                ]
            elif trig.noun is None and trig.cameo[:2] in ("03", "12"):
                # "accepted a Kenyan proposal": whose proposal it was is the other side;
                # "promised ECOWAS envoys": so is whoever is promised
                target_roots += [
                    o
                    for o in args.objects_of(trig.verb)
                    if o.lemma_.lower() in PROPOSALS or is_actor(doc, o)
                ]
            elif trig.noun is None and gives_with(trig.verb):
                target_roots += args.objects_of(trig.verb)  # "provided Ukraine with arms"
            else:
                # "gave Georgia an ultimatum", "promised ECOWAS mediators that ...": whoever
                # something is given or promised to
                target_roots += [c for c in trig.verb.children if c.dep_ in ("dative", "iobj")]
                if trig.noun is not None and trig.verb.lemma_.lower() in HANDING_VERBS:
                    # "handed the Chinese ambassador a note of protest": the parse may take the
                    # one handed to for a first object
                    target_roots += [o for o in args.objects_of(trig.verb) if o.i < trig.noun.i]
            # "declared the Colombian envoy persona non grata": the small clause's subject
            target_roots += [
                s
                for c in trig.verb.children
                if small_clause(c)
                for s in c.children
                if s.dep_ == "nsubj"
            ]
        for _, obj in args.prep_objects(trig.verb, frozenset({"between", "among"})):
            (target_roots if trig.cameo == "045" else symmetric_roots).append(obj)
        if trig.cameo.startswith(("042", "043")) and trig.noun is None:
            # "hosted a trade delegation from South Africa": the visitors' country
            target_roots += [
                o
                for v in args.objects_of(trig.verb)
                if v.lemma_.lower() in VISITORS
                for _, o in args.prep_objects(v, frozenset({"from"}))
            ]
        if trig.cameo[:2] == "06":
            # "trained alongside U.S. forces": the partner in a shared act
            target_roots += [o for _, o in args.prep_objects(trig.verb, frozenset({"alongside"}))]
        # "fired at the convoy", "lashed out at Riyadh"
        at = {"at"} if trig.cameo[:2] in ("11", "12", "18", "19", "20") else set()
        # "stood behind Venezuela's president", "spoke warmly of Rwanda": whom one backs
        at |= {"behind", "of"} if trig.cameo[:2] == "05" else set()
        at |= {"from"} if trig.cameo == "055" else set()  # "asked forgiveness from Rwanda"
        if trig.cameo[:2] == "05":
            # "spoke out in defence of Belarus"
            target_roots += [
                o
                for _, d in args.prep_objects(trig.verb, frozenset({"in"}))
                if d.lemma_.lower() in ("defence", "defense", "support", "favour", "favor")
                for _, o in args.prep_objects(d, frozenset({"of"}))
            ]
        preps = args.TARGET_PREPS | at
        found = [
            (p, o)
            for p, o in args.prep_objects(trig.verb, frozenset(preps))
            if o.ent_type_ not in ("DATE", "TIME")  # "on Tuesday"
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
            target_roots.append(obj)
            if prep == "to":
                destination.append(obj)
        if trig.cameo == "074":
            # "sent advisers to help the Philippine army fight the rebels": whom they help
            target_roots += protected(trig.verb)
        if trig.cameo[:2] in ("08", "16"):
            target_roots += places_left(trig.verb)  # "pulled its troops out of Somalia"
        if trig.cameo[:2] == "07" and trig.verb.lemma_.lower() == "receive":
            # "Mali received 18,000 tonnes of sorghum from the United States": the giver
            # follows "from", the receiver is the one it goes to
            givers = [o for _, o in args.prep_objects(trig.verb, frozenset({"from"}))]
            source_roots, target_roots = givers, source_roots
        if trig.verb.dep_ == "acl" and trig.noun is None and not source_roots:
            source_roots += args.agent_of(trig.verb)
    if trig.rule == "say.dismay" and trig.verb is not None and trig.inner is not None:
        # "Japan was outraged by the Chinese seizure of the trawler": Japan disapproves of China
        dismayed = args.subject_of(trig.verb)[0]
        source_roots = dismayed or [c for c in trig.verb.children if c.dep_ == "nsubjpass"]
        # "the shooting down of its jet by Syria": the agent may hang deeper in the phrase, or
        # on "reacted"
        held = [*trig.inner.subtree]
        if trig.verb.lemma_.lower() in ("react", "respond"):
            held += [c for c in trig.verb.children if c.lower_ == "by"]
        agents = [o for t in held if t.lower_ == "by" for o in t.children if o.dep_ == "pobj"]
        target_roots = deed_doers(trig.inner) or agents or [trig.inner]
    if trig.rule.endswith("+force") and trig.verb is not None:
        # "the town of Goma fell to M23 rebels", "a UN convoy came under fire from militias"
        source_roots, target_roots = force_sides(trig.verb)
    if trig.rule.endswith("+bomb") and trig.verb is not None:
        # "a bomb planted by suspected ETA separatists": who planted or sent it did it
        source_roots = placers(args.subject_of(trig.verb)[0])
    elif (
        trig.cameo[:2] in ("18", "19", "20")
        and trig.verb is not None
        and not args.actors_of(doc, source_roots)
    ):
        # "a roadside bomb planted by Maoist rebels hit a police vehicle, killing eight":
        # the harm follows the blast of a bomb someone planted
        source_roots = planted_by(trig.verb) or source_roots
    if trig.noun is not None:
        noun = trig.noun
        inner_i = trig.inner.i if trig.inner is not None else -1  # "intelligence sharing"
        for child in noun.children:
            kind = child.dep_ in ("poss", "compound", "amod", "nmod")
            if kind and child.i < noun.i and child.i != inner_i:
                source_roots.append(child)
        source_roots += args.agent_of(noun)
        carrier = noun.head if noun.dep_ == "compound" else noun  # "a protest note"
        if carrier.dep_ == "nsubjpass" and (
            code_of(carrier.head) is None or carrier.head.lemma_.lower() in ORDERING_VERBS
        ):
            # "the expulsion of the workers was ordered by Gaddafi": who ordered it did it;
            # "the blockade was condemned by Turkey" is Turkey's condemnation only. "A protest
            # note was handed by Moscow to Estonia's envoy": whom it was handed to
            source_roots += args.agent_of(carrier.head)
            target_roots += [o for _, o in args.prep_objects(carrier.head, frozenset({"to"}))]
        if trig.cameo[:2] == "06":
            target_roots += [o for _, o in args.prep_objects(noun, frozenset({"alongside"}))]
        if trig.cameo[:2] == "11":
            target_roots += disapproved_doers(doc, noun)  # "outrage over the Israeli raid"
        preps = args.TARGET_PREPS | {"between", "among"}
        if noun.dep_ == "nsubj" and occurring(noun.head):
            # "heavy fighting erupted between government troops and rebels": the sides hang
            # on the verb
            symmetric_roots += [
                o for _, o in args.prep_objects(noun.head, frozenset({"between", "among"}))
            ]
        if trig.cameo[:2] in PATIENT_OF_ROOTS and noun.lemma_.lower() not in MUTUAL_NOUNS:
            preps |= {"of"}  # "the invasion of Iraq", "the expulsion of two diplomats"
        if noun.lemma_.lower() in APPROVAL_NOUNS:
            preps |= {"of"}  # "its approval of Latvia's law" (but "the backing of France")
        for prep, obj in args.prep_objects(noun, preps):
            if prep in ("between", "among"):
                (target_roots if trig.cameo == "045" else symmetric_roots).append(obj)
            elif prep != "for" or trig.cameo[:2] in FOR_TARGET_ROOTS:
                target_roots.append(obj)
                if prep == "to":
                    destination.append(obj)
    inner = trig.inner
    if inner is not None and inner in target_roots and trig.cameo[:2] == "11":
        # "condemned the US embargo on Cuba": the one condemned is who imposed the embargo.
        doers = deed_doers(inner)
        if doers:
            target_roots = [t for t in target_roots if t.i != inner.i] + doers
    if trig.cameo[:2] == "14":
        # "rallied against the invasion of Ukraine", "against Tokyo's handling of ...": a
        # protest is aimed at who did the deed, not at whom it was done to
        target_roots = [d for root in target_roots for d in _doers_of_deed(root)]
    if trig.cameo[:2] == "13":
        # "warned of retaliation against Syria", "would respond to any Indian attack"
        target_roots = threat_aims(trig) or target_roots
    inner = trig.inner
    if inner is None and trig.verb is not None and trig.cameo[:2] in ("13", "10", "12"):
        # "threatened to cut off copper sales to Peru": an uncoded complement still names it
        inner = next((c for c in trig.verb.children if c.dep_ == "xcomp"), None)
        inner = inner or args.delayed_infinitive(trig.verb)
        if inner is None and trig.cameo[:2] == "13":
            # "warned that it would walk away from the talks with the EU"
            inner = next((c for c in trig.verb.children if c.dep_ == "ccomp"), None)
    elif inner is None and trig.verb is not None and trig.cameo[:2] == "03" and not target_roots:
        # "pledged to expand trade ties with Vietnam": a promise's partner, named by "with",
        # "to" or "for" on its uncoded complement ("pledged to deepen ties under US sanctions"
        # names none)
        delayed = args.delayed_infinitive(trig.verb)
        target_roots += [
            o
            for c in trig.verb.children
            if c.dep_ == "xcomp" or c is delayed
            for w in [c, *args.objects_of(c)]
            for _, o in args.prep_objects(w, frozenset({"with", "to", "for"}))
        ]
        target_roots += promised_to(doc, trig)
    if inner is not None and not args.actors_of(doc, target_roots, nested_places=True):
        # "threatened to impose sanctions on Cuba": the complement names the target.
        if inner.pos_ in ("VERB", "AUX"):
            target_roots += [o for o in args.objects_of(inner) if not noun_code(o)]
            target_roots += helped(inner)
            # "refused to lift its trade embargo on Cuba", "threatened to suspend talks with
            # Israel": the act named by the object names whom it touches
            target_roots += [
                o
                for held in args.objects_of(inner)
                if noun_code(held)
                for _, o in args.prep_objects(held, args.TARGET_PREPS)
            ]
            light = light_noun(inner)
            for word in (inner, light) if light is not None else (inner,):
                target_roots += [o for _, o in args.prep_objects(word, args.TARGET_PREPS)]
            target_roots += talks_left(inner)
            if not args.actors_of(doc, target_roots) and (code_of(inner) or "")[:2] in HARMS:
                # "threatened to carry out bombings in Kenya": where the harm would fall
                target_roots += [
                    o
                    for word in (inner, *args.objects_of(inner))
                    for _, o in args.prep_objects(word, frozenset({"in", "inside"}))
                ]
        else:
            # "the lifting of the blockade on Qatar", "the signing of a pact between A and B"
            for prep, obj in args.prep_objects(inner, args.TARGET_PREPS | {"between", "among"}):
                (symmetric_roots if prep in ("between", "among") else target_roots).append(obj)
    if trig.verb is None and trig.noun is not None and not args.actors_of(doc, source_roots):
        # ("went on hunger strike": "hunger" is no doer)
        # "visited Athens for talks with X": the talks are the visitor's.
        word = trig.noun
        if (
            word.dep_ == "pobj"
            and word.head.lower_ == "of"
            and word.head.head.lemma_.lower() in CAMPAIGN_NOUNS
        ):
            word = word.head.head  # "in a campaign of ethnic cleansing", "a wave of attacks"
        head = word.head
        verb = head.head
        if word.dep_ == "dobj" and word is not trig.noun:
            source_roots += args.subject_of(head)[0]  # "in a campaign of ethnic cleansing"
        elif word.dep_ == "dobj" and code_of(head) is None:
            # "miners called an indefinite strike": the act an uncoded verb takes is its
            # subject's, when an actor heads the subject ("lenders in Britain trimmed their
            # deals" names none)
            source_roots += [s for s in args.subject_of(head)[0] if is_actor(doc, s)]
        elif (
            word.dep_ == "pobj"
            and head.dep_ == "prep"
            and verb.pos_ in ("VERB", "AUX")
            # "said on Friday, after a deadly shootout": a time, not the speaker's deed
            and head.lower_ not in ("after", "before", "since", "following", "amid", "despite")
            # "recalled its envoy for consultations" is one event; "blocked highways in
            # protest" is the blockers' protest
            and (code_of(verb) is None or head.lower_ == "in")
        ):
            governing, passive = args.subject_of(verb)
            if passive or verb.lemma_.lower() in SUFFERING_VERBS:
                # "two civilians were wounded in a rocket attack", "three policemen died in an
                # attack": those it struck, not its doers
                target_roots += governing
            else:
                source_roots += governing
        # "an attack launched by Hamas", "an attack blamed on Maoist rebels"
        source_roots += claimed_doers(trig.noun)
    source = args.actors_of(doc, source_roots)
    if not source and any(r.pos_ == "PRON" for r in source_roots):
        source = speaker_of(doc, trig)
    elif source and not any(a.country for a in source):
        # "Sri Lanka's foreign minister said the government was prepared to ...": an
        # institution of no country named is the speaker's
        homes = {a.country for a in speaker_of(doc, trig) if a.country}
        if len(homes) == 1:
            source = placed(source, homes.pop(), True)
    if trig.rule == "say.threat" and not any(a.country for a in source):
        # "Chile would halt copper sales to Peru if ..., the president declared": the state
        # that would act, when the speaker names none
        source = doers_of_threat(doc, trig) or source
    target = [a for a in args.actors_of(doc, target_roots, nested_places=True) if a not in source]
    if trig.cameo[:2] == "11" and trig.verb is not None and trig.verb.lemma_.lower() in ACCUSING:
        # "accused Russian troops of executing civilians": the accused, not their victims
        accused = [a for a in args.actors_of(doc, args.objects_of(trig.verb)) if a not in source]
        target = accused if any(a.country for a in accused) else target
    if not target and any(r.lower_ in ("him", "her", "them") for r in target_roots):
        # "summoned the British ambassador and accused him of meddling"
        target = pronoun_antecedent(doc, trig, source)
    reported = trig.inner is not None and trig.inner.dep_ == "ccomp"
    if (
        (reported or not any(a.country for a in target))
        and trig.verb is not None
        and trig.cameo[:2] in CLAUSE_TARGET_ROOTS
    ):
        # "demanded that Israel withdraw", "warned that Moscow would pay": the one asked,
        # accused or warned is the subject of the reported clause, not the people the clause
        # speaks of ("demanded that Russia free the reporter").
        subjects = _clause_subjects(doc, trig, source)
        target = subjects or target
    appeal = kept_on_despite(trig.verb) if trig.rule.endswith("+despite") and trig.verb else None
    if appeal is not None:
        # "kept its troops in Badme despite demands by the United Nations": whose appeal
        askers = [c for c in appeal.children if c.dep_ in ("poss", "compound", "amod")]
        aimed = [a for a in args.actors_of(doc, askers + args.agent_of(appeal)) if a not in source]
        target = aimed or target
    if trig.rule == "say.threat" and trig.inner is not None:
        # "said Brussels would impose duties unless Tokyo curbed its exports": whoever must
        # meet the condition is whom the threat is aimed at
        aimed = [a for a in condition_targets(doc, trig.inner, source) if a.country]
        target = aimed or target
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
            for a in args.actors_of(doc, borders(trig.verb), nested_places=True)
            if a.country and a.country not in own
        ]
    if not target and any(owned_by_pronoun(t) for t in target_roots):
        target = pronoun_owner(doc, trig, source)
    if (
        not target
        and trig.verb is not None
        and (trig.cameo[:2] in ("07", "15") or trig.cameo.startswith("033"))
    ):
        # "airlifted biscuits to flood victims in Pakistan's Sindh", "beefed up its forces in
        # Lebanon's Bekaa Valley", "moved troops toward Kashmir amid tension with Pakistan":
        # aid goes to, and a show of force is aimed at, the other state the phrase names
        words = predicate_tokens(trig)
        if trig.cameo[:2] == "15":
            words |= background_tokens(trig.verb)
        target = args.foreign_in(doc, words, countries_of(source))
    if symmetric_roots:
        source += args.actors_of(doc, symmetric_roots)
    if trig.cameo.startswith("042") and trig.verb is not None:
        destination += args.objects_of(trig.verb)
    return source, target, destination


def _doers_of_deed(root: Token) -> list[Token]:
    """The doers named on an event noun, none for an event with no doer named, else the root."""
    if noun_code(root) is None and root.lemma_.lower() not in DEEDS:
        return [root]
    return deed_doers(root)


def _clause_subjects(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """Actors that are subjects of the trigger's reported or conditional clauses."""
    assert trig.verb is not None
    clauses = [c for c in trig.verb.children if c.dep_ in ("ccomp", "xcomp")]
    if trig.inner is not None and trig.inner.dep_ == "ccomp" and trig.inner not in clauses:
        clauses.append(trig.inner)  # a clause the parse hung beside the saying verb
    conditions = [c for c in trig.verb.children if condition_clause(c)]
    if trig.cameo[:2] == "13":
        # "threatened to strike if Finland joined NATO", "warned that Tehran would close the
        # strait if U.S. warships escorted tankers": the condition names who is threatened,
        # wherever the parser hung it (on a complement or on the reporting verb)
        for word in [*clauses, *([trig.inner] if trig.inner is not None else [])]:
            conditions += [c for c in word.children if condition_clause(c)]
        if trig.verb.dep_ in ("ccomp", "xcomp", "conj"):
            conditions += [c for c in trig.verb.head.children if condition_clause(c)]
    for group in (clauses, conditions):
        subjects = [
            c
            for clause in group
            if clause.pos_ in ("VERB", "AUX")
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        ]
        # "demanded that South Africa act as mediator", the verb misparsed as a noun with the
        # subject as its compound
        subjects += [
            c
            for clause in group
            if clause.pos_ == "NOUN" and any(m.dep_ == "mark" for m in clause.children)
            for c in clause.children
            if c.dep_ == "compound" and c.pos_ == "PROPN"
        ]
        # "warned that Tehran would ...": the threatener speaking of itself names no one; the
        # opposition demanding that its government resign does
        found = [a for a in args.actors_of(doc, subjects) if not _same_side(a, source)]
        if found:
            return found
    return []


# Light verbs of handing over: in the passive, their subject is who receives the act.
HANDING_VERBS = frozenset({"give", "hand", "issue", "send", "deliver", "serve", "present"})
# Nouns of a run of acts: "a campaign of ethnic cleansing", "a wave of attacks".
CAMPAIGN_NOUNS = frozenset(
    {"campaign", "wave", "spree", "series", "string", "policy", "orgy", "list", "raft"}
)
# Verbs that set an act going: passive, their agent is the act's doer.
ORDERING_VERBS = frozenset({"order", "announce", "carry", "launch", "conduct", "stage", "impose"})


def _same_side(actor: Actor, source: list[Actor]) -> bool:
    """Whether `actor` is (the state of) one of the doers: "Tehran" for "Iran's minister"."""
    for doer in source:
        if doer.country == actor.country and (
            actor.kind == "country" or doer.kind == "country" or doer.sector == actor.sector
        ):
            return True
    return False
