"""The `eventwire_actors` spaCy component: sets `doc._.actors` to a list of ActorMention.

It needs the model's tagger, parser and NER. Country, IGO and role phrases are found with two
PhraseMatchers built once from the tables (exact case for names, lower case for role words); the
walk over the tokens lives in eventwire.actors._reader.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventwire.actors import ActorMention
from eventwire.actors._memory import Entity
from eventwire.actors._mention import SENT_BODIES, Gaz, Mention
from eventwire.actors._reader import Reader
from eventwire.actors.anaphora import described_countries, owned_by_people
from eventwire.actors.countries import (
    REGION_PHRASES,
    country_phrases,
    find_country,
    is_demonym,
    stance_towards,
)
from eventwire.actors.ethnic import ethnic_phrases
from eventwire.actors.igos import Igo, igo_phrases
from eventwire.actors.places import AREA_NOUNS, find_place
from eventwire.records import Actor

# When two matches cover the same tokens, the earlier kind here wins ("New Zealand" is a name).
_PRIORITY = (
    "name",
    "iso3",
    "igo",
    "adjective",
    "people",
    "ethnic-adjective",
    "ethnic-people",
    "role",
    "region",
)
# Role words that are something else when not a noun: "general election", "military" (adj.).
_NOUN_POS = {"NOUN", "PROPN"}
# Entities inside which a country name is part of another name ("Michael Jordan").
_HIDING_ENTS = {"PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
_ISO3_ENTS = {"GPE", "ORG", "NORP"}


def _apostrophe_forms(text: str) -> set[str]:
    # Typographic apostrophes are common in news ("Côte d’Ivoire", "People’s Republic").
    return {text, text.replace("'", "’")}


class ActorRecognizer:
    """Finds countries, organisations, groups and persons; see the package docstring."""

    def __init__(self, nlp: Language, name: str = "eventwire_actors") -> None:
        self.name = name
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.igos: dict[str, Igo] = {}
        by_key: dict[str, list[str]] = {}
        for phrase in country_phrases():
            for form in _apostrophe_forms(phrase.text):
                by_key.setdefault(f"{phrase.kind}|{phrase.iso3}", []).append(form)
        for index, (text, igo) in enumerate(igo_phrases()):
            self.igos[str(index)] = igo
            by_key.setdefault(f"igo|{index}", []).extend(_apostrophe_forms(text))
        for group in ethnic_phrases():
            key = f"ethnic-{group.kind}|{group.country or ''}"
            by_key.setdefault(key, []).extend(_apostrophe_forms(group.text))
        by_key["region|"] = list(REGION_PHRASES)
        for key, texts in by_key.items():
            self.exact.add(key, [nlp.make_doc(t) for t in texts])
        from eventwire.actors.sectors import role_phrases

        self.lower.add("role|", [nlp.make_doc(t) for t in role_phrases()])

    def __call__(self, doc: Doc) -> Doc:
        gaz = self._table_matches(doc)
        sentence_of = _sentence_index(doc)
        reader = Reader(doc, {g.start: g for g in gaz}, sentence_of)
        mentions = reader.read()
        _attach_origins(doc, mentions)
        kept = [m for m in mentions if not _vacant(m)]
        frozen = [_freeze(doc, m) for m in kept]
        frozen = owned_by_people(doc, frozen) + described_countries(doc, frozen)
        doc._.actors = sorted(frozen, key=lambda m: m.start)
        return doc

    def _table_matches(self, doc: Doc) -> list[Gaz]:
        """Table matches that survive the checks, longest first where they overlap."""
        spans: list[Span] = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                if self._plausible(doc, label.split("|")[0], start, end):
                    spans.append(Span(doc, start, end, label=label))
        spans.sort(key=lambda s: _PRIORITY.index(s.label_.split("|")[0]))
        found = []
        for span in filter_spans(spans):
            kind, _, value = span.label_.partition("|")
            if kind == "region":
                continue  # matched only to hide the country inside "Latin America"
            igo = self.igos.get(value) if kind == "igo" else None
            iso3 = value or None if kind not in ("igo", "role") else None
            ethnic = kind.startswith("ethnic-")
            kind = kind.removeprefix("ethnic-")
            found.append(Gaz(span.start, span.end, kind, iso3, igo, ethnic))
        return sorted(found, key=lambda g: g.start)

    @staticmethod
    def _plausible(doc: Doc, kind: str, start: int, end: int) -> bool:
        last = doc[end - 1]
        if kind == "adjective" and stance_towards(doc, start):
            # "anti-American protesters", "pro-Russian separatists": a stance towards the
            # country, not its people
            return False
        if kind == "role":
            # "general election", "the military said": role words must be nouns (lower case
            # "general" as a title is also an adjective; only the capitalised one is a title).
            lowered = last.lower_ in ("general", "gen.") and not last.text[:1].isupper()
            if lowered and not (end - start > 1 and doc[end - 2].lower_ in OFFICES_GENERAL):
                return False  # ("attorney general", "secretary general" are offices)
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in COUNTED:
                return False  # "the six-party talks", "an all-party conference": no party acts
            # a role word the tagger read as an adjective before a person's name is a title:
            # "Cuban dissident Guillermo Farinas"
            titled = last.pos_ == "ADJ" and end < len(doc) and doc[end].ent_type_ == "PERSON"
            return last.pos_ in _NOUN_POS or titled
        if kind == "iso3":
            return all(t.ent_type_ in _ISO3_ENTS for t in doc[start:end])
        if kind == "name":
            ent = doc[start].ent_type_
            if ent in _HIDING_ENTS:
                ent_span = next((e for e in doc.ents if e.start <= start < e.end), None)
                possessive = end < len(doc) and doc[end].text in ("'s", "’s")
                if ent_span is not None and ent_span.end - ent_span.start > end - start:
                    return possessive
        return True


# Words that count the parties of a meeting: "six-party talks", "cross-party committee".
COUNTED = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "multi"}
    | {"cross", "one", "single", "inter", "2", "3", "4", "5", "6"}
)
# Offices whose name ends in a lower-case "general": "the attorney general".
OFFICES_GENERAL = frozenset(
    {"attorney", "secretary", "solicitor", "prosecutor", "auditor", "inspector", "director"}
    | {"procurator", "postmaster", "surgeon", "consul", "governor", "advocate", "registrar"}
)


def _sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token (0 everywhere when the Doc has no sentences)."""
    index = [0] * len(doc)
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return index
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _origin_of(
    doc: Doc, token_i: int, by_token: dict[int, Mention], members: bool = False, area: bool = False
) -> list[Entity] | None:
    """The country entities that "of/from/in X" names, when X is a country, IGO or place (or,
    with `members`, the people a body is made of; `area`: X names an area, "the province of
    X")."""
    other = by_token.get(token_i)
    if other is not None:
        kinds = (
            ("country", "organization", "group", "person")
            if members
            else ("country", "organization")
        )
        useful = [e for e in other.entities if e.country and e.kind in kinds]
        return useful or None
    token = doc[token_i]
    if token.ent_type_ not in ("GPE", "LOC") and token.pos_ != "PROPN":
        return None
    for owner in (c for c in token.children if c.dep_ == "poss"):
        # "in Lebanon's Tripoli": the owner says which of two towns so named
        owned = by_token.get(owner.i)
        states = [e for e in owned.entities if e.kind == "country"] if owned else []
        if states:
            return states
    ent = next((e for e in doc.ents if e.start <= token_i < e.end), None)
    # a province or district by name only where the text marks it as a place
    marked = area or token.ent_type_ in ("GPE", "LOC")
    place = find_place(ent.text if ent is not None else _proper_name(token), subdivisions=marked)
    if place is None:
        return None
    return [Entity(place.name, "country", place.country_iso3)]


def _proper_name(token: Token) -> str:
    """The proper name a word ends: "Kwara State" for "State" (its proper-noun compounds)."""
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].pos_ == "PROPN"
        and token.doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    return token.doc[start : token.i + 1].text


def _area_origin(doc: Doc, pobj: Token, by_token: dict[int, Mention]) -> list[Entity] | None:
    """The country of "Ukraine's Donbas region" or "the town of Kidal": the owner, name or
    "of" place of an area noun."""
    if pobj.lemma_.lower() not in AREA_NOUNS or pobj.pos_ != "NOUN":
        return None
    for child in pobj.children:
        if child.dep_ == "amod" and is_demonym(child.text):
            # "in the Iraqi city of Baquba"
            country = find_country(child.text)
            if country is not None:
                return [Entity(country.name, "country", country.iso3)]
        held = [child] if child.dep_ in ("poss", "compound") else []
        if child.dep_ == "prep" and child.lower_ == "of":
            held = [c for c in child.children if c.dep_ == "pobj"]
        for tok in held:
            origins = _origin_of(doc, tok.i, by_token, area=True)
            if origins:
                return origins
    return None


def _attach_origins(doc: Doc, mentions: Iterable[Mention]) -> None:
    """Give groups and persons without a country the one "of China" or "in Paris" names."""
    mentions = list(mentions)
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for mention in mentions:
        if mention.rule.startswith(("coref.", "country.", "igo.")):
            continue
        missing = [e for e in mention.entities if e.country is None]
        if not missing:
            continue
        # A person is "of China" or "for the ministry", but "in Paris" says where, not whose.
        preps: tuple[str, ...] = ("of", "from", "for")
        # "a delegation of Japanese lawmakers in Taipei": its members say whose it is, the
        # place only where it went
        sent = doc[mention.head].lower_ in SENT_BODIES
        if missing[0].kind != "person" and not sent:
            preps += ("in", "across", "throughout")  # "workers across Greece"
        pobjs = [
            c
            for prep in doc[mention.head].children
            if prep.dep_ == "prep" and prep.lower_ in preps
            for c in prep.children
            if c.dep_ == "pobj"
        ]
        for pobj in pobjs:
            origins = _origin_of(doc, pobj.i, by_token, members=sent) or _area_origin(
                doc, pobj, by_token
            )
            if origins:
                _apply_origins(mention, missing, origins)
                break
        else:
            # "Karachi police", "Lahore's main hospital", "the Kerala government": a city or a
            # province that modifies the body is where it serves
            head = doc[mention.head]
            for mod in head.children if head.pos_ == "NOUN" else ():
                # (a body's own name is no place: "the Minsk Group", "the Helsinki Committee")
                if mod.dep_ not in ("compound", "poss", "nmod", "amod") or mod.pos_ != "PROPN":
                    continue
                if by_token.get(mod.i) is not None:
                    continue  # a name of its own (a person's, a firm's): read elsewhere
                marked = mod.ent_type_ in ("GPE", "LOC")
                place = find_place(_proper_name(mod), subdivisions=marked)
                if place is not None and place.kind in ("city", "capital", "region"):
                    _apply_origins(
                        mention, missing, [Entity(place.name, "country", place.country_iso3)]
                    )
                    break


def _apply_origins(mention: Mention, missing: list[Entity], origins: list[Entity]) -> None:
    first = missing[0]
    if first.kind != "person" and len(mention.entities) == 1 and len(origins) > 1:
        # "officials from both countries": one group per country.
        mention.entities = [
            Entity(first.name, first.kind, o.country, first.sector or o.sector) for o in origins
        ]
        return
    for entity in missing:
        entity.country = origins[0].country
        if (
            entity.kind == "person" or entity.name.lower() in SENT_BODIES
        ) and entity.sector is None:
            entity.sector = origins[0].sector


def _vacant(mention: Mention) -> bool:
    """True for "members" or "a spokesman" that neither the text nor the tables placed."""
    if mention.rule not in ("group.role", "org.role", "person.role"):
        return False
    return all(e.country is None and e.sector is None for e in mention.entities)


def _freeze(doc: Doc, mention: Mention) -> ActorMention:
    text = doc[mention.start : mention.end].text
    # ("13 foreign aid agencies" are of no state: the non-governmental code, as for Amnesty)
    actors = tuple(
        Actor(
            text=text,
            name=e.name,
            country=e.country or ("NGO" if e.sector == "NGO" else None),
            sector=e.sector,
            kind=e.kind,
            role=e.role,
        )
        for e in mention.entities
    )
    return ActorMention(mention.start, mention.end, mention.head, actors, mention.rule)


@Language.factory("eventwire_actors")
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    """spaCy factory for the `eventwire_actors` component."""
    return ActorRecognizer(nlp, name)
