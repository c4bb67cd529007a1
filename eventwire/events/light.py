"""Light verbs: verbs whose noun names the event ("held talks", "imposed a curfew").

The verb adds only tense and actors; the noun's code (eventwire.events.vocab.NOUNS) is the
event's, unless a pair is listed in LIGHT_OVERRIDES ("served notice" is a threat). Written by the
eventwire team from the CAMEO codebook and the team's own sentences, never from a gold sentence.
"""

from __future__ import annotations

from eventwire.events.vocab import JOINT_BODIES

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
# Feelings voiced at another's deed, each a disapproval: "voiced outrage over the raid".
DISMAY_NOUNS = (
    "outrage indignation shock anger dismay alarm disgust horror concern condemnation "
    "disappointment displeasure misgiving misgivings reservation reservations unease disquiet"
)
LIGHT_VERBS: dict[str, frozenset[str]] = {
    verb: frozenset((nouns + (OPERATIONS if verb in _OPERATION_VERBS else "")).split())
    for verb, nouns in {
        "hold": "talks talk meeting summit negotiations consultation consultations "
        "conference protest protests demonstration demonstrations rally rallies call conversation "
        "conversations drill drills "
        "exercise exercises manoeuvres maneuvers vigil vigils sit-in sit-ins",
        "have": "talks talk meeting call conversation",
        "pay": "visit tribute call homage",
        "make": "visit trip tour call appeal demand threat pledge pledges apology accusations "
        "complaint concession concessions compromise compromises representations sos plea pleas "
        "request requests",
        "conduct": "talks negotiations raid raids strike strikes airstrike airstrikes attack "
        "attacks investigation visit drill drills exercise exercises manoeuvres maneuvers",
        "carry": "strike strikes airstrike airstrikes attack attacks raid raids bombing "
        "cyberattack cyberattacks atrocities killings massacre massacres airlift",
        "launch": "attack attacks strike strikes airstrike airstrikes offensive invasion assault "
        "appeal cyberattack cyberattacks "
        "investigation probe inquiry protest patrol patrols operation operations crackdown "
        "venture survey "
        "project projects exploration",
        "stage": "protest protests demonstration demonstrations rally rallies strike strikes "
        "walkout walkouts attack sit-in sit-ins vigil vigils march marches "
        "drill drills exercise exercises manoeuvres maneuvers",
        "impose": "sanction sanctions embargo ban bans curfew blockade restrictions tariff tariffs "
        "emergency blackout measures censorship siege rule",
        "slap": "sanction sanctions embargo ban bans curfew restrictions tariff tariffs measures",
        "enforce": "curfew blockade embargo ban strike shutdown",
        "announce": "sanction sanctions ban withdrawal ceasefire truce aid pullback drawdown "
        "plans plan intention "
        "measures "
        "demobilisation demobilization halt suspension freeze",
        "reach": "agreement deal accord ceasefire truce understanding compromise settlement",
        "strike": "deal agreement understanding accord bargain arrangement",
        "sign": "agreement deal accord treaty memorandum memoranda pact",
        "declare": "ceasefire truce war curfew emergency support backing solidarity intention",
        "decree": "curfew emergency",
        "begin": "talks negotiations consultations withdrawal pullback drawdown offensive patrol "
        "patrols operation operations strike hunger sit-in boycott protest protests visit tour "
        "trip exercise exercises drill drills manoeuvres maneuvers investigation probe inquiry "
        "fast stoppage stayaway",
        "start": "talks negotiations withdrawal offensive strike sit-in boycott protest protests "
        "visit tour trip investigation probe inquiry fast stoppage stayaway",
        "clinch": "deal agreement accord pact",
        "undertake": "",  # operations only (see OPERATIONS)
        "complete": "withdrawal pullout pullback drawdown disengagement evacuation handover visit "
        "tour trip talks "
        "disarmament demobilisation demobilization",
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
        "renew": "attacks strikes airstrikes shelling offensive appeal call calls demand demands "
        "plea pleas "
        "talks clamour clamor",
        # "repeated its demand for compensation", "reiterated its call for calm": the speech act
        # said again
        "repeat": "appeal appeals call calls demand demands warning warnings threat threats plea "
        "pleas",
        "reiterate": "appeal appeals call calls demand demands warning warnings threat threats "
        "plea pleas support backing opposition",
        "wage": "attacks offensive campaign war violence",
        "unleash": "attack attacks strikes airstrikes offensive barrage shelling violence",
        "issue": "threat ultimatum warning demand appeal call apology warrant warrants sos plea",
        "deliver": "ultimatum warning apology rebuff protest complaint",
        "hand": "protest",  # "handed the ambassador a protest note"
        "serve": "notice ultimatum warning",
        "file": "lawsuit complaint suit charges case proceedings",
        # "instituted proceedings against Colombia at the World Court"
        "institute": "proceedings",
        "initiate": "proceedings talks negotiations investigation probe inquiry",
        "lodge": "protest complaint demand demands request claim plea",
        "send": "sos appeal petition protest request requests",  # "sent an SOS to Zambia for maize"
        "submit": "petition petitions request requests demand demands",
        "present": "petition petitions demands protest",
        "give": "aid assistance assurances undertaking blessing consent assent go-ahead ultimatum "
        "backing approval",
        "lend": "support backing",  # "lent its support to the peace process"
        "observe": "strike stayaway stay-away shutdown",  # "observed a three-day stayaway"
        "take": "action control",
        # "extended their strike into a third day": the act carried on
        "extend": "strike strikes protest protests boycott sit-in blockade recognition forgiveness",
        "force": "closure shutdown",  # "forced the closure of beauty salons"
        "use": "force",
        # "affirmed Syria's readiness to coordinate positions with Iran"
        "affirm": "readiness willingness support solidarity",
        "reaffirm": "readiness willingness support solidarity",
        "confirm": "readiness willingness",
        "express": "support solidarity condolences gratitude remorse regret regrets admiration "
        "intention "
        "appreciation "
        "readiness willingness approval backing opposition objection objections disapproval "
        "displeasure dissatisfaction " + DISMAY_NOUNS,
        "voice": "support solidarity condolences gratitude admiration demand demands approval "
        "remorse regret regrets "
        "appreciation "
        "backing opposition objection objections disapproval displeasure " + DISMAY_NOUNS,
        "register": "displeasure protest " + DISMAY_NOUNS,
        "throw": "support",
        "heap": "praise",
        "lavish": "praise",
        "shower": "praise",
        "level": "charges accusations",
        # "hurled fresh accusations at Guyana", "aimed a warning at Finland"
        "hurl": "accusations accusation insults abuse charges criticism",
        "aim": "warning warnings criticism accusations threat threats",
        "press": "charges",
        "signal": "willingness readiness approval support backing intention",
        "unveil": "plans plan",
        "convey": "appreciation gratitude support solidarity condolences",
        "offer": "apology concession concessions",
        "wrap": "talks negotiations visit tour trip",  # "wrapped up a tour of Africa"
        "trade": "fire gunfire shots",
        "kick": "talks negotiations visit summit",  # "kicked off the annual exercise"
        "fly": "",  # "flew joint air drills"
        "accord": "recognition",
        "order": "investigation probe inquiry deployment mobilisation mobilization withdrawal "
        "pullback evacuation detention arrest arrests closure release ceasefire truce curfew",
        "proclaim": "emergency curfew ceasefire truce",
        "introduce": "emergency curfew censorship",
        "bring": "complaint lawsuit charges suit proceedings",
        "cast": "veto",
        "attend": "summit meeting talks conference",
        "brandish": "threat threats",
        "float": "threat threats",
        "raise": "threat complaint",  # "raised a formal complaint with Washington"
        # "set up a joint monitoring team": only joint bodies code (see JOINT_BODIES)
        "set": " ".join(sorted(JOINT_BODIES)),
        "establish": " ".join(sorted(JOINT_BODIES)),
        "create": " ".join(sorted(JOINT_BODIES)),
        "form": " ".join(sorted(JOINT_BODIES)),
    }.items()
}
# Ties one state works on with another: "wants to deepen defence ties with Japan", "agreed to
# strengthen relations": an expression of cooperation (030), the intent where it is wished
# ("upgraded ties" raises their rank: recognition, 054, in wordings.py).
TIES = ("ties", "tie", "relations", "relation", "links", "link", "partnership", "friendship")
_TIE_VERBS = (
    *("deepen", "strengthen", "improve", "boost", "bolster", "enhance", "expand", "broaden"),
    *("cement", "forge", "develop", "build", "mend"),
)
for _verb in _TIE_VERBS:
    LIGHT_VERBS[_verb] = LIGHT_VERBS.get(_verb, frozenset()) | frozenset(TIES)

# Light-verb + noun pairs whose code differs from the noun's own.
LIGHT_OVERRIDES: dict[tuple[str, str], str] = {
    # "joined the annual Cobra Gold drills": drills held with others are cooperation (062)
    ("join", "drill"): "062",
    ("join", "drills"): "062",
    ("join", "exercise"): "062",
    ("join", "exercises"): "062",
    ("join", "manoeuvres"): "062",
    ("join", "maneuvers"): "062",
    # "joined forces with Germany to push a resolution", "joined hands with Mauritania"
    ("join", "forces"): "060",
    ("join", "force"): "060",
    ("join", "hands"): "060",
    ("sign", "agreement"): "057",
    ("sign", "deal"): "057",
    ("sign", "accord"): "057",
    ("sign", "pact"): "057",
    ("sign", "treaty"): "057",
    ("reach", "agreement"): "030",
    # "made compromises to end the standoff" yields; "reached a compromise" or "a negotiated
    # settlement" agrees
    ("make", "compromise"): "080",
    ("reach", "compromise"): "030",
    ("reach", "settlement"): "030",
    ("declare", "war"): "190",
    ("serve", "notice"): "130",  # "served notice of a walkout unless ...": a warning
    # "voiced firm opposition to a proposal", "delivered a rebuff to the offer": a rejection
    ("voice", "opposition"): "120",
    ("express", "opposition"): "120",
    ("voice", "objection"): "120",
    ("express", "objection"): "120",
    ("deliver", "rebuff"): "120",
    ("make", "call"): "041",
    ("lodge", "claim"): "100",  # "lodged a claim with the government for land rights"
    ("hold", "call"): "041",
    ("have", "call"): "041",
    ("impose", "curfew"): "1723",
    ("impose", "rule"): "1724",  # "imposed emergency rule", "military rule", "direct rule"
    ("impose", "restrictions"): "172",
    ("impose", "tariff"): "163",
    ("impose", "tariffs"): "163",
    ("pay", "tribute"): "051",
    ("pay", "call"): "042",
    ("give", "assurances"): "030",
    ("take", "control"): "192",
    ("use", "force"): "190",
    ("open", "fire"): "193",
    ("trade", "fire"): "190",  # "traded machine-gun fire across the line"
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
    # "conveyed its appreciation for Malaysia's decision", "signalled their approval of the law"
    **{
        (verb, noun): "051"
        for verb in ("convey", "express", "voice", "signal", "give")
        for noun in ("appreciation", "gratitude", "approval", "blessing")
    },
    **{(verb, noun): "030" for verb in _TIE_VERBS for noun in TIES},
    ("file", "complaint"): "114",
    ("lodge", "protest"): "114",
    ("lodge", "complaint"): "114",
    # "voiced outrage over the raid", "expressed concern over the shelling": disapproval (111)
    **{
        (verb, noun): "111"
        for verb in ("express", "voice", "register")
        for noun in DISMAY_NOUNS.split()
    },
}
