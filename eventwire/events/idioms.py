"""Verb senses of the ninth to sixteenth passes: words and idioms the team's own fresh sentences
used that the earlier passes (eventwire.events.synonyms) lacked. eventwire.events.lexicon merges
them after the core table and the earlier passes.
"""

from __future__ import annotations

from eventwire.events.senses import (
    AGREEMENT_NOUNS,
    AID_NOUNS,
    ARMS_NOUNS,
    CAPTIVE_WORDS,
    DIPLOMAT_NOUNS,
    FORCE_WORDS,
    INTEL_NOUNS,
    MISSILE_NOUNS,
    MONEY_WORDS,
    SANCTION_NOUNS,
    TROOP_NOUNS,
    VISITOR_WORDS,
    Sense,
    _s,
)

# Ninth pass: words the team's own fresh sentences used that the earlier passes lacked.
PERSON_OBJECTS = (
    "journalist journalists activist activists prisoner prisoners suspect suspects lawyer lawyers "
    "dissident dissidents opponent opponents critic critics protester protesters demonstrator "
    "demonstrators student students blogger bloggers cleric clerics reporter reporters"
)
# Money and help that can be frozen or halted (162) beyond the aid nouns.
HALTED_AID = " disbursement disbursements lending payments loans support programme budget"
CARE_PLACES = "hospital hospitals clinic clinics kitchen kitchens shelter shelters camp camps"
# Forces and police sent or massed: a show of force (154).
# Land taken by force (occupation, 192).
TERRITORY_WORDS = (
    "territory territories enclave enclaves town towns city cities village villages region "
    "regions area areas island islands province capital land"
)
# Commerce one state stops with another: an embargo (163).
TRADE_WORDS = "trade imports exports shipments commerce"
# Fuel and power traded between states: economic cooperation (061), not aid.
ENERGY_WORDS = "gas oil crude electricity power lng fuel petroleum"
# What one side offers or asks of another, that the other can turn down.
OFFER_WORDS = "offer offers proposal proposals bid request requests appeal demand demands plan"
# Rises a government can drop or put off: a concession (080).
RAISED = "rise rises increase increases hike hikes"
# Plans and measures a government can shelve.
CONCESSION_WORDS = (
    "bill law plan plans proposal proposals tax taxes reform decree project " + RAISED
)
# Rules and laws whose loosening is a concession (081).
LOOSENED = (
    "law laws rule rules censorship curbs controls restrictions regulations enforcement curfew "
    "curfews lockdown quarantine requirements"
)
# What crowds throw.
MISSILES_BY_HAND = (
    "stone stones rock rocks bottle bottles brick bricks petrol molotov cocktails firebomb "
    "firebombs firework fireworks flare flares projectiles"
)
# Weapons placed at home or with an ally are a show of force too; sent to another, they are aid.
PLACED_WORDS = FORCE_WORDS + " weapons warheads " + MISSILE_NOUNS
# What one owns up to: "admitted responsibility", "acknowledged its mistakes".
OWNED_UP = "responsibility wrongdoing mistake mistakes error errors guilt fault liability"
NINTH_PASS: dict[str, tuple[Sense, ...]] = {
    "work": (
        _s("060", prep="with"),
        _s("060", prep="alongside"),
        _s("060", particle="together"),
    ),
    "exchange": (
        _s("064", INTEL_NOUNS + " radar list lists"),
        _s("190", "fire gunfire shot shots"),
        _s("040", "views opinions ideas"),
    ),
    "train": (
        _s("062", prep="with"),
        _s("062", particle="together"),
        _s("072", TROOP_NOUNS + " police officers pilots recruits"),
    ),
    "pool": (_s("060"),),
    "patrol": (_s("062", particle="jointly"), _s("062", particle="together")),
    "admit": (
        _s(
            "075",
            "refugee refugees migrant migrants asylum-seekers interpreter interpreters family "
            "families",
        ),
        # "Iran admitted that its forces had shot down the airliner": a deed owned up to
        _s("080", "@clause " + OWNED_UP),
    ),
    "acknowledge": (_s("080", OWNED_UP),),
    "open": (
        _s("073", CARE_PLACES),
        _s("0863", "border borders crossing crossings corridor corridors airspace"),
        # "opened the region to relief flights": access given to those who bring relief
        _s("0863", "to:flights to:aid to:relief to:convoys to:agencies"),
    ),
    "set": (_s("073", CARE_PLACES, particle="up"), _s("180", "fire", prep="to")),
    "deposit": (_s("071"),),
    "treat": (_s("073", "wounded injured patient patients casualties victims"),),
    "restore": (
        _s("081", "access internet service services connection connections broadcast broadcasts"),
        _s("081", "citizenship nationality rights passport passports"),
    ),
    "roll": (_s("080", particle="back"),),
    "scrap": (
        _s("080", "system quota quotas rule rules policy requirement requirements tax levy"),
        _s("080", CONCESSION_WORDS),
    ),
    "drop": (
        _s(
            "080",
            "clause clauses provision provisions requirement requirements bid candidacy case "
            "lawsuit claim claims condition conditions precondition preconditions tax plan "
            "proposal opposition veto insistence changes amendments",
        ),
        _s("195", "bomb bombs"),
    ),
    "pause": (
        _s("162", AID_NOUNS + " lending"),
        _s("164", "talks negotiations dialogue"),
        _s("080", CONCESSION_WORDS + " overhaul"),
    ),
    "end": (
        _s("0872", "mission presence deployment occupation"),
        _s("162", AID_NOUNS + HALTED_AID),
        _s("161", "relation relations tie ties"),
        _s("160", "coordination cooperation contacts"),
    ),
    "call": (
        _s("161", "ambassador envoy", particle="home"),
        _s("161", "ambassador envoy", particle="back"),
    ),
    "increase": (_s("152", "readiness alert"), _s("154", TROOP_NOUNS + " presence")),
    "strengthen": (_s("154", TROOP_NOUNS + " position positions"),),
    "declare": (
        _s("1724", "law emergency"),
        _s("1723", "curfew"),
        _s("166", "persona"),
        _s("154", "mobilisation mobilization"),
    ),
    "tighten": (
        _s("163", "control controls restriction restrictions sanction sanctions curb curbs"),
        _s("1721", "censorship"),
    ),
    "disqualify": (_s("172"),),
    "hold": (
        _s("173", PERSON_OBJECTS),
        _s("112", particle="responsible"),
        _s("0871", "fire"),
    ),
    "cancel": (
        _s(
            "172",
            "visa visas licence licences license licenses accreditation permit permits passport "
            "passports",
        ),
    ),
    "use": (_s("190", "force forces weapons gas artillery tanks"),),
    "throw": (
        _s("051", "weight support backing", prep="behind"),
        _s("180", MISSILES_BY_HAND),  # "threw stones at police"
    ),
    "turn": (_s("120", "back", prep="on"),),
    "disengage": (_s("0872"),),
    "break": (_s("164", "talks negotiations dialogue contacts", particle="off"),),
    "summon": (
        _s("161", DIPLOMAT_NOUNS, particle="home"),
        _s("161", DIPLOMAT_NOUNS, particle="back"),
    ),
    "freeze": (
        _s("161", "relation relations tie ties contacts"),
        _s("162", HALTED_AID),
        _s("164", "talks negotiations dialogue"),
    ),
    "halt": (
        _s("163", TRADE_WORDS),
        _s("162", HALTED_AID),
        _s("160", "coordination cooperation contacts"),
    ),
    "suspend": (
        _s("172", "licence license licences licenses accreditation permit permits"),
        _s("080", RAISED),
        _s("1721", "internet broadcasts broadcast websites"),
        _s("163", TRADE_WORDS),
        _s("162", HALTED_AID),
        _s("160", "coordination cooperation contacts"),
    ),
    "terminate": (
        _s("162", AID_NOUNS + HALTED_AID),
        _s("160", "accord accords agreement agreements cooperation treaty pact coordination"),
    ),
    "scale": (
        _s("161", "embassy mission relations ties", particle="down"),
        _s("085", "sanction sanctions embargo", particle="back"),
        _s("0872", TROOP_NOUNS + " presence operations", particle="down"),
        _s("0872", TROOP_NOUNS + " presence operations", particle="back"),
    ),
    "reduce": (
        _s("162", AID_NOUNS + HALTED_AID),
        _s("161", "relation relations ties"),
        _s("0872", TROOP_NOUNS + " level levels presence"),
    ),
    "reverse": (
        _s(
            "080",
            "decision decisions policy increase increases hike ban law decree order ruling course "
            "rise rises",
        ),
    ),
    "return": (
        _s("0841", CAPTIVE_WORDS),
        # property given back (0842): "returned the impounded trawler", "... the archives"
        _s(
            "0842",
            "boat boats vessel vessels trawler remains aircraft plane body bodies archives "
            "documents artefacts artifacts",
        ),
    ),
    "hand": (
        _s("080", "land territory property farmland remains " + TERRITORY_WORDS, particle="back"),
        _s("080", "power control authority"),
        _s("073", AID_NOUNS + " sheeting jerrycans kits", particle="out"),
        _s("072", ARMS_NOUNS),
    ),
    # Tenth pass: forces, aid and de-escalation in the words of the team's fresh sentences.
    "dispatch": (_s("154", FORCE_WORDS), _s("072", ARMS_NOUNS + " " + MISSILE_NOUNS)),
    "station": (_s("154", PLACED_WORDS),),
    "send": (_s("154", FORCE_WORDS), _s("072", ARMS_NOUNS + " " + MISSILE_NOUNS)),
    "deploy": (
        _s("154", PLACED_WORDS),
        # "Cuba deployed 300 doctors to Haiti": medical teams sent are aid
        _s("073", "doctors nurses medics surgeons paramedics rescuers"),
    ),
    "mass": (_s("154"),),
    "marshal": (_s("154"),),
    "marshall": (_s("154"),),
    "enlist": (_s("154"),),
    "position": (_s("154", PLACED_WORDS + " vehicles"),),
    "build": (_s("154", FORCE_WORDS, particle="up"),),
    "write": (_s("071", "debt debts loan loans", particle="off"),),
    "give": (
        _s("071", MONEY_WORDS),
        _s("139", "hours days weeks deadline", particle="<to>"),
        _s("072", ARMS_NOUNS + " " + MISSILE_NOUNS),
    ),
    "award": (_s("071", "grant grants loan loans aid"),),
    "lend": (_s("071"),),
    "rush": (_s("073", AID_NOUNS),),
    "carry": (_s("073", AID_NOUNS),),
    "take": (
        _s("075", "seeker seekers asylum-seekers migrant migrants", particle="in"),
        _s("141", "to:streets to:street"),
        _s("115", "to:court to:tribunal"),  # "took Israel to the International Court"
        _s("192", TERRITORY_WORDS, prep="by"),  # "would take the enclaves by force"
        _s("111", "aim"),  # "took aim at the BBC"
        _s("111", "to:task"),  # "took Hungary to task"
    ),
    "dismantle": (
        _s("0872", "bunker bunkers checkpoint checkpoints position positions roadblocks outposts"),
        _s("0873", "device devices weapon weapons programme program arsenal warheads"),
    ),
    "draw": (_s("0872", TROOP_NOUNS + " presence", particle="down"),),
    "relinquish": (_s("0874", "position positions control territory"),),
    "evacuate": (_s("0874", "position positions base bases post posts outpost outposts"),),
    "observe": (_s("0871", "ceasefire truce"),),
    "stand": (_s("0872", particle="down"), _s("051", prep="behind")),
    "lift": (_s("0872", "closure blockade siege"),),
    # Eleventh pass: intent, backing, accusation and contact in the words of fresh sentences.
    "assent": (_s("030"),),
    "consent": (_s("030"),),
    "embrace": (_s("030", AGREEMENT_NOUNS + " plan proposal framework offer initiative"),),
    "applaud": (_s("051"),),
    "cheer": (_s("051"),),
    "ink": (_s("057", AGREEMENT_NOUNS),),
    "facilitate": (_s("045", "talks contacts dialogue negotiations"),),
    "greet": (_s("043", VISITOR_WORDS),),
    "reconvene": (_s("040"),),
    "play": (_s("043", "host"),),
    "consider": (_s("112", particle="responsible"),),
    "seek": (
        _s(
            "020",
            "protection support backing help approval loan loans bailout mediation release "
            "guarantees guarantee clarification explanation intervention facility return "
            "restructuring rescheduling relief commitment commitments ceasefire truce access "
            "apology compensation assurances membership deposit deposits credit credits financing "
            "grant grants",
        ),
    ),
    "push": (_s("020", particle="<to>"), _s("020", prep="for")),
    "lobby": (_s("020"),),
    "reach": (_s("020", particle="out", prep="for"),),
    "down": (_s("143", "tools"),),
    "gather": (_s("141"),),
    "congregate": (_s("141"),),
    "converge": (_s("141"),),
    "throng": (_s("141"),),
    # Twelfth pass: threats in other words (see also eventwire.events.threats).
    "raise": (_s("130", "prospect spectre specter possibility"),),
    "crush": (_s("175"),),
    "quell": (_s("175"),),
    # Fourteenth pass: force, coercion and protest in the words of the team's test batteries.
    "hit": (
        _s(
            "190",
            "plant plants base bases city town towns village villages facility facilities "
            "refinery position positions convoy headquarters station depot infrastructure airport "
            "port tanker",
        ),
    ),
    "dissolve": (
        _s(
            "1722",
            "party parties parliament assembly league movement organisation organization group "
            "groups",
        ),
        # "dissolved the football federation's board": a body taken over by the state
        _s("172", "federation association board committee council union commission"),
    ),
    "bar": (
        _s(
            "172",
            "candidate candidates party parties opposition journalist journalists women girls "
            "students citizens",
        ),
        _s("172", prep="from"),  # "barred two congresswomen from entering the country"
    ),
    "burn": (_s("145", "flag flags effigy effigies"),),
    # Thirteenth pass: concessions, de-escalation, shows of force and sanctions.
    "quit": (
        _s("0831", "post office position job seat"),
        _s("160", AGREEMENT_NOUNS + " talks alliance organisation organization bloc"),
        _s("0831"),  # "the president quit on Saturday"
    ),
    "balk": (_s("120", prep="at"),),
    "pay": (_s("071", "salary salaries wages pensions"),),
    "respect": (_s("0871", "ceasefire truce"),),
    "demobilise": (_s("0873"),),
    "beef": (_s("154", FORCE_WORDS + " presence security flank defences defenses", particle="up"),),
    "stop": (_s("163", TRADE_WORDS), _s("162", HALTED_AID)),
    "tender": (_s("0831", "resignation"),),
    "submit": (_s("0831", "resignation"),),
    # Fifteenth pass: cooperation, aid, concessions and shows of force in the words of the
    # team's fourth set of fresh sentences.
    "pump": (_s("061", ENERGY_WORDS),),
    "export": (_s("061", ENERGY_WORDS + " grain goods"),),
    "import": (_s("061", ENERGY_WORDS + " grain goods"),),
    "sell": (_s("061", ENERGY_WORDS),),
    "supply": (_s("061", ENERGY_WORDS),),
    "contribute": (_s("074", TROOP_NOUNS + " peacekeepers"),),
    "soften": (_s("081", LOOSENED),),
    "relax": (
        _s("081", LOOSENED),
        _s("0872", "closure blockade siege"),
        _s("0814", "state emergency"),  # "relaxed the state of emergency"
    ),
    "ease": (
        _s("081", LOOSENED),
        _s("0872", "closure blockade siege"),
        _s("0814", "state emergency"),
    ),
    "revoke": (
        _s("172", "visa visas licence licences license licenses accreditation accreditations"),
        _s("080", "decree decision order measure policy"),
    ),
    "rescind": (_s("080", "decision order measure policy increase hike"),),
    "annul": (_s("080", "decree decision order measure"),),
    "repeal": (_s("080", "decree decision order measure law laws"),),
    "ready": (_s("152", PLACED_WORDS),),
    "throttle": (_s("1721", "access internet service services website websites"),),
    "hurl": (_s("180", MISSILES_BY_HAND),),
    "pelt": (_s("180"),),
    "pour": (_s("141", "into:streets into:street into:square"), _s("120", "cold", prep="on")),
    "flood": (_s("141", "into:streets into:street into:square"),),
    "spill": (_s("141", "into:streets into:street"),),
    "slap": (_s("163", SANCTION_NOUNS),),
    "huddle": (_s("040"),),
    # Sixteenth pass: refusals, reproaches, requests, concessions and releases in the idioms of
    # the team's fifth set of fresh sentences.
    "stonewall": (_s("120"),),
    "clamp": (_s("170", particle="down"),),
    "decree": (_s("1724", "emergency law"), _s("1723", "curfew")),
    "confine": (_s("173"),),
    "expropriate": (_s("171"),),
    "encourage": (_s("020", particle="<to>"),),
    "postpone": (_s("080", RAISED),),
    "put": (_s("080", "on:hold"), _s("130", "on:notice")),
    "scoff": (_s("120", prep="at"),),  # "scoffed at the experts' report"
    "shrug": (
        _s("120", particle="off"),
    ),  # "shrugged off calls to step down"  # "put the overhaul on hold"
    "resume": (_s("061", ENERGY_WORDS + " exports imports trade shipments supplies"),),
    "ship": (_s("072", MISSILE_NOUNS),),
    "grant": (_s("0841", "amnesty pardon pardons clemency"), _s("0833", "right rights autonomy")),
    "dismiss": (_s("120", "ruling verdict decision award report"),),
    "renounce": (_s("0873", "weapon weapons programme programmes program programs arsenal"),),
    "nix": (_s("120"),),
    "shoot": (_s("120", OFFER_WORDS, particle="down"),),
    "wave": (_s("120", particle="away"), _s("120", particle="off")),
    "knock": (_s("120", OFFER_WORDS, particle="back"),),
    "upbraid": (_s("111"),),
    "berate": (_s("111"),),
    "entreat": (_s("020"),),
    "prod": (_s("020", particle="<to>"),),
    "walk": (_s("080", particle="back"),),
    "cave": (_s("080", particle="in"),),
    "abandon": (_s("080", CONCESSION_WORDS + " changes amendments"),),
    "parole": (_s("0841"),),
    "let": (_s("0841", particle="go"),),
    "picket": (_s("141"),),
    "vandalise": (_s("145"),),
    "vandalize": (_s("145"),),
    "shutter": (_s("1721", "bureau bureaus office offices newspaper newspapers station channel"),),
    "search": (_s("1711", "office offices home homes headquarters premises"),),
    "shelve": (_s("080", CONCESSION_WORDS),),
    "ferry": (_s("070", AID_NOUNS),),
    "find": (_s("116", particle="guilty"), _s("116", particle="liable")),
    "cut": (
        _s(
            "1721",
            "internet telephone phone mobile service services broadcasts access",
            particle="off",
        ),
        _s("163", TRADE_WORDS, particle="off"),
        _s("163", TRADE_WORDS),
    ),
}
