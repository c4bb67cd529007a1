"""Harm and words with no political doer: nature, animals, machines, companies.

"A fire broke out, killing 17", "a shark killed a swimmer", "a fuel tanker slammed into a bus":
the verbs are the lexicon's, the doers are not actors (private people are in `private`).
Written by the eventwire team from general news usage.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.deeds import BLASTS, BOMB_WORDS, armed
from eventwire.events.nonpolitical import (
    ANIMALS,
    MACHINES,
    NATURAL_CAUSES,
    NON_FOES,
)
from eventwire.events.placement import STATE_SECTORS
from eventwire.events.recipients import is_actor
from eventwire.events.triggers import Trigger
from eventwire.records import Actor

# What companies agree to do among themselves.
DEAL_VERBS = frozenset({"acquire", "buy", "merge", "purchase", "borrow", "lease", "license"})
# Kinds of storm that go by a name.
STORMS = frozenset({"storm", "cyclone", "typhoon", "hurricane", "tornado", "tropical"})
# Where the hurt are sent: "sent 120 guests to hospital" is no aid.
CARE_PLACES = frozenset({"hospital", "hospitals", "clinic", "clinics"})


def fights_no_one(trig: Trigger) -> bool:
    """ "helped the authorities fight the coronavirus outbreak": no use of force."""
    if trig.verb is None or trig.verb.lemma_.lower() not in ("fight", "battle", "combat"):
        return False
    objects = [t for o in args.objects_of(trig.verb) for t in o.subtree]
    if any(t.lemma_.lower() in NON_FOES for t in objects):
        return True
    # "fought a bitter legal battle", "waged a trade war": a contest of no arms
    return any(
        o.lemma_.lower() in ("battle", "war", "fight", "campaign")
        and any(c.lower_ in UNARMED_CONTESTS for c in o.children if c.dep_ in ("amod", "compound"))
        for o in args.objects_of(trig.verb)
    )


# What makes a battle or a war one of words, courts or markets.
UNARMED_CONTESTS = frozenset(
    {"legal", "political", "court", "custody", "electoral", "verbal", "trade", "price"}
    | {"tariff", "currency", "bidding", "takeover", "ratings", "propaganda", "media"}
)


def company_deal(trig: Trigger, source: list[Actor]) -> bool:
    """An agreement to buy or merge that no state makes: business news, not politics."""
    if trig.cameo[:2] != "03" or trig.verb is None:
        return False
    deal = any(c.dep_ == "xcomp" and c.lemma_.lower() in DEAL_VERBS for c in trig.verb.children)
    state = any(a.kind == "country" or a.sector in STATE_SECTORS for a in source)
    return deal and not state


def doing_subjects(trig: Trigger) -> tuple[list[Token], Token | None]:
    """The trigger's subjects, from the governing clause when its own has none, and the verb
    that has them."""
    verb = trig.verb
    if verb is None:
        return [], None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    for _ in range(3):
        # "a fire broke out, killing 17", "the storm grew before slamming into the coast",
        # "the cyclone is expected to strike": the doer is the governing clause's subject.
        if subjects or verb.dep_ not in ("advcl", "conj", "pcomp", "prep", "xcomp"):
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "acl":
        # "the heaviest rainfall in years swept across Kyushu, forcing ...": the parse may make
        # the whole report a noun its verb describes
        subjects = [verb.head]
    # "a landslide that buried a mining camp, killing 20": the relative pronoun's noun
    subjects = [
        s.head.head if s.lower_ in ("that", "which") and s.head.dep_ == "relcl" else s
        for s in subjects
    ]
    if verb.dep_ == "ccomp" and any(s.pos_ == "PRON" for s in subjects):
        # "the actor said he would sue": who said it
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        subjects = speakers or subjects
    return subjects, verb


# What "air" may modify without being weather: "a NATO air strike", "an air raid".
AIR_ATTACKS = frozenset({"strike", "strikes", "raid", "raids", "attack", "attacks", "assault"})


def _air_attack(word: Token) -> bool:
    """ "air" in "air strike", "air raid": an attack from the air, no weather."""
    return word.lower_ == "air" and word.head.lower_ in AIR_ATTACKS | {"bombardment", "campaign"}


# The places a blast at which is an attack rather than an accident.
TARGETED_PLACES = frozenset(
    {"checkpoint", "barracks", "embassy", "consulate", "convoy", "patrol", "headquarters"}
    | {"ministry", "parliament", "mosque", "church", "synagogue", "temple", "shrine", "police"}
    | {"army", "military", "garrison", "outpost", "rally", "courthouse"}
)


def natural_cause(trig: Trigger) -> bool:
    """Harm done by a fire, a storm, an animal or a crash rather than by anyone."""
    subjects, verb = doing_subjects(trig)
    if verb is None:
        return False
    # "a convoy of Red Crescent trucks delivered flour": aid, whatever carries it ("rains
    # brought relief" still has no giver)
    carriers = frozenset() if trig.cameo[:2] == "07" else ANIMALS | MACHINES
    # "crashed into a residential area, killing 30": the harm follows a mishap of whatever had
    # it ("a rocket crashed into a house" stays an attack: the rocket is armed)
    # ("skidded off an icy road": a particle's object is where, not whom, it hit; "a car ...
    # overturned, injuring two": the parse may hang the mishap on its subject)
    mishap = any(
        v.lemma_.lower() in MISHAPS
        and (
            not any(c.dep_ == "dobj" for c in v.children)
            or any(c.dep_ == "prt" for c in v.children)
        )
        for v in [
            *_governing(trig.verb, verb),
            *(c for s in subjects for c in s.children if c.dep_ in ("acl", "relcl")),
        ]
    )
    if trig.verb is not None and _struck_by_nature(trig.verb):
        return True
    harm = trig.cameo[:2] in ("17", "18", "19", "20")
    if (
        harm
        and trig.verb is not None
        and (_called_accident(trig.verb) or _died_in_mishap(trig.verb))
    ):
        return True
    # (a parse that finds no subject still has the mishap: "A cargo plane overshot ...")
    if harm and mishap and (not subjects or _unarmed([t for s in subjects for t in s.subtree])):
        return True  # even an actor's: "a Turkish army helicopter crashed, killing 12"

    def causes(s: Token) -> bool:
        words = _without_whose(s)
        if any(t.lemma_.lower() in BOMB_WORDS for t in words):
            return False
        lemmas = {t.lemma_.lower() for t in words}
        if (
            lemmas & BLASTS
            and lemmas & WORKPLACES
            and not armed(t for t in words if t.lemma_.lower() not in BLASTS)
        ):
            return True  # "a coal mine blast", "a gas explosion at a chemical plant"
        if armed(words):
            # "a bomb hidden on a train exploded" is a bombing, "Israeli tank fire killed two
            # Palestinians" gunfire, "a wave of bombings killed 40 people" attacks
            return False
        if lemmas & BLASTS and lemmas & (TARGETED_PLACES | {"blame", "claim"}):
            # "an explosion at a police checkpoint", "a blast blamed on separatists": a bomb;
            # one at a factory or a mine stays an accident
            return False
        return any(
            (t.lemma_.lower() in NATURAL_CAUSES and not _air_attack(t))
            # "rising waters forced thousands from their homes"
            or (t.lemma_.lower() == "water" and any(c.lower_ == "rising" for c in t.children))
            # ("truck drivers" are people: the machine only modifies them)
            or (t.pos_ != "PROPN" and t.dep_ != "compound" and t.lemma_.lower() in carriers)
            for t in words
        )

    # (a clause opened by "after", "as" or "when" has a subject of its own: "shares rallied
    # after Japan lifted restrictions")
    subordinate = any(c.dep_ == "mark" for c in verb.children)
    if subjects and all(s.ent_type_ in ("GPE", "LOC") for s in subjects) and not subordinate:
        # "Floods in Rio Grande do Sul, southern Brazil, killed 170": a place the parse made
        # the subject of what its opening words did
        opening = verb.sent[: max(0, min(s.i for s in subjects) - verb.sent.start)]
        subjects = subjects + [t for t in opening if t.dep_ in ("nsubj", "nsubjpass")]
    # "Hailstones the size of golf balls pounded Johannesburg": a subject parsed as a modifier
    subjects = subjects + [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
    ]
    natural = [s for s in subjects if causes(s)]
    # A storm's name is no person: "Cyclone Gabrielle", "Typhoon Hinnamnor" (but "the Pakistan
    # Air Force" is no storm).
    if any(
        t.pos_ == "PROPN" and t.i < s.i
        for s in natural
        for t in s.subtree
        if t.lemma_.lower() in STORMS
    ):
        return True
    # "the Syrian air force" is an actor, whatever word of nature its name holds, and so are
    # "Australian air force planes": an actor of some sector inside the phrase (a country or a
    # place, "a fire in Pakistan's Punjab", is no doer). The actor spans are looked at only in
    # the rare case a word of nature is there.
    mentions = verb.doc._.actors or []

    def acted(s: Token) -> bool:
        return any(
            s.left_edge.i <= m.start <= s.i
            and (m.start <= s.i < m.end or any(a.sector for a in m.actors))
            for m in mentions
        )

    return any(not acted(s) for s in natural)


# People named by what befell them or theirs: "families of victims of the port explosion urged
# the UN": the explosion befell them and did nothing.
BEFALLEN = frozenset(
    {"family", "families", "relative", "relatives", "victim", "victims", "survivor", "survivors"}
    | {"widow", "widows", "mother", "mothers", "orphan", "orphans", "parent", "parents"}
)


def _without_whose(subject: Token) -> list[Token]:
    """The subject's words, less the "of" phrases of people named by what befell them."""
    cut = {
        t.i
        for w in subject.subtree
        if w.lower_ in BEFALLEN
        for p in w.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in p.subtree
    }
    return [t for t in subject.subtree if t.i not in cut]


# Verbs of a mishap: what a vehicle, a building or a slope does by itself.
MISHAPS = frozenset(
    {"crash", "derail", "capsize", "overturn", "sink", "collapse", "skid", "plunge", "ditch"}
    | {"overshoot", "overshot", "topple", "cave", "erupt", "slam", "smash", "plough", "plow"}
    | {"veer", "burst", "collide"}
)
# Where a blast is an industrial accident: "a coal mine blast", "a gas explosion".
WORKPLACES = frozenset(
    {"coal", "colliery", "mining", "factory", "plant", "refinery", "warehouse", "fireworks"}
    | {"boiler", "kitchen", "gas", "chemical", "methane", "firedamp", "pit", "furnace"}
    | {"gold", "copper", "diamond", "salt", "tin", "jade", "silo", "mill", "grain", "dust"}
    | {"workshop", "firework", "foundry", "quarry", "sawmill", "shipyard"}
    # "a pipeline blast killed villagers scooping fuel", "a tanker explosion"
    | {"pipeline", "tanker", "cylinder", "transformer"}
)
ACCIDENTS = frozenset({"accident", "mishap"})
# What people are killed "in" that no one did: "killed in a landslide", "died in the floods"
# (not a blast or a fire, which may be set, nor a market or a train, where attacks happen).
DISASTERS = ACCIDENTS | {
    *("earthquake", "quake", "storm", "flood", "floods", "flooding", "hurricane", "typhoon"),
    *("cyclone", "tornado", "landslide", "mudslide", "avalanche", "tsunami", "eruption"),
    *("lightning", "heatwave", "drought", "stampede", "crash", "collision", "derailment"),
    *("wildfire", "wildfires", "bushfire", "bushfires", "blizzard", "sandstorm", "rockfall"),
}


def _governing(start: Token | None, end: Token) -> list[Token]:
    """The verbs above `start` up to `end` (the one with the subject), `start` left out:
    "overshot the runway and ploughed into a market, killing 30"."""
    chain: list[Token] = []
    word = start
    while word is not None and word.i != end.i and len(chain) < 4:
        word = word.head
        chain.append(word)
    return chain


def _struck_by_nature(verb: Token) -> bool:
    """ "Chile was struck by a magnitude 8.8 earthquake": the agent is a force of nature."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return any(a.lemma_.lower() in NATURAL_CAUSES for a in agents)


def _called_accident(verb: Token) -> bool:
    """ "killed 301 workers, the worst mining accident in its history", "killed in an accident",
    "killed in a landslide"."""
    # "killed 40 miners, the worst mining accident there": the parse may hang it on the object
    named = [*verb.children, *(c for o in args.objects_of(verb) for c in o.children)]
    for child in named:
        if (
            child.dep_ in ("dobj", "appos", "npadvmod", "attr")
            and child.lemma_.lower() in ACCIDENTS
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during")
            and any(o.lemma_.lower() in DISASTERS for o in child.children if o.dep_ == "pobj")
        ):
            return True
    return False


# Occasions of death that are no one's deed: "miners killed in the Soma disaster".
_DISASTERS = (NATURAL_CAUSES - {"explosion"}) | {
    "disaster",
    "tragedy",
    "collapse",
    "mishap",
    "derailment",
    "sinking",
    "shipwreck",
}


def _died_in_mishap(verb: Token) -> bool:
    """ "were killed when a serac collapsed", "miners killed in the Soma disaster": a passive
    harm whose occasion is a mishap of something unarmed, with no doer named."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    described = verb.dep_ == "acl" and verb.tag_ == "VBN"
    if described or any(c.dep_ == "nsubjpass" for c in verb.children):
        occasions = [o for _, o in args.prep_objects(verb, frozenset({"in"}))]
        if any(o.lemma_.lower() in _DISASTERS for o in occasions):
            return True
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in MISHAPS:
            continue
        if not any(c.lower_ in ("when", "as", "after") for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if _unarmed([t for s in subjects for t in s.subtree]):
            return True
    return False


def _unarmed(words: list[Token]) -> bool:
    """Words of something that is no weapon and no bomb (and are there at all)."""
    return (
        bool(words) and not armed(words) and not any(t.lemma_.lower() in BOMB_WORDS for t in words)
    )


def harms_animals(trig: Trigger) -> bool:
    """ "Poachers killed two white rhinos", "wolves killed 30 sheep": no one was harmed."""
    if trig.verb is None or trig.cameo[:2] not in ("17", "18", "19", "20"):
        return False
    objects = [
        # "kill millions of birds": what the number counts
        next((o for _, o in args.prep_objects(obj, frozenset({"of"}))), obj)
        if obj.lemma_.lower() in COUNTS
        else obj
        for obj in args.objects_of(trig.verb)
    ]
    return bool(objects) and all(o.lemma_.lower() in ANIMALS for o in objects)


# Numbers that count what follows "of": "millions of birds".
COUNTS = frozenset({"million", "thousand", "hundred", "dozen", "score", "billion"})


def sent_to_hospital(trig: Trigger) -> bool:
    """ "The blast sent 40 workers to hospital": the hurt taken for care, not aid given."""
    if trig.verb is None or trig.verb.lemma_.lower() != "send":
        return False
    places = [o for _, o in args.prep_objects(trig.verb, frozenset({"to"}))]
    return any(o.lemma_.lower() in CARE_PLACES for o in places)


# Subjects that are no one: an economy, a market, a monsoon, a spacecraft, a troupe. "Nigeria's
# film industry released 2,500 films", "the monsoon had withdrawn", "Armenia's national dance
# ensemble toured South America": the country before them is whose they are, not a doer.
INANIMATE_HEADS = frozenset(
    {"industry", "economy", "surplus", "deficit", "exports", "imports", "prices", "price"}
    | {"market", "markets", "currency", "growth", "inflation", "output", "sales", "shares"}
    | {"monsoon", "rains", "hail", "hailstones", "lava", "spacecraft", "capsule", "satellite"}
    | {"rover", "lander", "telescope", "ensemble", "orchestra", "choir", "troupe", "film"}
    | {"films", "album", "novel", "exhibition", "festival", "index", "stocks", "bourse"}
    | {"band", "bands", "ballet", "quartet", "circus", "futures", "version", "update", "browser"}
    | {"memoir", "book", "play", "musical", "opera", "series", "schedule", "schedules", "bonds"}
    # currencies: "the Turkish lira came under renewed attack"
    | {"lira", "rupee", "peso", "rouble", "ruble", "rand", "naira", "yuan", "yen", "euro"}
    | {"dollar", "shekel", "dinar", "franc", "krona", "zloty", "forint", "ringgit", "baht"}
    | {"hryvnia", "bitcoin", "cedi", "shilling", "kwacha", "taka", "rial", "riyal", "won"}
    | {"real"}
    # trade and findings: "trade between India and the Gulf could double", "a gene that helps
    # rice survive flooding", "the outcome may offer clues"
    | {"trade", "tourism", "traffic", "revenue", "revenues", "gene", "genes", "outcome"}
    # a war as a whole: "the Iran-Iraq war of the 1980s killed half a million soldiers"
    | {"war", "wars"}
)


def inanimate_doer(trig: Trigger) -> bool:
    """Whether the act's doer is a thing: "Japan's trade surplus narrowed as imports ...
    released", "the monsoon had withdrawn from the whole country"."""
    subjects, verb = doing_subjects(trig)
    noun = trig.noun
    if trig.verb is None and noun is not None and noun.dep_ == "pobj":
        # "shares of the miner came under attack from short sellers": what came under it
        governing = noun.head.head
        if noun.head.lower_ == "under" and governing.pos_ in ("VERB", "AUX"):
            subjects, verb = [c for c in governing.children if c.dep_ == "nsubj"], governing
    if verb is None or not subjects:
        return False
    # "a series of bombings killed 14 soldiers": the bombings did it
    subjects = [_counted(s) for s in subjects]
    # ("a gene that helps rice survive": the relative clause's noun, whatever its own role)
    relative = verb.dep_ == "relcl"
    return all(
        (s.dep_ == "nsubj" or (relative and s.i == verb.head.i))
        and (s.lemma_.lower() in INANIMATE_HEADS or s.lower_ in INANIMATE_HEADS)
        for s in subjects
    )


# Nouns that count or string together what their "of" names: "a series of bombings".
COUNTING_NOUNS = frozenset(
    {"series", "wave", "spate", "string", "number", "pair", "barrage", "volley", "flurry"}
    | {"salvo", "succession", "round", "chain", "rash", "hail"}
)


def _counted(subject: Token) -> Token:
    """What a counting noun counts ("a series of bombings" -> "bombings"), else the subject."""
    if subject.lemma_.lower() not in COUNTING_NOUNS:
        return subject
    counted = [o for _, o in args.prep_objects(subject, frozenset({"of"}))]
    return counted[0] if counted else subject


# What is released or freed that is no one: works, documents, figures, creatures, substances.
RELEASED_THINGS = frozenset(
    {"novel", "book", "album", "film", "movie", "song", "single", "record", "memoir", "trailer"}
    | {"lantern", "balloon", "dove", "pigeon", "turtle", "hatchling", "fish", "bird", "butterfly"}
    | {"report", "statement", "data", "datum", "figure", "result", "video", "footage"}
    | {"recording"}
    | {"tape", "photo", "photograph", "image", "picture", "document", "list", "detail"}
    | {"finding", "transcript", "forecast", "guideline", "version", "update", "game", "app"}
    | {"software", "product", "model", "smartphone", "phone", "water", "gas", "smoke", "steam"}
    | {"oil", "radiation", "emission", "statistic", "survey", "poll", "study", "paper", "text"}
    # a volcano's or a plant's emissions: "Mount Merapi released columns of ash"
    | {"ash", "lava", "plume", "dust", "methane", "fume", "sewage", "debris", "magma", "vapour"}
)
# Who frees the trapped: a rescue, not a release from custody.
RESCUERS = frozenset(
    {"rescuer", "firefighter", "fireman", "lifeguard", "diver", "paramedic", "volunteer"}
    | {"miner", "medic", "coastguard"}
)
TRAPPED = frozenset({"trap", "bury", "rubble", "wreckage", "debris", "mud", "snow", "cave"})


def frees_no_one(trig: Trigger) -> bool:
    """ "released a new novel", "released hundreds of lanterns", "rescuers freed a worker
    trapped in a tunnel": no captive set free (0841)."""
    if trig.cameo != "0841" or trig.verb is None:
        return False
    verb = trig.verb
    freed = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        freed.append(verb.head)  # "the survey, released by the parks department"
    # "hundreds of paper lanterns": what the quantity counts
    freed += [o for f in freed for _, o in args.prep_objects(f, frozenset({"of"}))]
    if any(f.pos_ == "NOUN" and f.lemma_.lower() in RELEASED_THINGS | ANIMALS for f in freed):
        return True
    if any(f.lower_.endswith(("fish", "fishes", "guppies", "fry")) for f in freed):
        return True  # "released mosquito-eating guppies into ponds"
    if any(_player(f) for f in freed):
        return True  # "Ajax have released their veteran defender": a contract ended
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in RESCUERS for s in subjects):
        return True
    return any(t.lemma_.lower() in TRAPPED for f in freed for t in f.subtree)


# Sportspeople a club lets go; a "rights defender" freed is a captive.
PLAYERS = frozenset({"defender", "striker", "midfielder", "goalkeeper", "winger", "forward"})


def _player(word: Token) -> bool:
    if word.lemma_.lower() not in PLAYERS | {"player"}:
        return False
    return not any(c.lower_ in ("rights", "human") for c in word.subtree)


# Aircraft and their makers: "Emirates ordered 150 Boeing 777X jets" buys them.
AIRCRAFT = frozenset({"jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners"})
PLANE_MAKERS = frozenset({"boeing", "airbus", "embraer", "bombardier", "comac", "atr"})
# What a rocket carries into space rather than onto anyone.
PAYLOADS = frozenset(
    {"satellite", "satellites", "spacecraft", "capsule", "astronaut", "astronauts"}
    | {"cosmonaut", "cosmonauts", "probe", "telescope", "crew", "payload", "cosmodrome"}
)


def no_deed(trig: Trigger) -> bool:
    """Trigger verbs whose object or complement shows another sense: "ordered 150 jets" (a
    purchase), "a rocket carrying a satellite was launched", "his car slammed into a wall",
    "resigned the deciding game", "to meet demand from buyers"."""
    verb = trig.verb
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    objects = args.objects_of(verb)
    carried = {t.lower_ for o in objects for t in o.subtree}
    if (
        lemma == "order"
        and carried & AIRCRAFT
        and (carried & PLANE_MAKERS or not any(c.dep_ in ("xcomp", "prep") for c in verb.children))
    ):
        return True
    if lemma == "launch":
        launched = objects + [c for c in verb.children if c.dep_ == "nsubjpass"]
        launched += [o for _, o in args.prep_objects(verb, frozenset({"from", "into"}))]
        payloads = {t.lower_ for o in launched for t in o.subtree} & PAYLOADS
        if payloads - {"probe"} or (payloads and not _inquiry(verb)):
            return True
    if lemma in ("slam", "blast", "hit") and not objects and args.prep_objects(verb, args.INTO):
        return True  # "slammed into a concrete wall": a crash, no criticism
    if lemma == "pump" and any(c.lower_ == "out" for c in verb.children):
        return True  # "crews pumped out its fuel tanks": emptied, not supplied
    if lemma == "rise" and trig.cameo == "140" and verb.nbor(1).lower_ != "up":
        return True  # "reserves rose to 46 billion dollars, up from 35": figures, no uprising
    if (
        lemma in ("recognise", "recognize")
        and not objects
        and args.prep_objects(verb, args.AS)
        and not args.agent_of(verb)
    ):
        # "a woman recognised as the oldest living person": a title, not a state ("Kosovo was
        # recognised as a state by France" is France's act)
        return True
    if lemma == "rescue" and _saved_by_no_one(verb):
        return True  # "its crew was rescued unhurt": saved by no one named, no aid given
    if lemma == "resign" and any(o.lemma_.lower() in GAMES for o in objects):
        return True
    if lemma == "meet":
        return any(o.lemma_.lower() == "demand" and _market_demand(o) for o in objects)
    return False


def _saved_by_no_one(verb: Token) -> bool:
    """A rescue by no actor: "was rescued unhurt", "lifeguards rescued two fishermen"."""
    subjects, passive = args.subject_of(verb)
    savers = args.agent_of(verb) if passive else subjects
    return not any(is_actor(verb.doc, s) for s in savers)


def _inquiry(verb: Token) -> bool:
    """ "launched a probe into the president": an inquiry into someone or something."""
    # ("a probe into ... was launched by Congress": the probe may be the passive's subject)
    launched = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    probes = [o for o in launched if o.lemma_.lower() == "probe"]
    asked = args.prep_objects(verb, args.INTO) + [
        p for o in probes for p in args.prep_objects(o, frozenset({"into", "of", "over", "on"}))
    ]
    return bool(asked)


GAMES = frozenset({"game", "match", "bout", "set", "frame", "contest", "round"})


def _market_demand(demand: Token) -> bool:
    """ "to meet demand", "meet growing demand for power": buyers' demand, no one's demands."""
    if demand.lower_ == "demands" or any(c.dep_ == "poss" for c in demand.children):
        return False
    return not any(p in ("of", "by") for p, _ in args.prep_objects(demand, frozenset({"of", "by"})))
