"""Verb senses of the seventeenth pass: the harder wordings of coercion, retreat, sanction,
support and assault that the team's own development sentences used ("padlocked the radio's
offices", "moved its last troops out of Cambodia", "came to the defence of Myanmar", "withdrew
trade privileges from Sri Lanka"), never taken from a gold sentence. eventwire.events.lexicon
merges them after the earlier passes.
"""

from __future__ import annotations

from eventwire.events.senses import (
    ADMIN_CURBS,
    AID_NOUNS,
    ARMS_NOUNS,
    CAPTIVE_WORDS,
    TROOP_NOUNS,
    Sense,
    _s,
)

# What a state silences: the press and the air.
_PRESS = (
    "newspaper newspapers dailies weekly weeklies paper papers magazine magazines "
    "publication publications press media radio station stations broadcaster broadcasters "
    "channel channels website websites site sites"
)
# Computers broken into by a state: coercion (170, CAMEO's cyber-attack).
_SYSTEMS = "computer computers network networks server servers system systems email emails"
# Benefits a state takes back from another: aid, trade preferences, budget support.
_BENEFITS = (
    AID_NOUNS + " support privileges privilege preferences preference status funds aid "
    "cooperation benefits concessions"
)
# Ties a state cuts down: contacts, visits and presence.
_TIES = "contacts contact presence staff mission embassy relations ties links"
# Posts of power given up.
_POWER = "power presidency office post throne premiership leadership"
# A place of war held by the other side: what an army assaults when it raids it.
_MILITARY_POSITIONS = (
    "position positions stronghold strongholds outpost outposts trenches bunker bunkers "
    "garrison garrisons"
)
# People a state moves by force.
_MOVED_PEOPLE = (
    "villagers residents families people inhabitants refugees migrants asylum-seekers seekers "
    "minority tribesmen settlers squatters"
)

# Dissent its own side calls off.
_DISSENT = (
    "protest protests demonstrations rallies strike boycott blockade blockades march marches "
    "walkout walkouts sit-in sit-ins stoppage stoppages vigil vigils"
)
# What is asked of a state that it turns down.
_APPEALS = (
    "appeal appeals petition petitions plea pleas request requests call calls demand demands "
    "offer offers"
)
# Property taken that a state hands back.
_PROPERTY = (
    "archives documents artefacts artifacts treasures antiquities monument monuments trawlers "
    "trawler property"
)
# Outsiders let in to see: access for inspectors (0862).
_MEDIATION_ENDERS = ("halt", "abandon", "suspend", "end", "quit", "drop", "freeze")
# Foreigners a state orders out: an expulsion (174).
_EXPELLED = (
    "journalist journalists correspondent correspondents foreigners nationals head advisers "
    "advisors"
)
_INSPECTORS = "verifiers monitors rapporteur rapporteurs investigators observers inspectors"
_INSPECTORS_TO = " ".join(f"to:{w}" for w in _INSPECTORS.split())

_COERCION: dict[str, tuple[Sense, ...]] = {
    # the press silenced, places shut, people moved and watched, systems broken into
    "padlock": (_s("172", _PRESS + " office offices headquarters"),),
    "filter": (_s("1721", _PRESS + " internet access"),),
    "gag": (_s("1721", _PRESS),),
    "suspend": (_s("1721", _PRESS),),
    "commandeer": (_s("171"),),
    "penetrate": (_s("170", _SYSTEMS),),
    "infiltrate": (_s("170", _SYSTEMS),),
    "cripple": (_s("170", _SYSTEMS + " website websites"),),  # PLOVER 2.0 COERCE, cyber
    # "hacked into the ministry's servers", not "hacked off the horns"
    "hack": (_s("170", _SYSTEMS + " " + " ".join(f"into:{w}" for w in _SYSTEMS.split())),),
    "relocate": (_s("174", _MOVED_PEOPLE),),
    "intercept": (_s("191", "boat boats vessel vessels ship ships convoy convoys"),),
    "proclaim": (_s("1724", "emergency law rule"), _s("1723", "curfew")),
    "introduce": (_s("1724", "emergency law rule"), _s("1723", "curfew")),
    "enforce": (_s("1723", "curfew"), _s("1724", "emergency law rule")),
    # "set up roadblocks": police restrict movement, crowds obstruct (144, by the doer)
    "set": (_s("191", "roadblock roadblocks barricade barricades checkpoints", "up"),),
    "put": (
        _s("1724", "under:rule under:law under:emergency under:state"),
        _s("172", "under:surveillance under:watch"),
        _s("173", "under:arrest"),
    ),
    "keep": (_s("173", "in:custody in:detention in:jail in:prison"),),
    "compel": (_s("170"),),
    "obstruct": (_s("191", "road roads gates entrance traffic highway highways port"),),
    "encircle": (_s("191"),),
    "surround": (_s("191", "city town capital parliament building village villages camp @place"),),
    # "pulled the plug on the ANS television channel"
    "pull": (_s("1721", "on:channel on:channels on:station on:broadcaster on:newspaper"),),
    "deny": (_s("172", "permits permit residence visas passports citizenship accreditation"),),
}
_RETREATS: dict[str, tuple[Sense, ...]] = {
    # forces drawn back, territory returned, power given up, captives sent home
    "move": (_s("0872", TROOP_NOUNS + " " + ARMS_NOUNS + " guns", "out"),),
    "draw": (_s("0872", TROOP_NOUNS + " guns", "back"),),
    "pull": (_s("0872", TROOP_NOUNS + " guns", "back"),),
    "back": (_s("0872", "", "off"), _s("0872", "", "away")),
    "cede": (_s("0842", "to:sovereignty"),),
    "relinquish": (_s("0831", _POWER),),
    "give": (_s("0831", _POWER, "up"),),
    "send": (_s("0841", CAPTIVE_WORDS + " captured", "home"),),
    "halt": (_s("087", "advance offensive push onslaught"),),
    # "accepted the deployment of a joint force", "allowed South African troops to deploy"
    "accept": (_s("0861", "deployment force forces peacekeepers troops mission"),),
    "allow": (_s("0861", "troops peacekeepers forces"),),
    "hand": (_s("0831", "power presidency", prep="to"), _s("0842", _PROPERTY, "back")),
    "return": (_s("0842", _PROPERTY),),
    "restore": (
        _s("0842", "to:sovereignty to:control to:rule"),
        _s("0842", _PROPERTY),
        _s("081", "right"),
    ),
    "extend": (_s("0841", "amnesty pardon clemency"),),
    "sign": (_s("0841", "amnesty pardon"),),
    "declare": (_s("0841", "amnesty"),),
    "grant": (_s("0841", "parole"),),
    "open": (_s("0862", _INSPECTORS_TO), _s("0863", "to:agencies to:workers to:convoys to:aid")),
    "let": (_s("0862", _INSPECTORS),),
    "permit": (_s("0862", _INSPECTORS),),
    "turn": (_s("0842", "ship ships vessel vessels boat boats tanker tankers", "over"),),
    "discharge": (_s("0873", "soldiers fighters combatants children"),),
    "lock": (_s("0873", "weapons arms guns", "away"), _s("173", "", "up")),
}
_CONCESSIONS: dict[str, tuple[Sense, ...]] = {
    # curbs eased, dissent called off, sanctions lifted
    "shorten": (_s("0813", "curfew"),),
    "suspend": (_s("082", _DISSENT), _s("085", "sanction sanctions embargo")),
    "call": (_s("082", _DISSENT, "off"),),
    "abolish": (_s("085", "embargo sanctions"),),
}
_REFUSALS: dict[str, tuple[Sense, ...]] = {
    # appeals turned aside, positions held, norms defied
    "dismiss": (_s("120", _APPEALS),),
    "scorn": (_s("120"),),
    "turn": (_s("120", _APPEALS, "aside"),),
    "stand": (_s("124", "", "firm"),),
    "remain": (_s("124", "", "unmoved"), _s("124", "", "defiant")),
    "keep": (_s("124", "in:place"),),
    "ignore": (_s("128", "resolution resolutions order orders ruling rulings"),),
    "flout": (_s("128"),),
    "close": (_s("120", "door", prep="on"),),
    "block": (_s("120", "visit visits"),),
    "deny": (_s("120", "use"),),
    "withhold": (_s("120", "intelligence files information cooperation"),),
}
_DISSENT_FORMS: dict[str, tuple[Sense, ...]] = {
    # hunger strikes, crowds, stay-aways and roads cut
    "fast": (_s("142"),),
    "refuse": (_s("142", "food meals water"), _s("142", "", "<to:eat>")),
    "reject": (_s("142", "meals food"),),
    "go": (_s("142", "without:food without:meals without:water"),),
    "pack": (_s("141", "square squares streets street stadium"),),
    "parade": (_s("141", "", None, "through"),),
    "file": (_s("141", "", None, "through"),),
    "stay": (_s("143", "from:schools from:school from:classes from:work", "away"),),
    "shutter": (_s("143", "shops businesses stores"),),
    "cut": (_s("191", "highways highway roads road routes", "off"),),
    "halt": (_s("191", "traffic"),),
    "close": (_s("191", "road roads highway highways"),),
}
_SANCTIONS: dict[str, tuple[Sense, ...]] = {
    # benefits withdrawn, ties cut, lists of the shunned
    "scale": (_s("161", _TIES, "back"), _s("161", _TIES, "down")),
    "call": (_s("161", "contacts contact visits ties", "off"),),
    "cancel": (_s("160", "contract contracts deal deals order orders"),),
    "halt": (_s("163", "sales exports"),),
    "stop": (_s("163", "sales exports"),),
    "suspend": (_s("163", "sales exports"),),
    "place": (_s("163", "on:blacklist on:list"),),
    "put": (
        _s("160", "cooperation contacts relations ties talks", prep="on"),
        _s("162", AID_NOUNS + " funding loans", prep="on"),
        _s("163", "on:blacklist on:list"),
    ),
    "shelve": (_s("164", "summit talks meeting visit negotiations"),),
    "curtail": (_s("160", "cooperation contacts ties relations aid assistance"),),
    # foreign missions sent away or withdrawn (166x), mediation given up (165)
    "kick": (
        _s("1663", "agencies agency groups charities workers", "out"),
        _s("166", "ambassador diplomats envoy", "out"),
        _s("174", "", "out"),
    ),
    "order": (_s("166", "members peacekeepers monitors inspectors observers staff", "<to:leave>"),),
    "tell": (_s("1662", "inspectors monitors observers", "<to:leave>"),),
    "withdraw": (
        _s("162", _BENEFITS),
        _s("1661", "peacekeepers contingent from:force from:mission"),
        _s("165", "from:mediation from:role"),
    ),
    "pull": (_s("1661", "peacekeepers contingent", "out"),),
    "step": (_s("165", "from:role from:mediation", "back"),),
    "designate": (_s("163", "as:terrorist as:terrorists as:financier as:sponsor as:entity"),),
    "expel": (_s("160", "from:organisation from:organization from:union from:bloc"),),
}
_SUPPORT: dict[str, tuple[Sense, ...]] = {
    # a defence, praise and gratitude voiced
    "come": (_s("052", "to:defence to:defense"),),
    "rise": (_s("052", "to:defence to:defense"),),
    "spring": (_s("052", "to:defence to:defense"),),
    "admire": (_s("051"),),
    "upgrade": (_s("054", "ties relations"),),
    "ask": (_s("055", "forgiveness pardon"),),
    "instruct": (_s("100", "", "<to>"),),
    "enjoin": (_s("100", "", "<to>"),),
    "seek": (_s("0232", ARMS_NOUNS + " helicopters artillery"),),
    "train": (_s("062", "", None, "alongside"),),
    "provide": (_s("064", "intelligence information data details evidence"),),
    "examine": (_s("090", "reports sinking crash deaths killing killings"),),
    "gather": (_s("094", "evidence"),),
    # "spoke warmly of Rwanda's reconstruction", "spoke up for Cambodia's admission"
    "speak": (
        *(_s("051", "", how, "of") for how in ("warmly", "highly", "approvingly", "glowingly")),
        _s("052", "", "up", "for"),
        _s("052", "in:defence in:defense", "out"),
    ),
    "applaud": (_s("051"),),
    "line": (_s("051", "", "up", "behind"),),
    "rally": (_s("051", "", None, "behind"), _s("053", "support backing")),
    "assure": (_s("051", "of:support of:backing of:confidence of:solidarity"),),
}
_ASSAULTS: dict[str, tuple[Sense, ...]] = {
    # explosives, beatings, gunfire and raids on the other side's positions; people made to
    # suffer ("subjected prisoners to torture") or used as shields
    "rough": (_s("182", "", "up"),),
    "subject": (
        _s("1822", "to:torture to:torturing"),
        _s("1821", "to:rape"),
        _s("182", "to:beatings to:beating to:abuse to:ill-treatment to:violence"),
    ),
    "set": (_s("183", "explosive explosives bomb bombs device devices charge charges", "off"),),
    "use": (_s("184", "as:shields as:shield"),),
    "dynamite": (_s("183"),),
    "club": (_s("182"),),
    "spray": (_s("193", "", None, "with"),),
    "raid": (_s("190", _MILITARY_POSITIONS),),
}

# Mediation given up (165), talks walked out of (164), people ordered out of the country (174).
_ENDINGS: dict[str, tuple[Sense, ...]] = {
    **{verb: (_s("165", "mediation mediating"),) for verb in _MEDIATION_ENDERS},
    "walk": (_s("164", "talks negotiations dialogue round rounds session", "out"),),
    "order": (_s("174", _EXPELLED, "<to:leave>"), _s("174", _EXPELLED, "out")),
}
# Appeals and requests turned aside: a rejection (12x, refined by what was asked).
_SOUGHT = (
    "inquiry investigation probe talks meeting aid assistance help support release extradition "
    "ceasefire truce mediation negotiations dialogue clarification explanation apology "
    "compensation protection intervention"
)
# What is sought from another: a request (02x, refined by what is sought).
_REQUESTS: dict[str, tuple[Sense, ...]] = {"seek": (_s("020", _SOUGHT),)}
_REBUFFS: dict[str, tuple[Sense, ...]] = {
    "rebuff": (_s("120"),),
    "spurn": (_s("120"),),
    "snub": (_s("120"),),
    "brush": (_s("120", "", "aside"), _s("120", "", "off")),
    "shrug": (_s("120", "", "off"),),
}

# Curbs undone by a court or a government: easing administrative sanctions (081), a curfew
# (0813) or an emergency (0814). "Struck down restrictions" is no air strike.
_CURBS = ADMIN_CURBS + " law laws decree decrees"
_EASINGS: dict[str, tuple[Sense, ...]] = {
    **{verb: (_s("081", _CURBS),) for verb in ("overturn", "quash", "annul", "rescind", "repeal")},
    "revoke": (_s("081", ADMIN_CURBS),),
    "strike": (_s("081", _CURBS, "down"),),
    "reduce": (_s("0813", "curfew"),),
    "scale": (_s("0813", "curfew", "back"),),
}

# Quarrels settled: CAMEO's settlement of a dispute (037, AGREE).
_QUARRELS = "dispute disputes quarrel quarrels row conflict differences feud"
_SETTLEMENTS: dict[str, tuple[Sense, ...]] = {
    "settle": (_s("037", _QUARRELS),),
    "resolve": (_s("037", _QUARRELS),),
}

SEVENTEENTH_PASS: dict[str, tuple[Sense, ...]] = {}
for _table in (
    _COERCION,
    _RETREATS,
    _CONCESSIONS,
    _REFUSALS,
    _DISSENT_FORMS,
    _SANCTIONS,
    _SUPPORT,
    _ASSAULTS,
    _SETTLEMENTS,
    _ENDINGS,
    _REBUFFS,
    _REQUESTS,
    _EASINGS,
):
    for _lemma, _senses in _table.items():
        SEVENTEENTH_PASS[_lemma] = SEVENTEENTH_PASS.get(_lemma, ()) + _senses
