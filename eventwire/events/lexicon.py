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
    "money dollars euros tonnes tons"
)
SUSPECT_NOUNS = "suspect suspects trafficker traffickers fugitive fugitives"
CONCESSION_NOUNS = "bill law draft plan proposal objection objections demand demands veto charges"
MISSILE_NOUNS = "missile missiles rocket rockets shell shells drone drones barrage salvo volley"
TROOP_NOUNS = "troop troops force forces soldier soldiers army military personnel contingent"
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
    "fly": (_s("042", prep="to"),),
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
    "share": (_s("064", "intelligence information data"),),
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
        _s("0841", "prisoner prisoners captive captives detainee detainees hostage hostages"),
    ),
    "hand": (_s("0841", particle="over"),),
    "provide": (_s("070", AID_NOUNS),),
    "deliver": (_s("070", AID_NOUNS),),
    "grant": (_s("075", "asylum"), _s("070", AID_NOUNS)),
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
    "lift": (_s("085", SANCTION_NOUNS), _s("0814", "curfew emergency law")),
    "ease": (_s("085", SANCTION_NOUNS), _s("081", "restriction restrictions curbs rules")),
    "relax": (_s("085", SANCTION_NOUNS), _s("081", "restriction restrictions curbs rules")),
    "withdraw": (_s("0872", TROOP_NOUNS), _s("080", CONCESSION_NOUNS), _s("0872")),
    "drop": (_s("080", CONCESSION_NOUNS),),
    "scrap": (_s("080", CONCESSION_NOUNS),),
    "abandon": (_s("080", CONCESSION_NOUNS),),
    "pull": (_s("0872", particle="out"), _s("0872", particle="back")),
    "retreat": (_s("0874"),),
    "surrender": (_s("0874"),),
    "disarm": (_s("0873"),),
    "demobilize": (_s("0873"),),
    # REQUEST (appeals 02x and demands 10x)
    "urge": (_s("020"),),
    "appeal": (_s("020"),),
    # A bare "call" is too often naming ("what it called a violation") to read as a phone call.
    "call": (_s("020", prep="for"), _s("020", prep="on"), _s("020", prep="upon")),
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
    "order": (_s("166", DIPLOMAT_NOUNS),),
    "close": (
        _s("161", "embassy embassies consulate consulates"),
        _s("191", "border borders crossing crossings airspace port ports"),
    ),
    "break": (
        _s("161", "relation relations tie ties", particle="off"),
        _s("161", "relation relations tie ties"),
    ),
    "recall": (_s("161", "ambassador envoy"),),
    "sever": (_s("161"),),
    "cut": (
        _s("161", "tie ties relation relations", particle="off"),
        _s("161", "tie ties"),
        _s("162", "export exports supply supplies power electricity aid funding assistance"),
    ),
    "suspend": (_s("164", "talks negotiations"), _s("162", AID_NOUNS), _s("160")),
    "halt": (_s("164", "talks negotiations"), _s("162", AID_NOUNS)),
    # MOBILIZE
    "deploy": (_s("154"),),
    "mobilize": (_s("154", TROOP_NOUNS + " reservists reserves police units"),),
    "mobilise": (_s("154", TROOP_NOUNS + " reservists reserves police units"),),
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
    "attack": (_s("190"),),
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
    "seek": (_s("020", "help aid assistance support extradition release talks meeting"),),
    "petition": (_s("020"),),
    "lobby": (_s("020"),),
    "spurn": (_s("120"),),
    "oppose": (_s("120"),),
    "rule": (_s("120", particle="out"),),
    "turn": (_s("120", particle="down"),),
    "deny": (_s("120", "request visa access entry permission application bid"),),
    "relent": (_s("080"),),
    "back": (_s("080", particle="down"), _s("051")),
    "give": (_s("080", particle="in"),),
    "allow": (_s("086", "inspector inspectors monitors observers aid access"),),
    "pardon": (_s("0841"),),
    "repatriate": (_s("0841"),),
    "reopen": (_s("0863", "border crossing crossings embassy road"),),
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
    "downgrade": (_s("161", "relation relations tie ties"),),
    "freeze": (_s("163", "asset assets account accounts"), _s("162", AID_NOUNS)),
    "cancel": (_s("164", "talks visit meeting negotiations summit"),),
    "postpone": (_s("164", "talks visit meeting negotiations summit"),),
    "prohibit": (_s("172"),),
    "sentence": (_s("173"),),
    "execute": (_s("1823"),),
    "evict": (_s("174"),),
    "demolish": (_s("1712"),),
    "round": (_s("173", particle="up"),),
    "crack": (_s("175", particle="down"),),
    "shut": (_s("172", particle="down"),),
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
    "coordinate": (_s("060", prep="with"),),
    "congratulate": (_s("051"),),
    "broker": (_s("045"),),
    "consult": (_s("040"),),
    "tour": (_s("042"),),
    "extend": (_s("0871", "ceasefire truce"), _s("033", AID_NOUNS)),
}
