"""Verb senses of the twenty-sixth pass: measures kept in force, and everyday many-sense verbs
read by their object, from the team's own sentences, never taken from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.newsroom, so that two senses of one word can
never silently overwrite each other; eventwire.events.lexicon merges them after the earlier
passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.senses import (
    ARMS_NOUNS,
    DIPLOMAT_NOUNS,
    TROOP_NOUNS,
    Sense,
    _s,
    every_sense,
)

# Verbs that keep a measure in force past its term: "extended its sanctions for six months",
# "renewed the ban", "rolled over the embargo". CAMEO reads keeping a measure as declining to
# ease it (124x, REJECT), not as imposing it again.
_PROLONGING: dict[str, str | None] = {
    "extend": None,
    "renew": None,
    "prolong": None,
    "roll": "over",
    "uphold": None,
    "maintain": None,
}
# What is kept, and the refusal each is: sanctions and embargoes (1244), bans and restrictions
# (1241), detention (1243), blockades and sieges (1246).
_KEPT: tuple[tuple[str, str], ...] = (
    ("1244", "sanction sanctions embargo embargoes boycott boycotts"),
    ("1241", "ban bans restriction restrictions curbs moratorium suspension"),
    ("1243", "detention custody remand"),
    ("1246", "blockade blockades siege"),
)
_KEPT_MEASURES = every_sense(_PROLONGING, _KEPT)

# Harm done to people held: "subjected prisoners to electric shocks".
_TORMENTS = "to:torture to:shocks to:beatings to:abuse to:ill-treatment to:interrogation"

# Buildings and works one blows up (1712): "blasted a gas pipeline".
_STRUCTURES = (
    "pipeline pipelines bridge bridges building buildings railway line lines tower towers "
    "station stations depot depots"
)
# What riot police turn on or blast crowds with (175).
_CROWD_WEAPONS = "cannon cannons gas hoses batons truncheons"
# Missions of a foreign state one closes (161): "closed two US consulates".
_MISSIONS = "consulate consulates embassy embassies mission missions legation"
# Shops shut in a strike (143): "traders closed shops nationwide in a strike".
_SHOPS = "shop shops shutters businesses stores markets"
# People pushed back over a border (174).
_TURNED_BACK = "refugees migrants asylum-seekers dinghy dinghies boat boats"
# Arms one backs a side with (072).
_ARMED_WITH = " ".join(f"with:{w}" for w in (ARMS_NOUNS + " rockets").split())
# A legislature's members suspended (172).
_MEMBERS = "mp mps lawmakers legislators deputies senators members"

TWENTY_SIXTH_PASS: tuple[tuple[str, Sense], ...] = (
    *_KEPT_MEASURES,
    # From the team's development sentences whose verb the tables knew with other objects
    ("say", _s("055", particle="sorry")),  # "Belgium says sorry to Congo"
    ("subject", _s("1822", _TORMENTS)),
    ("thumb", _s("128", "nose", prep="at")),  # "thumbed its nose at the UN"
    ("act", _s("045", "as:go-between as:mediator as:intermediary as:broker as:middleman")),
    ("hide", _s("184", "behind:civilians behind:villagers behind:residents behind:children")),
    ("unleash", _s("2041", "gas sarin chlorine")),
    ("brandish", _s("138", "arsenal arsenals weapons missiles missile")),
    ("write", _s("071", "debt debts loan loans arrears", particle="off")),
    ("seek", _s("0232", ARMS_NOUNS + " batteries interceptors ammunition", prep="from")),
    ("unban", _s("081")),
    # From the team's sentences of many-sense verbs, each read by its object
    ("close", _s("161", _MISSIONS)),
    ("shut", _s("161", _MISSIONS)),
    ("close", _s("143", _SHOPS, prep="in")),  # "... in a strike against new taxes"
    ("shut", _s("143", _SHOPS, prep="in")),
    ("turn", _s("175", _CROWD_WEAPONS, prep="on")),  # "turned water cannon on students"
    ("blast", _s("175", "with:cannon with:gas with:cannons with:water")),
    ("blast", _s("1712", _STRUCTURES)),
    ("step", _s("154", "presence deployment deployments", particle="up")),
    ("step", _s("153", "security policing", particle="up")),
    ("move", _s("174", _TURNED_BACK, particle="back")),
    ("push", _s("174", _TURNED_BACK, particle="back")),
    ("push", _s("190", TROOP_NOUNS, particle="back")),  # "pushed Russian troops back"
    ("back", _s("072", _ARMED_WITH)),  # "backed the rebels with rifles and rockets"
    ("back", _s("127", particle="out")),  # "backed out of the dam deal"
    ("seal", _s("172", "headquarters premises")),
    ("hit", _s("175", "with:batons with:truncheons with:clubs with:sticks with:gas")),
    ("extend", _s("036", "invitation invitations")),  # an invitation is an intent to meet
    ("renew", _s("054", "relations ties")),
    ("suspend", _s("172", _MEMBERS)),
    ("round", _s("111", prep="on")),  # "rounded on critics in the EU"
    ("deliver", _s("116", "verdict verdicts sentence sentences")),
    ("host", _s("062", "drills exercises exercise maneuvers manoeuvres")),
    ("welcome", _s("075", "refugees asylum-seekers")),
    ("slam", _s("125", "door", prep="on")),  # "slammed the door on talks"
    ("slam", _s("191", "border borders frontier", particle="shut")),
    ("deny", _s("1243", "bail")),
    ("give", _s("0863", "access", prep="to")),  # "gave UN aid convoys access to Tigray"
    ("cut", _s("1721", "internet access telephone phone broadcasts")),
    ("pull", _s("161", DIPLOMAT_NOUNS)),  # "pulled its ambassador from Tehran"
    ("raise", _s("151", "terror")),  # "raised its terror threat level"
)
