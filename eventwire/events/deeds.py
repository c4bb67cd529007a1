"""Acts read off who or what does them, or how they are said: forces leaving a country, bombs
going off, reforms promised.

No verb of the lexicon names these ("Syrian troops left Lebanon", "a car bomb exploded", "would
review its ban"); the subject makes them a pull-out or a bombing, the promise an intent.
Written by the eventwire team from the CAMEO codebook's definitions and the team's own
sentences, never from a gold sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.coding import Trigger
from eventwire.events.matching import RELIEF_WORDS
from eventwire.events.nominals import noun_code
from eventwire.events.protection import help_purpose
from eventwire.events.senses import FORCE_NOUNS
from eventwire.events.vocab import PROMISING
from eventwire.records import Actor

# Forces leaving a place, or going back to where they are kept, pull out (0872).
DEPARTURE_VERBS = frozenset({"leave", "depart", "quit", "vacate", "exit"})
LEFT_PLACES = frozenset(
    {"country", "territory", "region", "area", "town", "city", "zone", "enclave", "base", "bases"}
)
HOME_PLACES = frozenset({"base", "bases", "barracks", "garrison", "garrisons", "home"})


# What goes off in a bombing, and the verbs of its going off.
BOMB_WORDS = frozenset({"bomb", "bombs", "explosive", "explosives", "device", "grenade", "ied"})
# Weapons whose "fire" is gunfire: "tank fire", "artillery fire", "sniper fire".
WEAPON_WORDS = frozenset(
    {"tank", "tanks", "artillery", "mortar", "mortars", "gun", "guns", "gunfire", "sniper"}
    | {"snipers", "machine-gun", "machinegun", "rifle", "rifles", "cannon", "gunboat"}
    | {"gunship", "gunships", "warplane", "warplanes", "missile", "missiles", "rocket"}
    | {"rockets", "shell", "shells", "shellfire", "rifle-fire", "bullet", "bullets"}
    | {"landmine", "landmines"}
)


# Blasts: who was at the place of one was hit, not its doer.
BLASTS = frozenset({"explosion", "blast"})
GOING_OFF = {
    "explode": None,
    "blow": "up",
    "go": "off",
    "detonate": None,
    # "a car bomb ripped through a crowd of police recruits"
    "rip": "through",
    "tear": "through",
}


# Verbs of forces falling back: "drew back", "moved back", "fell back".
BACKING_VERBS = frozenset({"draw", "move", "fall"})


def bomb_goes_off(verb: Token) -> bool:
    """ "A bomb planted by ETA exploded", "a car packed with explosives blew up"."""
    lemma = verb.lemma_.lower()
    if lemma not in GOING_OFF:
        return False
    particle = GOING_OFF[lemma]
    if particle and not any(
        c.lower_ == particle for c in verb.children if c.dep_ in ("prt", "prep")
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lower_ in BOMB_WORDS for s in subjects for t in s.subtree)


def forces_leave(verb: Token) -> bool:
    """ "Syrian troops left Lebanon", "units began returning to their permanent bases"."""
    lemma = verb.lemma_.lower()
    if lemma not in DEPARTURE_VERBS and lemma not in BACKING_VERBS and lemma != "return":
        return False
    if args.infinitive(verb):
        return False  # "wants the army to leave the city": a wish, not a pull-out
    subj, passive = args.subject_of(verb)
    if passive or not any(s.lemma_.lower() in FORCE_NOUNS or s.lower_ in FORCE_NOUNS for s in subj):
        return False
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in verb.children):
        return False  # "troops left the village in ruins", "left it burning"
    if lemma in BACKING_VERBS:
        # "Honduran troops drew back from the border", "moved back from the disputed area"
        return any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children)
    if lemma == "return":
        tos = [o for _, o in args.prep_objects(verb, frozenset({"to"}))]
        home = {w for o in tos for w in (o.lemma_.lower(), o.lower_)}  # "bases" -> "basis"
        home |= {c.lower_ for c in verb.children if c.dep_ == "advmod"}
        return bool(home & HOME_PLACES)
    places = args.objects_of(verb) + [o for _, o in args.prep_objects(verb, frozenset({"from"}))]
    return any(
        p.ent_type_ in ("GPE", "LOC", "FAC")
        or p.lemma_.lower() in LEFT_PLACES
        or (p.pos_ == "PROPN" and args.place_in(p.doc, {p.i}) is not None)  # "Mozambique" (ORG)
        for p in places
    )


# Verbs of armed forces driving into a place: "tanks pushed into Rafah", "troops swept into
# Somalia", "police poured into Lhasa".
ADVANCE_VERBS = frozenset(
    {"push", "roll", "advance", "sweep", "pour", "thrust", "surge", "punch", "rumble", "barrel"}
    | {"drive", "move", "march", "crash", "smash", "stream"}
)
# Police forces: poured into a town they are a show of force (153), not an attack.
POLICE_FORCES = frozenset({"police", "policemen", "gendarmes", "gendarmerie", "guardsmen"})
# Unnamed places forces enter: the areas they leave, and a capital, a centre, the streets.
ENTERED_PLACES = LEFT_PLACES | {"capital", "centre", "center", "outskirts", "streets", "province"}


def forces_enter(verb: Token) -> str | None:
    """ "Israeli tanks pushed into Rafah" (force, 190), "riot police poured into the city
    centre" (police power shown, 153), "the army rolled armour onto the streets" (154)."""
    if verb.lemma_.lower() not in ADVANCE_VERBS or args.infinitive(verb):
        return None
    subj, passive = args.subject_of(verb)
    heads = {w for s in subj for w in (s.lemma_.lower(), s.lower_)}
    if passive or not heads & (FORCE_NOUNS | POLICE_FORCES):
        return None
    onto = [o for _, o in args.prep_objects(verb, frozenset({"onto"}))]
    if any(o.lower_ == "streets" for o in onto):
        return "153" if heads & POLICE_FORCES else "154"
    places = [o for _, o in args.prep_objects(verb, frozenset({"into"}))]
    if not any(
        p.ent_type_ in ("GPE", "LOC", "FAC")
        or p.lemma_.lower() in ENTERED_PLACES
        or (p.pos_ == "PROPN" and args.place_in(p.doc, {p.i}) is not None)
        for p in places
    ):
        return None
    return "153" if heads & POLICE_FORCES else "190"


# Poisons used as arms, and the weapons named "chemical" or "biological" (2041).
POISON_ARMS = frozenset(
    {"sarin", "chlorine", "vx", "novichok", "tabun", "anthrax", "phosgene", "chloropicrin", "ricin"}
)
# "used a toxic agent against troops": toxic arms only, not "toxic fumes" or "toxic debt".
TOXIC_ARMS = frozenset({"agent", "agents", "weapon", "weapons", "munitions", "chemicals"})
ARMS_HEADS = frozenset(
    {"weapon", "weapons", "agent", "agents", "bomb", "bombs", "shell", "shells", "munitions"}
    | {"arms", "rocket", "rockets", "missile", "missiles", "gas", "attack", "attacks"}
)
# Verbs that deliver arms: "released sarin on the subway", "unleashed chemical agents".
DELIVERY_VERBS = frozenset(
    {"use", "drop", "release", "unleash", "fire", "launch", "deploy", "spray", "lob", "rain"}
)


def chemical_arms(verb: Token) -> bool:
    """Whether what the verb sends or uses is a chemical or biological weapon: "released sarin
    nerve gas", "chemical weapons were dropped on Halabja", "fired mustard gas shells"."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    used = args.objects_of(verb) + passive
    used += [o for _, o in args.prep_objects(verb, frozenset({"with"}))]
    # "dropped sarin on the town": the tagger may take the agent's name for an adverb
    used += [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "NOUN"]
    for word in (t for o in used for t in o.subtree):
        lower = word.lower_
        if lower in POISON_ARMS:
            return True
        if lower in ("chemical", "biological", "mustard", "nerve", "poison") and (
            word.head.lower_ in ARMS_HEADS or word.head.head.lower_ in ARMS_HEADS
        ):
            return True
        if lower == "toxic" and word.head.lower_ in TOXIC_ARMS:
            return True
    return False


# Reforms a government may promise: CAMEO's intents to change policy (0342) or institutions
# (0344), or leadership by a vote (0341). Only promised are they events; done, they are news.
REFORMS = {
    "reform": ("0344", None),
    "amend": ("0344", frozenset({"constitution", "charter"})),
    "overhaul": ("0344", None),
    "review": ("0342", frozenset({"ban", "policy", "policies", "law", "laws", "decision"})),
    "reconsider": ("0342", None),
    "revise": ("0342", frozenset({"policy", "policies", "law", "laws"})),
    "call": ("0341", frozenset({"election", "elections", "vote", "referendum"})),
    "hold": ("0341", frozenset({"election", "elections", "referendum"})),
}


# Plans announced for a vote: "announced plans for a referendum on ending one-party rule",
# "set out a timetable for elections" (the vote is the reform intended).
_ANNOUNCING = frozenset({"announce", "unveil", "outline", "set", "present", "publish", "propose"})
_SCHEDULES = frozenset({"plan", "timetable", "roadmap", "road", "date", "schedule"})
_VOTES = {
    "election": "0341",
    "elections": "0341",
    "poll": "0341",
    "polls": "0341",
    "referendum": "0344",
    "constitution": "0344",
}


def vote_scheduled(verb: Token) -> str | None:
    """The intent a schedule for a vote announces: "announced plans for a referendum" (0344),
    "set a date for elections" (0341)."""
    if verb.lemma_.lower() not in _ANNOUNCING or any(c.dep_ == "neg" for c in verb.children):
        return None
    for plan in args.objects_of(verb):
        if plan.lemma_.lower() not in _SCHEDULES:
            continue
        for _, voted in args.prep_objects(plan, frozenset({"for", "to"})):
            # "a timetable for electing a constituent assembly"
            word = "elections" if voted.lemma_.lower() == "elect" else voted.lower_
            if word in _VOTES:
                return _VOTES[word]
    return None


def reform_promised(verb: Token) -> str | None:
    """ "said it would carry out political reforms", "will review its ban": the intent's code."""
    lemma = verb.lemma_.lower()
    objects = {o.lemma_.lower() for o in args.objects_of(verb)}
    if lemma == "carry" and objects & {"reform", "reforms"}:
        lemma = "reform"
    if lemma not in REFORMS or any(c.dep_ == "neg" for c in verb.children):
        return None
    code, needed = REFORMS[lemma]
    if needed is not None and not objects & needed:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    governor = verb.head if verb.dep_ == "xcomp" else None
    wished = governor is not None and governor.lemma_.lower() in ("seek", "intend", "plan", "want")
    if governor is not None:
        auxes |= {c.lower_ for c in governor.children if c.dep_ == "aux"}
    return code if auxes & PROMISING or wished else None


# Places that fall to a force: "the town of Goma fell to M23 rebels".
FALLEN_PLACES = LEFT_PLACES | {"village", "capital", "stronghold", "garrison", "port", "airport"}
# Who takes a place by force.
TAKING_FORCES = (
    FORCE_NOUNS
    | {"rebels", "insurgents", "militants", "guerrillas", "fighters"}
    | {
        "gunmen",
        "militia",
        "militiamen",
    }
)
# What a convoy or a town comes under: "came under fire", "came under heavy shelling".
ASSAILING_NOUNS = frozenset(
    {"fire", "attack", "attacks", "shelling", "bombardment", "assault", "siege", "gunfire"}
    | {"mortar", "rocket", "sniper"}
)


def fell_to_force(verb: Token) -> bool:
    """ "The town of Goma fell to M23 rebels": a place taken by force (190), by those it fell to
    (not "prices fell to a record low")."""
    if verb.lemma_.lower() != "fall":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    placed = any(
        s.ent_type_ in ("GPE", "LOC", "FAC") or s.lemma_.lower() in FALLEN_PLACES for s in subjects
    )
    takers = [o for _, o in args.prep_objects(verb, frozenset({"to"}))]
    forces = any(
        t.lemma_.lower() in TAKING_FORCES or t.lower_ in TAKING_FORCES
        for o in takers
        for t in o.subtree
    )
    return placed and forces


# Those who fire words, not guns: "came under fire from opposition parties over the budget".
_CRITICS = frozenset(
    {"critic", "critics", "party", "parties", "opposition", "lawmaker", "lawmakers", "group"}
    | {"groups", "activist", "activists", "media", "press", "newspaper", "newspapers", "union"}
    | {"unions", "church", "leader", "leaders", "minister", "ministers", "government", "mp"}
    | {"mps", "senator", "senators", "campaigner", "campaigners", "watchdog", "ally", "allies"}
)


def came_under_fire(verb: Token) -> str | None:
    """ "A UN convoy came under fire near Sarajevo": the subject was attacked (190); "the
    government came under fire from opposition parties over the budget": it was criticised
    (111). None when nothing came under fire."""
    if verb.lemma_.lower() != "come":
        return None
    under = [
        o
        for _, o in args.prep_objects(verb, frozenset({"under"}))
        if o.lemma_.lower() in ASSAILING_NOUNS or o.lower_ in ASSAILING_NOUNS
    ]
    if not under:
        return None
    if any(c.lower_ in ("speculative", "speculators") for o in under for c in o.children):
        return None  # "the baht came under speculative attack": markets, no one attacked
    doers, _ = force_sides(verb)
    topic = any(
        p in ("over", "for")
        for w in (verb, *under)
        for p, _ in args.prep_objects(w, frozenset({"over", "for"}))
    )
    armed = any(t.lemma_.lower() in TAKING_FORCES for d in doers for t in d.subtree)
    critics = any(d.lemma_.lower() in _CRITICS or d.lower_ in _CRITICS for d in doers)
    if topic or (critics and not armed):
        return "111"
    return "190"


def force_sides(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who used force and on whom, for a place that fell ("fell to M23 rebels": the rebels on
    the town) or one that came under fire ("came under fire from rebels": the rebels on the
    convoy)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() == "fall":
        return [o for _, o in args.prep_objects(verb, frozenset({"to"}))], subjects
    under = [o for _, o in args.prep_objects(verb, frozenset({"under"}))]
    doers = [o for w in (verb, *under) for _, o in args.prep_objects(w, frozenset({"from", "by"}))]
    return doers, subjects


# Aircraft whose raid is an air strike.
AIRCRAFT = frozenset(
    {"warplane", "jet", "aircraft", "drone", "bomber", "helicopter", "gunship", "plane", "air"}
)


def from_the_air(verb: Token) -> bool:
    """Whether a raid's doers are aircraft ("Turkish warplanes raided ...")."""
    subjects, _ = args.subject_of(verb)
    words = {w.lemma_.lower() for s in subjects for w in s.subtree}
    return bool(words & AIRCRAFT)


def own_arms(verb: Token) -> bool:
    """ "handed over their weapons", "surrendered its arms": the giver's own arms."""
    return verb.lemma_.lower() in ("hand", "turn", "give", "surrender") and any(
        c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her", "our")
        for o in args.objects_of(verb)
        for c in o.children
    )


# Words of forces sent to keep the peace or to protect.
PEACEKEEPING = frozenset(
    {"peacekeeper", "peacekeeping", "peace-keeper", "blue", "helmet", "multinational"}
    | {"stabilisation", "stabilization", "peace-keeping", "monitors", "protection"}
)


def took_positions(verb: Token) -> bool:
    """ "took up positions along the border": forces put in place, as if they had arrived."""
    return any(o.lemma_.lower() in ("position", "positions") for o in args.objects_of(verb))


def forces_arrival(trig: Trigger, source: list[Actor]) -> str | None:
    """What armed forces arriving somewhere do: peacekeepers come to protect (074), forces
    home from abroad have withdrawn (0872), others are deployed (154). None for anyone else."""
    verb = trig.verb
    if verb is None or not source or not all(a.sector in ("MIL", "COP") for a in source):
        return None
    words = {t.lemma_.lower() for s in args.subject_of(verb)[0] for t in s.subtree}
    # "landed in Haiti as part of a multinational security mission": sent to keep the peace
    words |= {t.lemma_.lower() for t in verb.subtree if t.i > verb.i}
    if words & PEACEKEEPING or help_purpose(verb) is not None:
        return "074"  # peacekeepers, or forces come "to help government forces"
    if any(c.lower_ in ("home", "back") for c in verb.children):
        return "0872"
    # police in place show police power (153), soldiers military power (154)
    return "153" if all(a.sector == "COP" for a in source) else "154"


# What a plane, a ship or a convoy carries as relief: humanitarian cargo (073) or aid (070).
HUMANITARIAN = RELIEF_WORDS | {"tents", "blankets", "rations", "vaccines", "rescue"}
RELIEF_CARGO = HUMANITARIAN | {"aid", "supplies", "water", "assistance"}
# Relief goods, not the people who carry them: "dispatched 40 doctors" stays plain aid (070).
RELIEF_GOODS = HUMANITARIAN - {"doctors", "rescuers", "rescue"}


def relief_arrival(doc: Doc, trig: Trigger) -> tuple[str, list[Actor]] | None:
    """Aid arriving from somewhere: "planes loaded with tents from the UAE landed in
    Kathmandu", "a Chinese aid shipment arrived in Cuba". The code (070, or 073 for
    humanitarian aid) and the givers: the country it comes from or whose it is."""
    verb = trig.verb
    if verb is None:
        return None
    subjects = args.subject_of(verb)[0]
    words = {t.lower_ for s in subjects for t in s.subtree}
    if not words & RELIEF_CARGO:
        return None
    froms = [o for s in subjects for t in s.subtree if t.lower_ == "from" for o in t.children]
    froms += [o for _, o in args.prep_objects(verb, frozenset({"from"}))]
    givers = args.actors_of(doc, froms) or args.actors_of(doc, subjects)
    return ("073" if words & HUMANITARIAN else "070"), givers


def armed(words: Iterable[Token]) -> bool:
    """Whether the words name a weapon or an attack: "mortar rounds", "tank fire", "a wave of
    bombings", "a suicide attack"."""
    return any(
        t.lemma_.lower() in WEAPON_WORDS
        or ((code := noun_code(t)) is not None and code[:2] in ("18", "19", "20"))
        for t in words
    )


def police_sent(doc: Doc, trig: Trigger) -> bool:
    """Whether the forces a state sends or puts on alert are its police only: "Kenya sent 400
    police officers to Haiti" is a police mobilisation, not its army's."""
    verb = trig.verb
    if verb is None or not trig.cameo.startswith(("150", "152", "154")):
        return False
    # ("a contingent of 400 police officers": the words of what is sent, whole)
    sent = set().union(*(args.arg_tokens(o) for o in args.objects_of(verb)))
    sectors = {a.sector for m in args.mentions_in(doc, sent) for a in m.actors if a.sector}
    return sectors == {"COP"}


def humanitarian(trig: Trigger) -> bool:
    """Whether plain aid (070) sent is relief for people: "sent tents, blankets and medicine to
    Turkey" is humanitarian aid (073)."""
    verb = trig.verb
    if verb is None or trig.cameo != "070":
        return False
    words = {t.lower_ for o in args.objects_of(verb) for t in o.subtree}
    return bool(words & RELIEF_GOODS)


# Verbs that stop an act named by their gerund, and what stopping each act is.
STOPPING_VERBS = frozenset({"stop", "cease", "halt", "suspend", "end", "quit", "freeze", "curtail"})
STOPPED_CODES = {
    "071": "1621",  # economic aid stopped
    "072": "1622",  # military aid
    "073": "1623",  # humanitarian aid
    "07": "162",
    "061": "163",  # trade stopped: an embargo
    "06": "160",
    "04": "164",  # talks halted
}


def stopped_doing(tok: Token) -> bool:
    """Whether `tok` is a gerund a stopping verb takes: "stopped sending", "froze lending"."""
    # ("froze all lending": the parse may hang the gerund as a clause right after the verb)
    return (
        tok.tag_ == "VBG"
        and (tok.dep_ in ("xcomp", "dobj") or (tok.dep_ == "advcl" and tok.i - tok.head.i <= 2))
        and tok.head.lemma_.lower() in STOPPING_VERBS
        and not any(c.dep_ == "neg" for c in tok.head.children)
    )
