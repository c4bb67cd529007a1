"""Everyday senses of event words: weather warnings, barrages of messages, crime figures,
contraband seized, tourists welcomed, buildings occupied, books lent, animals on the move.

Written by the eventwire team from general news usage (not from any gold sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.countries import find_country
from eventwire.actors.sectors import CREATURE_NAMES, sector_for
from eventwire.events import arguments as args
from eventwire.events.bystanders import doing_subjects
from eventwire.events.coding import Trigger
from eventwire.events.nonpolitical import ANIMALS
from eventwire.events.pastimes import pastime
from eventwire.events.routine import routine
from eventwire.events.scenery import lemmas_of, scenery
from eventwire.events.senses import AID_NOUNS

# Verbs of a barrage that may carry words rather than shells: "bombarded the website with
# votes", "pelted the minister with questions".
BARRAGE_VERBS = frozenset(
    {"bombard", "pelt", "shower", "flood", "pepper", "inundate", "barrage", "swamp", "deluge"}
)
# What is sent in such a barrage when it is no attack.
WORDS_SENT = frozenset(
    {"vote", "message", "question", "email", "e-mail", "call", "letter", "complaint", "query"}
    | {"request", "criticism", "offer", "advert", "advertisement", "text", "tweet", "comment"}
    | {"post", "inquiry", "enquiry", "application", "order", "praise", "gift", "flower", "card"}
    | {"petition", "abuse", "insult", "compliment", "invitation", "photo", "selfie", "spam"}
)
# Warnings of weather and hazards, and the colour grades weather services give them.
HAZARDS = frozenset(
    {"snow", "rain", "rainfall", "storm", "flood", "flooding", "wind", "gale", "heat", "ice"}
    | {"fog", "tsunami", "cyclone", "hurricane", "typhoon", "frost", "thunderstorm", "tornado"}
    | {"avalanche", "wildfire", "drought", "heatwave", "blizzard", "weather", "smog", "dust"}
    | {"amber", "red", "yellow", "orange", "severe", "landslide", "mudslide", "monsoon"}
    | {"hailstorm", "hail", "sandstorm", "cold", "freeze", "pollen", "pollution", "surf"}
)
WARNINGS = frozenset({"warning", "warnings", "alert", "alerts", "watch", "advisory", "warn"})
# Everyday crimes that make a harm noun a crime figure: "increases in assaults and robberies".
COMMON_CRIMES = frozenset(
    {"robbery", "burglary", "theft", "homicide", "shoplifting", "fraud", "vandalism"}
    | {"mugging", "carjacking", "break-in", "burglaries", "robberies", "thefts", "homicides"}
    | {"crime", "crimes", "stabbing", "stabbings", "offence", "offense", "larceny", "arson"}
)
ERRORS = frozenset(
    {"murder", "murders", "suicide", "foul", "fouls", "error", "errors", "mistake", "mistakes"}
    | {"sin", "sins", "blunder", "blunders", "faux", "gaffe", "gaffes", "felony", "felonies"}
)
# What markets trade: "short sellers attacked the shares", "cocoa futures rallied".
TRADED = frozenset(
    {"share", "shares", "stock", "stocks", "market", "markets", "price", "prices", "future"}
    | {"futures", "currency", "dollar", "euro", "yen", "yuan", "rupee", "peso", "index"}
    | {"bond", "bonds", "yield", "yields", "equity", "equities", "commodity", "commodities"}
    | {"oil", "gold", "copper", "wheat", "cocoa", "coffee", "bitcoin", "crypto", "sterling"}
    | {"level", "levels", "record", "high", "low", "resistance", "sector", "exporters"}
)
# What is traded but never struck: a market struck is a place full of people ("the coalition
# struck a market in Saada").
STRUCK_TRADE = TRADED - {"market", "markets", "sector", "oil", "gold", "copper", "wheat"}
# What a state lends as aid, not as a library lends books.
GIVEN = frozenset(AID_NOUNS.split()) | {"support", "weight"}
# What one hints at when the hint is a veiled threat.
HINTED_HARMS = frozenset(
    {"force", "action", "retaliation", "sanction", "sanctions", "strike", "strikes"}
    | {"response", "measure", "measures", "reprisal", "reprisals", "war", "attack"}
    | {"intervention", "invasion", "move", "moves", "step", "steps", "option", "options"}
)
# Works brought together in a show (scenery.WORKS are works that tell of a war).
EXHIBITED = frozenset(
    {"work", "works", "piece", "pieces", "artwork", "artworks", "painting", "paintings"}
    | {"object", "objects", "item", "items", "photograph", "photographs", "sculpture"}
    | {"sculptures", "drawing", "drawings", "exhibit", "exhibits", "collection", "loans"}
    | {"recipe", "recipes", "song", "songs", "film", "films", "dish", "dishes", "ingredient"}
)
# Offices named for what they do: "the national bureau of investigation".
OFFICES = frozenset(
    {"bureau", "department", "agency", "office", "service", "directorate", "unit", "division"}
    | {"institute", "centre", "center", "board", "committee", "commission", "ministry"}
)
# Who a road is closed to when it is traffic, not a blockade.
TRAFFIC = frozenset(
    {"traffic", "vehicle", "vehicles", "coach", "coaches", "car", "cars", "truck", "trucks"}
    | {"lorry", "lorries", "bus", "buses", "tourist", "tourists", "visitor", "visitors"}
    | {"public", "pedestrian", "pedestrians", "cyclist", "cyclists", "motorist", "motorists"}
)
# Goods seized by customs or police from smugglers: no political target.
CONTRABAND = frozenset(
    {"cocaine", "heroin", "drug", "drugs", "narcotic", "narcotics", "cannabis", "marijuana"}
    | {"methamphetamine", "meth", "contraband", "counterfeit", "cigarette", "cigarettes"}
    | {"ivory", "tusk", "tusks", "scale", "scales", "fentanyl", "opium", "hashish", "captagon"}
    | {"pill", "pills", "tablet", "tablets", "amphetamine", "ecstasy", "khat", "timber"}
    | {"rhino", "horn", "horns", "wildlife", "gold", "fake", "fakes", "liquor", "alcohol"}
)
# People welcomed as visitors, not as a state's gesture.
VISITORS = frozenset(
    {"visitor", "tourist", "guest", "passenger", "traveller", "traveler", "holidaymaker"}
    | {"cruise", "arrival", "baby", "birth", "year", "customer", "shopper", "fan", "spectator"}
    | {"day", "milestone", "season", "weekend"}  # "the airport welcomes its busiest day"
)
# Money charged as a price, not a charge brought: "the daily fee charged to foreign visitors".
FEES = frozenset(
    {"fee", "price", "rent", "toll", "interest", "commission", "premium", "fare", "levy"}
    | {"dollar", "euro", "pound", "rupee", "cent", "amount", "rate", "sum", "surcharge"}
    | {"shilling", "naira", "peso", "rand", "yuan", "yen", "franc", "dinar", "riyal", "lira"}
)
# What is offered in grief: no cooperation.
SYMPATHY = frozenset({"condolence", "condolences", "sympathy", "sympathies", "prayer", "prayers"})
# Verbs of a grab that are an abduction only when people are taken.
GRABS = frozenset({"snatch", "grab"})
# Measures of space one occupies: "occupying about 1.8 hectares of forest", "the first place".
SPACE = frozenset(
    {"hectare", "acre", "percent", "%", "kilometre", "kilometer", "mile", "metre", "meter"}
    | {"space", "position", "place", "rank", "spot", "slot", "fraction", "share", "third"}
)
# Animals and herds that move, gather and swarm: no actors, however their names begin ("army
# ants", "monarch butterflies", "soldier termites").
CREATURES = (
    ANIMALS
    | CREATURE_NAMES
    | frozenset(
        {"ant", "ants", "butterfly", "butterflies", "termite", "termites", "crab", "crabs"}
        | {"worm", "worms", "insect", "insects", "colony", "colonies", "herd", "herds", "flock"}
        | {"flocks", "swarm", "swarms", "species", "penguin", "penguins", "seal", "seals"}
        | {"turtle", "turtles", "wildebeest", "moth", "moths", "beetle", "beetles", "animal"}
        | {"animals", "creature", "creatures", "mosquito", "mosquitoes", "pod", "pack", "packs"}
    )
)
LITERAL_PLACES = frozenset(
    {"territory", "land", "room", "window", "valley", "distance", "sky", "camera", "lens"}
    | {"mirror", "eye", "eyes", "crater", "water", "abyss", "sea", "horizon", "border"}
)


def everyday_sense(trig: Trigger) -> bool:
    """Whether the trigger is used in an everyday sense that is no political event."""
    return (
        _barrage_of_words(trig)
        or _hazard_warning(trig)
        or _crime_figures(trig)
        or _contraband(trig)
        or _visitors_welcomed(trig)
        or _money_charged(trig)
        or _no_comment(trig)
        or _sympathy_offered(trig)
        or _things_snatched(trig)
        or _space_occupied(trig)
        or _things_lent(trig)
        or _literal_look(trig)
        or _creatures_act(trig)
        or _crimes_committed(trig)
        or _market_moves(trig)
        or _on_loan(trig)
        or _works_brought_together(trig)
        or _compound_phone(trig)
        or _named_office(trig)
        or _animal_attacks(trig)
        or _closed_to_traffic(trig)
        or _hint_at_things(trig)
        or _met_with_reaction(trig)
        or _space_launch(trig)
        or _participle_names_a_kind(trig)
        or scenery(trig)
        or pastime(trig)
        or routine(trig)
    )


# What an advance or a plan meets that is no meeting: "meeting resistance from Iraqi troops".
REACTIONS = frozenset(
    {"resistance", "opposition", "criticism", "scepticism", "skepticism", "hostility", "fire"}
    | {"condemnation", "anger", "outrage", "approval", "disapproval", "silence", "indifference"}
    | {"success", "failure", "obstacle", "obstacles", "difficulty", "difficulties", "setback"}
)


# What is sent into space, and the words that say it went there.
SPACE_CRAFT = frozenset({"rocket", "satellite", "probe", "spacecraft", "capsule", "telescope"})
SPACE_WORDS = frozenset({"orbit", "space", "astronaut", "astronauts", "lunar", "moon", "mars"})


def _space_launch(trig: Trigger) -> bool:
    """ "a space start-up launched a small rocket from Hokkaido that reached orbit": a launch
    into space by no state (a state's launch may be a missile test and stays coded)."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "launch":
        return False
    if not lemmas_of(args.objects_of(verb)) & SPACE_CRAFT:
        return False
    if not {t.lemma_.lower() for t in verb.sent} & SPACE_WORDS:
        return False
    subjects, _ = args.subject_of(verb)
    return bool(subjects) and all(
        find_country(s.text) is None and s.ent_type_ not in ("GPE", "NORP") for s in subjects
    )


def _met_with_reaction(trig: Trigger) -> bool:
    """ "pushed toward Basra, meeting resistance from Iraqi troops", "the plan met with
    criticism": a reaction met, not a meeting held."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "meet":
        return False
    met = args.objects_of(verb) + [o for _, o in args.prep_objects(verb, frozenset({"with"}))]
    # ("met the opposition halfway": the opposition a determiner names is a party)
    met = [o for o in met if not any(c.dep_ in ("det", "poss") for c in o.children)]
    return bool(met) and bool(lemmas_of(met) & REACTIONS)


def _barrage_of_words(trig: Trigger) -> bool:
    """ "fans bombarded the broadcaster's website with votes", "reporters pelted the minister
    with questions"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in BARRAGE_VERBS:
        return False
    sent = [o for _, o in args.prep_objects(verb, frozenset({"with"}))]
    return bool(sent) and bool(lemmas_of(sent) & WORDS_SENT)


def _hazard_warning(trig: Trigger) -> bool:
    """ "the Met Office issued an amber warning for snow", "warned of heavy rain": a forecast,
    not a threat."""
    if trig.cameo[:2] != "13":
        return False
    words = [w for w in (trig.noun, trig.word, trig.verb) if w is not None]
    warning = [w for w in words if w.lemma_.lower() in WARNINGS or w.lower_ in WARNINGS]
    for w in warning:
        mods = [c for c in w.children if c.dep_ in ("amod", "compound")]
        about = [o for _, o in args.prep_objects(w, frozenset({"for", "of", "about"}))]
        about += [m for o in about for m in o.children if m.dep_ in ("amod", "compound")]
        if lemmas_of(mods + about) & HAZARDS:
            return True
    return False


def _crime_figures(trig: Trigger) -> bool:
    """ "rose, driven by increases in assaults and robberies": a harm noun among everyday
    crimes is a crime figure."""
    noun = trig.noun if trig.noun is not None else trig.word
    if trig.cameo[:2] not in ("18", "19", "20") or noun.pos_ != "NOUN":
        return False
    partners = [c for c in noun.children if c.dep_ == "conj"]
    if noun.dep_ == "conj":
        partners.append(noun.head)
        partners += [c for c in noun.head.children if c.dep_ == "conj" and c is not noun]
    return bool(lemmas_of(partners) & COMMON_CRIMES)


def _contraband(trig: Trigger) -> bool:
    """ "customs officers seized 116 tonnes of cocaine": goods taken from smugglers, no one's
    property of state; a seizure from someone named ("seized a Liberian tanker") stays."""
    verb = trig.verb
    if verb is None or trig.cameo[:3] not in ("171", "170"):
        return False
    taken = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        taken.append(verb.head)
    taken += [o for t in taken for _, o in args.prep_objects(t, frozenset({"of"}))]
    if not taken or not lemmas_of(taken) & CONTRABAND:
        return False
    if args.prep_objects(verb, frozenset({"from"})):
        return False  # "seized drugs from a ship flagged in Panama": taken from someone
    # "seized a Liberian tanker carrying cocaine": the vessel is someone's
    return not any(
        t.ent_type_ in ("GPE", "NORP", "ORG")
        for o in args.objects_of(verb)
        if o.lemma_.lower() not in CONTRABAND
        for t in o.subtree
    )


def _visitors_welcomed(trig: Trigger) -> bool:
    """ "Japan welcomed a record 3.3 million foreign visitors"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "welcome":
        return False
    return bool(lemmas_of(args.objects_of(verb)) & VISITORS)


def _money_charged(trig: Trigger) -> bool:
    """ "the daily fee charged to foreign visitors", "banks charged 20 percent interest", "the
    government charges foreign visitors a daily fee", "charging them thousands of shillings in
    fees"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "charge":
        return False
    priced = verb.dep_ == "acl" and verb.head.lemma_.lower() in FEES
    charged = args.objects_of(verb) + [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    # ("thousands of shillings in fees": the money is anywhere in the object)
    charged = [t for o in charged for t in o.subtree]
    charged += [o for _, o in args.prep_objects(verb, frozenset({"in"}))]
    return priced or bool(lemmas_of(charged) & FEES)


def _sympathy_offered(trig: Trigger) -> bool:
    """ "offered condolences to New Zealand after the shootings": sympathy (CAMEO 018, which
    PLOVER does not code), not an offer to cooperate."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] != "03":
        return False
    return bool(lemmas_of(args.objects_of(verb)) & SYMPATHY)


def _no_comment(trig: Trigger) -> bool:
    """ "A spokesman declined to comment on the reports": silence, not a refusal of anything
    (CAMEO 011, a statement PLOVER does not code)."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] != "12":
        return False
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("comment", "elaborate", "speculate")
        for c in verb.children
    )


def _things_snatched(trig: Trigger) -> bool:
    """ "Masked men snatched a luxury watch from a tourist's wrist": a theft, no abduction."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in GRABS or trig.cameo[:2] != "18":
        return False  # (land and farms grabbed are seized: 171)
    objects = args.objects_of(verb)
    return bool(objects) and not any(
        t.ent_type_ in ("PERSON", "NORP")
        or t.lemma_.lower() in args.PRIVATE_PEOPLE
        or t.pos_ in ("PRON", "PROPN")
        or sector_for(t.text) is not None  # "a police officer": the role words
        for o in objects
        for t in o.subtree
        if t.i <= o.i
    )


def _space_occupied(trig: Trigger) -> bool:
    """ "The prime minister's office occupies a 19th-century mansion", "butterflies occupying
    1.8 hectares of forest": space taken up, not land seized."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "occupy":
        return False
    objects = args.objects_of(verb)
    if lemmas_of(objects) & SPACE:
        return True
    # a state of affairs in the simple present: "the office occupies a mansion"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBZ" and not auxes and not lemmas_of(objects) & {"territory", "land"}


def _things_lent(trig: Trigger) -> bool:
    """ "the country's libraries lent 34 million books": lending with no one to receive it and
    nothing a state would give."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in ("lend", "loan") or trig.cameo[:2] != "07":
        return False
    if any(c.dep_ in ("dative", "iobj") for c in verb.children):
        return False
    if args.prep_objects(verb, frozenset({"to"})):
        return False
    lent = lemmas_of(args.objects_of(verb))
    return bool(lent) and not lent & GIVEN


def _literal_look(trig: Trigger) -> bool:
    """ "tourists can look into North Korean territory through binoculars": a view, not an
    inquiry."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "look":
        return False
    looked = [o for _, o in args.prep_objects(verb, frozenset({"into"}))]
    return any(
        o.lemma_.lower() in LITERAL_PLACES or (o.ent_type_ in ("GPE", "LOC") and o.pos_ == "PROPN")
        for o in looked
    )


def _creatures_act(trig: Trigger) -> bool:
    """ "army ants ... march across the forest floor", "monarch butterflies arrived ...,
    occupying 1.8 hectares": animals do it."""
    subjects, _ = doing_subjects(trig)
    return bool(subjects) and all(
        (s.lemma_.lower() in CREATURES or s.lower_ in CREATURES) and not _a_name(s)
        for s in subjects
    )


def _a_name(tok: Token) -> bool:
    """ "President Vicente Fox", "Ed Lamb": a creature's word that is part of a person's name."""
    return tok.pos_ == "PROPN" and (
        tok.ent_type_ in ("PERSON", "ORG")
        or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
    )


def _crimes_committed(trig: Trigger) -> bool:
    """ "70 percent of murders are committed with firearms": crimes done, not a commitment."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in ("commit", "perpetrate"):
        return False
    done = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ == "acl":
        done.append(verb.head)  # "crimes committed in the capital"
    done += [o for d in done for _, o in args.prep_objects(d, frozenset({"of"}))]
    return bool(lemmas_of(done) & (COMMON_CRIMES | ERRORS))


def _market_moves(trig: Trigger) -> bool:
    """ "short sellers attacked the shares", "cocoa futures rallied 7 percent", "the airline
    will attack the trans-Tasman market": trading, not force or protest."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] not in ("14", "18", "19"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if trig.cameo[:2] == "14":
        return bool(subjects) and all(s.lemma_.lower() in TRADED for s in subjects)
    objects = args.objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in STRUCK_TRADE for o in objects)


def _on_loan(trig: Trigger) -> bool:
    """ "paintings on loan from private collections": lent for a show, no aid."""
    noun = trig.noun
    return (
        noun is not None
        and noun.lemma_.lower() == "loan"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "on"
    )


def _works_brought_together(trig: Trigger) -> bool:
    """ "bringing together 120 works from 30 lenders": a show, not a mediation."""
    verb = trig.verb
    if verb is None or not trig.cameo.startswith("045"):
        return False
    return bool(lemmas_of(args.objects_of(verb)) & EXHIBITED)


def _compound_phone(trig: Trigger) -> bool:
    """ "phone fraud", "phone scams": a word before another noun, no call between leaders."""
    noun = trig.noun if trig.noun is not None else trig.word
    if not trig.cameo.startswith("041") or noun.lemma_.lower() not in ("phone", "telephone"):
        return False
    conversation = {"call", "calls", "conversation", "conversations", "talk", "talks", "chat"}
    return noun.dep_ == "compound" and noun.head.lower_ not in conversation


def _named_office(trig: Trigger) -> bool:
    """ "the national bureau of investigation said": an office's name, no inquiry."""
    noun = trig.noun if trig.noun is not None else trig.word
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    office = noun.head.head
    return office.lemma_.lower() in OFFICES and not any(c.dep_ == "det" for c in noun.children)


def _animal_attacks(trig: Trigger) -> bool:
    """ "dog attacks on postal workers numbered 5,800": animals did it."""
    noun = trig.noun if trig.noun is not None else trig.word
    if trig.cameo[:2] not in ("18", "19") or noun.pos_ != "NOUN":
        return False
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")]
    return bool(lemmas_of(mods) & CREATURES)


def _closed_to_traffic(trig: Trigger) -> bool:
    """ "the coastal road would be closed to tourist coaches on weekends": traffic kept off a
    road, no blockade."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in ("close", "shut") or trig.cameo[:2] != "19":
        return False
    kept_off = [o for _, o in args.prep_objects(verb, frozenset({"to"}))]
    return bool(lemmas_of(kept_off) & TRAFFIC)


def _hint_at_things(trig: Trigger) -> bool:
    """ "streaks that could hint at ancient microbial life": a sign, not a veiled threat; one
    hints at force, action, retaliation or sanctions."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "hint" or trig.cameo[:2] != "13":
        return False
    hinted = [o for _, o in args.prep_objects(verb, frozenset({"at"}))]
    return bool(hinted) and not lemmas_of(hinted) & HINTED_HARMS


# Nouns a participle before them names a kind of: "marching bands", "within striking distance".
KINDS = frozenset({"band", "bands", "order", "orders", "distance", "range", "season", "ground"})


def _participle_names_a_kind(trig: Trigger) -> bool:
    """ "giant puppets and marching bands", "within striking distance of the coast"."""
    word = trig.verb if trig.verb is not None else trig.word
    return (
        word.tag_ == "VBG"
        and word.dep_ in ("amod", "compound")
        and word.head.i > word.i
        and word.head.lower_ in KINDS
    )
