"""Verb senses of the twenty-fifth pass: everyday newsroom verbs and phrasal verbs ("hammered out
a deal", "rapped Japan", "summoned the ambassador", "rose up", "flexed its military muscle"),
from the team's own sentences written for every CAMEO code, never taken from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.readings, so that two senses of one word can
never silently overwrite each other; eventwire.events.lexicon merges them after the earlier
passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.senses import AID_NOUNS, DIPLOMAT_NOUNS, Sense, _s, every_sense

# Leaders one telephones or receives: "calls Iranian leader", "receives Sudanese army chief".
_LEADERS = (
    "president presidents leader leaders counterpart counterparts premier chancellor minister "
    "ministers emir king prince chief chiefs commander"
)
# Agreements one can torpedo, kill, walk away from or scrap.
_DEALS = (
    "deal deals plan plans proposal proposals agreement agreements pact accord package bid "
    "initiative talks process bill resolution"
)
# Charges one dismisses: "dismissed Morocco's accusations as baseless".
_CHARGES = (
    "accusation accusations allegation allegations claim claims charge charges criticism report "
    "reports"
)
# Attacks one scales back or winds down.
_ATTACKS = "offensive offensives operation operations attacks strikes bombing bombings campaign"
# What one is labelled or branded: "labelled the reporter a spy".
_CULPRITS = "spy spies terrorist terrorists traitor traitors agent agents criminal criminals"
# Truces one flouts or shatters.
_TRUCES = "truce truces ceasefire ceasefires cease-fire armistice"
# People held and ill-treated: "abused Nigerian migrants in detention centres".
_HELD = (
    "migrant migrants prisoner prisoners detainee detainees inmate inmates civilian civilians "
    "protester protesters refugee refugees"
)
# Whole peoples driven out: "drove out hundreds of thousands of Rohingya".
_PEOPLES = (
    "population populations people residents villagers inhabitants families communities "
    "thousands hundreds minority minorities"
)

# Verbs that take a measure away ("scrapped the curfew", "called off the blockade"), with the
# particle they need, and what easing each kind of measure is: curfews (0813), emergency rule
# (0814), curbs and bans (081), sanctions (085), blockades and sieges (0872).
_REMOVALS: dict[str, str | None] = {
    "loosen": None,
    "shorten": None,
    "reduce": None,
    "scrap": None,
    "suspend": None,
    "cancel": None,
    "remove": None,
    "drop": None,
    "abolish": None,
    "halt": None,
    "reverse": None,
    "annul": None,
    "waive": None,
    "rescind": None,
    "revoke": None,
    "call": "off",
    "roll": "back",
    "scale": "back",
    "phase": "out",
}
_EASED = (
    ("0813", "curfew curfews"),
    ("0814", "emergency state"),
    ("081", "restriction restrictions curbs ban bans censorship controls lockdown"),
    ("085", "sanction sanctions embargo embargoes boycott tariffs"),
    ("0872", "blockade blockades siege sieges"),
)


_REMOVED_MEASURES = every_sense(_REMOVALS, _EASED)
# Verbs that stop an act of one's own ("ceased its offensive", "abandoned their protests"):
# force stopped de-escalates (087), dissent stopped eases (082). "Strikes" stays out: air
# strikes and labour strikes share the word.
_STOPPING = {**_REMOVALS, "stop": None, "cease": None, "pause": None, "abandon": None, "end": None}
_STOPPED = (
    # ("operations" stays out: aid agencies halt operations too)
    ("087", "offensive offensives attacks attack bombing bombings shelling raids"),
    ("087", "hostilities fighting bombardment airstrikes incursions"),
    ("082", "protest protests demonstration demonstrations march marches rally rallies"),
    ("082", "sit-in sit-ins walkout walkouts stoppage strike picket pickets"),
)
_STOPPED_ACTS = every_sense(_STOPPING, _STOPPED)

TWENTY_FIFTH_PASS: tuple[tuple[str, Sense], ...] = (
    *_REMOVED_MEASURES,
    *_STOPPED_ACTS,
    # CONSULT: a call, a reception, haggling
    ("call", _s("041", _LEADERS)),
    ("receive", _s("043", _LEADERS)),
    ("roll", _s("043", "carpet", particle="out")),
    ("hammer", _s("046", particle="out")),
    ("bargain", _s("046", prep="with")),
    ("haggle", _s("046", prep="with")),
    # SUPPORT: siding with, lobbying for
    ("align", _s("050", prep="with")),
    ("drum", _s("053", "support backing", particle="up")),
    # COOPERATE: hands joined, money invested, markets opened, drills held together
    ("join", _s("060", "hands")),
    ("invest", _s("061", prep="in")),
    ("open", _s("061", "market markets economy")),
    ("drill", _s("062", prep="with")),
    # AID: money granted
    ("grant", _s("071", "million billion support")),
    # CONCEDE and RETREAT: licences reinstated, a grip loosened, rights extended, property and
    # peacekeepers let back
    ("reinstate", _s("081")),
    ("loosen", _s("081", "grip")),
    ("extend", _s("083", "rights right suffrage franchise")),
    ("recognise", _s("0833", "rights right")),
    ("recognize", _s("0833", "rights right")),
    ("hand", _s("0842", particle="back")),
    ("give", _s("0842", particle="back")),
    ("receive", _s("0861", "peacekeepers peacekeeping contingent")),
    ("receive", _s("0862", "inspectors monitors observers investigators")),
    ("soften", _s("035", "stance position tone line")),
    # "swore to fight on": a vow, whatever it vows ("swore in the cabinet" is no vow)
    ("swear", _s("030", particle="<to>")),
    ("eye", _s("030", "link links tie ties cooperation relations partnership deal")),
    # ACCUSE: rebukes, complaints, lawsuits, verdicts of liability
    ("rap", _s("111")),
    ("take", _s("111", "issue", prep="with")),
    ("implicate", _s("112")),
    # "labelled the detained reporter a spy": an accusation in a name
    ("label", _s("112", _CULPRITS)),
    ("brand", _s("112", _CULPRITS)),
    ("rally", _s("113", "allies nations countries states partners", prep="against")),
    ("drum", _s("113", "opposition", particle="up")),
    ("galvanise", _s("113", "opposition resistance")),
    ("galvanize", _s("113", "opposition resistance")),
    ("campaign", _s("113", prep="against")),
    ("summon", _s("114", DIPLOMAT_NOUNS)),
    ("drag", _s("115", "to:court")),
    ("bring", _s("115", "case cases lawsuit suit")),
    ("hold", _s("116", particle="liable")),
    ("open", _s("090", "probe investigation inquiry")),
    ("open", _s("115", "case cases", prep="against")),
    # REJECT: charges dismissed, plans killed, truces flouted
    ("dismiss", _s("120", _CHARGES)),
    ("dig", _s("124", particle="in")),
    ("shut", _s("1245", particle="out")),
    ("kill", _s("120", _DEALS)),
    ("torpedo", _s("120", _DEALS)),
    ("flout", _s("196", _TRUCES)),
    ("shatter", _s("196", _TRUCES)),
    # THREATEN
    ("dangle", _s("130", "threat prospect")),
    ("rattle", _s("138", "sabre sabres saber sabers")),
    # REQUEST: what is sought names the kind of request
    ("seek", _s("106", "summit meeting talks negotiations dialogue")),
    ("seek", _s("1012", "patrols patrol exercises drills")),
    ("seek", _s("1014", "intelligence information")),
    ("seek", _s("1011", "investment investments partner partners partnership")),
    # RETREAT: an offensive scaled back, guns silenced
    ("scale", _s("087", _ATTACKS, particle="back")),
    ("scale", _s("087", _ATTACKS, particle="down")),
    ("wind", _s("087", _ATTACKS, particle="down")),
    ("silence", _s("0871", "guns weapons artillery")),
    # PROTEST: uprisings, roads jammed
    ("rise", _s("140", particle="up")),
    ("flood", _s("141", "streets street square squares")),
    ("jam", _s("144", "streets roads road highway highways city centre center traffic")),
    ("jam", _s("144", "with:tractors with:trucks with:lorries with:vehicles with:cars")),
    ("choke", _s("144", "streets roads road highway highways", particle="off")),
    # MOBILIZE: muscle flexed, security heightened, a war footing
    ("flex", _s("150", "muscle muscles")),
    ("heighten", _s("151", "security vigilance")),
    ("go", _s("152", "on:footing")),
    # SANCTION: deliveries frozen, rations cut, peacekeepers expelled, plugs pulled
    ("freeze", _s("1622", "deliveries delivery shipments")),
    ("cut", _s("162", "rations ration aid assistance funding")),
    ("pull", _s("160", "plug", prep="on")),
    ("expel", _s("1661", "peacekeepers peacekeeping troops forces")),
    # From the team's development sentences whose verb the tables knew with other objects
    ("coordinate", _s("050", "position positions stance stances policy policies")),
    ("close", _s("113", "ranks", prep="against")),
    ("close", _s("053", "ranks", prep="behind")),
    ("close", _s("1721", "daily dailies tabloid magazine broadcaster")),
    ("give", _s("139", "month months year", particle="<to>")),
    ("clamp", _s("1723", "curfew curfews")),
    ("clamp", _s("172", "restrictions ban bans")),
    ("shelter", _s("074", "civilians civilian refugees people residents")),
    ("pass", _s("064", "warning warnings tip tips", particle="on")),
    ("share", _s("063", "testimony testimonies")),
    ("expel", _s("1663", "groups group charities workers")),
    ("expel", _s("1662", "team teams of:team of:mission of:inspectors of:observers")),
    ("pull", _s("165", "mediation mediating role", particle="out")),
    ("transfer", _s("0842", "funds money dollars assets millions billions", particle="back")),
    ("open", _s("086", "to:journalists to:diplomats to:reporters to:media to:foreigners")),
    ("withdraw", _s("087", "weapons guns tanks artillery")),
    ("readmit", _s("0862", "inspectors monitors observers")),
    ("admit", _s("0862", "inspectors monitors observers")),
    ("permit", _s("0861", "peacekeepers peacekeeping deployment")),
    ("capture", _s("173", "leader leaders commander commanders chief suspect suspects fugitive")),
    ("reoccupy", _s("192")),
    ("approve", _s("071", "bailout bailouts")),
    ("hand", _s("070", AID_NOUNS, particle="over")),
    ("hand", _s("072", "humvees vehicles trucks", particle="over")),
    ("put", _s("152", "aircraft jets planes warplanes", prep="on")),
    ("declare", _s("152", "alert")),
    ("order", _s("152", "alert")),
    ("return", _s("081", "passport passports")),
    # COERCE
    ("coerce", _s("170")),
    ("harass", _s("170")),
    ("nationalise", _s("1711")),
    ("nationalize", _s("1711")),
    # ASSAULT: terror, hostages, torture, rammings, expulsions of peoples, gas
    ("terrorise", _s("180")),
    ("terrorize", _s("180")),
    ("wreak", _s("180", "havoc")),
    ("go", _s("180", "on:spree on:rampage")),
    ("take", _s("181", "hostage hostages")),
    ("abuse", _s("182", _HELD)),
    ("flog", _s("182")),
    ("mistreat", _s("182")),
    ("molest", _s("1821")),
    ("waterboard", _s("1822")),
    ("ram", _s("180", "truck car vehicle lorry van", prep="into")),
    ("explode", _s("183", "bomb bombs device devices")),
    ("target", _s("190", "convoy convoys checkpoint checkpoints base bases patrol patrols")),
    ("eliminate", _s("186", "general commander commanders leader leaders chief")),
    ("drive", _s("201", _PEOPLES, particle="out")),
    ("force", _s("201", _PEOPLES, particle="out")),
    ("uproot", _s("201", _PEOPLES)),
    ("cleanse", _s("203")),
    ("wipe", _s("200", "village villages town towns community communities", particle="out")),
    ("gas", _s("2041")),
    ("drop", _s("2041", "sarin chlorine gas chemicals")),
)
