"""Verb senses of the twelfth pass: aid carried, pull-backs, persuasion, sentences, shows of force.

Written by the eventwire team from the CAMEO codebook's category definitions and the team's own
sentences ("Cuba dispatched 200 doctors to Haiti", "troops drew back from the border", "nudged
Cambodia to hold its election on schedule"), never from a gold sentence. Merged into the lexicon
after the earlier passes (eventwire.events.lexicon).
"""

from __future__ import annotations

from eventwire.events.senses import (
    AID_NOUNS,
    ARMS_NOUNS,
    CAPTIVE_WORDS,
    HOSTILITY_NOUNS,
    MONEY_WORDS,
    TRADE_FLOWS,
    TROOP_NOUNS,
    Sense,
    _s,
)

# Goods, money and people sent as relief.
_RELIEF = AID_NOUNS + " " + MONEY_WORDS
# Money owed that a state may hold back: revenues it collects for another, wages, pensions.
_OWED = "revenue revenues tax taxes salary salaries wage wages pension pensions royalties dues"
# Property seized that a state hands back: craft, papers, goods.
_SEIZED_PROPERTY = (
    ARMS_NOUNS + " archives documents artefacts artifacts trawler trawlers cargo trucks lorries"
    " vehicles aircraft plane planes jet jets helicopter helicopters"
)
# Where a sentence sends someone: "condemned to death", "to life imprisonment", "to 10 years".
_SENTENCES = "to:death to:life to:imprisonment to:years to:prison to:jail to:hanging"
# Gatherings broken up: force used on a crowd (175, crowd control in PLOVER's ASSAULT).
_CROWDS = "rally rallies march marches protest protests demonstration demonstrations meeting sit-in"
# People sheltered from war or persecution.
_REFUGEES = "refugee refugees asylum-seekers exiles evacuees"
# What a state censors by blocking it.
_CENSORED = "access website websites site sites internet broadcasts broadcast channel channels"
# Computers broken into: a cyber-attack, coercion (170) as vocab.py reads CAMEO's 176.
NETWORKS = "server servers network networks website websites computer computers systems"
# Land handed back.
_TERRITORY = "village villages town towns territory territories district districts islands land"
# Vessels taken at sea.
_VESSELS = "trawler trawlers vessel vessels ship ships boat boats tanker tankers"
# Weapons laid down or removed from a front.
_HEAVY_WEAPONS = "weapon weapons arms artillery guns tanks missiles launchers silo silos"

TWELFTH_PASS: dict[str, tuple[Sense, ...]] = {
    # AID: relief carried, money set aside, debts written off, refugees sheltered
    "bring": (_s("070", AID_NOUNS), _s("0872", TROOP_NOUNS, particle="home")),
    "earmark": (_s("071", MONEY_WORDS), _s("070", AID_NOUNS)),
    "disburse": (_s("071", MONEY_WORDS), _s("070", AID_NOUNS)),
    "channel": (_s("071", MONEY_WORDS),),
    "present": (_s("072", ARMS_NOUNS + " trucks"), _s("070", AID_NOUNS + " ambulances gift")),
    # "handed out weapons to militia fighters" arms one's own side (154)
    "hand": (_s("154", ARMS_NOUNS, particle="out"), _s("070", AID_NOUNS)),
    "wipe": (_s("071", "debt debts", particle="out"),),
    # "forgave 300 million marks in debt": a sum forgiven is debt relief
    "forgive": (_s("071", "debt debts loan loans arrears " + MONEY_WORDS),),
    "host": (_s("075", _REFUGEES),),
    "house": (_s("075", _REFUGEES),),
    "accommodate": (_s("075", _REFUGEES),),
    # relief carried by rail or arriving with its craft: "railed 50,000 tonnes of maize to
    # Zambia", "planes landed in Belgrade with flour and medicines"
    "rail": (_s("070", AID_NOUNS),),
    "allot": (_s("071", MONEY_WORDS), _s("070", AID_NOUNS)),
    "land": (_s("070", AID_NOUNS),),
    "arrive": (_s("070", AID_NOUNS),),
    "dock": (_s("070", AID_NOUNS),),
    "roll": (_s("070", AID_NOUNS),),
    "receive": (_s("070", AID_NOUNS),),  # the giver follows "from" (events.sides)
    # RETREAT: captives let go, arms laid down, forces drawn back, access given
    "let": (_s("0841", CAPTIVE_WORDS + " fishermen workers", particle="go"),),
    "turn": (
        _s("0841", CAPTIVE_WORDS + " workers", particle="over"),
        _s("174", "refugee refugees migrant migrants asylum-seekers", particle="back"),
    ),
    "call": (_s("087", HOSTILITY_NOUNS, particle="off"),),
    "remove": (_s("087", _HEAVY_WEAPONS), _s("085", "sanction sanctions embargo embargoes")),
    "go": (_s("0841", CAPTIVE_WORDS + " fishermen workers"),),  # "let go 30 fishermen"
    "pull": (_s("0872", TROOP_NOUNS, particle="home"),),
    "give": (
        _s("080", _TERRITORY, particle="back"),  # "gave back three villages to Azerbaijan"
        _s("0874", "control position positions territory", particle="up"),
        _s("0873", "weapon weapons arms", particle="up"),
        _s("0842", _SEIZED_PROPERTY, particle="back"),
    ),
    "relinquish": (_s("0873", "weapon weapons arms"),),
    "cede": (_s("0874", "control position positions"),),
    "capitulate": (_s("0874"),),
    "redeploy": (_s("0872", particle="out"),),
    "reduce": (_s("087", "garrison garrisons contingent presence"),),
    "lower": (_s("087", "alert readiness"),),
    "cease": (_s("0871", "fire hostilities fighting"),),
    "dismantle": (_s("0873", "silo silos missiles launchers"),),
    "return": (_s("0842", _SEIZED_PROPERTY + " " + _VESSELS),),
    # "police lifted the cordon", "the junta stepped aside"
    "lift": (_s("0872", "cordon cordons"),),
    "step": (_s("0831", particle="aside"),),
    "send": (_s("0842", _SEIZED_PROPERTY, particle="back"),),
    "admit": (_s("0862", "expert experts team delegates"),),
    "permit": (_s("086", "delegate delegates expert experts"),),
    "revoke": (_s("0814", "emergency state law curfew"),),
    "transfer": (_s("0841", CAPTIVE_WORDS),),
    # easing sanctions is a concession (085, see data/plover2.tsv)
    "scrap": (_s("085", "sanction sanctions embargo embargoes"),),
    "drop": (_s("085", "sanction sanctions embargo embargoes"),),
    "unfreeze": (_s("085", "asset assets account accounts funds"),),
    # REQUEST: persuading, telling, calling for help
    "tell": (_s("100", particle="<to>"),),
    "nudge": (_s("020", particle="<to>"),),
    "persuade": (_s("020", particle="<to>"), _s("020", prep="into")),
    "convince": (_s("020", particle="<to>"), _s("020", prep="into")),
    "coax": (_s("020", prep="into"), _s("020", particle="<to>")),
    "prevail": (_s("020", prep="on"), _s("020", prep="upon")),
    "lean": (_s("020", prep="on"),),
    "challenge": (_s("100", particle="<to>"),),
    "push": (_s("020", particle="<to>"),),
    "enlist": (_s("020", "help support assistance backing"),),
    "approach": (_s("020", prep="for"),),
    # "Georgia claimed that Russian jets had bombed its territory": an accusation (112)
    "claim": (
        _s("100", "compensation reparations damages restitution"),
        _s("112", particle="<that>"),
    ),
    "want": (_s("100", prep="from"),),  # "Belgrade wants guarantees from NATO"
    # SANCTION: sentences passed, dealings cut ("jailed for five years" stays an arrest, 173,
    # as PETRARCH codes it)
    "condemn": (_s("116", _SENTENCES),),
    # PLOVER 2.0 COERCE (withhold): what is owed held back to press ("withheld tax revenues"),
    # before the aid a state may cut (162)
    "withhold": (_s("170", _OWED), _s("162", _RELIEF + " tranche support")),
    "downgrade": (_s("161", "relations ties contacts contact representation"),),
    # COERCE: curfews ordered, borders closed, papers halted, vessels captured, crowds broken up
    "order": (_s("1723", "curfew curfews"),),
    "close": (_s("191", "frontier frontiers"),),
    "halt": (_s("1721", "publication publications broadcast broadcasts broadcasting"),),
    "capture": (_s("171", _VESSELS),),
    "forbid": (_s("163", TRADE_FLOWS), _s("172")),
    "take": (
        _s("173", particle="prisoner"),
        _s("181", particle="hostage"),
        _s("075", _REFUGEES, particle="in"),  # "Kenya took in 20,000 Somali refugees"
    ),
    "break": (_s("175", _CROWDS, particle="up"),),
    # ASSAULT: killing by hand, hostages seized, shells lobbed, crowds mown down
    "club": (_s("1823", "to:death"),),
    "bludgeon": (_s("182"),),
    "mutilate": (_s("182"),),
    "seize": (_s("181", "hostage hostages"),),
    "lob": (_s("195", "shell shells mortar mortars grenade grenades rocket rockets"),),
    "mow": (_s("190", particle="down"),),
    "hurl": (_s("183", "grenade grenades bomb bombs explosives"),),
    "throw": (_s("183", "grenade grenades bomb bombs explosives"),),
    # SANCTION (more): investment barred, assets blocked, envoys withdrawn, membership frozen
    "bar": (_s("163", "investment investments " + TRADE_FLOWS),),
    "block": (
        _s("163", "asset assets account accounts"),
        # "blocked access to Google", "blocked the BBC's website": censorship (1721)
        _s("1721", _CENSORED),
    ),
    "strip": (_s("172", prep="of"),),  # "stripped 72 dissidents of their citizenship"
    # "hacked off the hands of villagers": maimed by blade (182)
    "hack": (_s("1823", "to:death"), _s("182", particle="off"), _s("170", NETWORKS)),
    "attack": (_s("170", NETWORKS),),  # "hackers attacked the ministry's servers"
    "withdraw": (_s("161", "ambassador envoy head diplomats"),),
    "freeze": (_s("160", "membership"),),
    "stop": (_s("162", "deliveries delivery shipments"),),
    # MOBILIZE: troops poured in, units on alert, drills opened, militias armed
    "pour": (_s("154", TROOP_NOUNS),),
    "rush": (_s("154", "paratroopers marines commandos"),),
    "assemble": (_s("154", TROOP_NOUNS + " guards"),),
    "open": (_s("150", "manoeuvres maneuvers exercise exercises drills war-games"),),
    "strengthen": (_s("154", "frontier border borders", prep="with"),),
}
