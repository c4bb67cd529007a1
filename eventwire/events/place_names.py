"""Places named inside a phrase: place entities, proper-noun runs the tagger missed, a
capital named by its country's adjective, regions around a named place."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from eventwire.actors.countries import REGION_PHRASES
from eventwire.actors.countries import find_country as _find_country
from eventwire.actors.notables import notable
from eventwire.actors.places import AREA_NOUNS
from eventwire.actors.places import find_place as _find_place
from eventwire.records import Location

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def place_in(doc: Doc, tokens: set[int]) -> Location | None:
    """The first resolvable place among the entities (or proper-noun runs) inside `tokens`."""
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS and ent.root.i in tokens and not ent.root.is_lower:
            found = entity_place(_hyphenated(ent))
            if found is not None:
                return found
    # The small model misses or mislabels some place names ("Buenos Aires" as a person).
    for run in _propn_runs(doc, tokens):
        if run.label_ in ("", "GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"):
            if len(run) == 1 and run.root.ent_type_ == "PERSON" and notable(run.text):
                continue  # "Bush" is the president, not the Egyptian town of Bush
            found = entity_place(run)
            if found is not None:
                return found
    return _capital_by_adjective(doc, tokens)


def _hyphenated(ent: Span) -> Span:
    """The whole of a hyphenated name the tagger cut at its hyphen: "Guinea" in
    "Guinea-Bissau" (the whole, when it names a place, else the entity)."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].tag_ == "HYPH" and doc[end + 1].pos_ == "PROPN":
        whole = Span(doc, ent.start, end + 2, label=ent.label_)
        if _find_place(whole.text) is not None:
            return whole
    return ent


def _capital_by_adjective(doc: Doc, tokens: set[int]) -> Location | None:
    """ "in the Greek capital": a capital named by its country's adjective (the country's)."""
    for i in sorted(tokens):
        if doc[i].lower_ != "capital" or doc[i].pos_ != "NOUN":
            continue
        for mod in doc[i].children:
            country = _find_country(mod.text) if mod.dep_ in ("amod", "compound") else None
            place = _find_place(country.name) if country is not None else None
            if place is not None:
                text = doc[mod.i : i + 1].text
                return Location(text, place.name, place.country_iso3, place.lat, place.lon)
    return None


def _before_area_noun(span: Span) -> bool:
    """ "Guayas province", "Kerala state": a name an area noun follows."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in AREA_NOUNS


def entity_place(ent: Span) -> Location | None:
    """The place a place entity names: "the Niger Delta" is Nigeria's, "the Gulf of Oman" no
    one's (a region named after a country is not it)."""
    wider = region_around(ent)
    return _region_place(wider) if wider is not None else _resolve_place(ent)


def region_around(ent: Span) -> str | None:
    """The region or water named after a country that `ent` is part of or names ("Niger" in
    "the Niger Delta", "the Gulf of Oman"), or None."""
    if not any(t.text in _REGION_WORDS for t in ent):
        return None  # most places: no region phrase shares a word with them
    doc = ent.doc
    window = doc[max(ent.start - 3, 0) : min(ent.end + 3, len(doc))]
    text, base = window.text, window.start_char
    for phrase in REGION_PHRASES:
        if phrase in ent.text:
            return phrase
        if ent.text not in phrase:
            continue
        start = ent.start_char - phrase.index(ent.text) - base
        if start >= 0 and text[start : start + len(phrase)] == phrase:
            return phrase
    return None


_REGION_WORDS = frozenset(w for phrase in REGION_PHRASES for w in phrase.split())


def _region_place(phrase: str) -> Location | None:
    """The region's own place, when the gazetteer has one ("the Niger Delta" is Nigeria's);
    waters are no one's."""
    place = _find_place(phrase)
    if place is None:
        return None
    return Location(phrase, place.name, place.country_iso3, place.lat, place.lon)


def _propn_runs(doc: Doc, tokens: set[int]) -> Iterator[Span]:
    run: list[int] = []
    for i in [*sorted(tokens), -1]:
        # A name is capitalised: "the west bank of the Dnipro" is no West Bank.
        name = i >= 0 and doc[i].pos_ == "PROPN" and not doc[i].is_lower
        # ("Guinea-Bissau", "Timor-Leste": a hyphen inside a name keeps the run whole)
        name = name or (
            i >= 0 and doc[i].tag_ == "HYPH" and bool(run) and i + 1 in tokens and i == run[-1] + 1
        )
        if name and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if run:
            yield Span(doc, run[0], run[-1] + 1)
        run = [i] if name else []


def _resolve_place(ent: Span) -> Location | None:
    text = ent.text
    # a province or district by name only where the tagger took it for a place
    marked = ent.label_ in ("GPE", "LOC") or _before_area_noun(ent)
    for candidate in (text, text.removesuffix("’s").removesuffix("'s"), ent.root.text):
        place = _find_place(candidate, subdivisions=marked)
        if place is not None:
            return Location(
                text=text,
                name=place.name,
                country=place.country_iso3,
                lat=place.lat,
                lon=place.lon,
            )
    return None
