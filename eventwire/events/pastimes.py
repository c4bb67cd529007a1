"""Everyday senses of event words found in the twenty-fifth pass, from the team's own negative
sentences (business, entertainment, travel, technology): "strikes deal", "stormed the charts",
"shot to the top", "the film was shot in Tbilisi", "charges visitors a fee", an event word that
only names a kind of thing ("driver-assistance features"). None taken from a gold sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.nominals import noun_code
from eventwire.events.triggers import Trigger

# What one strikes that is an agreement: "Indian steelmaker strikes deal to buy Thai mill".
STRUCK_DEALS = frozenset({"deal", "deals", "agreement", "accord", "bargain", "compromise"})
# What is stormed that is no place held: "the play storms the Lisbon stage".
STORMED_STAGES = frozenset(
    {"stage", "stages", "chart", "charts", "market", "markets", "scene"}
    | {"headlines", "bestseller", "bestsellers", "list", "playlists", "screens"}
)
# Where a thing shoots to: "her memoir shot to the top of the list", "shot to fame".
HEIGHTS = frozenset({"top", "fame", "prominence", "stardom", "number", "record", "lead", "head"})
# What is shot with a camera.
FILMED = frozenset(
    {"film", "films", "movie", "movies", "scene", "scenes", "video", "footage", "series"}
    | {"episode", "episodes", "documentary", "advert", "commercial", "picture", "sequel"}
)
# What one is charged that is a price, not a crime.
# What aid travels in: "aid convoys", "relief flights".
AID_CARRIERS = frozenset(
    {"convoy", "shipment", "flight", "delivery", "supply", "consignment", "airlift", "drop"}
    | {"truck", "lorry", "plane", "ship", "vessel", "cargo", "parcel", "package", "corridor"}
)
# Nouns an event word may modify and still be an event: "a protest march", "a strike action".
EVENT_HEADS = frozenset(
    {"action", "campaign", "movement", "wave", "operation", "operations", "march", "rally"}
    # "Qatar's mediation efforts between ...": the act is the effort's
    | {"effort", "efforts", "mission", "missions", "bid", "bids", "attempt", "attempts"}
    | {"initiative", "process", "role", "drive", "push", "plan", "plans", "programme"}
    | {"program", "activity", "activities", "work", "deal", "package", "talks", "regime"}
)


def pastime(trig: Trigger) -> bool:
    """Whether an event word is used here for business, show business or a thing's kind."""
    return (
        _deal_struck(trig)
        or _stage_stormed(trig)
        or _shot_to_the_top(trig)
        or _filmed(trig)
        or _names_a_kind(trig)
        or _named_accord(trig)
        or _business_bought(trig)
    )


def _deal_struck(trig: Trigger) -> bool:
    """ "Indian steelmaker strikes deal": the headline verb read as the noun "strikes"."""
    noun = trig.noun
    if trig.verb is not None or noun is None or noun.lemma_.lower() != "strike":
        return False
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.lower_ in STRUCK_DEALS


def _stage_stormed(trig: Trigger) -> bool:
    """ "the play storms the Lisbon stage", "Xiaomi storms the Indian smartphone market"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "storm":
        return False
    return any(
        o.lower_ in STORMED_STAGES
        or (o.lower_ == "office" and any(c.lower_ == "box" for c in o.children))
        for o in args.objects_of(verb)
    )


def _shot_to_the_top(trig: Trigger) -> bool:
    """ "her memoir shot to the top of the bestseller list", "the band shot to fame"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "shoot" or args.objects_of(verb):
        return False
    return any(o.lower_ in HEIGHTS for _, o in args.prep_objects(verb, frozenset({"to", "into"})))


def _filmed(trig: Trigger) -> bool:
    """ "the film, which was shot at a former army base", "they shot the sequel in Georgia"."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "shoot":
        return False
    shot = args.objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "relcl":
        shot.append(verb.head)  # "the film, which was shot ..."
    return any(s.lower_ in FILMED or s.lemma_.lower() in FILMED for s in shot)


def _names_a_kind(trig: Trigger) -> bool:
    """An event noun that only modifies another noun: "driver-assistance features", "aid
    workers", "protest songs" (the head noun is no event of its own)."""
    noun = trig.noun
    if trig.verb is not None or noun is None or noun.dep_ != "compound":
        return False
    head: Token = noun.head
    if trig.cameo.startswith("07") and head.lemma_.lower() in AID_CARRIERS:
        return False  # "UN aid convoys", "a relief shipment": the aid travels in them
    return (
        head.pos_ in ("NOUN", "PROPN")
        and noun_code(head) is None
        and head.lemma_.lower() not in EVENT_HEADS
    )


def _named_accord(trig: Trigger) -> bool:
    """ "a signed copy of the 1992 Maastricht Treaty is displayed": the name of an accord, with
    no verb that codes what was done with it, is no event."""
    noun = trig.noun
    if trig.verb is not None or noun is None or not noun.is_title or noun.is_sent_start:
        return False
    named = noun.ent_type_ in ("LAW", "ORG", "EVENT", "WORK_OF_ART", "FAC")
    return named and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


# Deals that buy or sell a business: "agreed to buy a Canadian bakery business".
DEALING_VERBS = frozenset({"buy", "acquire", "purchase", "sell", "merge", "take"})
BUSINESSES = frozenset(
    {"business", "businesses", "company", "companies", "firm", "firms", "stake", "stakes"}
    | {"brand", "brands", "unit", "division", "operator", "maker", "bakery", "brewer", "chain"}
    | {"shares", "mill", "plant", "startup", "bank", "airline", "carrier", "retailer", "rival"}
    | {"group", "subsidiary", "arm", "portfolio", "franchise", "club", "team", "newspaper"}
)


def _business_bought(trig: Trigger) -> bool:
    """ "Grupo Bimbo agreed to buy a Canadian bakery business", "Tata Motors agreed to buy
    the Jaguar and Land Rover brands from Ford": a takeover, no agreement between states."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() != "agree":
        return False
    deals = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in DEALING_VERBS]
    return any(
        t.lower_ in BUSINESSES for d in deals for o in args.objects_of(d) for t in [o, *o.conjuncts]
    )
