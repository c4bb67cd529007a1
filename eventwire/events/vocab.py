"""Event nouns, light verbs and the word sets the coder consults.

Written by the eventwire team from the CAMEO codebook's category definitions and general news
usage (not from any gold sentence). eventwire.events.lexicon holds the verbs.
"""

from __future__ import annotations

# Event nouns (used alone, as subject/object, or after a light verb).
# Bodies and works two states set up or carry out together ("a joint monitoring team").
JOINT_BODIES = frozenset(
    {
        "agency",
        "commission",
        "committee",
        "team",
        "teams",
        "venture",
        "ventures",
        "survey",
        "project",
        "projects",
        "study",
        "mechanism",
        "centre",
        "center",
        "checkpoint",
        "exploration",
        "task",
    }
)
NOUNS: dict[str, str] = {
    "visit": "042",
    "trip": "042",
    "tour": "042",
    "talk": "040",
    "talks": "040",
    "meeting": "040",
    "summit": "040",
    "negotiation": "046",
    "negotiations": "046",
    "mediation": "045",
    "phone": "041",
    "call": "041",
    "conference": "040",
    "consultation": "040",
    "consultations": "040",
    "agreement": "030",
    "deal": "030",
    "accord": "030",
    "memorandum": "057",
    "memoranda": "057",
    "treaty": "057",
    "pact": "030",
    "alliance": "030",
    "praise": "051",
    "recognition": "054",
    "apology": "055",
    "pledge": "030",
    "pledges": "030",
    "consent": "030",
    "assent": "030",
    "go-ahead": "030",
    "charges": "112",
    "case": "115",
    "accusations": "112",
    "cooperation": "060",
    "aid": "070",
    "assistance": "070",
    "release": "0841",
    "withdrawal": "0872",
    "pullback": "0872",
    "games": "150",  # only "war games" (see noun_code)
    "drawdown": "0872",
    # Second pass, from the CAMEO category definitions.
    "patrol": "062",
    "patrols": "062",
    "operation": "062",
    "operations": "062",
    "call-up": "154",
    "emergency": "1724",
    "remorse": "055",
    "regrets": "055",
    "admiration": "051",
    "homage": "051",
    "assurances": "030",
    "tribute": "051",
    "readiness": "030",
    "willingness": "030",
    "regret": "055",
    "conversation": "040",
    "understanding": "030",
    "blessing": "051",
    "suit": "115",
    "proceedings": "115",
    "dialogue": "040",
    "discussions": "040",
    "manhunt": "062",
    "sweep": "062",
    "rioting": "145",
    "rampage": "145",
    "sit-in": "141",
    "vigil": "141",
    "ambush": "190",
    "skirmish": "190",
    "fighting": "190",
    "siege": "191",
    "killing": "190",
    "execution": "1823",
    "torture": "1822",
    "hijacking": "181",
    "extradition": "063",
    "repatriation": "0841",
    "pullout": "0872",
    "pull-out": "0872",
    "surrender": "0874",
    "disarmament": "0873",
    "demobilisation": "0873",
    "demobilization": "0873",
    "concession": "080",
    "concessions": "080",
    "resignation": "0831",
    "donation": "070",
    "loan": "071",
    "endorsement": "051",
    "collaboration": "060",
    "request": "020",
    "plea": "020",
    "demand": "100",
    "warning": "130",
    "denunciation": "111",
    "rebuke": "111",
    "complaint": "114",
    "inquiry": "090",
    "refusal": "120",
    "defiance": "128",
    "buildup": "154",
    "build-up": "154",
    "roundup": "173",
    "confiscation": "1711",
    "ceasefire": "0871",
    "truce": "0871",
    "demands": "100",
    "appeal": "020",
    "accusation": "112",
    "allegation": "112",
    "condemnation": "111",
    "criticism": "111",
    "investigation": "090",
    "probe": "090",
    "lawsuit": "115",
    "rejection": "120",
    "veto": "129",
    "threat": "130",
    "ultimatum": "139",
    "protest": "141",
    "demonstration": "141",
    "rally": "141",
    "march": "141",
    "riot": "145",
    "strike": "143",
    "walkout": "143",
    "boycott": "143",
    "blockade": "191",
    "sanction": "163",
    "sanctions": "163",
    "embargo": "163",
    "tariff": "163",
    "tariffs": "163",
    "curfew": "1723",
    "restrictions": "172",
    "expulsion": "166",
    "deployment": "154",
    "mobilization": "154",
    "mobilisation": "154",
    "arrest": "173",
    "detention": "173",
    "deportation": "174",
    "ban": "172",
    "crackdown": "170",  # violent ones are 175 (see nominals.noun_code)
    "seizure": "171",
    "occupation": "192",
    "annexation": "192",
    "raid": "171",
    "attack": "190",
    "assault": "190",
    "offensive": "190",
    "invasion": "190",
    "incursion": "190",
    "airstrike": "195",
    "airstrikes": "195",
    "bombing": "195",
    "bombardment": "194",
    "shelling": "194",
    "assassination": "186",
    "kidnapping": "181",
    "abduction": "181",
    "massacre": "202",
    "clash": "190",
    "clashes": "190",
    "drill": "150",
    "drills": "150",
    "exercise": "150",
    "exercises": "150",
    "manoeuvres": "150",
    "maneuvers": "150",
    "action": "190",
    "control": "192",
    "force": "190",
    "fire": "193",
    "support": "051",
    "solidarity": "051",
    "condolences": "051",
    "gratitude": "051",
    "approval": "051",
    "warrant": "173",  # "issued arrest warrants" (light verbs only)
    "warrants": "173",
    # Stopping an act; the code is the stopped act's (see triggers.noun_code).
    "halt": "087",
    "cessation": "087",
    "suspension": "162",
    "freeze": "162",
    "cutoff": "162",
    # Bodies and works set up together: only "joint" ones (see nominals.noun_code).
    **dict.fromkeys(JOINT_BODIES, "060"),
    "cut-off": "162",
    "backing": "051",
}
# Nouns that name an event only after a light verb ("took action", "opened fire").
LIGHT_ONLY_NOUNS = frozenset(
    [
        "action",
        "control",
        "force",
        "fire",
        "support",
        "solidarity",
        "condolences",
        "gratitude",
        "approval",
        "backing",
        "warrant",
        "warrants",
        # "strong demand for copper", "the most common complaint": alone these are not acts.
        "demand",
        "complaint",
        "emergency",
        "remorse",
        "regrets",
        "admiration",
        "homage",
        "assurances",
        "tribute",
        "regret",
        "conversation",
        "understanding",
        "blessing",
        "suit",
        "proceedings",
        "readiness",
        "willingness",
        # "made a pledge", "gave its consent", "leveled charges": only with the verb that acts.
        "pledge",
        "pledges",
        "consent",
        "assent",
        "go-ahead",
        "charges",
        "accusations",
        "case",
    ]
)
# Measure words that put the event noun one step down: "a new round of sanctions".
# "announced an extension of their ceasefire" too.
MEASURE_NOUNS = frozenset(
    [
        "round",
        "package",
        "set",
        "wave",
        "series",
        "raft",
        "batch",
        "number",
        "string",
        "state",
        "extension",
        "resumption",
        "renewal",
        "completion",
    ]
)
LABOUR_WORDS = frozenset(
    [
        "general",
        "nationwide",
        "national",
        "labour",
        "labor",
        "union",
        "unions",
        "workers",
        "teachers",
        "doctors",
        "nurses",
        "hunger",
        "rail",
        "transport",
        "port",
        "miners",
    ]
)

# Things a demonym turns into the country: "tariffs on Mexican goods", "Israeli warplanes".
STATE_THINGS = frozenset(
    [
        "goods",
        "product",
        "export",
        "import",
        "national",
        "citizen",
        "interest",
        "position",
        "territory",
        "airspace",
        "water",
        "soil",
        "village",
        "town",
        "city",
        "border",
        "vessel",
        "ship",
        "aircraft",
        "warplane",
        "plane",
        "helicopter",
        "jet",
        "drone",
        "missile",
        "tank",
        "base",
        "embassy",
        "diplomat",
        "soldier",
        "troop",
        "force",
        "official",
        "asset",
        "prisoner",
        "hostage",
        "detainee",
        "fisherman",
        "journalist",
        "worker",
        "student",
        "civilian",
        "resident",
        "people",
        "refugee",
        "migrant",
        "settler",
        "pilgrim",
        "driver",
        "target",
        "artillery",
        "gunboat",
        "warship",
        "helicopter",
        "gunship",
        "battery",
        "navy",
        "facility",
        "installation",
        # what a state proposes or asks: "accepted a Kenyan proposal", "a U.N. request"
        "proposal",
        "offer",
        "request",
        "demand",
        "plan",
        "initiative",
        "bid",
        "appeal",
        "ultimatum",
        "pressure",
        "mediation",
    ]
)

# Nouns that name a standing condition more often than an occurrence: used bare ("U.S.
# sanctions") they are background, not a new event.
STATE_NOUNS = frozenset(
    [
        "sanction",
        "sanctions",
        "embargo",
        "blockade",
        "occupation",
        "alliance",
        "cooperation",
        "aid",
        "assistance",
        "tension",
        "tensions",
        "ban",
    ]
)

# Operations that forces carry out, alone or with others ("conducted joint patrols").
OPERATIONS = (
    " patrol patrols operation operations exercise exercises drill drills manoeuvres maneuvers "
    "raid raids offensive sweep sweeps manhunt mission missions games"
)
_OPERATION_VERBS = frozenset(
    {"conduct", "hold", "carry", "launch", "stage", "begin", "mount", "start", "undertake", "run"}
    | {"kick", "fly"}
)

# Verb + noun: the noun names the event ("held talks"); the verb adds only tense and actors.
LIGHT_VERBS: dict[str, frozenset[str]] = {
    verb: frozenset((nouns + (OPERATIONS if verb in _OPERATION_VERBS else "")).split())
    for verb, nouns in {
        "hold": "talks talk meeting summit negotiations consultation consultations conference "
        "protest protests demonstration demonstrations rally rallies call drill drills exercise "
        "exercises manoeuvres maneuvers",
        "have": "talks talk meeting call conversation",
        "pay": "visit tribute call homage",
        "make": "visit trip call appeal demand threat pledge pledges apology accusations "
        "concession concessions",
        "conduct": "talks negotiations raid raids strike strikes airstrike airstrikes attack "
        "attacks investigation visit drill drills exercise exercises manoeuvres maneuvers",
        "carry": "strike strikes airstrike airstrikes attack attacks raid raids bombing",
        "launch": "attack attacks strike strikes airstrike airstrikes offensive invasion assault "
        "appeal "
        "investigation probe inquiry protest patrol patrols operation operations crackdown "
        "venture survey "
        "project projects exploration",
        "stage": "protest protests demonstration demonstrations rally rallies strike strikes "
        "walkout walkouts attack sit-in sit-ins vigil vigils march marches "
        "drill drills exercise exercises manoeuvres maneuvers",
        "impose": "sanction sanctions embargo ban curfew blockade restrictions tariff tariffs "
        "emergency",
        "enforce": "curfew blockade embargo ban",
        "announce": "sanction sanctions ban withdrawal ceasefire truce aid pullback drawdown "
        "demobilisation demobilization halt suspension freeze",
        "reach": "agreement deal accord ceasefire truce understanding",
        "strike": "deal agreement understanding accord bargain",
        "sign": "agreement deal accord treaty memorandum memoranda pact",
        "declare": "ceasefire truce war curfew emergency",
        "decree": "curfew emergency",
        "begin": "talks negotiations withdrawal pullback drawdown offensive patrol patrols "
        "operation operations strike hunger sit-in boycott protest protests visit tour trip "
        "exercise exercises drill drills manoeuvres maneuvers",
        "start": "talks negotiations withdrawal offensive strike sit-in boycott protest protests "
        "visit tour trip",
        "clinch": "deal agreement accord pact",
        "undertake": "",  # operations only (see OPERATIONS)
        "complete": "withdrawal pullout pullback drawdown evacuation handover visit talks",
        "run": "",  # operations only
        "open": "talks negotiations investigation probe inquiry fire proceedings",
        "resume": "talks negotiations attacks attack strikes raids shelling bombing offensive "
        "patrols protests demonstrations",
        # Verbs that carry on or sharpen an act name no act of their own: "stepped up its air
        # strikes", "intensified the shelling", "mounted a protest".
        "step": "attacks attack strikes airstrikes raids shelling bombing offensive patrols "
        "pressure protests demonstrations crackdown",
        "intensify": "attacks attack strikes airstrikes raids shelling bombing offensive "
        "crackdown protests demonstrations",
        "escalate": "attacks strikes airstrikes raids shelling bombing offensive crackdown",
        "continue": "attacks strikes airstrikes raids shelling bombing offensive crackdown "
        "protests demonstrations talks negotiations",
        "mount": "attack attacks offensive raid raids protest protests demonstration "
        "demonstrations campaign",
        "renew": "attacks strikes airstrikes shelling offensive appeal call calls demands talks",
        "wage": "attacks offensive campaign war",
        "unleash": "attack attacks strikes airstrikes offensive barrage shelling",
        "issue": "threat ultimatum warning demand appeal call apology warrant warrants",
        "deliver": "ultimatum warning apology rebuff",
        "serve": "notice ultimatum warning",
        "file": "lawsuit complaint suit charges case",
        "lodge": "protest complaint demand demands request",
        "give": "aid assistance assurances blessing consent assent go-ahead ultimatum",
        "take": "action control",
        "use": "force",
        "express": "support solidarity condolences gratitude remorse regret regrets admiration "
        "readiness willingness approval backing opposition objection objections",
        "voice": "support solidarity condolences gratitude admiration demand demands approval "
        "backing opposition objection objections",
        "throw": "support",
        "heap": "praise",
        "level": "charges accusations",
        "press": "charges",
        "signal": "willingness readiness",
        "offer": "apology concession concessions",
        "extend": "recognition",
        "wrap": "talks negotiations visit",
        "kick": "talks negotiations visit summit",  # "kicked off the annual exercise"
        "fly": "",  # "flew joint air drills"
        "accord": "recognition",
        "order": "investigation probe inquiry deployment mobilisation mobilization withdrawal "
        "pullback evacuation detention arrest arrests closure release ceasefire truce",
        "bring": "complaint lawsuit charges",
        "attend": "summit meeting talks conference",
        "brandish": "threat threats",
        "float": "threat threats",
        "raise": "threat",
        # "set up a joint monitoring team": only joint bodies code (see JOINT_BODIES)
        "set": " ".join(sorted(JOINT_BODIES)),
        "establish": " ".join(sorted(JOINT_BODIES)),
        "create": " ".join(sorted(JOINT_BODIES)),
        "form": " ".join(sorted(JOINT_BODIES)),
    }.items()
}

# Light-verb + noun pairs whose code differs from the noun's own.
LIGHT_OVERRIDES: dict[tuple[str, str], str] = {
    ("sign", "agreement"): "057",
    ("sign", "deal"): "057",
    ("sign", "accord"): "057",
    ("sign", "pact"): "057",
    ("sign", "treaty"): "057",
    ("reach", "agreement"): "030",
    ("declare", "war"): "190",
    ("serve", "notice"): "130",  # "served notice of a walkout unless ...": a warning
    # "voiced firm opposition to a proposal", "delivered a rebuff to the offer": a rejection
    ("voice", "opposition"): "120",
    ("express", "opposition"): "120",
    ("voice", "objection"): "120",
    ("express", "objection"): "120",
    ("deliver", "rebuff"): "120",
    ("make", "call"): "041",
    ("hold", "call"): "041",
    ("have", "call"): "041",
    ("impose", "curfew"): "1723",
    ("impose", "ban"): "172",
    ("impose", "restrictions"): "172",
    ("impose", "tariff"): "163",
    ("impose", "tariffs"): "163",
    ("pay", "tribute"): "051",
    ("pay", "call"): "042",
    ("give", "assurances"): "030",
    ("take", "action"): "190",
    ("take", "control"): "192",
    ("use", "force"): "190",
    ("open", "fire"): "193",
    ("express", "support"): "051",
    ("express", "solidarity"): "051",
    ("express", "condolences"): "051",
    ("express", "gratitude"): "051",
    ("express", "approval"): "051",
    ("express", "backing"): "051",
    ("offer", "concession"): "035",  # an offer is an intent to yield (AGREE), not the yielding
    ("offer", "concessions"): "035",
    ("voice", "support"): "051",
    ("voice", "approval"): "051",
    ("voice", "backing"): "051",
    ("file", "complaint"): "114",
    ("lodge", "protest"): "114",
    ("lodge", "complaint"): "114",
}

# Verbs whose complement is another event ("threatened to impose sanctions"): the complement
# is not coded on its own; it refines the head's code.
EMBEDDING_ROOTS = {"03", "02", "10", "11", "12", "13"}
# Verbs that put their complement in the future or make it uncertain.
FUTURE_VERBS = frozenset(
    [
        "plan",
        "intend",
        "prepare",
        "expect",
        "schedule",
        "set",
        "aim",
        "due",
        "hope",
        "seek",
        "want",
        "wish",
        "consider",
        "propose",
    ]
)
UNCERTAIN_VERBS = frozenset(
    ["hope", "seek", "want", "wish", "consider", "propose", "try", "attempt"]
)
DENIAL_VERBS = frozenset(["deny"])
# An event inside an accusation ("accused X of shelling Y") is alleged, not reported as fact.
ALLEGATION_VERBS = frozenset(["accuse", "allege", "blame", "claim"])
# Hosting or receiving is a visit only when someone is received; else a gesture of support.
HOST_CODES = frozenset({"043"})
