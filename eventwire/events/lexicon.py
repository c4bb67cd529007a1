"""Trigger verbs and the CAMEO codes they name (nouns and light verbs: eventwire.events.vocab).

Written by the eventwire team from the CAMEO codebook's category definitions (not from any gold
sentence). A verb lemma maps to senses tried in order; a sense may require an object or particle.
Light verbs ("held talks", "imposed sanctions") take their code from the noun they govern.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger word: `cameo` when the conditions hold."""

    cameo: str
    objects: frozenset[str] = frozenset()  # the object/complement lemma must be one of these
    particle: str | None = None  # e.g. "out" for "pull out"
    prep: str | None = None  # a required preposition child, e.g. "with" for "meet with"


def _s(
    cameo: str, objects: str = "", particle: str | None = None, prep: str | None = None
) -> Sense:
    return Sense(cameo, frozenset(objects.split()), particle, prep)


AID_NOUNS = (
    "aid assistance help supplies relief food medicine medicines funding loan loans grant vaccine "
    "vaccines doses tents blankets equipment team teams rescuers experts shipment shipments fuel "
    "money dollars euros tonnes tons flour rice grain wheat water clothing clothes seed seeds "
    "fertiliser fertilizer generators goods credit credits consignment kits programme program "
    "package"
)
SUSPECT_NOUNS = "suspect suspects trafficker traffickers fugitive fugitives"
CONCESSION_NOUNS = "bill law draft plan proposal objection objections demand demands veto charges"
MISSILE_NOUNS = "missile missiles rocket rockets shell shells drone drones barrage salvo volley"
TROOP_NOUNS = (
    "troop troops force forces soldier soldiers army military personnel contingent division "
    "divisions battalion battalions brigade brigades reinforcements reservists warship warships "
    "ship ships fleet carrier gunships tanks fighters jets units destroyers frigates flotilla "
    "artillery"
)
INTEL_NOUNS = "information intelligence evidence data records files documents"
# What de-escalating stops: "halted its offensive", "suspended air strikes".
HOSTILITY_NOUNS = (
    "attack attacks offensive operations strike strikes launches bombing bombings shelling "
    "hostilities fighting raids"
)
DIPLOMAT_NOUNS = "diplomat diplomats ambassador envoy embassy attaché staff"
SANCTION_NOUNS = (
    "sanction sanctions embargo tariff tariffs penalty penalties restriction restrictions"
)
AGREEMENT_NOUNS = (
    "agreement agreements deal deals accord accords treaty treaties memorandum memoranda pact "
    "protocol protocols declaration charter communique understanding mou mous arrangement "
    "arrangements framework roadmap compact convention conventions"
)

VERBS: dict[str, tuple[Sense, ...]] = {
    # CONSULT
    "visit": (_s("042"),),
    "host": (_s("043"),),
    "welcome": (
        _s("043", "president minister leader delegation counterpart king prime"),
        _s("051"),
    ),
    "receive": (_s("043", "president minister leader delegation counterpart king envoy"),),
    "meet": (_s("040"),),
    "convene": (_s("040"),),
    "confer": (_s("040"),),
    "talk": (_s("040", prep="with"), _s("041", prep="by")),
    "negotiate": (_s("046"),),
    "mediate": (_s("045"),),
    "phone": (_s("041"),),
    "telephone": (_s("041"),),
    "discuss": (_s("040"),),
    "travel": (_s("042", prep="to"),),
    "fly": (_s("070", AID_NOUNS), _s("042", prep="to")),
    # AGREE (intent) - refined by the complement in component.py
    "agree": (_s("030"),),
    "pledge": (_s("030"),),
    "promise": (_s("030"),),
    "vow": (_s("030"),),
    "offer": (_s("033", AID_NOUNS), _s("030")),
    "reaffirm": (_s("030"),),
    # SUPPORT
    # A bare "signed" is too often a player or a contract: the object must be an accord.
    "sign": (_s("057", AGREEMENT_NOUNS),),
    "ratify": (_s("057"),),
    "praise": (_s("051"),),
    "hail": (_s("051"),),
    "commend": (_s("051"),),
    "endorse": (_s("051"),),
    "applaud": (_s("051"),),
    "support": (_s("051"),),
    "defend": (_s("052"),),
    "recognize": (_s("054"),),
    "recognise": (_s("054"),),
    "apologize": (_s("055"),),
    "apologise": (_s("055"),),
    "forgive": (_s("056"),),
    # COOPERATE / AID
    "cooperate": (_s("060"),),
    "collaborate": (_s("060"),),
    "share": (_s("064", INTEL_NOUNS + " radar tracks"),),
    "extradite": (_s("063"),),
    "aid": (_s("070"),),
    "donate": (_s("070"),),
    "send": (
        _s("154", TROOP_NOUNS),
        _s("063", SUSPECT_NOUNS),
        _s("070", AID_NOUNS),
        _s("070", prep="to"),
    ),
    "thank": (_s("051"),),
    "exchange": (
        _s("0841", "prisoner prisoners captive captives detainee detainees hostage hostages"),
    ),
    "swap": (
        _s("064", INTEL_NOUNS),
        _s("0841", "prisoner prisoners captive captives detainee detainees hostage hostages"),
    ),
    "hand": (
        _s("0873", "weapon weapons arm arms rifle rifles gun guns", particle="in"),
        _s("0873", "weapon weapons arm arms rifle rifles gun guns"),
        _s("063", SUSPECT_NOUNS, particle="over"),
        _s("064", INTEL_NOUNS),
        _s("0841", particle="over"),
    ),
    "provide": (_s("070", AID_NOUNS),),
    "deliver": (_s("063", SUSPECT_NOUNS), _s("070", AID_NOUNS)),
    "grant": (
        _s("0863", "access"),
        _s("083", "demand demands request requests"),
        _s("075", "asylum refuge sanctuary"),
        _s("070", AID_NOUNS),
    ),
    "supply": (_s("072", "weapon weapons arms ammunition missile missiles"), _s("070")),
    "arm": (_s("072"),),
    "fund": (_s("071"),),
    # CONCEDE / RETREAT
    "concede": (_s("080"),),
    "yield": (_s("080"),),
    "accede": (_s("083"),),
    "release": (_s("0841"),),
    "free": (_s("0841"),),
    "return": (_s("0842", "property territory land"),),
    "lift": (_s("085", SANCTION_NOUNS), _s("0814", "curfew emergency law state alarm")),
    "ease": (
        _s("085", SANCTION_NOUNS),
        _s("081", "restriction restrictions curbs rules"),
        _s("0872", "closure blockade siege"),
    ),
    "relax": (_s("085", SANCTION_NOUNS), _s("081", "restriction restrictions curbs rules")),
    "withdraw": (_s("0872", TROOP_NOUNS), _s("080", CONCESSION_NOUNS), _s("0872")),
    "drop": (_s("080", CONCESSION_NOUNS), _s("073", AID_NOUNS)),
    "scrap": (_s("080", CONCESSION_NOUNS), _s("162", AID_NOUNS)),
    "abandon": (
        _s("080", CONCESSION_NOUNS),
        _s("0874", "town city village positions position base capital stronghold"),
    ),
    "pull": (_s("0872", particle="out"), _s("0872", particle="back")),
    "retreat": (_s("0874"),),
    "surrender": (_s("0874"),),
    "disarm": (_s("0873"),),
    "demobilize": (_s("0873"),),
    # REQUEST (appeals 02x and demands 10x)
    "urge": (_s("020"),),
    "appeal": (_s("020"),),
    # A bare "call" is too often naming ("what it called a violation") to read as a phone call.
    "call": (
        _s("020", prep="for"),
        _s("020", prep="on"),
        _s("020", prep="upon"),
        _s("0814", "curfew state emergency", particle="off"),
        _s("164", "talks negotiations visit meeting summit", particle="off"),
        _s("154", "reservist reservists reserves troops conscripts", particle="up"),
    ),
    "speak": (_s("041", prep="by"), _s("040", prep="with")),
    "ask": (_s("020"),),
    "demand": (_s("100"),),
    "request": (_s("020"),),
    "press": (_s("020", prep="for"),),
    "invite": (_s("020"),),
    # ACCUSE
    "accuse": (_s("112"),),
    "blame": (_s("112"),),
    "allege": (_s("112"),),
    "condemn": (_s("111"),),
    "criticize": (_s("111"),),
    "criticise": (_s("111"),),
    "denounce": (_s("111"),),
    "censure": (_s("111"),),
    "rebuke": (_s("111"),),
    "decry": (_s("111"),),
    "investigate": (_s("090"),),
    "probe": (_s("090"),),
    "sue": (_s("115"),),
    "convict": (_s("116"),),
    # REJECT
    "reject": (_s("120"),),
    "refuse": (_s("120"),),
    "decline": (_s("120"),),
    "rebuff": (_s("120"),),
    "dismiss": (_s("120", "proposal plan offer demand demands request call calls"),),
    "veto": (_s("129"),),
    "defy": (_s("128"),),
    "boycott": (_s("143"),),
    # THREATEN
    "threaten": (_s("130"),),
    "warn": (_s("130"),),
    # PROTEST
    "demonstrate": (_s("141"),),
    "rally": (_s("141"),),
    "march": (_s("141"),),
    "riot": (_s("145"),),
    # Labour strikes are read from the noun ("went on strike"); the verb is nearly always military.
    "strike": (_s("195"),),
    # SANCTION (the crosswalk codes 163, imposing sanctions, as COERCE)
    "sanction": (_s("163"),),
    "embargo": (_s("163"),),
    "expel": (_s("166", DIPLOMAT_NOUNS), _s("174")),
    "order": (_s("166", DIPLOMAT_NOUNS), _s("154", TROOP_NOUNS), _s("166", particle="out")),
    "close": (
        _s("161", "embassy embassies consulate consulates"),
        _s("191", "border borders crossing crossings airspace port ports"),
    ),
    "break": (
        _s("161", "relation relations tie ties", particle="off"),
        _s("161", "relation relations tie ties"),
    ),
    "recall": (_s("161", "ambassador envoy commissioner"),),
    "sever": (_s("161"),),
    "cut": (
        _s("161", "tie ties relation relations link links", particle="off"),
        _s("161", "tie ties link links"),
        _s(
            "162", "export exports supply supplies power electricity aid funding assistance support"
        ),
    ),
    "suspend": (
        _s("164", "talks negotiations"),
        _s("162", AID_NOUNS),
        _s("087", HOSTILITY_NOUNS),
        _s("160"),
    ),
    "halt": (_s("164", "talks negotiations"), _s("162", AID_NOUNS), _s("087", HOSTILITY_NOUNS)),
    # MOBILIZE
    "deploy": (_s("154"),),
    "mobilize": (_s("154", TROOP_NOUNS + " reservists reserves police units officers"),),
    "mobilise": (_s("154", TROOP_NOUNS + " reservists reserves police units officers"),),
    "mass": (_s("154", TROOP_NOUNS),),
    "move": (_s("154", TROOP_NOUNS + " vehicles tanks units"),),
    "reinforce": (_s("154", TROOP_NOUNS + " guards border"),),
    "strengthen": (_s("154", "guards guard patrols presence"),),
    "raise": (_s("152", "readiness alert"),),
    # COERCE
    "arrest": (_s("173"),),
    "detain": (_s("173"),),
    "jail": (_s("173"),),
    "imprison": (_s("173"),),
    "charge": (_s("173"),),
    "indict": (_s("173"),),
    "deport": (_s("174"),),
    "ban": (_s("1722", "party parties opposition"), _s("172")),
    "outlaw": (_s("1722"),),
    "censor": (_s("1721"),),
    "blockade": (_s("191"),),
    "block": (_s("191"),),
    "restrict": (_s("172"),),
    "disperse": (_s("175"),),
    "seize": (_s("171"),),
    "confiscate": (_s("1711"),),
    "occupy": (_s("192"),),
    "annex": (_s("192"),),
    "raid": (_s("171"),),
    # ASSAULT
    # "attacked the plan" is criticism; "attacked the base" is force.
    "attack": (
        _s("111", "plan proposal policy policies decision remarks statement comments bill idea"),
        _s("190"),
    ),
    "invade": (_s("190"),),
    "bomb": (_s("195"),),
    "shell": (_s("194"),),
    "kill": (_s("190"),),
    "shoot": (_s("193"),),
    "fire": (
        _s("194", MISSILE_NOUNS),
        _s("175", "gas"),
        _s("193", prep="on"),
        _s("193", prep="at"),
    ),
    "launch": (_s("195", MISSILE_NOUNS),),
    "arrive": (_s("042", prep="in"),),
    "ambush": (_s("190"),),
    "assassinate": (_s("186"),),
    "kidnap": (_s("181"),),
    "abduct": (_s("181"),),
    "hijack": (_s("181"),),
    "torture": (_s("1822"),),
    "massacre": (_s("202"),),
    "clash": (_s("190"),),
    "storm": (_s("190"),),
    "destroy": (_s("1712"),),
    # More verbs per CAMEO category, written from the codebook's definitions.
    "commit": (_s("030"),),
    "undertake": (_s("030"),),
    "consent": (_s("030"),),
    "accept": (
        _s("083", "demand demands condition conditions term terms ultimatum"),
        _s("038", "mediation mediator"),
        _s("030"),
    ),
    "lay": (_s("0874", "weapon weapons arm arms", particle="down"),),
    "propose": (_s("030"),),
    "plead": (_s("020"),),
    "insist": (_s("100"),),
    "seek": (
        _s(
            "020",
            "help aid assistance support extradition release talks meeting intervention waiver "
            "say guards troops police loan loans funding",
        ),
    ),
    "petition": (_s("020"),),
    "lobby": (_s("020"),),
    "spurn": (_s("120"),),
    "oppose": (_s("120"),),
    "rule": (_s("120", particle="out"),),
    "deny": (_s("120", "request visa access entry permission application bid"),),
    "relent": (_s("080"),),
    "back": (_s("080", particle="down"), _s("051")),
    "give": (
        _s("080", particle="in"),
        _s("075", "sanctuary asylum refuge shelter"),
        _s("070", AID_NOUNS),
    ),
    "allow": (
        _s("086", "inspector inspectors monitors observers aid access team teams workers flights"),
    ),
    "pardon": (_s("0841"),),
    "repatriate": (_s("0841"),),
    "reopen": (_s("0863", "border crossing crossings embassy road highway"),),
    "evacuate": (_s("0872", TROOP_NOUNS),),
    "complain": (_s("114"),),
    "deplore": (_s("111"),),
    "lambast": (_s("111"),),
    "castigate": (_s("111"),),
    "assail": (_s("111"),),
    "fault": (_s("111"),),
    "reproach": (_s("111"),),
    "blast": (_s("111"),),
    "chide": (_s("111"),),
    "protest": (_s("141"),),
    "menace": (_s("130"),),
    "retaliate": (_s("190"),),
    "downgrade": (_s("161", "relation relations tie ties embassy"),),
    "freeze": (_s("163", "asset assets account accounts"), _s("162", AID_NOUNS)),
    "cancel": (_s("071", "debt debts"), _s("164", "talks visit meeting negotiations summit")),
    "postpone": (_s("164", "talks visit meeting negotiations summit"),),
    "prohibit": (_s("172"),),
    "sentence": (_s("173"),),
    "execute": (_s("1823"),),
    "evict": (_s("174"),),
    "demolish": (_s("1712"),),
    "round": (_s("173", particle="up"),),
    "crack": (_s("175", particle="down"),),
    "shut": (
        _s("161", "embassy embassies consulate consulates"),
        _s("191", "border borders crossing crossings airspace port ports"),
        _s("172", particle="down"),
    ),
    "wound": (_s("190"),),
    "injure": (_s("190"),),
    "behead": (_s("1823"),),
    "stab": (_s("182"),),
    "lynch": (_s("182"),),
    "detonate": (_s("183"),),
    "blow": (_s("183", particle="up"),),
    "gun": (_s("193", particle="down"),),
    "pound": (_s("194"),),
    "bombard": (_s("194"),),
    "target": (_s("190", prep="with"),),  # "targeted the base with missiles", not a market
    "fight": (_s("190"),),
    "station": (_s("154", TROOP_NOUNS),),
    "picket": (_s("141"),),
    "lend": (_s("071"),),
    "airlift": (_s("073"),),
    "shelter": (_s("075", "refugee refugees"),),
    "partner": (_s("060", prep="with"),),
    "coordinate": (
        _s("060", prep="with"),
        _s("062", "operation operations search patrol patrols offensive"),
    ),
    "congratulate": (_s("051"),),
    "broker": (_s("045"),),
    "consult": (_s("040"),),
    "tour": (_s("042"),),
    "extend": (_s("0871", "ceasefire truce"), _s("033", AID_NOUNS)),
    # Further synonyms per CAMEO category (second pass, from the codebook's definitions).
    "huddle": (_s("040", prep="with"),),
    "parley": (_s("040"),),
    "sit": (_s("040", particle="down", prep="with"),),
    "laud": (_s("051"),),
    "salute": (_s("051"),),
    "acclaim": (_s("051"),),
    "compliment": (_s("051"),),
    "sympathise": (_s("051", prep="with"),),
    "sympathize": (_s("051", prep="with"),),
    "side": (_s("051", prep="with"),),
    "vouch": (_s("052", prep="for"),),
    "champion": (_s("051"),),
    "comply": (_s("080", prep="with"),),
    "acquiesce": (_s("080"),),
    "capitulate": (_s("080"),),
    "heed": (_s("080", "call calls demand demands appeal appeals warning warnings"),),
    "bow": (_s("080", prep="to"),),
    "cave": (_s("080", particle="in"), _s("080", prep="to")),
    "waive": (_s("081"),),
    "repeal": (_s("081"),),
    "rescind": (
        _s("0814", "state emergency alarm curfew"),
        _s("081", "ban order decree law restriction restrictions"),
    ),
    "revoke": (_s("081", "ban order decree curfew law restriction restrictions"),),
    "legalise": (_s("0812"),),
    "legalize": (_s("0812"),),
    "resign": (_s("0831"),),
    "step": (_s("0831", particle="down"),),
    "abdicate": (_s("0831"),),
    "disband": (_s("0873"),),
    "decommission": (_s("0873", "weapon weapons arm arms arsenal"),),
    "vacate": (_s("0874"),),
    "unfreeze": (_s("085"),),
    "team": (_s("060", particle="up"),),
    "ally": (_s("060", prep="with"),),
    "finance": (_s("071"),),
    "subsidise": (_s("071"),),
    "subsidize": (_s("071"),),
    "assist": (_s("070"),),
    "help": (_s("070", AID_NOUNS + " refugee refugees victim victims government"),),
    "contribute": (_s("070", AID_NOUNS + " troops peacekeepers"),),
    "disburse": (_s("071"),),
    "ship": (_s("070", AID_NOUNS + " weapon weapons arms"),),
    "equip": (_s("072"),),
    "implore": (_s("020"),),
    "beseech": (_s("020"),),
    "exhort": (_s("020"),),
    "beg": (_s("020"),),
    "pressure": (_s("020"),),
    "pressurise": (_s("020"),),
    "pressurize": (_s("020"),),
    "slam": (_s("111"),),
    "berate": (_s("111"),),
    "scold": (_s("111"),),
    "excoriate": (_s("111"),),
    "deride": (_s("111"),),
    "ridicule": (_s("111"),),
    "vilify": (_s("111"),),
    "disparage": (_s("111"),),
    "brand": (_s("111"),),
    "regret": (_s("111"),),
    "lament": (_s("111"),),
    "object": (_s("111", prep="to"),),
    "hit": (_s("111", particle="out"),),
    "lash": (_s("111", particle="out"),),
    "prosecute": (_s("115"),),
    "inquire": (_s("090", prep="into"),),
    "examine": (_s("090", "allegation allegations claim claims charge charges case"),),
    "resist": (_s("120"),),
    "snub": (_s("120"),),
    "repudiate": (_s("120"),),
    "renounce": (_s("120"),),
    "refute": (_s("120"),),
    "dispute": (
        _s("120", "claim claims account report reports allegation allegations figure figures"),
    ),
    "contest": (_s("120", "result results claim claims decision ruling"),),
    "shun": (_s("120"),),
    "intimidate": (_s("130"),),
    "caution": (_s("130"),),
    "chant": (_s("141"),),
    "muster": (_s("154", TROOP_NOUNS),),
    "amass": (_s("154", TROOP_NOUNS + " vehicles tanks units"),),
    "redeploy": (_s("154"),),
    "bolster": (_s("154", TROOP_NOUNS + " defences defenses presence"),),
    "fortify": (_s("154"),),
    "conscript": (_s("154"),),
    "apprehend": (_s("173"),),
    "nab": (_s("173"),),
    "intern": (_s("173"),),
    "impound": (_s("1711"),),
    "suppress": (_s("175"),),
    "repress": (_s("175"),),
    "silence": (_s("1721"),),
    "muzzle": (_s("1721"),),
    "gag": (_s("1721"),),
    "jam": (_s("1721", "broadcast broadcasts signal signals station stations"),),
    "besiege": (_s("191"),),
    "cordon": (_s("191", particle="off"),),
    "slay": (_s("190"),),
    "murder": (_s("190"),),
    "slaughter": (_s("202"),),
    "butcher": (_s("202"),),
    "maim": (_s("190"),),
    "beat": (
        _s(
            "182",
            "protester protesters demonstrator demonstrators prisoner prisoners "
            "journalist journalists student students detainee detainees",
        ),
    ),
    "rape": (_s("1821"),),
    "torch": (_s("1712"),),
    "loot": (_s("1712"),),
    "ransack": (_s("1712"),),
    "raze": (_s("1712"),),
    "overrun": (_s("190"),),
    "capture": (_s("190", "town city village base territory airport positions position area"),),
    "rocket": (_s("194"),),
    "strafe": (_s("195"),),
    "mortar": (_s("194"),),
    "assault": (_s("190"),),
    "engage": (_s("190", "troops forces rebels army militants fighters"),),
    "counterattack": (_s("190"),),
    "recapture": (_s("190"),),
    "retake": (_s("190"),),
    "infiltrate": (_s("190"),),
    "torpedo": (_s("190"),),
    # Material cooperation, aid and shows of force said in other words (third pass).
    "transfer": (
        _s("063", SUSPECT_NOUNS),
        _s("064", INTEL_NOUNS),
        _s("071", "money dollars euros funds"),
    ),
    "turn": (
        _s("063", SUSPECT_NOUNS, particle="over"),
        _s("064", INTEL_NOUNS, particle="over"),
        _s("0873", "weapon weapons arm arms rifle rifles gun guns", particle="in"),
        _s("1245", "monitor monitors inspector inspectors observer observers", particle="back"),
        _s("120", particle="down"),
    ),
    "pass": (_s("064", INTEL_NOUNS),),
    "tip": (_s("064", particle="off"),),
    "ferry": (_s("070", AID_NOUNS),),
    "truck": (_s("070", AID_NOUNS),),
    "distribute": (_s("070", AID_NOUNS),),
    "allocate": (_s("070", AID_NOUNS),),
    "approve": (_s("071", "loan loans credit credits grant package"),),
    "write": (_s("071", "debt debts", particle="off"),),
    "shift": (_s("154", TROOP_NOUNS),),
    "concentrate": (_s("154", TROOP_NOUNS),),
    "put": (_s("152", TROOP_NOUNS + " police", prep="on"),),
    "place": (_s("152", TROOP_NOUNS + " police", prep="on"), _s("173", prep="under")),
    "test": (_s("150", "missile missiles rocket rockets weapon weapons device bomb"),),
    # De-escalation, refusal, threats and protest said in other words (fourth pass).
    "loosen": (_s("085", SANCTION_NOUNS), _s("081", "restriction restrictions curbs rules")),
    "fall": (_s("0874", particle="back"),),
    "end": (
        _s("0814", "curfew state emergency"),
        _s("0872", "blockade siege occupation"),
    ),
    "remove": (_s("0872", "checkpoint checkpoints roadblock roadblocks barricade barricades"),),
    "unseal": (_s("0863", "border crossing crossings"),),
    "let": (_s("0862", "inspector inspectors monitor monitors observer observers team"),),
    "stop": (
        _s("143", "work"),
        _s("162", AID_NOUNS),
        _s("087", HOSTILITY_NOUNS),
    ),
    "vote": (_s("120", particle="down"), _s("120", prep="down"), _s("120", prep="against")),
    "throw": (_s("120", particle="out"),),
    "hint": (_s("130", prep="at"),),
    "observe": (_s("143", "strike shutdown stoppage boycott"),),
    "rampage": (_s("145"),),
    "erect": (_s("144", "roadblock roadblocks barricade barricades blockade blockades"),),
    "down": (_s("143", "tool tools"),),
    # Aid, cooperation and shows of force said in other words (fifth pass).
    "gift": (_s("070"),),
    "furnish": (_s("070"),),
    "bankroll": (_s("071"),),
    "bail": (_s("071", particle="out"),),
    "channel": (_s("071", AID_NOUNS),),
    "rush": (_s("154", TROOP_NOUNS), _s("070", AID_NOUNS)),
    "dispatch": (_s("154", TROOP_NOUNS), _s("070", AID_NOUNS)),
    "take": (
        _s("075", "refugee refugees", particle="in"),
        _s("171", "station stations building buildings town hall", particle="over"),
        _s("173", prep="into"),
    ),
    "scramble": (_s("152", "jet jets fighter fighters aircraft planes warplanes"),),
    "parade": (_s("150", "missile missiles rocket rockets tanks weapons fighters troops"),),
    "recruit": (_s("154", "fighter fighters soldier soldiers troops men recruits"),),
    "assemble": (_s("154", TROOP_NOUNS),),
    "regroup": (_s("154"),),
    # Intent, support, concession, accusation, coercion and force in other words (sixth pass).
    "assure": (_s("030"),),
    "volunteer": (_s("030"),),
    "extol": (_s("051"),),
    "stand": (_s("052", particle="up", prep="for"), _s("051", prep="by")),
    "seal": (_s("057", AGREEMENT_NOUNS), _s("191", particle="off")),
    "restore": (
        _s("050", "relation relations tie ties"),
        _s("081", "licence license status registration"),
    ),
    "resume": (_s("050", "relation relations tie ties"),),
    "reverse": (_s("080", "decision decisions plan plans policy"),),
    "backtrack": (_s("080"),),
    "solicit": (_s("020"),),
    "clamour": (_s("020", prep="for"),),
    "clamor": (_s("020", prep="for"),),
    "point": (_s("112", "finger"),),
    "look": (_s("090", prep="into"),),
    "pick": (
        _s(
            "173",
            "leader leaders activist activists journalist journalists suspect suspects member "
            "members opponent opponents dissident dissidents student students",
            particle="up",
        ),
    ),
    "sweep": (_s("173", particle="up"),),
    "proscribe": (_s("1722"),),
    "blacklist": (_s("172"),),
    "switch": (_s("1721", "internet service services network networks", particle="off"),),
    "bar": (
        _s("163", "import imports export exports"),
        _s("1245", "inspector inspectors team monitors observers"),
    ),
    "snatch": (_s("181"),),
    "burn": (
        _s(
            "1712",
            "village villages home homes house houses mosque mosques church churches shop shops "
            "office offices building buildings",
        ),
    ),
    "hammer": (_s("190", "village villages town towns position positions city cities base"),),
    "battle": (_s("190", prep="with"),),
    # Seventh pass: releases, access, mediation, signings and refusals in other words.
    "set": (_s("139", "deadline ultimatum"), _s("0841", particle="free")),
    "climb": (_s("080", particle="down"),),
    "shuttle": (_s("045", prep="between"),),
    "bring": (_s("045", particle="together"),),
    "chair": (_s("045", "talks session sessions meeting round"),),
    "initial": (_s("057", AGREEMENT_NOUNS),),
    "conclude": (_s("057", AGREEMENT_NOUNS),),
    "establish": (_s("054", "relation relations tie ties"),),
    "brush": (_s("120", particle="aside"),),
    "walk": (_s("143", particle="out"),),
    "ignore": (_s("120", "pressure call calls appeal appeals demand demands warning warnings"),),
    "withhold": (_s("120", "assent approval consent recognition"),),
    "wave": (_s("120", particle="aside"),),
}
