"""Conflict words that tell no conflict: crowds that "invade" a town, ordnance left over from
old wars, works of art about sieges and riots, crime figures, market share "seized", trading
"halted", films financed, tourists visiting.

Written by the eventwire team from general news usage (not from any gold sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.bystanders import COUNTS, doing_subjects
from eventwire.events.coding import Trigger

# Crowds of no office and forces of nature that invade, storm or besiege places.
CROWDS = frozenset(
    {"fan", "supporter", "tourist", "visitor", "day-tripper", "sunseeker", "holidaymaker"}
    | {"tripper", "trippers", "daytripper", "sightseer", "vacationer", "camper", "hiker"}
    | {"shopper", "spectator", "bargain-hunter", "reveller", "partygoer", "pilgrim", "surfer"}
    | {"sea", "tide", "wave", "water", "sand", "dune", "locust", "weed", "algae", "jellyfish"}
    | {"trekker", "backpacker", "cruise", "passenger", "beachgoer", "skier", "crowd", "admirer"}
)
# Crowds in the plural as written ("fans", "day-trippers"), and who tours in a group.
CROWD_WORDS = CROWDS | frozenset(w + "s" for w in CROWDS)
TOURING = frozenset({"tour", "school", "student", "students", "travel", "package"})
PARTIES = frozenset({"group", "groups", "class", "classes"})
# What a firm's assault falls on: "stepped up their assault on the board".
BOARDROOM = frozenset({"board", "boardroom", "bid", "takeover", "shares", "share"})
QUANTITIES = COUNTS | {"scores", "number"}
RUSHING_VERBS = frozenset(
    {"invade", "storm", "besiege", "swamp", "overrun", "flood", "pound", "lay", "occupy"}
)
RUSHING_NOUNS = frozenset({"invasion", "siege", "assault", "onslaught", "occupation"})
# Old ordnance and how the text says it is old.
ORDNANCE = frozenset(
    {"mine", "landmine", "shell", "bomb", "bomblet", "ordnance", "grenade", "munition"}
    | {"munitions", "mortar", "rocket", "missile", "explosive", "explosives", "device"}
)
OLD_MARKS = frozenset(
    {"unexploded", "rusted", "rusty", "old", "wartime", "leftover", "abandoned", "buried"}
    | {"decades-old", "century-old", "world", "war-era", "soviet-era", "ago", "left", "still"}
    | {"era", "relic", "relics"}
)
DISPOSERS = frozenset(
    {"engineer", "sapper", "expert", "team", "squad", "specialist", "technician", "deminer"}
)
# Works of art and of the mind that tell of a war without waging it.
WORKS = frozenset(
    {"opera", "play", "film", "movie", "novel", "book", "documentary", "exhibition", "show"}
    | {"manga", "series", "musical", "song", "painting", "poster", "posters", "mosaic", "fresco"}
    | {"drama", "episode", "comic", "memoir", "biopic", "ballet", "story", "game", "museum"}
    | {"monument", "memorial", "tapestry", "sculpture", "statue", "exhibit", "miniseries"}
)
DEPICTING = frozenset(
    {"show", "depict", "portray", "tell", "feature", "recount", "dramatise", "dramatize"}
    | {"include", "recreate", "retell", "commemorate", "mark", "celebrate", "explore"}
    # "the novel imagines a history in which the Armada invaded England"
    | {"imagine", "envisage", "envision", "reimagine", "chronicle", "describe"}
)
FICTION = frozenset({"hero", "heroine", "protagonist", "character", "narrator", "villain"})
# What a number of, or a trend in, makes a figure.
FIGURES = frozenset(
    {"number", "rate", "percentage", "share", "proportion", "tally", "count", "total"}
)
TRENDS = frozenset(
    {"rise", "fall", "decline", "increase", "drop", "double", "halve", "soar", "climb"}
    | {"plunge", "dip", "grow", "shrink", "fall", "rose", "decrease", "surge"}
)
# What a firm seizes or a board has halted.
MARKET_PRIZES = frozenset(
    {"percent", "%", "share", "lead", "title", "initiative", "market", "segment", "crown"}
)
# ("halted arms sales to Belarus" is a sanction)
HALTED_BUSINESS = frozenset(
    {"trading", "play", "game", "match", "racing", "filming", "shooting", "rehearsal"}
    | {"rehearsals", "performance", "screening"}
)
FINANCED_WORKS = WORKS | frozenset(
    {"album", "production", "concert", "festival", "research", "study", "studies", "project"}
    | {"horror", "comedy", "thriller", "feature", "animation", "theatre", "theater", "season"}
)
# A project of these is public works, aid when a state or a lender pays ("a road project").
PUBLIC_WORKS = frozenset(
    {"road", "bridge", "water", "dam", "irrigation", "power", "rail", "railway", "housing"}
    | {"development", "infrastructure", "energy", "health", "sanitation", "electricity", "port"}
)
# Causes blamed that are no one.
CAUSES = frozenset(
    {"fault", "faults", "dust", "circuit", "short-circuit", "leak", "failure", "error", "weather"}
    | {"cigarette", "candle", "wiring", "lightning", "overheating", "fatigue", "ice", "fog"}
    | {"heat", "wind", "winds", "rain", "rains", "build-up", "buildup", "spark", "sparks"}
    | {"faulty", "defect", "defective", "malfunction", "mechanical", "technical", "joint"}
)


def scenery(trig: Trigger) -> bool:
    """Whether a conflict word tells no political event here."""
    return (
        _crowds_rush(trig)
        or _old_ordnance(trig)
        or _in_a_work(trig)
        or _figures(trig)
        or _market_prize(trig)
        or _business_halted(trig)
        or _work_financed(trig)
        or _causes_blamed(trig)
        or _tourists_visit(trig)
        or _numbers_decline(trig)
    )


def lemmas_of(tokens: list[Token]) -> set[str]:
    """The lemmas and lower-case forms of the tokens."""
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _crowds_rush(trig: Trigger) -> bool:
    """ "8,000 supporters invaded Seville", "sunseekers stormed the beaches", "rising seas are
    invading the farmland", "an invasion of away fans"."""
    if trig.verb is not None and trig.verb.lemma_.lower() in RUSHING_VERBS:
        subjects, _ = doing_subjects(trig)
        # "thousands of Ajax supporters": what the number counts
        subjects = [
            next((o for _, o in args.prep_objects(s, frozenset({"of"}))), s)
            if s.lemma_.lower() in QUANTITIES
            else s
            for s in subjects
        ]
        # ("supporters of the People's Alliance occupied the airports" are a movement's)
        backers = any(args.prep_objects(s, frozenset({"of"})) or _political(s) for s in subjects)
        return bool(subjects) and not backers and lemmas_of(subjects) <= CROWD_WORDS
    noun = trig.noun
    if noun is None or noun.lemma_.lower() not in RUSHING_NOUNS:
        return False
    by = [o for _, o in args.prep_objects(noun, frozenset({"of", "by"}))]
    return bool(by) and bool(lemmas_of(by) & CROWDS)


# Words that make supporters a movement's: "opposition supporters", "pro-government loyalists".
MOVEMENTS = frozenset(
    {"opposition", "government", "party", "regime", "junta", "rebel", "separatist"}
    | {"nationalist", "islamist", "royalist", "monarchist", "communist", "maoist", "socialist"}
)


def _political(subject: Token) -> bool:
    """ "Georgian opposition supporters", "pro-Morales supporters": a movement's, not a club's."""
    for c in subject.children:
        if c.dep_ not in ("compound", "amod", "nmod"):
            continue
        word = c.lemma_.lower()
        if word in MOVEMENTS or word.startswith(("pro-", "anti-")):
            return True
        if any(g.lower_ in ("pro", "anti") for g in c.children):
            return True
    return False


def _old_ordnance(trig: Trigger) -> bool:
    """ "struck a landmine left over from the 1990s war", "a Soviet-era artillery shell
    exploded in a scrap yard", "army engineers detonated a rusted mortar shell"."""
    if trig.cameo[:2] not in ("18", "19", "20") or trig.verb is None:
        return False
    verb = trig.verb
    near = list(verb.subtree)
    # "a shell exploded in a scrap yard, injuring two workers": the blast is the clause above
    if verb.dep_ in ("advcl", "conj", "relcl"):
        near += [t for t in verb.head.subtree if t.i < verb.i]
    words = lemmas_of(near)
    if not words & ORDNANCE:
        return False
    if words & OLD_MARKS or any("-era" in t.lower_ for t in near):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(lemmas_of(subjects) & DISPOSERS)  # a controlled blast by a disposal team


def _in_a_work(trig: Trigger) -> bool:
    """ "an opera about the 1683 siege of Vienna", "a manga about samurai invading Korea", "the
    mosaic shows a chieftain surrendering", "the novel's hero investigates a murder"."""
    word = trig.verb if trig.verb is not None else trig.word
    subjects = [c for c in word.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in FICTION for s in subjects):
        return True
    told = False
    for above in list(word.ancestors)[:6]:
        lemma = above.lemma_.lower()
        if above.dep_ == "prep" and above.lower_ in ("about", "on", "of"):
            told = True
        if above.dep_ == "agent" and above.head.lemma_.lower() in ("inspire", "base"):
            told = True  # "the ballet, inspired by the 1683 siege of Vienna"
        if lemma in WORKS and (told or above.lower_ == "works"):
            return True
        if above.pos_ in ("VERB", "AUX") and lemma in DEPICTING:
            doers = [c for c in above.children if c.dep_ == "nsubj"]
            if lemmas_of(doers) & WORKS:
                return True
    return False


def _figures(trig: Trigger) -> bool:
    """ "the number of people arrested for shoplifting has doubled", "violent attacks on taxi
    drivers have declined", "gangs blew up cash machines about 400 times last year"."""
    word = trig.verb if trig.verb is not None else trig.word
    if any(a.pos_ == "NOUN" and a.lemma_.lower() in FIGURES for a in list(word.ancestors)[:4]):
        return True
    subject = word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass")
    if subject and word.head.lemma_.lower() in TRENDS:
        return True
    if trig.verb is not None:
        counted = [c for c in trig.verb.children if c.dep_ == "npadvmod" and c.lower_ == "times"]
        # ("shot the prime minister five times" counts the shots of one attack on someone)
        struck = any(c.dep_ == "dobj" for c in trig.verb.children)
        return any(any(n.like_num and not (struck and _few(n)) for n in c.subtree) for c in counted)
    return False


# Counts small enough to be the blows or shots of one act.
FEW = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _few(number: Token) -> bool:
    """ "five times", "3 times": a handful, not a tally."""
    return number.lower_ in FEW or (number.text.isdigit() and int(number.text) <= 10)


def _market_prize(trig: Trigger) -> bool:
    """ "seized 30 percent of Nigeria's mobile payments market", "stepped up their assault on
    the board of a salmon farmer"."""
    if trig.cameo[:2] not in ("17", "18", "19") or trig.verb is None:
        return False
    # ("seized the shares of Yukos": stock held, not a share of a market)
    objects = [o for o in args.objects_of(trig.verb) if o.lower_ != "shares"]
    taking = trig.verb.lemma_.lower() in ("seize", "grab", "capture", "take", "win", "snatch")
    if taking and lemmas_of(objects) & MARKET_PRIZES:
        return True
    aimed = [o for w in [trig.verb, *objects] for _, o in args.prep_objects(w, frozenset({"on"}))]
    return bool(lemmas_of(aimed) & BOARDROOM)


def _business_halted(trig: Trigger) -> bool:
    """ "trading on the Jakarta exchange was halted for 30 minutes", "play was suspended"."""
    if trig.cameo[:2] != "16" or trig.verb is None:
        return False
    halted = args.objects_of(trig.verb) + [c for c in trig.verb.children if c.dep_ == "nsubjpass"]
    return bool(halted) and bool(lemmas_of(halted) & HALTED_BUSINESS)


def _work_financed(trig: Trigger) -> bool:
    """ "the horror comedy, co-financed by the culture ministry's film institute"."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] != "07":
        return False
    if verb.lemma_.lower() not in ("finance", "co-finance", "fund", "co-fund", "sponsor"):
        return False
    funded = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        funded.append(verb.head)
    funded = [
        f
        for f in funded
        if not any(c.lower_ in PUBLIC_WORKS for c in f.children if c.dep_ in ("compound", "amod"))
    ]
    return bool(lemmas_of(funded) & FINANCED_WORKS)


def _causes_blamed(trig: Trigger) -> bool:
    """ "fire officials blamed a build-up of dust", "an electrical fault was to blame"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "blame":
        return False
    blamed = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "xcomp":
        # "an electrical fault was to blame": the subject of the clause above
        blamed += [c for c in verb.head.children if c.dep_ == "nsubj"]
    # "a build-up of dust", "a faulty track joint": the cause and its own words
    return bool(blamed) and bool(lemmas_of([t for b in blamed for t in b.subtree]) & CAUSES)


def _tourists_visit(trig: Trigger) -> bool:
    """ "a tour group from Japan visited the Royal Palace in Phnom Penh"."""
    if not trig.cameo.startswith("042") or trig.verb is None:
        return False
    subjects, _ = doing_subjects(trig)
    # "retired teachers visited the Peace Palace on a tour of European courts"
    on_tour = any(
        o.lemma_.lower() in ("tour", "holiday", "vacation", "trip", "pilgrimage", "excursion")
        for _, o in args.prep_objects(trig.verb, frozenset({"on", "during"}))
    )
    return bool(subjects) and all(
        s.lemma_.lower() in CROWD_WORDS
        or (s.lemma_.lower() in PARTIES and bool(lemmas_of(list(s.children)) & TOURING))
        or (on_tour and s.lemma_.lower() in PARTIES)
        for s in subjects
    )


def _numbers_decline(trig: Trigger) -> bool:
    """ "violent attacks on taxi drivers have declined": a number falls, no one refuses."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "decline" or trig.cameo[:2] != "12":
        return False
    # ("declined on Friday to meet ...": the date hangs the infinitive on the verb as a clause)
    complement = any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children)
    return not complement and args.delayed_infinitive(verb) is None
