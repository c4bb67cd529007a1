"""Checks and re-codings for a trigger once its actors are known.

What an act is can depend on who does it (crowds riot, governments complain), on a condition
("would attack ... unless" is a threat), on negation ("would not bow" is a refusal) or on what
it is about (a warning of a heatwave is a forecast). eventwire.events.component applies these.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.countries import find_country, is_demonym
from eventwire.events import arguments as args
from eventwire.events.complements import held_by
from eventwire.events.conditions import (
    ends_dealings_unless,
    held_out_against,
    promised_on_condition,
    refusal_held_out,
)
from eventwire.events.crowds import CAUSE_WORDS, CROWD_NOUNS, with_a_cause
from eventwire.events.matching import GIVING_VERBS
from eventwire.events.nonpolitical import NATURAL_CAUSES
from eventwire.events.triggers import Trigger, code_of
from eventwire.records import Actor

# Sectors of people who protest rather than govern or fight.
CIVIL = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "MED", "JRN", "AGR"})
# What crowds do to property in a riot, and their clashes with the police.
RIOT_VERBS = frozenset(
    ["storm", "torch", "burn", "loot", "ransack", "smash", "vandalize", "vandalise", "clash"]
)
# Acts that are rioting only when a crowd does them: "rioters set fire to cars", "protesters
# hurled stones"; settlers who set fire to olive groves attack.
CROWD_VERBS = frozenset(["set", "hurl", "pelt", "throw", "stone"])
# Who riots when they set fire or hurl stones (singular; a plural "s" is dropped to compare).
RIOTING_CROWDS = frozenset(
    {"rioter", "protester", "protestor", "demonstrator", "mob", "crowd", "youth", "supporter"}
    | {"student", "villager", "resident"}
)
# Verbs of giving way whose plain negation is a refusal (CAMEO 12x).
REFUSED_WHEN_NEGATED = {
    "accept": "120",
    "recognize": "120",
    "recognise": "120",
    "bow": "124",
    "yield": "124",
    "budge": "124",
    "relent": "124",
    "concede": "124",
    "comply": "124",
    "heed": "124",
    "abide": "128",
}
# Meeting words whose negation with "will" or "would" refuses to meet (125).
REFUSED_MEETINGS = frozenset({"negotiate", "talk", "meet", "sit"})
# Coming together is a demonstration only when civilians do it ("students gathered outside").
GATHERING_VERBS = frozenset(
    {"gather", "congregate", "converge", "throng", "pack", "parade", "file", "fill"}
)


def crowd_subject(trig: Trigger) -> bool:
    """Whether the trigger's subject is a crowd of ordinary people, named by its head noun or
    by its cause: "farmers", "Mohawk warriors demanding recognition of their land rights"."""
    heads = _subject_heads(trig)
    return any(h.lemma_.lower() in CROWD_NOUNS or with_a_cause(h) for h in heads)


def _subject_heads(trig: Trigger) -> list[Token]:
    if trig.verb is None:
        return []
    subjects, passive = args.subject_of(trig.verb)
    heads = [h for s in subjects for h in [s, *held_by(s)]] if not passive else []
    # "Demonstrators clamouring for his removal fought ...": the parser may make the
    # participle the subject, with the crowd as its own
    return heads + [c for h in heads if h.pos_ == "VERB" for c in h.children if c.dep_ == "nsubj"]


# Armed men of no state: rebels, militias, unidentified gunmen.
IRREGULAR_SECTORS = frozenset({"REB", "UAF", "PRM", "INS"})


def armed_irregulars(source: list[Actor]) -> bool:
    """Whether the doers are all armed men of no state ("Maoist rebels", "gunmen")."""
    return bool(source) and all(a.sector in IRREGULAR_SECTORS for a in source)


# Verbs that end an act: ended by a crowd, dissent is eased.
ENDING_VERBS = frozenset({"end", "lift", "call", "suspend", "halt", "abandon", "stop"})


def recode_by_doer(
    trig: Trigger, source: list[Actor], civil: bool, target: list[Actor] | None = None
) -> None:
    """What an act is depends on who does it: crowds obstruct and riot, governments complain."""
    if trig.cameo == "171" and trig.word.lemma_.lower() == "raid" and armed_irregulars(source):
        # "rebels raided a police post", "gunmen raided a camp": an armed attack (190), not
        # a search and seizure as police and troops make
        trig.cameo, trig.rule = "190", trig.rule + ".armed"
    if trig.cameo in ("191", "172", "1721", "192", "171") and civil:
        # Protesters who block a road, occupy or seize a building obstruct (PROTEST 144);
        # they cannot blockade, ban, occupy or confiscate as a state does.
        trig.cameo, trig.rule = "144", trig.rule + ".civil"
    lemma = trig.word.lemma_.lower()
    crowd = lemma in CROWD_VERBS and any(
        w.removesuffix("s") in RIOTING_CROWDS for a in source for w in a.text.lower().split()
    )
    # a crowd that fights the police or troops, or wrecks things, riots; one that kills
    # civilians assaults them
    at_order = all(a.sector in ("COP", "MIL", "GOV", "LEG") for a in target or [])
    by_cause = trig.cameo[:2] in ("18", "19") and any(
        with_a_cause(h) or (h.pos_ == "VERB" and h.lemma_.lower() in CAUSE_WORDS)
        for h in _subject_heads(trig)
    )
    crowd = crowd or (by_cause and at_order)
    if civil and (
        trig.cameo == "1712"
        or (
            trig.cameo[:2] in ("18", "19")
            and trig.cameo != "1823"
            and (lemma in RIOT_VERBS or crowd)
        )
    ):
        # "rioters torched police stations", "protesters stormed parliament": a riot (145)
        trig.cameo, trig.rule = "145", trig.rule + ".civil"
    ended = trig.cameo in ("0872", "087") and lemma in ENDING_VERBS
    if civil and (ended or trig.cameo in ("0874", "0863")):
        # "protesters ended their occupation of the airports": dissent eased (082), no
        # forces withdrawn; so are airports they vacate and roads they reopen
        trig.cameo, trig.rule = "082", trig.rule + ".civil"
    if civil and trig.cameo == "175" and lemma == "disperse":
        # "opposition supporters dispersed their demonstration": dissent called off (082)
        trig.cameo, trig.rule = "082", trig.rule + ".civil"
    if civil and trig.cameo[:2] == "15" and lemma in ("mass", "gather", "assemble", "muster"):
        # "students massed outside parliament": a crowd, not a show of force
        trig.cameo, trig.rule = "141", trig.rule + ".civil"
    if (
        trig.cameo[:2] == "14"
        and lemma in GATHERING_VERBS
        and source
        and all(a.sector == "MIL" for a in source)
    ):
        # "Russian troops gathered near the Ukrainian border": forces massed (154), no crowd
        trig.cameo, trig.rule = "154", trig.rule + ".forces"
    if trig.cameo[:2] == "14" and lemma == "flood" and source and all(map(_state_force, source)):
        # "police flooded London's streets with 16,000 officers": a show of force (153)
        trig.cameo, trig.rule = "153", trig.rule + ".forces"
    if trig.cameo in ("087", "0872") and source and all(a.sector in AGENCIES for a in source):
        # "Doctors Without Borders pulled out of Somalia": an agency withdrawn from a state
        # (166), no forces drawn back
        trig.cameo, trig.rule = "166", trig.rule + ".agency"
    if trig.cameo[:2] == "14" and lemma in ("march", "parade") and _all_forces(source):
        # "soldiers and riot police marched through the townships chanting slogans": a show
        # of force (150), not a demonstration
        trig.cameo, trig.rule = "150", trig.rule + ".forces"
    if trig.cameo == "195" and civil and lemma == "strike" and not args.objects_of(trig.word):
        # "miners struck over pay", "doctors launched a strike": a labour strike
        trig.cameo, trig.rule = "143", trig.rule + ".civil"
    if (
        lemma == "protest"
        and source
        and all(a.kind == "country" or a.sector in ("GOV", "LEG") for a in source)
    ):
        # A government's protest is a formal complaint (114), not a demonstration.
        trig.cameo, trig.rule = "114", trig.rule + ".official"
    boycott = "boycott" in (lemma, trig.noun.lemma_.lower() if trig.noun is not None else "")
    if boycott and trig.cameo == "143" and source and all(_of_state(a) for a in source):
        # "Lithuania boycotted the Winter Games": a state's boycott is a sanction (163), a
        # consumers' or a party's a protest
        trig.cameo, trig.rule = "163", trig.rule + ".official"
    if (
        trig.cameo == "082"
        and lemma in ("halt", "stop", "block", "dismantle")
        and source
        and all(a.sector in ("COP", "MIL") for a in source)
    ):
        # "police halted the farmers' march with tear gas": another's protest stopped by
        # force is movement restricted (191), not dissent eased by those who dissent
        trig.cameo, trig.rule = "191", trig.rule + ".forces"
    if (
        trig.cameo[:2] == "12"
        and _refused_in_protest(trig.word)
        and not all(map(_of_state, source))
    ):
        # "reservists refused to report for duty in protest at the overhaul": dissent (140)
        trig.cameo, trig.rule = "140", trig.rule + ".protest"
    if (
        trig.cameo == "172"
        and lemma in BARRING_VERBS
        and _foreign_barred(source, target or [])
        and _demonym_object(trig)
    ):
        # "Kuwait banned Iraqi trucks from crossing the border", "barred Qatari planes":
        # a state that bars another state's people or goods sanctions that state (163)
        trig.cameo, trig.rule = "163", trig.rule + ".foreign"
    # (charges filed, brought, pressed or laid are legal action; those "levelled" or a
    # "charge that ..." accuse)
    filed = trig.verb is not None and trig.verb.lemma_.lower() in ("file", "bring", "press", "lay")
    legal = trig.cameo == "115" or (trig.cameo == "112" and trig.noun is not None and filed)
    if legal and lemma == "charge" and _charged_at_law(source, target):
        # "prosecutors charged an opposition MP with incitement", "filed charges against 18
        # mayors": a state's charge brought against its people is legal action taken (173),
        # not an allegation between equals
        trig.cameo, trig.rule = "173", trig.rule + ".legal"
    recode_expulsion(trig, target or [])
    if trig.cameo.startswith("087") and trig.verb is not None and _left_a_mission(trig.verb):
        # "Sweden withdrew its troops from the UN mission in Mali": peacekeepers withdrawn
        trig.cameo, trig.rule = "1661", trig.rule + ".mission"
    if trig.cameo == "181" and lemma == "seize" and source and all(map(_state_force, source)):
        # "Israeli troops seized two teenagers in Hebron": a state's forces detain (173)
        trig.cameo, trig.rule = "173", trig.rule + ".detention"
    if trig.cameo[:2] == "17" and trig.verb is not None and _as_human_shields(trig.verb):
        # "forced villagers to walk ahead of the column as human shields" (184)
        trig.cameo, trig.rule = "184", trig.rule + ".shields"
    if trig.cameo in ("191", "190") and trig.verb is not None and _in_drills(trig.verb):
        # "Chinese warships encircled Taiwan in large-scale drills": a show of force (150)
        trig.cameo, trig.rule = "150", trig.rule + ".drills"


BARRING_VERBS = frozenset({"ban", "bar", "prohibit", "forbid"})


def _foreign_barred(source: list[Actor], target: list[Actor]) -> bool:
    """Whether a state bars only another state's goods, trucks or flights, named by the state
    ("Iraqi trucks"); people and firms barred stay restricted (172)."""
    if not source or not target or not all(map(_of_state, source)):
        return False
    if any(a.kind != "country" for a in target):
        return False
    away = args.NON_STATE_CODES | {a.country for a in source}
    return all(
        a.country is not None and len(a.country) == 3 and a.country not in away for a in target
    )


def _demonym_object(trig: Trigger) -> bool:
    """Whether what is barred is named by its state: "Iraqi trucks", "Georgia's wine"."""
    if trig.verb is None:
        return False
    return any(
        (c.dep_ in ("amod", "compound") and is_demonym(c.text))
        or (c.dep_ == "poss" and find_country(c.text) is not None)
        for o in args.objects_of(trig.verb)
        for c in o.children
    )


def _charged_at_law(source: list[Actor], target: list[Actor] | None) -> bool:
    """Whether a state's police, prosecutors or courts charge people (not another state or
    its envoys)."""
    if not source or not target or not all(_state_force(a) or a.sector == "JUD" for a in source):
        return False
    home = {a.country for a in source}
    # (an official of no country named is the state's own: "18 Kurdish mayors"; so is an
    # outlawed body of its own: "links to the PKK")
    return all(
        (a.kind in ("person", "group") and (a.sector != "GOV" or a.country in {*home, None}))
        or (a.kind == "organization" and a.sector in ("REB", "OPP", "PTY") and a.country in home)
        for a in target
    )


# Aid agencies and charities: "MSF", "the Red Cross" (sector NGO or MED as the tables give them).
AGENCIES = frozenset({"NGO", "MED"})


def _all_forces(source: list[Actor]) -> bool:
    """Whether the doers are all a state's soldiers or police."""
    return bool(source) and all(a.sector in ("MIL", "COP") for a in source)


def _state_force(actor: Actor) -> bool:
    """A state's police, army or government (not militias, rebels or gunmen)."""
    return actor.sector in ("COP", "MIL", "GOV", "SPY") or actor.kind == "country"


def _of_state(actor: Actor) -> bool:
    """A country or its government (opposition lawmakers who boycott a session protest)."""
    return actor.kind == "country" or (actor.sector == "GOV" and actor.kind != "person")


def gives_with(verb: Token) -> bool:
    """ "provided Ukraine with arms": the object is who receives, the "with" phrase what."""
    return verb.lemma_.lower() in GIVING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children
    )


# Purposes that make an act a protest: "to protest", "to press their claim".
_PROTESTING = frozenset({"protest", "demonstrate", "press", "denounce", "oppose", "resist"})


def in_protest(verb: Token) -> bool:
    """An act done in protest: "blocked highways to protest fuel prices", "occupied the ranch
    in protest at the slow land reform". Whoever does it does it as a protester."""
    return any(
        (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _PROTESTING)
        or (c.dep_ == "prep" and c.lower_ == "in" and "protest" in {o.lower_ for o in c.children})
        for c in verb.children
    )


def _refused_in_protest(verb: Token) -> bool:
    """ "refused to report for duty in protest at the overhaul" ("in protest" may hang on
    anything in the refused act)."""
    refused = [t for c in verb.children if c.dep_ == "xcomp" for t in c.subtree]
    return in_protest(verb) or any(
        t.lower_ == "in" and any(o.lower_ == "protest" for o in t.children) for t in refused
    )


def with_cause(verb: Token) -> bool:
    """A gathering with a cause: "to denounce the arrests", "against the law"."""
    against = any(p == "against" for p, _ in args.prep_objects(verb, frozenset({"against"})))
    purposes = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)
    ]
    # "chanting slogans against the junta", "waving placards": a crowd's cause shown
    shown = any(c.dep_ == "advcl" and c.lemma_.lower() in CROWD_DEEDS for c in verb.children)
    # "hundreds of protesters gathered": a crowd named by its cause
    subjects, _ = args.subject_of(verb)
    named = any(t.lemma_.lower() in PROTESTER_WORDS for s in subjects for t in s.subtree)
    # "filed through the capital in a call for reform"
    called = any(
        o.lemma_.lower() in ("call", "protest", "demand", "show")
        for _, o in args.prep_objects(verb, frozenset({"in"}))
    )
    # the purpose must be a grievance: to protest, denounce, demand, reject
    return (
        against
        or called
        or shown
        or named
        or any((code_of(c) or "")[:2] in ("02", "10", "11", "12", "13", "14") for c in purposes)
    )


# What a crowd does that shows its cause, and the words that name a crowd by its cause.
CROWD_DEEDS = frozenset(
    {"chant", "shout", "wave", "brandish", "carry", "hold", "burn", "denounce", "demand"}
    | {"call", "urge", "protest", "insist"}
)
PROTESTER_WORDS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker"})


def about_nature(verb: Token) -> bool:
    """A warning whose subject matter is the weather or a disaster ("warned of ice")."""
    # What the warning is about: the reported clause's subject or the object of "of"/"about";
    # not every noun inside the clause ("would turn the city into a sea of fire").
    topics = [
        t
        for c in verb.children
        for t in c.children
        if (c.dep_ == "ccomp" and t.dep_ in ("nsubj", "nsubjpass"))
        or (c.dep_ == "prep" and c.lower_ in ("of", "about", "against") and t.dep_ == "pobj")
    ]
    # The topic and its own modifiers ("a storm surge"), not what it is over ("a blockade over
    # fuel prices")
    return any(
        w.lemma_.lower() in NATURAL_CAUSES or w.lower_ in ("ice", "fog", "flooding")
        for t in topics
        for w in [t, *t.conjuncts, *(c for c in t.children if c.dep_ in ("compound", "nmod"))]
    )


def conditional_harm(trig: Trigger) -> bool:
    """Harm promised on a condition: "would attack ... unless", "will expel them if"."""
    verb = trig.verb
    if verb is None:
        return False
    if trig.cameo[:2] == "12":
        return refusal_held_out(verb)
    # Protest is harm too: "would strike unless wages rose" threatens dissent (133).
    if trig.cameo[:2] not in ("14", "16", "17", "18", "19", "20"):
        # "would quit the commission if ... kept building", "would send troops in if the
        # talks failed", "could withdraw its peacekeepers if the factions failed to ..."
        return ends_dealings_unless(verb) or held_out_against(verb, trig.cameo)
    return promised_on_condition(verb)


def has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def is_weapons_test(trig: Trigger, sent: Span) -> bool:
    """A missile fired at no one, into the sea or as a test, is a show of force."""
    missile = any(
        o.lemma_.lower() in ("missile", "rocket") for o in args.objects_of(trig.word)
    ) or trig.word.lemma_.lower() in ("launch", "fire", "test")
    # "launch missiles at a tanker in the Red Sea": "at" may hang on the missiles
    aimed = any(
        c.dep_ == "prep" and c.lower_ == "at"
        for w in (trig.word, *args.objects_of(trig.word))
        for c in w.children
    )
    return (
        missile
        and not aimed  # "fired two missiles at a container ship in the Red Sea"
        and any(t.lower_ in ("sea", "test", "tests", "test-fired", "waters") for t in sent)
    )


def received_someone(trig: Trigger, target: list[Actor]) -> bool:
    meeting_nouns = {
        "talks",
        "summit",
        "meeting",
        "conference",
        "delegation",
        "delegations",
        "visit",
        "side",
        "sides",
        "party",
        "parties",
        "representatives",
        "envoys",
        "leaders",
        "ministers",
        "factions",
        # those who speak for others: "received tribal elders", "received activists"
        "elders",
        "chiefs",
        "activists",
        "dissidents",
    }
    objects = args.objects_of(trig.verb) if trig.verb is not None else []
    # the guests are a state's, a body's or a political movement's ("hosted Hamas and Fatah")
    return any(
        a.kind == "person"
        or a.country in ("IGO", "UNO", "EUR")
        or a.sector in ("GOV", "LEG", "REB", "OPP", "PTY")
        for a in target
    ) or any(o.lower_ in meeting_nouns for o in objects)


# Captives of a war or a kidnapping, whom a hand-over frees.
CAPTIVES = frozenset({"war", "pows", "hostages", "hostage", "captives", "kidnapped", "abducted"})
# Servicemen and crews held by another state: handing them over sends them home.
CREWS = frozenset(
    {"sailors", "marines", "soldiers", "crew", "crewmen", "pilot", "pilots", "fishermen"}
    | {"seamen", "servicemen", "troops", "airmen", "guards", "guardsmen"}
)


def handed_to_foreign_law(trig: Trigger, source: list[Actor], target: list[Actor]) -> bool:
    """A person handed or transferred to another state's police, courts or government, or
    sent or flown there to stand trial ("sent the rebel commander to the United States to
    stand trial")."""
    lemma = trig.word.lemma_.lower()
    sent = lemma in ("send", "fly") and _for_trial(trig.word)
    if trig.cameo != "0841" and not sent:
        return False
    if lemma not in ("hand", "transfer", "turn", "deliver", "surrender") and not sent:
        return False
    given = {w.lower_ for o in args.objects_of(trig.word) for w in o.subtree}
    if given & (CAPTIVES | CREWS):
        # "transferred 30 prisoners of war to Baku", "handed over 15 British sailors to their
        # embassy": captives freed, not tried
        return False
    if not args.prep_objects(trig.word, frozenset({"to"})):
        return False  # "handed back four Russian officers": no one handed them to
    homes = {a.country for a in source}
    tried = _for_trial(trig.word)
    return any(
        a.country and a.country not in homes and (tried or a.sector in ("COP", "JUD", "GOV"))
        for a in target
    )


def _for_trial(verb: Token) -> bool:
    """ "handed over ... to Italy to stand trial", "transferred ... to face charges", "for
    trial": a suspect sent to another state's courts."""
    return any(
        (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("stand", "face"))
        or (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.lemma_.lower() in ("trial", "prosecution") for o in c.children)
        )
        for c in verb.children
    )


# Why crowds gather when they do not protest.
CELEBRATIONS = frozenset({"celebrate", "cheer", "watch", "greet", "mourn", "commemorate"})


def celebration(trig: Trigger) -> bool:
    """A crowd out to celebrate, cheer or mourn, not to protest."""
    verb = trig.verb or trig.word
    # the purpose may hang on the crowd's other deed: "waving flags to celebrate the win"
    heads = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    return any(
        c.dep_ in ("advcl", "xcomp") and args.infinitive(c) and c.lemma_.lower() in CELEBRATIONS
        for h in heads
        for c in h.children
    )


# Exercises forces encircle a place in: a show of force, not a blockade.
_DRILLS = frozenset(
    {"drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "games"}
)


def _in_drills(verb: Token) -> bool:
    """ "encircled the island in war games", "surrounded Taiwan during military drills"."""
    return any(o.lower_ in _DRILLS for _, o in args.prep_objects(verb, frozenset({"in", "during"})))


# Missions peacekeepers are withdrawn from (1661), told by the body or by "peacekeeping".
_MISSIONS = frozenset({"mission", "force", "operation", "contingent"})
_PEACEKEEPING = frozenset({"un", "u.n.", "nations", "peacekeeping", "au", "nato", "ecowas"})


def _left_a_mission(verb: Token) -> bool:
    """Whether forces are withdrawn "from the UN mission" or "out of the peacekeeping force"."""
    heads = [verb, *args.objects_of(verb)]
    left = [o for h in heads for _, o in args.prep_objects(h, frozenset({"from"}))]
    left += [
        o
        for h in heads
        for p in h.children
        if p.dep_ in ("prep", "prt", "advmod") and p.lower_ == "out"
        for _, o in args.prep_objects(p, frozenset({"of"}))
    ]
    return any(
        o.lemma_.lower() in _MISSIONS and any(t.lower_ in _PEACEKEEPING for t in o.subtree)
        for o in left
    )


def _as_human_shields(verb: Token) -> bool:
    """Whether the act, or what it forces, is done "as human shields"."""
    forced = [t for c in verb.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
    shields = [o for _, o in args.prep_objects(verb, frozenset({"as"}))]
    shields += [t for t in forced if t.dep_ == "pobj" and t.head.lower_ == "as"]
    return any(t.lower_ in ("shield", "shields") for t in shields)


# Bodies whose staff a state sends away are withdrawn from it (166), not deported (174).
_BODIES = frozenset({"IGO", "UNO", "EUR", "NGO"})
# People sent away in these numbers are a mass expulsion (201): "expelled 20,000 Haitians".
MASS_EXPULSION = 1000
_MULTITUDES = frozenset({"thousands", "millions"})


def _head_count(people: Token) -> int:
    """The number of people a phrase counts: "more than 20,000 Haitians" -> 20000."""
    best = 0
    for tok in people.subtree:
        if tok.lower_ in _MULTITUDES:
            best = max(best, 1000 if tok.lower_ == "thousands" else 1_000_000)
        elif tok.like_num and tok.dep_ in ("nummod", "quantmod", "compound"):
            digits = tok.text.replace(",", "")
            best = max(best, int(digits) if digits.isdigit() else 0)
    return best


def recode_expulsion(trig: Trigger, target: list[Actor]) -> None:
    """An expulsion of a body's staff (166) or of a multitude (201), not of persons (174)."""
    if trig.cameo != "174" or trig.verb is None:
        return
    states = [a for a in target if a.country]
    if states and all(a.country in _BODIES for a in states):
        # "Ethiopia expelled seven senior UN officials"
        trig.cameo, trig.rule = "166", trig.rule + ".body"
    elif trig.word.lemma_.lower() == "expel" and any(
        _head_count(o) >= MASS_EXPULSION for o in args.objects_of(trig.verb)
    ):
        # "the Dominican Republic expelled more than 20,000 Haitians" (a deportation of
        # thousands of migrants stays a deportation)
        trig.cameo, trig.rule = "201", trig.rule + ".mass"
