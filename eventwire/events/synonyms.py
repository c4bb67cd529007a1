"""Trigger verbs in other words: later passes over the CAMEO codebook's category definitions.

Written by the eventwire team from the codebook and the team's own sentences, never from a gold
sentence. Each entry adds senses after those of `eventwire.events.lexicon`.
"""

from __future__ import annotations

from eventwire.events.senses import (
    ADMIN_CURBS,
    AGREEMENT_NOUNS,
    AID_NOUNS,
    ARMS_NOUNS,
    FORCE_WORDS,
    HOSTILITY_NOUNS,
    INTEL_NOUNS,
    MONEY_WORDS,
    SANCTION_NOUNS,
    SUSPECT_NOUNS,
    TROOP_NOUNS,
    Sense,
    _s,
)

# Goods one state sells another: trade is economic cooperation (061).
COMMODITY_WORDS = (
    "gas oil crude diesel fuel electricity power lng petroleum coal water rice wheat grain corn "
    "goods food fertiliser fertilizer barrels cargoes cargo shipments"
)

# Forces and police sent or raised.

# Armed foes one battles: "battled Tamil Tiger rebels" (not "battled the blaze").
_FOES = (
    "rebels rebel insurgents militants guerrillas gunmen fighters militia militias troops "
    "forces soldiers army separatists jihadists extremists insurgency"
)

# Protests a crowd may end or call off.
DISSENT_WORDS = (
    "sit-in sit-ins strike strikes protest protests march marches boycott rally rallies "
    "demonstration demonstrations hunger walkout walkouts stoppage stayaway"
)

# Those let in: monitors, aid and the convoys that carry it.
# What a state lets its people hold or print: allowed, it eases dissent (082).
GATHERINGS = (
    "rally rallies protest protests march marches demonstration demonstrations gathering "
    "gatherings publication publications newspaper newspapers"
)
ACCESS_WORDS = (
    "inspector inspectors monitors observers aid access team teams workers flights investigators "
    "journalists convoy convoys truck trucks lorries tanker tankers relief envoy"
)

MORE_VERBS: dict[str, tuple[Sense, ...]] = {
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
    "ship": (_s("072", ARMS_NOUNS), _s("070", AID_NOUNS)),
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
            "journalist journalists student students detainee detainees activist activists "
            "deputy villager villagers civilian civilians reservist reservists soldier soldiers "
            "policeman policemen supporter supporters opponent opponents monk monks dissident "
            "dissidents lawyer lawyers man men woman women worker workers to:death",
        ),
    ),
    "rape": (_s("1821"),),
    # "sexually abused young girls in the camps"
    "abuse": (_s("1821", "girl girls woman women child children boy boys"),),
    "torch": (_s("1712"),),
    "loot": (_s("1712"),),
    "ransack": (_s("1712"),),
    "raze": (_s("1712"),),
    "overrun": (_s("190"),),
    "capture": (
        _s("190", "town city village base territory airport positions position area @place"),
    ),
    "rocket": (_s("194"),),
    "strafe": (_s("195"),),
    "mortar": (_s("194"),),
    "assault": (_s("190"),),
    "engage": (_s("190", "troops forces rebels army militants fighters"),),
    "counterattack": (_s("190"),),
    "recapture": (_s("190"),),
    "regain": (_s("190", "control town city village territory area district"),),
    "wrest": (_s("190", "control town city village territory area district"),),
    "retake": (_s("190"),),
    "infiltrate": (_s("190"),),
    "torpedo": (_s("190"),),
    # Material cooperation, aid and shows of force said in other words (third pass).
    "transfer": (
        _s("063", SUSPECT_NOUNS),
        _s("064", INTEL_NOUNS),
        _s("071", "money dollars euros funds"),
        _s("072", ARMS_NOUNS),
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
    "ferry": (_s("072", ARMS_NOUNS), _s("070", AID_NOUNS)),
    "truck": (_s("070", AID_NOUNS),),
    "distribute": (_s("154", ARMS_NOUNS), _s("070", AID_NOUNS)),
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
        _s("0872", "mission presence deployment occupation"),
        _s("0814", "curfew state emergency law"),  # "ended martial law"
        _s("0872", "blockade siege occupation"),
        _s("085", SANCTION_NOUNS + " ban bans boycott"),  # "ended its visa ban on Lukashenko"
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
    "blacklist": (_s("163"),),  # a listing that bars trade: a sanction
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
            "office offices building buildings vehicle vehicles car cars bus buses tyre tyres "
            "tire tires",
        ),
    ),
    "hammer": (_s("190", "village villages town towns position positions city cities base"),),
    "battle": (_s("190", prep="with"), _s("190", _FOES)),
    # Seventh pass: releases, access, mediation, signings and refusals in other words.
    "set": (_s("139", "deadline ultimatum"), _s("0841", particle="free")),
    "climb": (_s("080", particle="down"),),
    "shuttle": (_s("045", prep="between"),),
    "bring": (_s("045", particle="together"),),
    "chair": (_s("045", "talks session sessions meeting round"),),
    "initial": (_s("057", AGREEMENT_NOUNS),),
    "conclude": (_s("057", AGREEMENT_NOUNS),),
    "establish": (_s("054", "relation relations tie ties"),),
    "brush": (_s("120", particle="aside"), _s("120", particle="off")),
    "walk": (_s("143", particle="out"), _s("143", "job", particle="off")),
    "ignore": (_s("120", "pressure call calls appeal appeals demand demands warning warnings"),),
    "withhold": (_s("120", "assent approval consent recognition"),),
    "wave": (_s("120", particle="aside"),),
}

# Eleventh pass: release, de-escalation, appeals for help and curbs on the press, in the words
# of the team's wire-style sentences.
ELEVENTH_PASS: dict[str, tuple[Sense, ...]] = {
    "relinquish": (
        _s("0874", "position positions town towns base bases post posts territory control"),
        _s("080", "claim claims"),  # giving up power or office is a resignation (0831)
    ),
    # "granted the inspectors access to the site"
    "grant": (_s("0862", "access"),),
    "disable": (_s("0873", "reactor reactors complex facility facilities plant site programme"),),
    "dismantle": (_s("0873", "site sites complex facility facilities reactor reactors"),),
    "decommission": (_s("0873", "weapon weapons arms arsenal reactor reactors"),),
    "halt": (_s("0871", "firing gunfire shelling"), _s("163", "deliveries supplies")),
    "seal": (_s("1721", "office offices newspaper newspapers studio studios premises"),),
    "scrub": (_s("1721", "post posts content comments article articles video videos"),),
    "haul": (_s("173", particle="away"), _s("173", particle="off")),
    "cart": (_s("173", particle="away"), _s("173", particle="off")),
    # "removed four elected mayors": officials put out of office by those above them
    "remove": (_s("172", "mayor mayors governor governors judge judges councillors lawmakers"),),
    "unseat": (_s("172", "mayor mayors governor governors judge judges councillors lawmakers"),),
    # "applied to the IMF for a loan", "turned to Beijing for help"
    "apply": (_s("020", prep="for"),),
    "turn": (_s("020", prep="for"),),
    # "gave the force until the end of the month to leave"
    "give": (
        _s("080", "ground"),  # "willing to give ground on its border claims"
        _s("139", particle="<to>", prep="until"),
        _s("116", "sentence sentences term"),  # "was given a two-year prison term"
    ),
    # Trade carried out, and the handing over of those wanted for trial.
    "transfer": (
        _s("071", MONEY_WORDS),
        _s(
            "063",
            "figure figures prisoner prisoners inmate inmates detainee detainees leader leaders "
            "boss bosses kingpin kingpins",
        ),
    ),
    "export": (_s("061", COMMODITY_WORDS),),
    "sell": (_s("061", COMMODITY_WORDS),),
    "import": (_s("061", COMMODITY_WORDS),),
    "buy": (_s("061", COMMODITY_WORDS),),
    "purchase": (_s("061", COMMODITY_WORDS),),
    "lease": (_s("061", "port ports base bases land airport island islands"),),
    "patrol": (_s("062", prep="alongside"),),
    # Aid by air, by allocation, by meals handed out; forces added to a mission.
    "airdrop": (_s("073"),),
    "allocate": (_s("071", MONEY_WORDS),),
    "distribute": (_s("073", "meals rations parcels"),),
    "add": (_s("154", TROOP_NOUNS), _s("163", "to:list to:blacklist")),
    # Concessions: curbs abolished or waived, plans dropped or watered down.
    "abolish": (_s("081", ADMIN_CURBS + " permit permits requirement requirements"),),
    "exempt": (_s("081", prep="from"),),
    "cede": (_s("080"),),
    "water": (_s("080", particle="down"),),
    "rescind": (_s("080", "cut cuts rise rises increase increases"),),
    "abandon": (_s("080", "bid increase increases hike hikes cut cuts"),),
    # Curbs: permits revoked, channels taken off the air, migrants sent back, emergencies kept.
    "revoke": (
        _s(
            "172",
            "permit permits residency registration citizenship passport passports pass passes",
        ),
    ),
    "take": (_s("1721", "channel channels station stations broadcaster", particle="off"),),
    "close": (_s("172", "headquarters"),),
    "send": (
        _s("174", "migrant migrants refugee refugees asylum-seekers seekers", particle="back"),
    ),
    "extend": (
        _s("1723", "curfew curfews"),
        _s("1724", "emergency law"),  # "martial law"
        _s("051", "congratulations greetings"),  # "extended his warm congratulations"
    ),
    # Support and agreement said in phrasal verbs.
    "come": (
        _s("051", "in:support in:favour in:favor", particle="out"),  # "came out in support of"
        _s("030", "to:terms to:understanding to:agreement"),  # "came to terms on"
    ),
    "speak": (_s("051", "in:support in:favour in:favor", particle="out"),),
    "settle": (_s("030", "on:deal on:agreement on:plan on:compromise on:formula"),),
    "go": (
        _s("030", particle="along", prep="with"),  # "would go along with the plan"
        _s("152", "on:alert"),  # "police went on full alert"
    ),
    # Those expelled who watch or help: inspectors, observers (1662), aid agencies (1663).
    "expel": (
        _s("1662", "inspector inspectors observer observers monitor monitors mission"),
        _s("1663", "agency agencies ngos organisations organizations"),
    ),
    "halve": (_s("162", AID_NOUNS),),
    "act": (_s("045", "as:mediator as:mediators as:go-between as:broker"),),
    "welcome": (_s("0861", "peacekeepers contingent"),),  # "welcomed the first UN contingent"
    "admit": (_s("0862", "inspector inspectors monitors observers investigators"),),
    "agree": (_s("083", "to:demands to:demand to:conditions"),),  # accede, not promise
    "sit": (_s("040", particle="together"),),  # "sat down together in Luanda"
    "get": (_s("040", particle="together"),),
    # Rejections: "shut the door on talks", "said no to the offer", "dismissed the formula"
    "shut": (_s("120", "door", prep="on"),),
    "say": (_s("120", particle="no", prep="to"),),
    "dismiss": (_s("120", "initiative initiatives formula overture overtures idea offer"),),
    # Forces raised or put on the streets.
    "activate": (_s("154", FORCE_WORDS + " force"),),
    "bring": (_s("154", FORCE_WORDS + " reinforcements", particle="in"),),
    "order": (_s("154", FORCE_WORDS, prep="onto"),),
    # Curbs on broadcasters and sites.
    "suspend": (_s("1721", "broadcaster broadcasters station stations channel channels"),),
    "switch": (_s("1721", "station stations channel channels broadcaster", particle="off"),),
    "hold": (_s("173", "members leaders activists"),),
    # Access allowed: "permitted a convoy of fuel trucks to enter Gaza"
    "permit": (_s("086", ACCESS_WORDS), _s("082", GATHERINGS)),
    "allow": (_s("086", ACCESS_WORDS), _s("082", GATHERINGS)),
    "let": (_s("086", ACCESS_WORDS),),
    # Aid cut, sanctions listed, trade status scrapped, sentences handed down or commuted.
    "slash": (_s("162", AID_NOUNS),),
    "scrap": (_s("163", "status preferences"),),
    "hand": (
        _s("116", "sentence sentences term"),
        _s("0842", "trawler vessel vessels boat boats ship ships", particle="back"),
    ),
    "commute": (_s("080", "sentence sentences"),),
    # "would abide by the ruling" yields; "would not abide by the no-fly zones" defies (128)
    "abide": (_s("080", prep="by"),),
    "sink": (_s("190", "vessel vessels ship ships boat boats"),),
    "stone": (_s("180"),),  # "stoned police": a riot when a crowd does it
    # Dissent eased: "ready to end their sit-in", "called off the marches", "lifted roadblocks"
    "end": (_s("082", DISSENT_WORDS),),
    "call": (_s("082", DISSENT_WORDS, particle="off"),),
    "lift": (_s("082", "roadblocks roadblock barricades"),),
    "barricade": (_s("191"),),  # a crowd's barricades obstruct (144, see checks.recode_by_doer)
}
