"""Who did it, to whom, where and when: argument finding over the dependency parse."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.actors import ActorMention
from eventwire.actors.countries import country_by_iso3 as _country_by_iso3
from eventwire.actors.countries import find_country as _find_country
from eventwire.actors.countries import stance_towards
from eventwire.actors.places import AREA_NOUNS
from eventwire.actors.places import find_place as _find_place
from eventwire.actors.sectors import sector_for

# Re-exported: the event modules call them as args.subject_of, args.fragment_subject, args.agent_of.
from eventwire.events.place_names import PLACE_LABELS as PLACE_LABELS
from eventwire.events.place_names import entity_place as entity_place
from eventwire.events.place_names import place_in as place_in
from eventwire.events.place_names import region_around
from eventwire.events.subjects import agent_of as agent_of
from eventwire.events.subjects import fragment_subject as fragment_subject
from eventwire.events.subjects import subject_of as subject_of
from eventwire.events.vocab import NAMED_AFTER_PLACES, NOUNS, STATE_THINGS
from eventwire.records import Actor, ActorKind, Location

# Children whose subtrees are other clauses: their actors belong to other events.
CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
# "at" is left out: "met at Tehran's palace" names a place, not a partner.
TARGET_PREPS = frozenset(
    {"to", "with", "against", "on", "upon", "toward", "towards", "into", "for", "from"}
)
# Prepositions on a thing acted on that name whose it is or whom it touches.
_TOUCHING = frozenset({"of", "on", "upon", "from", "to", "into", "toward", "towards"})
PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "through", "around"}
)
# Words for a place that a demonym ties to its country: "the Algerian capital".
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "region", "province", "state", "district", "border"}
)
# "U.S.-led", "Iranian-backed": the country before the hyphen leads or stands behind it.
LED_SUFFIXES = frozenset(
    {"led", "backed", "sponsored", "brokered", "drafted", "funded", "armed"}
) | {
    # whose the thing is: "Chinese-owned shops", "a Liberian-flagged tanker"
    "owned",
    "flagged",
}
# What a demonym makes a country's armed forces: "Syrian positions", "Israeli targets".
MILITARY_THINGS = frozenset(
    {"target", "position", "base", "outpost", "garrison", "convoy", "warship", "checkpoint"}
)
# People a demonym makes the country's civilians, not its state: "Israeli tourists".
PRIVATE_PEOPLE = frozenset(
    {"tourist", "passenger", "pilgrim", "visitor", "traveller", "traveler", "holidaymaker"}
    | {"man", "woman", "child", "boy", "girl", "family", "engineer", "expatriate", "volunteer"}
    | {"backpacker", "climber", "hiker", "missionary", "teenager", "national"}
)
# PLOVER's codes for actors that are not states.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "MNC", "IMG"})


def arg_tokens(root: Token) -> set[int]:
    """Indices of `root`'s subtree, less the subtrees of clauses hanging off it (but for a
    clause of whose the thing is: "a cargo plane belonging to a Russian airline")."""
    keep: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSAL or _owning(c))
    return keep


def _owning(clause: Token) -> bool:
    return clause.dep_ == "acl" and clause.lemma_.lower() in ("belong", "own", "register")


def mentions_in(doc: Doc, tokens: set[int]) -> list[ActorMention]:
    """Actor mentions whose head lies in `tokens`, outermost only, in text order."""
    found = [m for m in (doc._.actors or []) if m.head in tokens]
    outer = [
        m
        for m in found
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in found)
    ]
    return sorted(outer, key=lambda m: m.start)


def actors_of(doc: Doc, roots: Iterable[Token], nested_places: bool = False) -> list[Actor]:
    """Actors named under each root, falling back to the place's country for bare places.

    With `nested_places` a place anywhere in the phrase counts ("shelled villages in Kashmir"
    targets the country of Kashmir); without, only a place that is the phrase itself.
    """
    actors: list[Actor] = []
    for root in roots:
        tokens = arg_tokens(root)
        # "the Paris climate accord", "the Minsk agreements": the city is no party
        named_after = (
            {c.i for c in root.children if c.dep_ == "compound" and _city(c)}
            if root.lemma_.lower() in NAMED_AFTER_PLACES
            else set()
        )
        tokens -= named_after
        found = mentions_in(doc, tokens)
        kin = _kin(root, found)
        if kin is not None:
            actors.append(kin)
            continue
        owners = _owners(doc, root, found)
        if owners:
            # "backed Argentina's bid for a seat on the Security Council", "blocked Sweden's
            # NATO membership bid": the owner of what is acted on, not what it reaches for
            found = owners
        # "Cuba, the Caribbean island under a US embargo, sent doctors": an appositive that
        # describes an actor already named names no one else on that side
        # (a name in apposition may be the next item of a list: "met Russia, Switzerland")
        described = {
            t.i for c in root.children if c.dep_ == "appos" and c.pos_ != "PROPN" for t in c.subtree
        }
        named = mentions_in(doc, tokens - described) if described else []
        states = {a.country for m in named for a in m.actors if a.country}
        if states and any(a.country not in states for m in found for a in m.actors if a.country):
            found = named
        if found and all(
            _placed_under(doc[m.head], root) or not any(a.country for a in m.actors) for m in found
        ):
            # "Syrian targets in Lebanon", "an Israeli proposal for a hostage exchange": the
            # phrase's own demonym, not where it was or the people it speaks of
            demonym = demonym_actor(root)
            if demonym is not None and demonym.country is not None:
                heads = [
                    m for m in found if m.head == root.i and not _placed_under(doc[m.head], root)
                ]
                if heads:
                    # "Vietnamese border troops": the role the reader found, of that country
                    actors.extend(_in_country(a, demonym.country) for m in heads for a in m.actors)
                else:
                    actors.append(demonym)
                continue
        if found:
            place = place_in(doc, tokens) if nested_places else None
            for mention in found:
                if place is not None and place.country:
                    # "the Sandinista government in Nicaragua"
                    actors.extend(_in_country(a, place.country) for a in mention.actors)
                else:
                    actors.extend(mention.actors)
            continue
        # "Chinese sanctions", "Israeli warplanes": a demonym the recogniser had no entity for,
        # on a word that names a state's agents, an event or a country's goods, not on any noun
        # ("the Nigerian striker", "a Japanese retailer"). As a target any noun's demonym counts
        # ("a Japanese tanker" stands for Japan), and before a place inside the phrase ("Syrian
        # targets in Lebanon" are Syria's).
        if nested_places or _stands_for_state(root):
            demonym = demonym_actor(_counted(root))
            if demonym is None and nested_places:
                # "the presence of Chinese ships", "the arrival of Turkish warships": whose
                # they are
                # "a stance on Australian imports", "pull back from Armenian territory": whom
                # the thing acted on touches ("help against Russian attacks" is no one's)
                held = [o for _, o in prep_objects(root, _TOUCHING) if _stands_for_state(o)]
                demonym = next((d for o in held if (d := demonym_actor(o)) is not None), None)
            if demonym is not None:
                actors.append(demonym)
                continue
        # A bare place stands for its country ("visited Tehran": the target is Iran), but only
        # when the place is the argument itself: in "the zoo in Prague" Prague is a location.
        own = {root.i} | {c.i for c in root.children if c.dep_ in ("compound", "poss")}
        own -= named_after
        if nested_places:
            place = place_in(doc, tokens)
        else:
            place = place_in(doc, own) if root.pos_ == "PROPN" else None
        if place is not None and place.country:
            actors.append(place_actor(place))
    return _unique(actors)


# Kin who speak for those they are kin of: "families of detained journalists", "the mothers of
# conscripts", "relatives of the victims".
KIN_WORDS = frozenset(
    {"family", "families", "relative", "relatives", "mother", "mothers", "parent", "parents"}
    | {"wife", "wives", "widow", "widows", "son", "sons", "daughter", "daughters"}
)


def _kin(root: Token, found: list[ActorMention]) -> Actor | None:
    """Kin named by whom they are kin of, as the country's civilians: "families of detained
    journalists in Egypt" are Egyptian civilians, not the journalists."""
    if root.lower_ not in KIN_WORDS or not prep_objects(root, frozenset({"of"})):
        return None
    kin_of = [a for m in found if m.head != root.i for a in m.actors]
    countries = {a.country for a in kin_of if a.country and a.country not in NON_STATE_CODES}
    if not kin_of or len(countries) > 1:
        return None
    own = [a for m in found if m.head == root.i for a in m.actors if a.country]
    country = own[0].country if own else (countries.pop() if countries else None)
    text = root.doc[root.left_edge.i : root.i + 1].text
    return Actor(text, text, country, "CVL", "group")


def _owners(doc: Doc, root: Token, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions that name the owner of a thing ("Argentina's bid"), when one names a
    state, else []."""
    if root.pos_ != "NOUN" or len(found) < 2:
        return []
    owned = {t.i for c in root.children if c.dep_ == "poss" for t in c.subtree}
    if not any(a.country for m in found if m.head in owned for a in m.actors):
        return []
    # ("Lebanon's Maronite patriarch", "Bahrain's opposition bloc": the thing is itself an
    # actor, whose words stay; a state or body named on it is what the thing reaches for)
    return [
        m
        for m in found
        if m.head in owned
        or m.head == root.i
        or (doc[m.head].head == root and not any(a.country for a in m.actors))
    ]


def place_actor(place: Location, sector: str | None = None, kind: ActorKind = "country") -> Actor:
    """The state a place stands for, named as the country (or as the place when unknown)."""
    assert place.country is not None
    country = _country_by_iso3(place.country)
    name = country.name if country is not None else place.name
    return Actor(place.text, name, place.country, sector, kind)


def foreign_in(doc: Doc, tokens: set[int], own: Iterable[str | None]) -> list[Actor]:
    """The first other state the words name: an actor, a demonym or a place of it.

    "eased visa rules for Indian pilgrims", "seized a British-flagged tanker", "pulled its
    troops out of southern Iraq": who a concession, seizure or withdrawal touches when the
    parse ties no actor to it.
    """
    skip = set(own) | NON_STATE_CODES
    for mention in mentions_in(doc, tokens):
        found = [a for a in mention.actors if a.country and a.country not in skip]
        if found:
            return found
    for i in sorted(tokens):
        word = doc[i]
        if stance_towards(doc, i):
            continue  # "the pro-Russian Shor party" is Moldovan
        if word.pos_ in ("ADJ", "PROPN") and _named_as_country(word):
            country = _find_country(word.text)
            if country is not None and country.iso3 not in skip:
                return [Actor(text=word.text, name=country.name, country=country.iso3)]
    place = place_in(doc, tokens)
    if place is not None and place.country and place.country not in skip:
        return [place_actor(place)]
    return []


def _named_as_country(word: Token) -> bool:
    """A word the recogniser took for a nationality, a place or nothing: a demonym the model
    took for a person ("Azerbaijani artillery") still is one, checked by the caller."""
    return word.ent_type_ in ("NORP", "GPE", "")


def _in_country(actor: Actor, country: str) -> Actor:
    """A group, institution or person of no country given the one the phrase places it in."""
    if actor.country is None and actor.kind in ("group", "organization", "person"):
        return replace(actor, country=country)
    return actor


def _placed_under(tok: Token, root: Token) -> bool:
    """Whether `tok` sits in a place phrase ("in Lebanon") under `root`."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS:
            return True
        tok = tok.head
    return False


def demonym_actor(root: Token) -> Actor | None:
    """The country of a demonym on `root` itself or among its modifiers."""
    for word in [root, *(c for c in root.children if c.dep_ in ("amod", "compound"))]:
        if word.pos_ == "PROPN" and region_around(word.doc[word.i : word.i + 1]) is not None:
            continue  # "the Niger Delta", "the Gulf of Oman": no country's
        if (
            word.pos_ in ("ADJ", "PROPN")
            and not word.is_lower
            and not stance_towards(word.doc, word.i)
        ):
            # "South Korean", "Sri Lankan": a demonym of two words
            left = [
                c
                for c in word.lefts
                if c.dep_ in ("compound", "amod") and c.i == word.i - 1 and not c.is_lower
            ]
            text = f"{left[0].text} {word.text}" if left else word.text
            country = _find_country(text) or _find_country(word.text)
            # A demonym the model took for a person ("Azerbaijani artillery") still is one; a
            # country's name so taken ("Jordan") is a person's.
            if country is not None and (_named_as_country(word) or text != country.name):
                # "Syrian military targets" are Syria's armed forces; "Chinese regulators"
                # its government
                sector = sector_for(root.text)
                if sector is None and root.lemma_.lower() in MILITARY_THINGS:
                    sector = "MIL"
                elif sector is None and root.lemma_.lower() in PRIVATE_PEOPLE:
                    sector = "CVL"
                # "the Azerbaijani city of Ganja" names a town of the state, not the state
                town = root.i != word.i and root.lemma_.lower() in AREA_NOUNS
                return Actor(
                    f"{word.text} {root.text}" if town else word.text,
                    country.name,
                    country.iso3,
                    sector,
                    "group" if sector else "country",
                )
        led = _led_by(word)
        if led is not None:
            return led
    return None


# Words that count what their "of" names: "dozens of Chinese-owned shops".
_COUNTS = frozenset({"dozens", "hundreds", "thousands", "scores", "handful", "number", "couple"})


def _counted(root: Token) -> Token:
    """What a count counts ("dozens of Chinese-owned shops" -> "shops"), else the root."""
    if root.lower_ not in _COUNTS:
        return root
    return next((o for _, o in prep_objects(root, OF)), root)


def _city(word: Token) -> bool:
    """A city's name, not a country's: "Paris", "Minsk"."""
    place = _find_place(word.text)
    country = _find_country(word.text)
    named = country is not None and country.name == word.text
    return place is not None and place.kind in ("capital", "city") and not named


def _led_by(word: Token) -> Actor | None:
    """ "the U.S.-led invasion", "a Saudi-backed government": the country that leads it."""
    head, _, suffix = word.text.rpartition("-")
    doc = word.doc
    if not head and word.lower_ in LED_SUFFIXES and word.i >= 2 and doc[word.i - 1].text == "-":
        head, suffix = doc[word.i - 2].text, word.lower_  # tokenised apart: "Saudi - led"
    if head and suffix.lower() in LED_SUFFIXES:
        country = _find_country(head)
        if country is not None:
            return Actor(text=head, name=country.name, country=country.iso3)
    return None


def _stands_for_state(root: Token) -> bool:
    """Whether "<demonym> <root>" stands for the country: an agent, an event or its goods."""
    word = root.lemma_.lower()
    if root.pos_ in ("ADJ", "PROPN") or word in STATE_THINGS or {root.lower_, word} & NOUNS.keys():
        return True
    sector = sector_for(root.text)
    return sector is not None and sector != "BUS"


def _unique(actors: Iterable[Actor]) -> list[Actor]:
    """Distinct actors; a bare country goes when a more specific actor of it is there."""
    seen: set[tuple[str, str | None]] = set()
    out: list[Actor] = []
    for actor in actors:
        key = (actor.name, actor.country)
        if key not in seen:
            seen.add(key)
            out.append(actor)
    specific = {a.country for a in out if a.kind != "country" and a.country}
    return [a for a in out if a.kind != "country" or a.country not in specific]


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Iran and Cuba")."""
    return [tok, *tok.conjuncts]


# One-word preposition sets for prep_objects, shared by the modules that ask for one.
OF = frozenset({"of"})
FROM = frozenset({"from"})
TO = frozenset({"to"})
INTO = frozenset({"into"})
AS = frozenset({"as"})
BETWEEN = frozenset({"between"})


def prep_objects(tok: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    """(preposition, object) pairs under `tok` for the given prepositions. A list, not a
    generator: callers test it for emptiness, and a generator is always true."""
    return [
        (child.lower_, obj)
        for child in tok.children
        if child.dep_ in ("prep", "dative") and child.lower_ in preps
        for obj in child.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def infinitive(verb: Token) -> bool:
    """Whether `verb` is a to-infinitive: "to leave", "to impose"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def delayed_infinitive(verb: Token) -> Token | None:
    """The to-infinitive a verb embeds when a date or a place comes between them: "threatened
    in 1997 to suspend loans", "pledged on Tuesday to send troops" (the parser then hangs it
    on the verb as an adverbial clause)."""
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return None
    allowed = {
        t.i
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod", "punct")
        for t in c.subtree
    }
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or not infinitive(c):
            continue
        between = range(verb.i + 1, c.left_edge.i)
        if len(between) and all(i in allowed for i in between):
            return c
    return None


def objects_of(verb: Token) -> list[Token]:
    """Direct and indirect objects of a verb."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj", "attr", "oprd")]
    # "blamed neighbouring Eritrea", parsed with "neighbouring" as a verb taking the object
    found += [
        o
        for c in verb.children
        if c.dep_ == "xcomp" and c.lower_ in ("neighbouring", "neighboring")
        for o in c.children
        if o.dep_ == "dobj"
    ]
    if not found:
        # "allowed ceasefire monitors into Gaza", parsed with the noun as a clause: a noun is
        # no clause, so it is the object
        found = [
            c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > verb.i
        ]
    if not found:
        # "freed detained American journalist X", parsed as a clause on "detained"
        for c in verb.children:
            if participle_modifier(c):
                found = [o for o in c.children if o.dep_ == "dobj"]
    if not found:
        # "expelled American journalists working for the Times", parsed as a clause on
        # "working" with the journalists as its subject
        found = [
            s
            for c in verb.children
            if c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > verb.i
            if not any(a.dep_ in ("aux", "auxpass", "mark") for a in c.children)
            for s in c.children
            if s.dep_ == "nsubj" and s.i > verb.i
        ]
    if not found and verb.pos_ == "VERB":
        # "beat and robbed Afghan migrants": two verbs that share their object and subject
        found = [
            o
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.i == verb.i + 2
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
            for o in c.children
            if o.dep_ == "dobj"
        ]
    if not found and verb.dep_ == "amod" and verb.head.i > verb.i and _after_its_doer(verb):
        # "Japan's air force scrambled fighter jets": a past form tagged a participle and hung
        # on its object noun
        found = [verb.head]
    if not found:
        # "began a fast in Israeli jails": an object with an article, mistagged as an adverb
        found = [
            c
            for c in verb.children
            if c.dep_ == "advmod"
            and c.i > verb.i
            and any(d.dep_ == "det" and d.i < c.i for d in c.subtree)
        ]
    return found


def _after_its_doer(verb: Token) -> bool:
    """Whether a past form tagged a participle and hung on the next noun as its modifier
    follows a noun phrase of its own: a noun after the head's possessor ("Japan's air force
    scrambled fighter jets"), where a participle would follow the possessor itself ("Iran's
    enriched uranium")."""
    if verb.tag_ != "VBN":
        return False  # (a past tense hung on a noun keeps the reading it had: misparsed_predicate)
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    owners = [c for c in verb.head.children if c.dep_ == "poss" and c.i < verb.i]
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.head.i == verb.head.i
        and bool(owners)
        and owners[0].i < before.i - 1
    )


def participle_modifier(tok: Token) -> bool:
    """ "freed *detained* journalist X", "released *jailed* dissident Y": a participle before
    the object, misparsed as a clause of its own (no subject, right after its verb); "met
    *striking* doctors' demands": a present participle before the object's owner."""
    head = tok.head
    if tok.tag_ == "VBG":
        # Only a possessor right after it: "began striking rebel positions" is an act.
        owned = [o for o in tok.children if o.dep_ == "dobj"]
        if tok.dep_ != "advcl" or not any(
            c.dep_ == "poss" and c.i == tok.i + 1 for o in owned for c in o.children
        ):
            return False
    return (
        tok.dep_ in ("ccomp", "xcomp", "advcl")
        and tok.tag_ in ("VBN", "VBD", "VBG")
        and tok.i == head.i + 1
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        and not any(c.dep_ == "dobj" for c in head.children)
        and any(c.dep_ == "dobj" for c in tok.children)
    )
