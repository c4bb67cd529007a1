"""Verb senses of the twenty-third pass, from the team's own development sentences ("committed
mass atrocities against the Yazidis", "beat up an opposition lawmaker", "broke a 72-hour truce",
"rushed to the defence of", "withdrew its observers from Syria", "gave way to Honduras"), never
taken from a gold sentence. eventwire.events.lexicon merges them after the earlier passes.
"""

from __future__ import annotations

from eventwire.events.senses import ADMIN_CURBS, AID_NOUNS, Sense, _s

# Wrongs done, not promises kept: "committed atrocities", "committed war crimes".
_WRONGS = "atrocities atrocity abuses abuse crimes violations massacre massacres genocide"
# Monitors whom a state withdraws or sends home (1662) and aid bodies (1663).
_MONITORS = "observer observers monitor monitors inspector inspectors verifiers"
_AID_BODIES = (
    "agency agencies charity charities ngos ngo workers cross icrc unicef unhcr wfp msf oxfam"
)
# Truces a side breaks or violates (196).
_TRUCES = "truce truces ceasefire ceasefires cease-fire armistice"
# Treasures and property handed back (0842).
_TREASURES = (
    "artefacts artifacts treasures antiquities bronzes manuscripts relics statues obelisk skulls"
)
# Land and property handed back (0842).
_LAND = "farmland farms farm property properties assets estates"
# Sacred and historic places wrecked (1712).
_MONUMENTS = (
    "shrine shrines mausoleum mausoleums tomb tombs statue statues monument monuments "
    "mosque mosques church churches temple temples"
)

# What one intelligence service passes to another (064).
_TIPS = "tip tips tip-off tip-offs intercepts recordings images imagery warnings leads"
# Care set up where people need it (073).
_CARE = "clinic clinics hospital hospitals centre centres center centers camp camps shelter"
# Shelter a state gives a person (075).
_REFUGE = "asylum visa visas refuge sanctuary"
# Arms shown off in a parade (150).
_ARMOUR = "vehicles armour armor artillery launchers hardware tanks missiles rockets weapons"
# Police drafted in or called out (153).
_POLICE = "police officers policemen reinforcements gendarmes"

TWENTY_THIRD_PASS: dict[str, tuple[Sense, ...]] = {
    "commit": (_s("180", _WRONGS),),
    "perpetrate": (_s("180", _WRONGS),),
    "beat": (
        _s("182", particle="up"),
        _s("182", "people civilians villagers women men children residents farmers workers"),
        # "police beat Afghan migrants at the border"
        _s("182", "migrants migrant refugees refugee asylum-seekers inmates suspects fans youths"),
        # "police beat opposition leader Morgan Tsvangirai in custody"
        _s("182", "leader leaders politician politicians lawmaker lawmakers mp mps candidate"),
        # "riot police beat street traders with batons"
        _s("182", "traders vendors hawkers teachers nurses doctors miners marchers mourners"),
        _s("182", "voters strikers picketers worshippers pupils reporters"),
    ),
    "break": (_s("196", _TRUCES),),
    "violate": (_s("196", _TRUCES),),
    "breach": (_s("196", _TRUCES),),
    "rush": (_s("052", "to:defence to:defense to:aid"),),
    "leap": (_s("052", "to:defence to:defense"),),
    "jump": (_s("052", "to:defence to:defense"),),
    "withdraw": (
        _s("1662", _MONITORS),
        _s("1663", _AID_BODIES),
        # "withdrew a newly introduced tax after protests": a policy given up (080)
        _s("080", "tax taxes decree decrees hike increase increases reform reforms"),
    ),
    "pull": (_s("1662", _MONITORS, particle="out"),),
    "give": (
        _s("080", "way", prep="to"),
        _s("080", particle="way"),
        _s("064", _TIPS),
        _s("075", _REFUGE),
    ),
    # "returned 20 Benin Bronzes", "returned seized farmland to its owners"
    "return": (_s("0842", _TREASURES), _s("0842", _LAND)),
    "hand": (_s("0842", _TREASURES, particle="back"), _s("064", _TIPS, particle="over")),
    "smash": (_s("1712", _MONUMENTS),),
    "destroy": (_s("1712", _MONUMENTS),),
    "demolish": (_s("1712", _MONUMENTS),),
    "unban": (_s("0812"),),
    "stand": (_s("051", prep="with"),),  # "Havana stood firmly with Caracas"
    # "set the parliament building ablaze": arson (180; a crowd's is a riot)
    "set": (_s("180", "ablaze alight on:fire"), _s("073", _CARE, particle="up")),
    # "expelled tens of thousands of Congolese migrants": a mass expulsion (201)
    "expel": (_s("201", "thousands tens"),),
    # "ordered the United States to vacate the base": made to leave (166)
    "order": (
        _s("166", particle="<to:vacate>"),
        _s("1663", _AID_BODIES, particle="<to:leave>"),
        _s("152", "on:alert on:standby"),
    ),
    "unblock": (_s("0811", "website websites sites site channels channel access internet"),),
    "scrap": (
        _s("080", "tax taxes decree decrees hike increase contract contracts reform"),
        _s("081", ADMIN_CURBS),  # "scrapped the exit permit"
    ),
    "parade": (
        # "paraded armoured vehicles through Harare": a show of force, no march
        _s("150", _ARMOUR, prep="through"),
        _s("150", _ARMOUR),
    ),
    "extend": (_s("070", AID_NOUNS),),
    "pass": (_s("064", _TIPS), _s("064", _TIPS, particle="on")),
    "provide": (_s("064", _TIPS),),
    "open": (_s("073", _CARE),),
    "offer": (_s("075", _REFUGE),),
    "draft": (
        _s("153", _POLICE, particle="in"),
        # "drafted in 10,000 police officers": "in" parsed as a preposition
        _s("153", " ".join(f"in:{w}" for w in _POLICE.split())),
        _s("153", _POLICE),
    ),
    "call": (
        _s("153", _POLICE, particle="out"),
        _s("154", "troops army reservists", particle="out"),
    ),
    "put": (_s("151", _POLICE, prep="on"),),
    "land": (_s("042", prep="in"),),
    "fight": (_s("062", prep="alongside"),),
    # "forced villagers to work as porters", "forced young men into national service"
    "force": (_s("170", particle="<to>"), _s("170", prep="into")),
    "close": (_s("162", AID_NOUNS),),
    "place": (
        _s("091", "under:investigation under:inquiry", prep="under"),
        _s("151", _POLICE, prep="on"),
    ),
}
