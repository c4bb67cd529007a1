"""Who did it and to whom: the source and target actors of a trigger, read off the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.asides import without_asides, without_nested_topics
from eventwire.events.carriers import light_noun
from eventwire.events.clauses import kept_on_despite
from eventwire.events.conditions import condition_clause
from eventwire.events.deeds import force_sides
from eventwire.events.light import TIES
from eventwire.events.noun_sides import enduring_verb, noun_roots
from eventwire.events.placement import STATE_SECTORS, countries_of, placed
from eventwire.events.rallying import behalf_of, rallied_for
from eventwire.events.recipients import (
    HARMS,
    aimed_at,
    background_tokens,
    borders,
    helped,
    holders,
    intended_target,
    is_actor,
    named_after_places,
    placers,
    planted_by,
    predicate_tokens,
    promised_to,
    talks_left,
)
from eventwire.events.referents import (
    owned_by_pronoun,
    pronoun_antecedent,
    pronoun_owner,
    speaker_of,
    speakers_own_state,
)
from eventwire.events.threat_sides import (
    SUFFERING_VERBS,
    claimed_doers,
    condition_targets,
    deed_doers,
    doers_of_threat,
    threat_aims,
)
from eventwire.events.triggers import Trigger, code_of, noun_code
from eventwire.events.verb_sides import SideRoots, verb_roots
from eventwire.events.yielding import demanders
from eventwire.records import Actor

# Verbs whose object is the accused, and whose "of" or "for" clause tells what of.
ACCUSING = frozenset({"accuse", "blame", "charge", "indict", "suspect", "denounce", "condemn"}) | {
    "hold",  # "held the rebels responsible for the massacre"
}
# Codes whose reported clause's subject is the other side: appeals, demands, accusations,
# rejections and threats.
CLAUSE_TARGET_ROOTS = ("02", "10", "11", "12", "13")
# Nouns of a deed done by someone that carry no event code of their own.
DEEDS = frozenset({"handling", "treatment", "policy", "policies", "decision", "plan", "move"})


# What one asks of another: refused or heeded, it names the asker in "from".
ASKS = frozenset(
    {"request", "plea", "appeal", "call", "demand", "proposal", "offer", "bid", "invitation"}
    | {"overture", "ultimatum", "petition", "application"}
)


# What a court or a body rules, which a state may defy; the prepositions it is defied under
# ("abide by", "comply with", "despite") and those naming who made it.
RULINGS = frozenset({"ruling", "rulings", "verdict", "judgment", "judgement", "order", "decision"})
_DEFIED_BY = frozenset({"by", "with", "despite"})
_MADE_BY = frozenset({"from", "of", "by"})


def arguments_of(doc: Doc, trig: Trigger) -> tuple[list[Actor], list[Actor], list[Token]]:
    """Source actors, target actors and the destination tokens of a trigger."""
    roots = SideRoots()
    if trig.verb is not None:
        verb_roots(doc, trig, roots)
    _special_roots(doc, trig, roots)
    if trig.noun is not None:
        noun_roots(doc, trig, roots)
    _doer_targets(doc, trig, roots)
    _inner_roots(doc, trig, roots)
    roots.target += aimed_at(trig)
    if (
        trig.verb is None
        and trig.noun is not None
        and not args.actors_of(doc, roots.source)
        and enduring_verb(trig.noun) is None
    ):
        # ("went on hunger strike": "hunger" is no doer)
        # "visited Athens for talks with X": the talks are the visitor's.
        _event_noun_source(doc, trig, roots)
    return _resolve_actors(doc, trig, roots)


def _special_roots(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Rules that replace the roots: dismay at a deed, force, bombs and planted harms."""
    if trig.rule == "say.dismay" and trig.verb is not None and trig.inner is not None:
        # "Japan was outraged by the Chinese seizure of the trawler": Japan disapproves of China
        dismayed = args.subject_of(trig.verb)[0]
        roots.source = dismayed or [c for c in trig.verb.children if c.dep_ == "nsubjpass"]
        # "the shooting down of its jet by Syria": the agent may hang deeper in the phrase, or
        # on "reacted"
        held = [*trig.inner.subtree]
        if trig.verb.lemma_.lower() in ("react", "respond"):
            held += [c for c in trig.verb.children if c.lower_ == "by"]
        agents = [o for t in held if t.lower_ == "by" for o in t.children if o.dep_ == "pobj"]
        roots.target = deed_doers(trig.inner) or agents or [trig.inner]
    if trig.rule.endswith("+behalf") and trig.verb is not None:
        # "lobbied EU partners on behalf of Cyprus": aimed at whom support is rallied for
        roots.target = [t for t in [behalf_of(trig.verb)] if t is not None]
    if "+rally" in trig.rule and trig.verb is not None and trig.inner is not None:
        roots.target = rallied_for(trig.verb, trig.inner)  # "... to stand behind Bolivia"
    if trig.cause is not None:
        # "passed the reforms demanded by students": yielded to the students
        roots.target = demanders(trig.cause) or roots.target
    if trig.rule.endswith("+force") and trig.verb is not None:
        # "the town of Goma fell to M23 rebels", "a UN convoy came under fire from militias"
        roots.source, roots.target = force_sides(trig.verb)
    if trig.rule.endswith("+bomb") and trig.verb is not None:
        # "a bomb planted by suspected ETA separatists": who planted or sent it did it
        roots.source = placers(args.subject_of(trig.verb)[0])
        # "a roadside bomb tore through a British patrol": what it tore through was struck
        roots.target += [o for _, o in args.prep_objects(trig.verb, frozenset({"through"}))]
    elif (
        trig.cameo[:2] in ("18", "19", "20")
        and trig.verb is not None
        and not args.actors_of(doc, roots.source)
    ):
        # "a roadside bomb planted by Maoist rebels hit a police vehicle, killing eight":
        # the harm follows the blast of a bomb someone planted
        roots.source = planted_by(trig.verb) or roots.source


# Codes whose recipient a foreign place in what is acted on names, when nothing else does.
PLACED_RECIPIENT_ROOTS = ("04", "06", "07", "15", "16")
# Acts a state reports of itself in the passive: "intelligence was shared with Kabul,
# Pakistan's army spokesman said". Not force, coercion or protest, which others report.
SELF_REPORTED_ROOTS = ("03", "04", "05", "06", "07", "08", "10", "11", "12", "16")
# Speakers who report their own state's or party's acts.
_REPORTING_SECTORS = STATE_SECTORS | {"OPP", "PTY"}


def _self_reported(doc: Doc, trig: Trigger, target: list[Actor]) -> list[Actor]:
    """The doer of an agentless passive act, when a state's or party's speaker reports it."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] not in SELF_REPORTED_ROOTS:
        return []
    _, passive = args.subject_of(verb)
    if not passive or args.agent_of(verb):
        return []
    speakers = [
        a
        for a in speaker_of(doc, trig)
        if a.country and (a.kind == "country" or a.sector in _REPORTING_SECTORS)
    ]
    # "martial law was lifted, the junta said", "weapons were handed in, the rebels said": a
    # concession or de-escalation of one's own, not a release (whom it frees may report it)
    at_home = trig.cameo[:3] in ("080", "081", "082", "083", "087")
    if not speakers or (not at_home and countries_of(speakers) & countries_of(target)):
        return []  # "Georgian soldiers were handed back, Tbilisi said": not Georgia's act
    return speakers


def _reporting_state(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """ "Palestinian negotiators said Israel had suspended the peace talks", "Mali's junta
    said Denmark had withdrawn its forces": an act reported by another state's speaker, with no
    one else named to receive it, was done to the speaker's state."""
    if trig.verb is None or trig.verb.dep_ != "ccomp" or trig.cameo[:2] in ("03", "10", "11"):
        return []
    own = countries_of(source)
    if len(own - {None}) > 1:
        return []  # "Sudan and South Sudan resumed talks, an AU spokesman said": a third party
    return [
        a
        for a in speaker_of(doc, trig)
        if a.country
        and a.country not in own
        and a.country not in args.NON_STATE_CODES  # "UN officials said": an onlooker
        and (a.kind == "country" or a.sector in STATE_SECTORS)
    ]


def _doer_targets(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Aim condemnations, protests and threats at the doers of a deed, not at its victims."""
    inner = trig.inner
    if inner is not None and inner in roots.target and trig.cameo[:2] == "11":
        # "condemned the US embargo on Cuba": the one condemned is who imposed the embargo.
        doers = deed_doers(inner)
        if doers:
            roots.target = [t for t in roots.target if t.i != inner.i] + doers
    if trig.cameo[:2] == "14":
        # "rallied against the invasion of Ukraine", "against Tokyo's handling of ...": a
        # protest is aimed at who did the deed, not at whom it was done to
        roots.target = [d for root in roots.target for d in _doers_of_deed(root)]
    if trig.cameo[:2] == "13":
        # "warned of retaliation against Syria", "would respond to any Indian attack"
        roots.target = threat_aims(trig) or roots.target
    if trig.cameo[:2] == "09" and not args.actors_of(doc, roots.target):
        # "opened an inquiry into allegations that army soldiers tortured suspects": who is
        # investigated is who did what the inquiry is into
        carriers = [w for w in (trig.verb, trig.noun) if w is not None]
        probed = [o for w in carriers for _, o in args.prep_objects(w, args.INTO)]
        if trig.noun is None and trig.verb is not None:  # "investigated war crimes by X"
            probed += args.objects_of(trig.verb)
        # "opened an investigation into war crimes by Russian forces": a "by" after the
        # "into" phrase, hung on the inquiry by the parse, names the doers of the crimes
        by = [o for w in carriers for _, o in args.prep_objects(w, frozenset({"by"}))]
        late = [o for o in by if trig.verb is not None and probed and o.i > probed[0].i]
        roots.source = [s for s in roots.source if s not in late]
        roots.target = late or [d for o in probed for d in _probed_doers(o)] or roots.target
    firm = any(a.sector == "BUS" for a in args.actors_of(doc, roots.source))
    if trig.cameo[:2] in ("12", "08") and trig.verb is not None and not firm:
        # "turned down a plea from Haiti for troops", "accepted an offer from Qatar": the one
        # refused or heeded is who asked (a firm's board refusing a bid deals with no state)
        asks = [o for o in args.objects_of(trig.verb) if o.lemma_.lower() in ASKS]
        askers = [o for w in (*asks, trig.verb) if asks for _, o in args.prep_objects(w, args.FROM)]
        if not askers:
            # "would not abide by a ruling of the Inter-American Court", "refused ..., despite
            # a plea from the OSCE": a ruling defied or a plea refused names who made it
            held = [o for _, o in args.prep_objects(trig.verb, _DEFIED_BY)]
            asks = [o for o in held if o.lemma_.lower() in ASKS | RULINGS]
            makers = [o for a in asks for _, o in args.prep_objects(a, _MADE_BY)]
            askers = makers if args.actors_of(doc, makers) else []
        roots.target = askers or roots.target


def _probed_doers(probed: Token) -> list[Token]:
    """The doers of what an inquiry looks into: the subjects of its clauses, else its owner."""
    subjects = [
        c
        for t in probed.subtree
        if t.pos_ in ("VERB", "AUX")
        for c in t.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
    ]
    return subjects or deed_doers(probed)


def _inner_roots(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """Targets named by the trigger's inner event, or by an uncoded complement."""
    inner = trig.inner
    if inner is None and trig.verb is not None and trig.cameo[:2] in ("13", "10", "12"):
        # "threatened to cut off copper sales to Peru": an uncoded complement still names it
        inner = next((c for c in trig.verb.children if c.dep_ == "xcomp"), None)
        inner = inner or args.delayed_infinitive(trig.verb)
        if inner is None and trig.cameo[:2] == "13":
            # "warned that it would walk away from the talks with the EU"
            inner = next((c for c in trig.verb.children if c.dep_ == "ccomp"), None)
    elif inner is None and trig.verb is not None and trig.cameo[:2] == "03" and not roots.target:
        # "pledged to expand trade ties with Vietnam": a promise's partner, named by "with",
        # "to" or "for" on its uncoded complement ("pledged to deepen ties under US sanctions"
        # names none)
        delayed = args.delayed_infinitive(trig.verb)
        roots.target += [
            o
            for c in trig.verb.children
            if c.dep_ == "xcomp" or c is delayed
            for w in [c, *args.objects_of(c)]
            for _, o in args.prep_objects(w, frozenset({"with", "to", "for"}))
        ]
        roots.target += promised_to(doc, trig)
    if inner is not None and trig.cameo[:2] in ("02", "10") and not roots.target:
        # "renewed calls for Iran to release the tourists": the one asked is who is to act
        roots.target += [c for c in inner.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if inner is not None and not args.actors_of(doc, roots.target, nested_places=True):
        # "threatened to impose sanctions on Cuba": the complement names the target.
        if inner.pos_ in ("VERB", "AUX"):
            # ("offered to send troops to Haiti": the forces held out are the doer's own)
            # ("pledged to deepen ties under US sanctions": ties name their partner by "with")
            if trig.cameo != "0334":
                roots.target += [
                    o
                    for o in args.objects_of(inner)
                    if not noun_code(o) and o.lemma_.lower() not in TIES
                ]
            roots.target += helped(inner)
            # "refused to lift its trade embargo on Cuba", "threatened to suspend talks with
            # Israel": the act named by the object names whom it touches
            roots.target += [
                o
                for held in args.objects_of(inner)
                if noun_code(held)
                for _, o in args.prep_objects(held, args.TARGET_PREPS)
            ]
            light = light_noun(inner)
            # "to pull back from Armenian territory": the parse hangs "from" on the particle
            particles = [c for c in inner.children if c.dep_ in ("prt", "advmod") and c.is_alpha]
            for word in (inner, *particles, *([light] if light is not None else [])):
                roots.target += [o for _, o in args.prep_objects(word, args.TARGET_PREPS)]
            roots.target += talks_left(inner)
            if not args.actors_of(doc, roots.target) and (code_of(inner) or "")[:2] in HARMS:
                # "threatened to carry out bombings in Kenya": where the harm would fall
                roots.target += [
                    o
                    for word in (inner, *args.objects_of(inner))
                    for _, o in args.prep_objects(word, frozenset({"in", "inside"}))
                ]
        elif not (trig.cameo[:2] == "11" and deed_doers(inner)):
            # "the lifting of the blockade on Qatar", "the signing of a pact between A and B"
            # ("condemned the Israeli raid on Gaza" is aimed at the raiders: _doer_targets)
            for prep, obj in args.prep_objects(inner, args.TARGET_PREPS | {"between", "among"}):
                (roots.symmetric if prep in ("between", "among") else roots.target).append(obj)
    if inner is not None and trig.cameo[:2] in ("02", "10") and code_of(inner) in RELEASES:
        # "demanded the release of an aid worker held by authorities in Eritrea": asked of
        # those who hold them
        roots.target = holders(roots.target) or roots.target


# Codes of people let go (0841) whose holders a demand for it is aimed at.
RELEASES = frozenset({"0841", "084"})


def _event_noun_source(doc: Doc, trig: Trigger, roots: SideRoots) -> None:
    """The doer of a bare event noun: the subject of the verb that carries it, or who claimed it."""
    assert trig.noun is not None
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
        roots.source += args.subject_of(head)[0]  # "in a campaign of ethnic cleansing"
    elif word.dep_ == "dobj" and code_of(head) is None:
        # "miners called an indefinite strike": the act an uncoded verb takes is its
        # subject's, when an actor heads the subject ("lenders in Britain trimmed their
        # deals" names none)
        # ("it" stands for the speaker: "said it would tighten the blockade")
        roots.source += [
            s for s in args.subject_of(head)[0] if is_actor(doc, s) or s.lower_ in ("it", "they")
        ]
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
            roots.target += governing
        else:
            roots.source += governing
    # "an attack launched by Hamas", "an attack blamed on Maoist rebels"
    roots.source += claimed_doers(trig.noun)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in trig.noun.children)
    if owned and trig.cameo[:2] == "14" and not args.actors_of(doc, roots.source):
        # "entered the 50th day of his hunger strike": "his" is the clause's subject (a
        # protest is its protester's; "lenders trimmed their deals" are no one's event)
        carrier = next((a for a in trig.noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        doers, passive = args.subject_of(carrier) if carrier is not None else ([], True)
        if not passive:
            roots.source += doers


def _resolve_actors(
    doc: Doc, trig: Trigger, roots: SideRoots
) -> tuple[list[Actor], list[Actor], list[Token]]:
    """Resolve the roots into source and target actors, with the fallbacks when they name none."""
    source = args.actors_of(doc, roots.source)
    if not source and any(r.pos_ == "PRON" or speakers_own_state(r) for r in roots.source):
        # ("Lula said his country would back the bid": the speaker's state)
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
    struck = without_asides(doc, trig, roots.target)
    target = [a for a in args.actors_of(doc, struck, nested_places=True) if a not in source]
    target = without_nested_topics(doc, trig, struck, target)
    if not source:
        source = _self_reported(doc, trig, target)
    if trig.cameo[:2] == "11" and trig.verb is not None and trig.verb.lemma_.lower() in ACCUSING:
        # "accused Russian troops of executing civilians": the accused, not their victims
        # ("condemned the Israeli raid on Gaza": a deed condemned accuses its doers)
        charged = [
            d
            for o in args.objects_of(trig.verb)
            for d in ((deed_doers(o) if noun_code(o) else []) or [o])
        ]
        accused = [a for a in args.actors_of(doc, charged) if a not in source]
        if accused and not any(a.country for a in accused):
            # "charged the former minister with corruption in Kenya": the place of the deed
            # is the accused's country, not a second accused
            homes = {a.country for a in target if a.country and a not in accused}
            accused = placed(accused, homes.pop(), True) if len(homes) == 1 else []
        target = accused or target
    if not target and any(r.lower_ in ("him", "her", "them") for r in roots.target):
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
        if trig.cameo[:2] == "13":
            target = [a for a in target if not _own_forces(a, source)]
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
    if not target and trig.verb is not None and trig.verb.dep_ == "conj" and not roots.target:
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
    if not target and any(owned_by_pronoun(t) for t in roots.target):
        target = pronoun_owner(doc, trig, source)
    if (
        not target
        and trig.verb is not None
        and (trig.cameo[:2] in PLACED_RECIPIENT_ROOTS or trig.cameo.startswith("033"))
        and not any(a.sector in ("BUS", "MNC") for a in source)  # a firm's plant abroad
        # a visit, joint work or a cut needs one doer of a known state: "Sudanese and South
        # Sudanese officials met in Addis Ababa" names a venue
        and (trig.cameo[:2] in ("07", "15") or len(countries_of(source) - {None}) == 1)
    ):
        # "airlifted biscuits to flood victims in Pakistan's Sindh", "beefed up its forces in
        # Lebanon's Bekaa Valley", "moved troops toward Kashmir amid tension with Pakistan",
        # "toured migrant shelters in Guatemala", "suspended food aid in Ethiopia's Tigray":
        # aid goes to, a visit or a cut falls on, and a show of force is aimed at, the other
        # state the phrase names (not a city an accord is named after: "the Kyoto protocol")
        words = predicate_tokens(trig) - named_after_places(doc)
        if trig.cameo[:2] == "15":
            words |= background_tokens(trig.verb)
        target = args.foreign_in(doc, words, countries_of(source))
    if not target:
        target = intended_target(doc, trig, source)
    if not target and trig.verb is not None and trig.cameo[:2] in SELF_REPORTED_ROOTS:
        target = _reporting_state(doc, trig, source)
    if roots.symmetric:
        source += args.actors_of(doc, roots.symmetric)
    if trig.cameo.startswith("042") and trig.verb is not None:
        roots.destination += args.objects_of(trig.verb)
    return source, target, roots.destination


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
        asking = trig.cameo[:2] in ("02", "10")
        found = [a for a in args.actors_of(doc, subjects) if not _same_side(a, source, asking)]
        if trig.cameo[:2] == "13":
            # "officials warned that the navy would impose a blockade": the state's own forces
            # are who would carry the threat out, not whom it is aimed at
            found = [a for a in found if not _own_forces(a, source)]
        if found:
            return found
    return []


def _own_forces(actor: Actor, source: list[Actor]) -> bool:
    """Whether `actor` is an agent of the doers' state, when every doer is a state or its agent
    (one of no country named counts as theirs: "the navy"; not a union's "ministers")."""
    states = all(d.kind == "country" or d.sector in STATE_SECTORS for d in source)
    homes = {None} | {d.country for d in source}
    return states and bool(source) and actor.sector in STATE_SECTORS and actor.country in homes


# Nouns of a run of acts: "a campaign of ethnic cleansing", "a wave of attacks".
CAMPAIGN_NOUNS = frozenset(
    {"campaign", "wave", "spree", "series", "string", "policy", "orgy", "list", "raft"}
)


def _same_side(actor: Actor, source: list[Actor], asking: bool = False) -> bool:
    """Whether `actor` is (the state of) one of the doers: "Tehran" for "Iran's minister" (but
    not for its citizens: "Rohingya leaders demanded that Myanmar guarantee their rights", nor,
    when they ask, for its lawmakers and judges: "legislators demanded that Beijing allow ...")."""
    for doer in source:
        # (the press speaks of its state's intent: "KCNA warned that Pyongyang would ...")
        official = doer.sector is None or doer.sector in STATE_SECTORS or doer.sector == "JRN"
        official = official and not (asking and doer.sector in ("LEG", "JUD"))
        if doer.country == actor.country and (
            (actor.kind == "country" and official)
            or doer.kind == "country"
            or doer.sector == actor.sector
        ):
            return True
    return False
