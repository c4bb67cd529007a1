"""Event nouns: "the visit", "a blockade", "joint exercises", "a halt to attacks", "the signing
of a protocol". What a noun codes, and the words an argument names (through quantity heads such
as "thousands of troops"), used by the verb rules in eventwire.events.triggers as well.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.lemmas import base_forms
from eventwire.events.lexicon import VERBS
from eventwire.events.light import LIGHT_OVERRIDES, LIGHT_VERBS
from eventwire.events.senses import AID_NOUNS, FORCE_NOUNS, HOSTILITY_NOUNS
from eventwire.events.vocab import JOINT_BODIES, LABOUR_WORDS, LIGHT_ONLY_NOUNS, NOUNS

PRESS_WORDS = frozenset({"press", "news"})
MONEY_UNITS = frozenset(
    {"dollars", "euros", "pounds", "yen", "yuan", "rupees", "million", "billion", "francs"}
    | {"marks", "kroner", "crowns"}
)

# Heads that only count or package what the verb acts on: "thousands of troops",
# "a consignment of uniforms", "units of the army".
_QUANTITY = (
    "tens hundreds thousands dozens scores millions number numbers batch batches consignment "
    "consignments shipment shipments contingent contingents unit units group groups convoy "
    "convoys load loads cargo wave waves column columns squadron squadrons fleet fleets team "
    "teams lot plenty some more part planeload planeloads truckload truckloads shipload "
    "shiploads boatload boatloads bulk majority rest remainder half most first last tonnes tons "
    "barrels years decades months weeks all several many both each containers crates boxes "
    "approval approvals version versions variant variants round rounds"
)
QUANTITY_HEADS = frozenset(_QUANTITY.split())


# What an "attack" of the body or the markets is: no one attacks anyone.
ILLNESS_ATTACKS = frozenset(
    {"heart", "panic", "asthma", "anxiety", "speculative", "shark", "epileptic", "gout"}
)
# An attack of words: "a scathing attack on the government's record".
WORDY_ATTACKS = frozenset(
    {"scathing", "blistering", "stinging", "withering", "verbal", "sharp", "vitriolic"}
)
NATURAL_STRIKES = frozenset({"lightning", "thunder"})
# What a spacecraft does and an inquiry does not.
SPACE_VERBS = frozenset(
    {"land", "make", "fire", "reach", "orbit", "send", "touch", "fly", "enter", "collect"}
    | {"beam", "blast", "arrive", "lift", "capture", "photograph", "crash", "launch"}
)


# Patrols that show force rather than police a beat: "long-range patrols", "naval patrols".
SHOWN_FORCE = frozenset(
    {"long-range", "range", "air", "naval", "aerial", "maritime", "bomber", "warship"}
)


def _spacecraft(tok: Token, mods: set[str]) -> bool:
    """A probe that flies: "the space probe", "the probe Hayabusa2", "the probe landed"."""
    if mods & {"space", "lunar", "mars", "solar", "robotic", "unmanned"}:
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return True
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        return True  # "the probe Hayabusa2" parsed as a name with "probe" before it
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPACE_VERBS


def words_of(objects: list[Token]) -> set[str]:
    """Lemmas and forms of the objects, their conjuncts and what quantity heads hold."""
    found: set[str] = set()
    todo = [c for o in objects for c in args.with_conjuncts(o)]
    for _ in range(3):
        nxt: list[Token] = []
        for tok in todo:
            found |= {tok.lemma_.lower(), tok.lower_}
            # A compound or an adjective names the kind: "air-defence systems", "its alert
            # level", "economic restrictions", "a fugitive banker".
            found |= {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
            # "a decree raising fuel prices": the parse may chain compounds
            found |= {
                g.lower_
                for c in tok.children
                if c.dep_ == "compound"
                for g in c.children
                if g.dep_ == "compound"
            }
            # "1.5 billion marks of Bolivia's debt": a sum names what it is of
            counted = {tok.lemma_.lower(), tok.lower_} & QUANTITY_HEADS or tok.lower_ in MONEY_UNITS
            # "raised its state of alert": a level names what it is of
            counted = counted or tok.lemma_.lower() in LEVEL_HEADS
            if counted or tok.pos_ == "NUM":
                nxt += [o for _, o in args.prep_objects(tok, frozenset({"of"}))]
            if tok.pos_ in ("NUM", "SYM") or tok.lower_ in MONEY_UNITS:
                # "$20 million in emergency assistance"
                nxt += [o for _, o in args.prep_objects(tok, frozenset({"in"}))]
        todo = nxt
    return found


# Heads that measure something: "its state of alert", "the level of readiness".
LEVEL_HEADS = frozenset({"state", "level", "status", "degree"})
# Modifiers that make an operation a shared one.
JOINT_WORDS = frozenset(
    {"joint", "coordinated", "combined", "synchronised", "synchronized", "mixed"}
)


def _calls_for(tok: Token) -> bool:
    """A "call for" something, the "for" on the noun or on the verb it is the object of."""
    heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    return any(c.dep_ == "prep" and c.lower_ == "for" for h in heads for c in h.children) or any(
        # "a call for Pyongyang to return to the table"
        c.dep_ in ("advcl", "acl", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in tok.children
    )


# Papers a protest is handed in: "a protest note", "a letter of protest".
PROTEST_PAPERS = frozenset({"note", "letter"})

# Doers whose drills are military: "Vietnam's navy conducted drills".
DRILLING_FORCES = FORCE_NOUNS | {"marines", "guard", "guards", "paratroopers"}


# Nouns that name an event only with a word before them.
_ACTIONS = {"street": "141", "protest": "141", "industrial": "143", "strike": "143"}
_ACTIONS |= {"legal": "115", "court": "115"}  # "launched legal action against Hungary"
MODIFIED_EVENTS: dict[str, dict[str, str]] = {
    "action": _ACTIONS,
    "actions": _ACTIONS,
    "parade": {"military": "150"},
    "swap": {"currency": "061"},
}
# Weapons tested: a nuclear blast is a use of such arms (2042), a missile test a show of force.
_TESTS = {"nuclear": "2042", "atomic": "2042", "thermonuclear": "2042", "hydrogen": "2042"}
_TESTS |= {w: "150" for w in ("missile", "missiles", "rocket", "weapons", "weapon", "launch")}
MODIFIED_EVENTS |= {"test": _TESTS, "tests": _TESTS}
MODIFIED_EVENTS |= {"explosion": _TESTS, "explosions": _TESTS, "blast": _TESTS}
# People made to shield fighters from attack (184): "used villagers as human shields".
MODIFIED_EVENTS |= {"shield": {"human": "184"}, "shields": {"human": "184"}}
# "In a telephone conversation, Vajpayee and Sharif went over ...": a call (041)
MODIFIED_EVENTS |= {w: {"telephone": "041", "phone": "041"} for w in ("conversation", "call")}
# "a test-launch of its Ghauri missile", "a missile launch": a weapons test (150)
MODIFIED_EVENTS |= {"launch": {"test": "150", "missile": "150"}}
# "the call-up of reservists": the parse splits the word and keeps "up" as the noun.
MODIFIED_EVENTS |= {"up": {"call": "154"}}


def noun_code(tok: Token, light: bool = False) -> str | None:
    """The code of an event noun; `light` admits nouns that need a light verb ("opened fire")."""
    # ("began a fast unto death": an object tagged as an adjective or an adverb, or one with
    # an article, is a noun)
    as_noun = tok.pos_ in ("NOUN", "PROPN") or (
        tok.pos_ in ("ADJ", "ADV")
        and (tok.dep_ == "dobj" or any(c.dep_ == "det" and c.i < tok.i for c in tok.subtree))
    )
    # ("launched a dawn offensive": an adjective after the noun it is hung on is the noun)
    as_noun = as_noun or (tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i < tok.i)
    if not as_noun or tok.ent_type_ in ("DATE", "TIME", "PERSON", "GPE"):
        return None
    word = tok.lower_ if tok.lower_ in NOUNS else tok.lemma_.lower()
    code = NOUNS.get(word)
    if word in MODIFIED_EVENTS:
        # "street actions", "industrial action", "a military parade", "a currency swap"
        said = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
        named = next((c for m, c in MODIFIED_EVENTS[word].items() if m in said), None)
        if named is not None or code is None:
            return named
    if word in ("show", "display") and any(
        o.lower_ in ("force", "strength", "might", "muscle")
        for _, o in args.prep_objects(tok, frozenset({"of"}))
    ):
        return "150"  # "tanks rolled through Hama in a show of strength"
    if word == "fast" and any(c.lower_ == "the" for c in tok.children):
        return None  # "Morocco started the fast a day later": the Ramadan fast, no protest
    if word in ("battle", "battles"):
        return "190" if armed_battle(tok) else None
    if word == "call" and _calls_for(tok):
        return "020"  # "renewed their calls for a return to the constitution": an appeal
    if (
        light
        and word in ("measure", "measures", "step", "steps")
        and any(c.lower_ in ("punitive", "retaliatory") for c in tok.children if c.dep_ == "amod")
    ):
        # "announced punitive economic measures against Pakistan"; "will take retaliatory
        # measures if ..." is a threat, read elsewhere
        return "163"
    if code is None or (word in LIGHT_ONLY_NOUNS and not light):
        return None
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    # "a joint counter-terrorism drill": the parse may hang "joint" on the compound
    mods |= {
        g.lower_
        for c in tok.children
        if c.dep_ == "compound"
        for g in c.children
        if g.dep_ in ("compound", "amod")
    }
    if word in ("protest", "protests") and (
        mods & {"formal", "official", "diplomatic", "written"}
        or (tok.dep_ == "compound" and tok.head.lemma_.lower() in PROTEST_PAPERS)
        # "handed the ambassador a note of protest"
        or (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in PROTEST_PAPERS
        )
    ):
        return "114"  # "lodged a formal protest", "handed a protest note": complained officially
    if word in ("ban", "bans") and mods & {"travel", "visa", "arms", "export", "import"}:
        return "163"  # "a travel ban on leading figures": a sanction, not an administrative curb
    if word == "closure" and {
        o.lemma_.lower() for _, o in args.prep_objects(tok, frozenset({"of"}))
    } & {"consulate", "embassy", "mission", "legation"}:
        return "161"  # "ordered the closure of Russia's consulate": relations cut
    if word in ("conversation", "conversations", "call") and mods & {"phone", "telephone"}:
        return "041"  # "held a telephone conversation with Putin"
    if word == "call" and "courtesy" in mods:
        return "042"  # "paid a courtesy call on the king" is a visit
    if word in ("call",) and not (mods & {"phone", "telephone"}):
        # "a call for talks", "renewed its calls on Pyongyang to return": an appeal
        asked = [
            o
            for p, o in args.prep_objects(tok, frozenset({"for", "on"}))
            if p == "for" or o.ent_type_ not in ("DATE", "TIME")
        ]
        return "020" if asked else None
    if word == "conference" and not (mods & (PRESS_WORDS | {"joint", "peace"})):
        return None
    if word == "release" and mods & PRESS_WORDS:
        return None
    if word in ("attack", "attacks") and mods & ILLNESS_ATTACKS:
        return None  # "died of a heart attack", "a speculative attack on the baht"
    if word in ("attack", "attacks") and mods & WORDY_ATTACKS:
        return "111"  # "launched a scathing attack on the government": criticism
    if word in ("strike", "strikes") and (
        "lightning" in mods
        or any(o.lemma_.lower() in NATURAL_STRIKES for _, o in args.prep_objects(tok, args.OF))
    ):
        return None  # "a lightning strike", "a strike of lightning"
    if word in ("probe", "probes") and _spacecraft(tok, mods):
        return None  # "China's Chang'e-4 probe made the first landing on the far side"
    if word in ("probe", "probes") and not (
        mods - {"space", "lunar"}
        or any(c.dep_ == "prep" and c.lower_ in ("into", "of", "over", "on") for c in tok.children)
        # "began a probe into the killings": "into" may hang on the verb
        or (tok.dep_ == "dobj" and any(c.lower_ == "into" for c in tok.head.children))
    ):
        return None  # "launched a probe to study Jupiter's moons" investigates nothing political
    if word in ("raid", "raids") and mods & {"air", "aerial"}:
        return "195"  # "an Israeli air raid": from the air, no police raid
    if word in ("drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "games"):
        # Military drills show force (MOBILIZE); held jointly they are cooperation (062).
        military = {
            "military",
            "naval",
            "air",
            "joint",
            "army",
            "live-fire",
            "war",
            "amphibious",
            "warfare",
            "terrorism",
            "counter-terrorism",
            "counterterrorism",
            "anti-submarine",
            "combat",
            "tactical",
            "defence",
            "defense",
            "missile",
        }
        shared = mods & (JOINT_WORDS | {"bilateral", "trilateral", "multinational", "nato"})
        partner = _drill_partner(tok)
        if not (mods & (military | {"strategic", "live", "nuclear"}) or shared or partner):
            # "the navy conducted drills", "armed forces began an exercise": the doer says it
            held = tok
            while held.dep_ == "pobj" and held.head.lower_ == "of":
                held = held.head.head  # "kicked off two weeks of exercises"
            doers = [
                w.lower_
                for c in held.head.children
                if held.dep_ in ("dobj", "nsubjpass") and c.dep_ == "nsubj"
                for w in c.subtree
            ]
            if not set(doers) & DRILLING_FORCES:
                return None
        return "062" if shared or partner else "150"
    if word in STOPPAGE_NOUNS:
        return _stoppage_code(tok)
    if word == "cleansing":
        return "203" if "ethnic" in mods else None  # "a campaign of ethnic cleansing"
    if word == "crackdown" and mods & {"violent", "bloody", "deadly", "brutal", "lethal"}:
        return "175"
    if word in JOINT_BODIES:
        # "a joint monitoring team", "a joint survey": working together; alone, nothing
        return "060" if mods & JOINT_WORDS else None
    joint = mods & JOINT_WORDS
    if word in ("patrol", "patrols", "operation", "operations", "manhunt", "sweep", "sorties"):
        # "joint patrols", "a coordinated operation" against a common foe; alone, routine.
        if joint:
            return "062"
        against = args.prep_objects(tok, frozenset({"against"}))
        if (
            word.startswith("operation")
            and mods & {"military", "ground", "cross-border"}
            and against
        ):
            return "190"  # "a military operation against the YPG": force used on someone
        if word.startswith("patrol") and mods & SHOWN_FORCE:
            return "150"  # "resumed long-range patrols over the Atlantic": force shown
        return None
    if joint and word in ("investigation", "probe", "inquiry"):
        return "063"  # "a joint investigation team": judicial cooperation, not an accusation
    if joint and code[:2] in ("15", "17", "18", "19"):
        return "062"  # "a joint raid", "a combined offensive": forces acting together
    if word in ("strike", "strikes"):
        # A labour strike says so ("general strike", "teachers' strike"); else it is military.
        head = tok.head.head if tok.head.lower_ == "on" else tok.head  # "went on strike"
        labour = mods & LABOUR_WORDS or head.lemma_ in ("go", "stage", "call", "begin", "hold")
        # "a strike called by religious parties": one calls a strike, not an air strike
        labour = labour or any(
            c.dep_ == "acl" and c.lemma_.lower() in ("call", "stage", "organise", "organize")
            for c in tok.children
        )
        if "hunger" in mods:
            return "142"
        return "143" if labour else "195"
    return code


# Nouns made from a verb that name its act as a gerund does: "the acceptance by Ethiopia of the
# ruling", "the delivery of 30 tonnes of medicine by Brazil", "the imposition of a state of
# emergency". Read through the verb's senses that name their objects, like a gerund.
DEVERBAL_NOUNS = {
    "acceptance": "accept",
    "legalisation": "legalise",
    "legalization": "legalize",
    "delivery": "deliver",
    "deliveries": "deliver",
    "imposition": "impose",
    "handover": "hand",
    "transfer": "transfer",
    "transfers": "transfer",
    "provision": "provide",
    "removal": "remove",
    "cancellation": "cancel",
    "abolition": "abolish",
    "relaxation": "relax",
    "destruction": "destroy",
    "demolition": "demolish",
    "ratification": "ratify",
    "nationalisation": "nationalise",
    "nationalization": "nationalize",
    "restoration": "restore",
    "dispatch": "dispatch",
    "shipment": "ship",
    "shipments": "ship",
}


def gerund_sense(tok: Token) -> tuple[str, str, list[Token]] | None:
    """A verb's act named by its gerund: "the lifting of the blockade", "the signing of a
    protocol". Returns the verb lemma, the code and what the act is done to (the "of" object).

    Only senses that name their objects count, and the "of" object must be one of them: a
    gerund alone ("the opening", "the shipping") names too little to code.
    """
    derived = DEVERBAL_NOUNS.get(tok.lower_)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in NOUNS:
        return None
    if not tok.lower_.endswith("ing") and derived is None:
        return None
    if tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        return None  # "a navy training ship": a word before a noun names a kind of it
    if derived is not None and tok.head.lemma_.lower() in ("take", "await", "receive", "get"):
        return None  # "would take delivery of 20 jets": what its subject receives
    acted_on = [
        o for _, obj in args.prep_objects(tok, frozenset({"of"})) for o in args.with_conjuncts(obj)
    ]
    # "intelligence sharing between Jordan and Israel": the object may come first
    acted_on = acted_on or [c for c in tok.children if c.dep_ == "compound"]
    # "the imposition by Sri Lanka's president of a state of emergency": the parse may hang
    # the "of" phrase on the agent; then only a sense that names it counts
    on_agent = not acted_on and derived is not None
    if on_agent:
        acted_on = [
            o
            for agent in args.agent_of(tok)
            for _, obj in args.prep_objects(agent, frozenset({"of"}))
            for o in args.with_conjuncts(obj)
        ]
    if not acted_on:
        return None
    words = words_of(acted_on)
    for lemma in (derived,) if derived is not None else base_forms(tok.lower_):
        for sense in VERBS.get(lemma, ()):
            # a noun made from the verb may take its plain sense ("the legalisation of
            # opposition parties"); a gerund alone names too little
            named = sense.objects & words or (
                derived is not None and not sense.objects and not on_agent
            )
            if named and sense.particle is None and sense.prep is None:
                return lemma, sense.cameo, acted_on
    if derived in LIGHT_VERBS:
        # "the imposition of a state of emergency": what the light verb's noun names
        for word in sorted(words & LIGHT_VERBS[derived]):
            code = LIGHT_OVERRIDES.get((derived, word)) or NOUNS.get(word)
            if code:
                return derived, code, acted_on
    return None


PARTNER_FORCES = frozenset(
    [
        "warship",
        "warships",
        "ships",
        "vessels",
        "jets",
        "aircraft",
        "sailors",
        "units",
        "contingent",
        "contingents",
        "force",
        "forces",
        "troops",
        "navy",
        "army",
        "military",
        "marines",
        "soldiers",
        "counterpart",
        "counterparts",
        "ally",
        "allies",
        "partner",
        "partners",
    ]
)


# "a halt to attacks", "the suspension of aid": what is stopped tells the act.
STOPPAGE_NOUNS = frozenset({"halt", "cessation", "suspension", "freeze", "cutoff", "cut-off"})
_STOPPED = (
    (
        frozenset(
            # ("a halt to rocket fire": the firing stopped)
            [
                *HOSTILITY_NOUNS.split(),
                *("operation", "operations", "offensive", "hostilities", "fire", "firing"),
            ]
        ),
        "087",
    ),
    (frozenset([*AID_NOUNS.split(), "lending", "loans"]), "162"),
    (frozenset(["trade", "imports", "exports", "shipments"]), "163"),
    (frozenset(["talks", "negotiations", "dialogue"]), "164"),
)


def _stopped(noun: Token) -> list[Token]:
    found = [o for _, o in args.prep_objects(noun, frozenset({"to", "of", "on", "in"}))]
    if noun.dep_ == "dobj":
        # "announced a halt to attacks": the parse may hang "to attacks" on the verb
        found += [o for _, o in args.prep_objects(noun.head, frozenset({"to"}))]
    return found


def _stoppage_code(noun: Token) -> str | None:
    """The code of stopping what the noun's "to"/"of"/"on" phrase names, if it is an act."""
    stopped = words_of(_stopped(noun))
    return next((code for words, code in _STOPPED if stopped & words), None)


def stopped_act(noun: Token) -> Token | None:
    """What a coded stoppage noun stops ("a halt to attacks on Israelis": the attacks).

    Callers pass a noun `noun_code` already coded, so the stopped act is known to be one.
    """
    if noun.lemma_.lower() not in STOPPAGE_NOUNS:
        return None
    return next(iter(_stopped(noun)), None)


def _drill_partner(noun: Token) -> bool:
    """Drills held "with" or "alongside" another force, on the noun or on the verb holding it."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "pobj") else [])
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holders.append(noun.head.head)  # "took part in the exercise alongside U.S. forces"
    partners = [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    # "with live ammunition" names no partner; "with the Japanese navy" does
    return any(o.pos_ == "PROPN" or o.lemma_.lower() in PARTNER_FORCES for o in partners)


# Verbs of fighting breaking out or going on: "heavy fighting erupted between ...".
OCCURRING_VERBS = frozenset(
    {"erupt", "break", "rage", "flare", "continue", "resume", "intensify", "escalate", "spread"}
    | {"occur", "ensue", "persist", "subside"}
)
# Words that make a battle one fought with arms: "a fierce battle", "gun battles".
_ARMED_BATTLE = frozenset(
    {"fierce", "heavy", "pitched", "gun", "street", "running", "bloody", "fresh", "armed"}
    | {"tank", "artillery", "intense", "deadly", "ferocious", "naval", "air", "ground"}
)


def occurring(verb: Token) -> bool:
    """A verb of fighting going on ("raged" may be read as the lemma "rag")."""
    return verb.lemma_.lower() in OCCURRING_VERBS or verb.lower_ in ("raged", "rages", "raging")


def armed_battle(tok: Token) -> bool:
    """ "fierce battles raged in Aleppo", "gun battles between police and gangs": a battle of
    arms, not "a legal battle" or "the battle against inflation"."""
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if mods & {"legal", "political", "court", "custody", "electoral", "uphill", "verbal"}:
        return False
    if any(p.lower_ == "against" for p in tok.children if p.dep_ == "prep"):
        return False  # "the battle against corruption"
    return bool(mods & _ARMED_BATTLE) or (tok.dep_ == "nsubj" and occurring(tok.head))
