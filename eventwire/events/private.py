"""Words and deeds among private people: "the actor slammed a Mumbai tabloid", "a jilted lover
set fire to a bar", "volunteer rescuers sent boats". Who does them is no actor, and what they
do is no political event unless it is aimed at a state or a political actor. Written by the
eventwire team from general news usage.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events import arguments as args
from eventwire.events.bystanders import BEFALLEN, doing_subjects
from eventwire.events.enterprises import STATE_FIRMS, STATE_WORDS
from eventwire.events.nonpolitical import ARMED_MARKS, PRIVATE_PEOPLE, PRIVATE_ROLES
from eventwire.events.placement import STATE_SECTORS
from eventwire.events.triggers import Trigger
from eventwire.records import Actor

# Sectors that make a target political whoever addresses it.
POLITICAL_SECTORS = STATE_SECTORS | {"PTY", "OPP", "REB", "PRM", "UAF", "IGO", "SPY"}


def _private(word: Token) -> bool:
    """A private role: the word itself ("scientists", "the coach") or the title before a name
    ("Bollywood actor Arjun Malhotra", "Czech brewer Zlaty Kohout")."""
    lemma = word.lemma_.lower()
    if word.pos_ == "PROPN" and word.is_sent_start:
        lemma = lemma.removesuffix("s")  # "Ecologists at Stellenbosch University called for"
        if lemma in PRIVATE_ROLES or lemma.endswith("ologist"):
            return True
    if any(c.lower_ in STATE_WORDS for c in word.children if c.dep_ in ("amod", "compound")):
        return False  # "Kazakhstan's state oil firm": the state's own (events.enterprises)
    if word.lower_ in STATE_FIRMS:
        return False  # "Russian gas company Gazprom": a state's firm by name
    if word.pos_ != "PROPN" and (lemma in PRIVATE_ROLES or lemma.endswith("ologist")):
        # (kin named by whom they speak for are a civil voice: "relatives of jailed activists
        # pleaded for their release", "the mothers of conscripts")
        return not (
            lemma in KIN and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
        )
    if word.pos_ == "NOUN" and lemma in PRIVATE_PEOPLE:
        return not any(c.lower_ in ARMED_MARKS for c in word.children)
    if word.pos_ == "PROPN":
        titles = [c for c in word.children if c.dep_ in ("compound", "appos") and c.i < word.i]
        # a title opening the sentence may be tagged as a name: "Chipmaker Qualcomm vowed"
        return any(
            (t.pos_ != "PROPN" or t.is_sent_start) and t.lemma_.lower() in PRIVATE_ROLES
            for t in titles
        )
    return False


# Private ties of family.
KIN = BEFALLEN | {"wife", "husband", "son", "daughter", "father", "brother", "sister", "relative"}


# Verbs that send people or things somewhere.
DISPATCH_VERBS = frozenset({"send", "dispatch", "deploy", "ship", "deliver", "airlift", "rush"})
# Those who send crews, boats and shipments on no state's behalf: "firefighters deployed 400
# personnel", "a volunteer rescue group sent boats", "a flower exporter sent a shipment".
RESPONDERS = frozenset(
    {"firefighter", "firefighters", "rescuer", "rescuers", "volunteer", "volunteers", "crew"}
    | {"exporter", "importer", "trader", "farmer", "miner", "distributor", "builder"}
    | {"publisher", "charity", "utility", "lab", "laboratory", "observatory", "university"}
)
# Teams and groups are private by what they do: "a mountain rescue team", "a research team".
_PRIVATE_PURPOSES = frozenset({"rescue", "search", "research", "volunteer", "relief"})


def _responder(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if lemma in RESPONDERS or word.lower_ in RESPONDERS or _private(word):
        return True
    heads = [word, *(c for c in word.children if c.dep_ in ("compound", "appos"))]
    named = [h for h in heads if h.lemma_.lower() in ("team", "group", "unit", "service")]
    return any(
        c.lemma_.lower() in _PRIVATE_PURPOSES | RESPONDERS
        for h in named
        for c in h.children
        if c.dep_ in ("compound", "amod")
    )


def private_dispatch(trig: Trigger, source: list[Actor]) -> bool:
    """Crews, boats and cargo sent by no state: "firefighters in Portugal deployed 1,500
    personnel", "Mitsui said it had sent its first cargo of LNG to Japan". Aid and shows of
    force are a state's (or an aid agency's) to send."""
    if trig.verb is None or trig.cameo[:2] not in ("07", "15"):
        return False
    if trig.verb.lemma_.lower() not in DISPATCH_VERBS:
        return False
    if any(a.sector in ("NGO", "IGO") or a.country in ("NGO", "IGO", "UNO") for a in source):
        return False  # "Doctors Without Borders airlifted medicines to Taiz": an aid agency
    subjects, _ = doing_subjects(trig)
    return bool(subjects) and all(_responder(s) for s in subjects)


def _political(actor: Actor) -> bool:
    """A target a political event can be aimed at: a state named as itself, or an actor of a
    political sector ("a Mumbai tabloid" and "fans in Seoul" are not)."""
    named_state = actor.kind == "country" and actor.text.lower() == (actor.name or "").lower()
    return named_state or actor.sector in POLITICAL_SECTORS


# Nouns of a labour strike, whatever code the light verb gave them ("launched a strike").
LABOUR_STRIKES = frozenset({"strike", "walkout", "stoppage", "stayaway"})


def private_doer(trig: Trigger, target: list[Actor]) -> bool:
    """Words and deeds among people of no office: "the actor slammed a Mumbai tabloid",
    "marine biologists urged fishermen to report sharks", "the brewer accused a Slovak rival".

    Protests and aid are left alone (doctors on strike protest to a government; doctors who
    set up field hospitals give aid), and so is anything aimed at a state or a political
    actor ("the singer accused the government").
    """
    # (nor dissent eased, "striking doctors ended their walkout", or threatened, "nurses
    # threatened a walkout")
    if trig.verb is None or trig.cameo[:2] in ("07", "14") or trig.cameo in ("082", "133"):
        return False
    if trig.noun is not None and trig.noun.lemma_.lower() in LABOUR_STRIKES:
        return False  # "doctors launched a strike": a walkout, read as such by its doers
    subjects, _ = doing_subjects(trig)
    if subjects and all(s.pos_ == "PRON" for s in subjects):
        # "... the dress she wore, telling her critics to ...": the pronoun is the main
        # clause's doer
        root = trig.verb.sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"] or subjects
    # ("striking doctors and the health ministry sat down for talks": each doer counts)
    subjects = [c for s in subjects for c in args.with_conjuncts(s)]
    if not subjects or not all(_private(s) for s in subjects):
        return False
    if target and all(s.lemma_.lower() in PRIVATE_PEOPLE for s in subjects):
        return False  # "a man opened fire on worshippers": an attack, whoever the gunman was
    if trig.verb.lemma_.lower() == "warn" and any(c.dep_ == "ccomp" for c in trig.verb.children):
        return True  # "glaciologists warned that Switzerland's glaciers had shrunk": a forecast
    if trig.cameo[:2] in ("02", "10"):
        # "ecologists called for monitoring of penguins along South Africa's coast": a private
        # appeal is political only when it is made to a state or a political body
        addressed = " ".join(p.text for p in _addressees(trig.verb))
        return not any(_political(a) and a.text in addressed for a in target)
    return not any(_political(a) for a in target)


def _addressees(verb: Token) -> list[Span]:
    """Whom a verb addresses: its objects, its "on", "to" or "upon" phrases and whom a clause
    it opens would have act ("demanded that the Taliban government lift its order")."""
    heads = args.objects_of(verb) + [
        o for _, o in args.prep_objects(verb, frozenset({"on", "to", "upon"}))
    ]
    heads += [
        s
        for c in verb.children
        if c.dep_ == "ccomp"
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    return [verb.doc[h.left_edge.i : h.right_edge.i + 1] for h in heads]
