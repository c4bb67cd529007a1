"""Countries: our own table of names, variants and demonyms (eventwire/data/countries.tsv).

The table covers the 193 UN member states plus Kosovo (KOS), Palestine (PSE), Taiwan (TWN) and the
Vatican (VAT). Dependencies fold into their parent (Hong Kong -> CHN, Puerto Rico -> USA), as PLOVER
asks. Capitals are not country names here: "Washington said" is metonymy and belongs to
eventwire.actors.places.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc

from eventwire.actors._text import clean_name, fold, table_rows

PhraseKind = Literal["name", "iso3", "adjective", "people"]


@dataclass(frozen=True)
class Country:
    """A country (or PLOVER country-like entity) by ISO 3166 alpha-3 code and common name."""

    iso3: str
    name: str


@dataclass(frozen=True)
class CountryPhrase:
    """One way of naming a country: a name, an ISO3 code, an adjective or a plural people."""

    text: str
    iso3: str
    kind: PhraseKind


# Names that are also common words or first names: matched only with their capital letter.
_CASE_SENSITIVE = {"turkey", "china", "chad", "jordan", "guinea", "georgia", "polish", "us"}

# Region words that contain a country name or adjective but are not that country; the component
# matches them too so that the longest match ("Latin America") hides the shorter ("America").
REGION_PHRASES: tuple[str, ...] = (
    "Latin America",
    "South America",
    "North America",
    "Central America",
    "Latin American",
    "South American",
    "North American",
    "Central American",
    "Native American",
    "African American",
    "Middle East",
    "Middle Eastern",
    "Korean Peninsula",
    "Indian Ocean",
    "Persian Gulf",
    "South China Sea",
    "East China Sea",
    "New Mexico",
    "New Jersey",
    "Georgia Tech",
    # waters and lands named after a country they are not: "drills in the Sea of Japan",
    # "troops sent to the Niger Delta" (Nigeria's)
    "Sea of Japan",
    "Gulf of Oman",
    "Gulf of Mexico",
    "Gulf of Guinea",
    "Gulf of Thailand",
    "Gulf of Finland",
    "Gulf of Aqaba",
    "Gulf of Tonkin",
    "Sea of Azov",
    "Irish Sea",
    "Philippine Sea",
    "Norwegian Sea",
    "Libyan Sea",
    "Taiwan Strait",
    "Korea Strait",
    "Niger Delta",
    "Niger River",
    "Congo River",
    "Congo Basin",
    "Lake Chad",
    "Chad Basin",
    "Lake Malawi",
    "Jordan River",
    "Jordan Valley",
)


def _default_people(adjective: str) -> str | None:
    # Most demonyms ending -an/-i/-ino pluralise with -s (Iranians, Israelis, Filipinos); the
    # others (Chinese, French, Swiss) are listed explicitly in the table or have no plural form.
    if adjective.endswith(("an", "i", "ino")):
        return adjective + "s"
    return None


@lru_cache(maxsize=1)
def country_phrases() -> tuple[CountryPhrase, ...]:
    """Every phrase of the table, in file order (used to build the component's matcher)."""
    phrases: list[CountryPhrase] = []
    for iso3, name, variants, adjectives, people in table_rows("countries.tsv", 5):
        phrases.append(CountryPhrase(name, iso3, "name"))
        phrases.append(CountryPhrase(iso3, iso3, "iso3"))
        phrases.extend(CountryPhrase(v, iso3, "name") for v in variants.split("|") if v)
        adjs = [a for a in adjectives.split("|") if a]
        phrases.extend(CountryPhrase(a, iso3, "adjective") for a in adjs)
        plurals = [p for p in people.split("|") if p]
        if not plurals:
            plurals = [p for p in map(_default_people, adjs) if p]
        phrases.extend(CountryPhrase(p, iso3, "people") for p in plurals)
    return tuple(phrases)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    """(by ISO3, by exact phrase, by folded phrase); the first phrase for a key wins."""
    by_iso3: dict[str, Country] = {}
    exact: dict[str, Country] = {}
    folded: dict[str, Country] = {}
    for phrase in country_phrases():
        if phrase.kind == "name" and phrase.iso3 not in by_iso3:
            by_iso3[phrase.iso3] = Country(phrase.iso3, phrase.text)
    for phrase in country_phrases():
        country = by_iso3[phrase.iso3]
        exact.setdefault(phrase.text, country)
        # Short keys (US, UK, PRC, ISO3 codes) and word-like names only match exactly.
        if phrase.kind != "iso3" and len(phrase.text) > 3:
            key = fold(phrase.text)
            if key not in _CASE_SENSITIVE:
                folded.setdefault(key, country)
    return by_iso3, exact, folded


def country_by_iso3(iso3: str) -> Country | None:
    """The country with code `iso3`, or None."""
    return _tables()[0].get(iso3)


def all_countries() -> tuple[Country, ...]:
    """Every country in the table."""
    return tuple(_tables()[0].values())


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(p.text for p in country_phrases() if p.kind in ("adjective", "people"))


def is_demonym(text: str) -> bool:
    """True when `text` is a demonym or adjective ("Iranian", "Britons") rather than a name."""
    return clean_name(text) in _demonyms()


def find_country(text: str) -> Country | None:
    """The country that `text` names: a name, variant, ISO3 code, adjective or plural people.

    Args:
        text: a short phrase such as "Iran", "the U.S.", "Iranian", "Palestinians", "Tehran's".

    Returns:
        The Country, or None. "US" matches but "us" does not; "IRAN" (a headline) matches.
    """
    name = clean_name(text)
    if not name:
        return None
    _, exact, folded = _tables()
    if name in exact:
        return exact[name]
    if name.isupper() and len(name) > 3 and name.title() in exact:
        return exact[name.title()]
    return folded.get(fold(name))


def stance_towards(doc: Doc, i: int) -> bool:
    """Whether the word at `i` follows "anti-" or "pro-": "anti-American protesters" and
    "pro-Russian separatists" take a stance towards a country, not its nationality."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro")
