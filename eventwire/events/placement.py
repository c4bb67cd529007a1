"""Giving actors the country the text implies: where they were, or what the article is about."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.countries import country_by_iso3, find_country
from eventwire.actors.places import find_place
from eventwire.events import arguments as args
from eventwire.events.checks import CIVIL
from eventwire.events.circumstances import location_for
from eventwire.events.deeds import BOMB_WORDS, armed, bomb_goes_off
from eventwire.events.modality import governors
from eventwire.events.reactions import pointing_object
from eventwire.events.triggers import Trigger
from eventwire.records import Actor, ActorKind, Location

# Sectors of a state's own agents: a government or army of no country named is not placed by
# whom it addresses.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def countries_of(actors: list[Actor]) -> set[str | None]:
    return {a.country for a in actors}


def placed(actors: list[Actor], country: str, institutions: bool = False) -> list[Actor]:
    """Groups with no country of their own ("workers protested in Lima") take the place's.

    With `institutions`, the article's home country fills in domestic institutions and office
    holders ("the army", "police", "President X") that the text never ties to a country.
    """
    kinds = ("group", "organization", "person") if institutions else ("group",)
    return [
        Actor(a.text, a.name, country, a.sector, a.kind, a.role)
        if a.country is None and a.kind in kinds and (a.sector or not institutions)
        else a
        for a in actors
    ]


# A state's missions abroad: who protests at one is not its citizen for that.
MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "mission"})
# Where a protest is held at an institution: "outside the Moroccan parliament".
AT_PREPS = frozenset({"outside", "at", "before"})


def among_own(source: list[Actor], target: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Place the sides of an act among one state's own people.

    "Thai unions urged the government to ...": institutions of no country named are the doer's
    own state's. "Families of detained dissidents petitioned the Syrian president": citizens who
    appeal to, protest to or accuse one state are, unless said otherwise, its own.
    """
    homes = {c for c in countries_of(source) if c}
    unplaced = bool(target) and not any(a.country for a in target)
    if len(homes) == 1 and homes.isdisjoint(args.NON_STATE_CODES) and unplaced:
        target = placed(target, next(iter(homes)), True)
    targets = {c for c in countries_of(target) if c}
    civil = all(a.country is None and a.sector not in STATE_SECTORS for a in source)
    # ("Kurdish demonstrators occupied the Greek embassy in London" are no Greeks)
    missions = any(w in MISSIONS for a in target for w in a.text.lower().split())
    if (
        len(targets) == 1
        and targets.isdisjoint(args.NON_STATE_CODES)
        and source
        and civil
        and not missions
    ):
        source = placed(source, next(iter(targets)), True)
    return source, target


def home_country(doc: Doc) -> str | None:
    """The country an article is mostly about, when one clearly dominates its actors."""
    cached = doc.user_data.get("eventwire_home", "unset")
    if cached != "unset":
        return cached
    counts: dict[str, int] = {}
    for mention in doc._.actors or []:
        for actor in mention.actors:
            if (
                actor.country
                and len(actor.country) == 3
                and actor.country not in args.NON_STATE_CODES
            ):
                counts[actor.country] = counts.get(actor.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    home = None
    if ranked and ranked[0] >= 3 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
        home = max(counts, key=lambda c: counts[c])
    doc.user_data["eventwire_home"] = home
    return home


def crowd(doc: Doc, trig: Trigger) -> list[Actor]:
    """Protesters the text does not name ("thousands rallied in Niamey"), placed where they were."""
    verb = trig.verb or trig.word
    # "staged sit-ins outside universities in Tehran": the place may hang on the event noun
    nouns = [trig.noun] if trig.noun is not None else []
    # "riots erupted in Lhasa": the place hangs on what the protest did
    nouns += [n.head for n in nouns if n.dep_ in ("nsubj", "nsubjpass")]
    for gov in [*nouns, verb, *governors(verb)]:
        place = location_for(doc, [gov], [])
        if place is not None and place.country:
            return [Actor("protesters", "protesters", place.country, "CVL", "group")]
    return []


def as_states(actors: list[Actor], sector: str = "GOV") -> list[Actor]:
    """Country actors with no sector given the state's (`sector`, GOV); others unchanged."""
    # (a state's people are a group, as own_country has them)
    kind: ActorKind = "group" if sector == "CVL" else "country"
    return [
        replace(a, sector=sector, kind=kind)
        if a.kind == "country" and a.sector is None and a.country not in args.NON_STATE_CODES
        else a
        for a in actors
    ]


# Acts a state does through its armed forces, beside force itself: alerts, mobilisation and
# deployments, military cooperation (drills), and troops pulled back or retreating.
MILITARY_ACTS = ("150", "152", "154", "062", "0872", "0874")


def recipients_sector(code: str) -> str:
    """The sector of a state on the receiving side: its forces get arms ("delivered tanks to
    Ukraine") and drill with others, its people relief ("airlifted food to Haiti"); its
    government anything else."""
    if code.startswith(("072", "0332", "062")):
        return "MIL"
    if code.startswith(("073", "0333")):
        return "CVL"
    return "GOV"


def domestic_government(source: list[Actor]) -> Actor | None:
    """The government of the one country all of `source` belongs to, or None. A name the text
    ties to nothing ("Jailed Mapuche activists", a misread "Korydallos prison") is no party."""
    # (and "students and teachers in Jakarta": the one country named is theirs)
    countries = {a.country for a in source if a.country}
    if len(countries) != 1:
        return None
    (code,) = countries
    country = country_by_iso3(code)
    if country is None:
        return None
    return Actor("", country.name, code, "GOV", "country")


def _armed_subject(verb: Token) -> bool:
    """ "Mortar rounds killed four people", "a suicide attack killed 20": a weapon or an attack
    did it."""
    return any(armed(c.subtree) for c in verb.children if c.dep_ == "nsubj")


def bombed_place(doc: Doc, trig: Trigger, struck_civilians: bool) -> list[Actor]:
    """Where a bomb nobody is named for went off: "a car bomb exploded outside a police station
    in Baghdad, killing 20 people". CAMEO codes the bombing (and the killing it caused) against
    the place's state, or its people when people were struck; who set it is left open."""
    if trig.cameo[:2] not in ("18", "19", "20") or trig.verb is None:
        return []
    verb = trig.verb
    # "..., killing 20 people": the killing hangs on the blast, which carries the place
    blast = verb.head if verb.dep_ in ("advcl", "conj") and bomb_goes_off(verb.head) else verb
    if not (bomb_goes_off(blast) or _armed_subject(blast)):
        return []
    location = location_for(doc, [verb, blast] if blast is not verb else [verb], [])
    if location is None or not location.country:
        return []
    if struck_civilians:
        return [args.place_actor(location, "CVL", "group")]
    return [args.place_actor(location)]


def struck_in_place(
    trig: Trigger, source: list[Actor], target: list[Actor], location: Location | None
) -> list[Actor]:
    """The people a group's force struck where it struck them: "Boko Haram militants abducted
    276 schoolgirls in Nigeria's Borno state", "a mob lynched a man in Uttar Pradesh". With no
    state among the doers (a state's force is placed by its own country), people the text ties
    to no country are the place's; with none named, the place's people were struck."""
    if trig.cameo[:2] not in ("18", "19", "20") or location is None or not location.country:
        return target
    if not source or not all(a.sector for a in source):
        return target  # no doer named as one: "..., killing 33 people, scientists said"
    if any(a.kind == "country" or a.sector in STATE_SECTORS for a in source):
        return target
    if any(a.country for a in target):
        return target
    if target:
        return placed(target, location.country, True)
    return [args.place_actor(location, "CVL", "group")]


def struck_together(trig: Trigger, target: list[Actor]) -> list[Actor]:
    """People struck beside a placed target are of its country: "overran a Kenyan military
    base, killing dozens of soldiers" (Kenyan soldiers)."""
    states = {a.country for a in target if a.country}
    if trig.cameo[:2] not in ("18", "19", "20") or len(states) != 1:
        return target
    state = next(iter(states))
    return target if state in args.NON_STATE_CODES else placed(target, state, True)


def harm_site(doc: Doc, trig: Trigger) -> Location | None:
    """Where a harm with no place of its own fell: "abducted 300 boys from a school in
    Kankara", "shot dead a vaccination worker and the policeman guarding her in Peshawar" (the
    place hangs on where they were taken from, or on the words about those struck)."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] not in ("18", "19", "20"):
        return None
    taken_from = [o for _, o in args.prep_objects(verb, frozenset({"from"}))]
    struck = [o for o in args.objects_of(verb)]
    # "shot dead a nurse and the guard escorting her": the parse may join the second to the verb
    struck += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    struck += [c for o in list(struck) for c in o.children if c.dep_ == "conj"]
    clauses = [c for o in struck for c in o.children if c.dep_ in ("acl", "relcl")]
    return location_for(doc, taken_from + struck + clauses, [])


# What people live in: struck, it makes the target civilians.
CIVILIAN_PLACES = frozenset(
    {
        "village",
        "town",
        "home",
        "house",
        "neighbourhood",
        "neighborhood",
        "market",
        "school",
        "hospital",
        "camp",
        "people",
        "civilian",
        "resident",
        "villager",
        # gatherings broken up and the craft people travel in: "broke up rallies in Moscow",
        # "fired on a bus carrying pilgrims"
        *("rally", "protest", "demonstration", "march", "vigil", "procession", "gathering"),
        *("funeral", "wedding", "bus", "minibus", "ferry", "boat", "train", "taxi"),
    }
)
# People with no office of their own (and those held): coerced or struck, they are the
# country's civilians.
CIVILIAN_PEOPLE = args.PRIVATE_PEOPLE | {
    "detainee",
    "inmate",
    "worker",
    "farmer",
    "suspect",
    "prisoner",
    "captive",
    "commuter",
    "worshipper",
    "mourner",
    "bystander",
    "pedestrian",
    "motorist",
    "shopper",
    "patient",
    "guest",
}


def struck_civilians(trig: Trigger) -> bool:
    """Whether the act falls on where people live or on people of no office: "shelled
    villages", "detained dozens of women", "raided homes"."""
    if trig.verb is None:
        return False
    words = CIVILIAN_PLACES | CIVILIAN_PEOPLE
    struck = args.objects_of(trig.verb)
    if trig.cameo[:2] in ("18", "19", "20"):
        # "fired on a bus", "opened fire at a wedding"
        struck += [o for _, o in args.prep_objects(trig.verb, frozenset({"on", "at"}))]
    for obj in struck:
        # "dozens of women": the quantity's object is who was held
        held = [obj, *(o for _, o in args.prep_objects(obj, frozenset({"of"})))]
        if any(h.lemma_.lower() in words for h in held):
            return True
    return False


# What is set off or used rather than struck: "exploded a nuclear device", "used chemical weapons".
ARMS = BOMB_WORDS | {"device", "weapon", "arsenal", "warhead", "explosive", "ammunition", "gas"}


def struck_unnamed(trig: Trigger) -> bool:
    """Whether a force act falls on something the text names but ties to no one: "tortured
    suspects", "blew up a trunk line", "pounded rebel positions", "commuters were killed"."""
    verb = trig.verb
    if verb is None or trig.word.i != verb.i:
        return False
    struck = list(args.objects_of(verb))
    struck += [c for c in verb.children if c.dep_ == "nsubjpass"]
    struck += [o for _, o in args.prep_objects(verb, frozenset({"on", "at"}))]
    struck = [t for t in struck if t.pos_ in ("NOUN", "PROPN")]
    # "detonated a nuclear device", "launched an offensive": the weapon or the attack itself
    weapons = any(t.lemma_.lower() in ARMS for o in struck for t in o.subtree)
    return bool(struck) and not weapons and not any(armed(t.subtree) for t in struck)


# Measures and help that fall on the people of a place: curfews and emergencies imposed or
# eased, aid, blockades and sieges.
PEOPLE_MEASURES = ("07", "1723", "1724", "0813", "0814", "191", "0872")


def places_as_people(trig: Trigger, target: list[Actor]) -> list[Actor]:
    """Places a harm, a curfew, aid or a blockade falls on that are their people, not their
    state: "Serb forces shelled Sarajevo" (a city struck), "shelled villages in southern
    Lebanon" (the country named is where its people live), "lifted the curfew in Kisumu",
    "airdropped food over northern Gaza City". A country named otherwise stays its state."""
    harm = trig.cameo[:2] in ("17", "18", "19", "20")
    force = harm and trig.cameo[:2] != "17"
    measure = trig.cameo.startswith(PEOPLE_MEASURES)
    civilians = harm and struck_civilians(trig)

    def people(a: Actor) -> bool:
        if a.kind != "country":
            return False
        town = find_country(a.text) is None  # a town or region, no country's own name
        return (
            (civilians and not a.sector) or (force and town) or (measure and not a.sector and town)
        )

    return [replace(a, sector="CVL", kind="group") if people(a) else a for a in target]


def others_only(source: list[Actor], target: list[Actor]) -> list[Actor]:
    """A target that names another state beside a state doer's own is the other's: "Ghana played
    host to Jamaica's prime minister, President Akufo-Addo welcoming him in Accra" is aimed at
    Jamaica, not at Ghana too."""
    # (a state's acts only: protesters and rebels act against their own state beside others,
    # "Moroccans marched against their government's ties with Israel")
    own = {
        a.country
        for a in source
        if a.country and (a.kind == "country" or a.sector in (None, *STATE_SECTORS))
    }
    if not own or any(a.country and a.country not in own for a in source):
        return target
    if not any(a.country and a.country not in own for a in target):
        return target
    # (it drops the doer's own people acted on abroad too, "expelled black Mauritanians into
    # Senegal": keeping them lost more targets than it saved on the team's sets)
    return [a for a in target if a.country not in own]


# Words that put whom an act answers outside the state: "ignored regional pressure",
# "rejected international calls", "dismissed Western criticism".
OUTSIDE_WORDS = frozenset({"regional", "international", "foreign", "western", "global", "world"})


def answers_own(doc: Doc, trig: Trigger, sent: Span, home: str) -> bool:
    """Whether a refusal or a threat with no one named may be aimed at the doer's own
    country: not when the sentence names anyone else ("close the UN office", "ban imports of
    Georgian wine"), answers an act named before ("rejected the expulsions": its doer) or
    pressure from outside ("ignored regional pressure")."""
    words = set(range(sent.start, sent.end))
    named = {a.country for m in args.mentions_in(doc, words) for a in m.actors}
    if named - {home, None} or args.foreign_in(doc, words, {home}):
        return False
    verb = trig.verb
    if verb is None:
        return True
    if pointing_object(verb):
        return False
    return not any(
        m.lower_ in OUTSIDE_WORDS
        for obj in args.objects_of(verb)
        for m in obj.children
        if m.dep_ in ("amod", "compound")
    )


def own_country(iso3: str, civilians: bool) -> list[Actor]:
    """The state as the one acted on, or its people ("detained dozens of women")."""
    country = country_by_iso3(iso3)
    if country is None:
        return []
    state = Actor(country.name, country.name, country.iso3, None, "country")
    return [replace(state, sector="CVL", kind="group") if civilians else state]


def sole_country(doc: Doc, start: int, end: int) -> str | None:
    """The one state the sentence names, through its actors and places, or None."""
    named = {
        a.country
        for m in doc._.actors or []
        if start <= m.start < end
        for a in m.actors
        if a.country and a.country not in args.NON_STATE_CODES
    }
    named |= {
        c
        for ent in doc[start:end].ents
        if ent.label_ in ("GPE", "LOC")
        if (c := (args.entity_place(ent) or Location("", "")).country)
    }
    # "the government in Kyiv": a city the tagger missed, after a preposition of place
    named |= {
        place.country_iso3
        for tok in doc[start:end]
        if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.dep_ == "pobj"
        if tok.head.lower_ in ("in", "at", "near", "outside")
        if (place := find_place(tok.text)) is not None and place.kind in ("capital", "city")
    }
    return next(iter(named)) if len(named) == 1 else None


def embassy_owner(doc: Doc, trig: Trigger, source: list[Actor]) -> list[Actor]:
    """The state whose embassy a protest was held at: "outside the Japanese embassy"."""
    word = trig.verb if trig.verb is not None else trig.word
    own = countries_of(source)
    for i in sorted(args.arg_tokens(word)):
        tok = doc[i]
        if tok.lemma_.lower() not in MISSIONS - {"mission"}:
            continue
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        found = [a for a in args.actors_of(doc, owners) if a.country and a.country not in own]
        if found:
            return found  # a bare country becomes its government with the other sides (as_states)
    # "staged a sit-in outside the Moroccan parliament": the institution protested at
    words = [w for w in (trig.verb, trig.noun) if w is not None]
    for _, obj in (o for w in words for o in args.prep_objects(w, AT_PREPS)):
        found = [
            a
            for a in args.actors_of(doc, [obj])
            if a.kind == "organization" and a.sector in ("GOV", "LEG", "JUD") and a.country
        ]
        if found:
            return found
    return []


def fronted_country(trig: Trigger) -> str | None:
    """ "In Zambia, the ministry of mines agreed to ...": the country a clause opens with, set
    off by a comma before its subject, is where its institutions are."""
    word = trig.verb if trig.verb is not None else trig.word
    doc = word.doc
    for clause in (word, *word.ancestors):
        subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or not subjects:
                continue
            after = prep.right_edge.i + 1
            if prep.i >= min(subjects) or after >= len(doc) or doc[after].text != ",":
                continue
            place = args.place_in(doc, {t.i for t in prep.subtree})
            if place is not None and place.country:
                return place.country
    return None


# Whom citizens address with no one named: protest, appeals, demands and threats; answers
# ("the opposition rejected the results", 03, 12); and the end of their strike (082).
_CITIZENS_ROOTS = ("14", "02", "10", "13", "03", "12")
# What rebels do with no one named is done to the state they fight (and what they demand or
# protest: "separatist leaders staged a hunger strike in Srinagar").
_INSURGENT_ROOTS = ("03", "08", "10", "12", "13", "14")


def insurgents(source: list[Actor]) -> bool:
    """Whether every doer is a rebel group or a militia."""
    return bool(source) and all(a.sector in ("REB", "PRM") for a in source)


def home_counterpart(trig: Trigger, source: list[Actor], civil: bool) -> list[Actor]:
    """The state that citizens or rebels act towards when the text names no one, or []."""
    # traders who strike or shut their shops protest as citizens do; traders who shrug off
    # warnings are a market, and only people named by what they are (students, parties) ask
    # as citizens
    traders = bool(source) and all(a.sector == "BUS" and a.kind != "organization" for a in source)
    parties = bool(source) and all(a.sector in ("PTY", "OPP") for a in source)
    if trig.cameo[:2] == "14":
        citizens = civil or traders or parties
    else:
        citizens = parties or (bool(source) and all(a.sector in CIVIL for a in source))
    ended = trig.cameo == "082"  # "truck drivers ended their strike", "lifted the blockade"
    # Citizens who protest with no one named protest to their own government, as PLOVER and
    # ICEWS code it ("students rallied in Dhaka": BGD CVL -> BGD GOV); so do those who demand
    # or appeal ("opposition parties in Togo demanded an independent electoral commission")
    addressed = citizens and (trig.cameo[:2] in _CITIZENS_ROOTS or ended)
    # Rebels who declare a truce, agree, give way, refuse or threaten with no one named do so
    # to the state they fight ("the ELN declared a ceasefire"); disarming, demobilising and
    # surrendering are done before no one (0873, 0874)
    fought = (
        insurgents(source)
        and trig.cameo[:2] in _INSURGENT_ROOTS
        and trig.cameo not in ("0873", "0874")
    )
    rulers = domestic_government(source) if addressed or fought else None
    if rulers is None:
        return []
    trig.rule += ".domestic"
    return [rulers]


# Codes whose two sides act together: "Iran and Cuba met" is a meeting between them.
SYMMETRIC_PREFIXES = ("03", "040", "041", "042", "043", "044", "046", "050", "057", "06")


def split_symmetric(code: str, source: list[Actor], target: list[Actor]) -> bool:
    """A joint act with no target ("Iran and Cuba signed") becomes first side -> other side
    (a thing of no country it is about is no other side: "over the Preah Vihear temple")."""
    if any(a.country for a in target) or not code.startswith(SYMMETRIC_PREFIXES):
        return False
    if code == "045":
        return False
    countries = [a.country for a in source]
    if len({c for c in countries if c}) < 2:
        return False
    first = countries[0]
    target.extend(a for a in source if a.country != first)
    source[:] = [a for a in source if a.country == first]
    return True


# A state's acts at home that fall on its people when no one is named: coercion, threats of
# curfews or martial law, and concessions eased, granted, given back or allowed.
PEOPLE_ACTS = ("17", "132", "080", "081", "083", "084", "086")


# Lines between states: what happens near one happens on no one side.
EDGES = frozenset({"border", "frontier", "boundary"})


def unknown_attackers(
    trig: Trigger, source: list[Actor], target: list[Actor], location: Location | None
) -> list[Actor]:
    """The doers of force done in an agentless passive, who are unidentified armed men where it
    was done, as PLOVER codes them (UAF): "three U.S. soldiers were killed in Baghdad"."""
    verb = trig.verb
    if source or trig.cameo[:2] not in ("18", "19", "20") or verb is None or trig.noun is not None:
        return source
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return source
    # ("were tortured and humiliated by American guards": the agent may hang on the next verb)
    if any(args.agent_of(v) for v in [verb, *(c for c in verb.children if c.dep_ == "conj")]):
        return source
    struck = any(a.kind in ("person", "group") for a in target)
    # where it was done, not whose the people struck were ("Canadian soldiers were killed"); a
    # border has two sides ("killed near the Iraqi border")
    if any(t.lemma_.lower() in EDGES for c in verb.children if c.dep_ == "prep" for t in c.subtree):
        return source
    country = location.country if location is not None else None
    if not struck or not country or country in args.NON_STATE_CODES:
        return source
    return [Actor("unidentified attackers", "unidentified attackers", country, "UAF", "group")]
