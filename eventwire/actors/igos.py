"""International organisations and well-known named groups, with their PLOVER codes.

The table in this module holds the international bodies and the armed movements most in the news;
eventwire/data/organisations.tsv adds some 1,600 named parties, armed groups, state agencies,
legislatures, news agencies and regional bodies, each with its country (or PLOVER code) and sector.

PLOVER codes non-state actors with a country-like code: UNO (the UN and its organs and agencies),
EUR (the European Union's institutions), IGO (other intergovernmental bodies), NGO, ISM
(international militant groups). A few armed movements that act for one country carry that
country's ISO3 code and a sector instead, following PLOVER's "parent country plus sector".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors._text import clean_name, fold, table_rows


@dataclass(frozen=True)
class Igo:
    """An organisation: canonical `name`, PLOVER `code` and, where fixed, a PLOVER `sector`."""

    name: str
    code: str
    sector: str | None = None


# (canonical name, code, sector, other names). Abbreviations are matched case-sensitively.
_TABLE: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    ("United Nations", "UNO", None, ("UN", "U.N.", "UNO")),
    (
        "UN Security Council",
        "UNO",
        "GOV",
        ("Security Council", "UNSC", "U.N. Security Council", "United Nations Security Council"),
    ),
    (
        "UN General Assembly",
        "UNO",
        None,
        ("General Assembly", "UNGA", "U.N. General Assembly", "United Nations General Assembly"),
    ),
    (
        "UN Human Rights Council",
        "UNO",
        None,
        ("Human Rights Council", "UNHRC", "United Nations Human Rights Council"),
    ),
    (
        "UNHCR",
        "UNO",
        None,
        ("UN refugee agency", "UN Refugee Agency", "United Nations High Commissioner for Refugees"),
    ),
    ("UNICEF", "UNO", None, ("Unicef", "United Nations Children's Fund")),
    ("World Health Organization", "UNO", "MED", ("WHO", "World Health Organisation")),
    ("International Atomic Energy Agency", "UNO", None, ("IAEA",)),
    ("World Food Programme", "UNO", None, ("WFP", "World Food Program")),
    ("UNRWA", "UNO", None, ("United Nations Relief and Works Agency",)),
    ("UNESCO", "UNO", None, ("Unesco",)),
    ("OCHA", "UNO", None, ("UN humanitarian office",)),
    ("UN Secretariat", "UNO", None, ()),
    ("European Union", "EUR", None, ("EU", "E.U.", "27-nation bloc", "28-nation bloc")),
    ("European Commission", "EUR", "GOV", ("EU Commission",)),
    ("European Parliament", "EUR", "LEG", ("EU Parliament",)),
    ("European Council", "EUR", "GOV", ("Council of the European Union", "Council of the EU")),
    ("European Central Bank", "EUR", None, ("ECB",)),
    ("NATO", "IGO", None, ("North Atlantic Treaty Organization", "Nato", "N.A.T.O.")),
    ("African Union", "IGO", None, ("AU",)),
    (
        "ASEAN",
        "IGO",
        None,
        ("Association of Southeast Asian Nations", "Asean", "Southeast Asian bloc"),
    ),
    ("OPEC", "IGO", None, ("Organization of the Petroleum Exporting Countries", "OPEC+", "Opec")),
    ("Arab League", "IGO", None, ("League of Arab States",)),
    ("Organization of American States", "IGO", None, ("OAS",)),
    (
        "OSCE",
        "IGO",
        None,
        (
            "Organization for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
        ),
    ),
    ("G7", "IGO", None, ("G-7", "Group of Seven")),
    ("G20", "IGO", None, ("G-20", "Group of 20", "Group of Twenty")),
    ("BRICS", "IGO", None, ("Brics",)),
    (
        "Shanghai Cooperation Organisation",
        "IGO",
        None,
        ("SCO", "Shanghai Cooperation Organization"),
    ),
    ("Gulf Cooperation Council", "IGO", None, ("GCC",)),
    ("International Monetary Fund", "IGO", None, ("IMF",)),
    ("World Bank", "IGO", None, ()),
    ("World Trade Organization", "IGO", None, ("WTO", "World Trade Organisation")),
    ("International Criminal Court", "IGO", "JUD", ("ICC",)),
    ("International Court of Justice", "UNO", "JUD", ("ICJ", "World Court")),
    ("Interpol", "IGO", "COP", ("INTERPOL",)),
    # (wire copy names a regional bloc by its region on second mention: "the West African bloc")
    (
        "ECOWAS",
        "IGO",
        None,
        ("Economic Community of West African States", "Ecowas", "West African bloc"),
    ),
    (
        "Organisation of Islamic Cooperation",
        "IGO",
        None,
        (
            "OIC",
            "Organization of Islamic Cooperation",
            # its name until 2011
            "Organisation of the Islamic Conference",
            "Organization of the Islamic Conference",
            "Islamic Conference",
        ),
    ),
    ("Commonwealth of Independent States", "IGO", None, ()),
    (
        "International Committee of the Red Cross",
        "NGO",
        "MED",
        ("ICRC", "Red Cross", "Red Crescent"),
    ),
    ("Amnesty International", "NGO", None, ("Amnesty",)),
    ("Human Rights Watch", "NGO", None, ("HRW",)),
    (
        "Doctors Without Borders",
        "NGO",
        "MED",
        ("Médecins Sans Frontières", "Medecins Sans Frontieres", "MSF"),
    ),
    # Armed movements. Islamic State and al-Qaeda operate across borders: ISM, with PLOVER's
    # sector for armed non-state groups (REB). The others act in one country and fight outside
    # its state's command (Hamas and Hezbollah against Israel, the Houthis against the
    # government): REB too. PRM is kept for militias that fight for a government.
    ("Islamic State", "ISM", "REB", ("ISIS", "ISIL", "Daesh")),
    ("al-Qaeda", "ISM", "REB", ("al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida")),
    ("Hamas", "PSE", "REB", ()),
    ("Hezbollah", "LBN", "REB", ("Hizbollah", "Hizballah")),
    ("Houthis", "YEM", "REB", ("Houthi", "Ansar Allah")),
    ("Taliban", "AFG", "GOV", ()),
    ("al-Shabaab", "SOM", "REB", ("Al-Shabaab", "al Shabaab", "Al Shabaab")),
    ("Boko Haram", "NGA", "REB", ()),
)

# Groups of states named by their region ("West African leaders", "Gulf Arab states"): no one
# state, so PLOVER's code for several states acting together, IGO.
_REGIONS = (
    "West African",
    "East African",
    "Southern African",
    "Central African",
    "North African",
    "African",
    "Arab",
    "Gulf Arab",
    "Gulf",
    "European",
    "Latin American",
    "South American",
    "Central American",
    "Caribbean",
    "Asian",
    "Southeast Asian",
    "South Asian",
    "Central Asian",
    "Nordic",
    "Baltic",
    "Balkan",
    "Western",
    "Islamic",
)
_STATE_GROUPS = (
    "states",
    "governments",
    "nations",
    "countries",
    "powers",
    "heads of state",
    "monarchies",
    "neighbours",
    "neighbors",
    "foreign ministers",
)
# "Islamic leaders" lead a faith, not states.
_LEADERS = ("leaders", "presidents")
_REGIONAL: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = tuple(
    (
        f"{region} {_STATE_GROUPS[0]}",
        "IGO",
        "GOV",
        tuple(
            f"{region} {noun}"
            for noun in _STATE_GROUPS[1:] + (() if region == "Islamic" else _LEADERS)
        ),
    )
    for region in _REGIONS
)

# Short upper-case abbreviations that are also ordinary words or other things in other casing.
_EXACT_ONLY_LEN = 4


@lru_cache(maxsize=1)
def _organisations() -> tuple[tuple[str, str, str | None, tuple[str, ...]], ...]:
    """Named parties, armed groups, agencies and bodies from eventwire/data/organisations.tsv."""
    return tuple(
        (name, code, sector or None, tuple(a for a in aliases.split("|") if a))
        for name, code, sector, aliases in table_rows("organisations.tsv", 4)
    )


@lru_cache(maxsize=1)
def igo_phrases() -> tuple[tuple[str, Igo], ...]:
    """Every (phrase, Igo) pair of the tables (used to build the component's matcher).

    The hand-kept table above comes first, so its reading of a shared name wins.
    """
    pairs: list[tuple[str, Igo]] = []
    for name, code, sector, others in (*_TABLE, *_REGIONAL, *_organisations()):
        igo = Igo(name, code, sector)
        pairs.append((name, igo))
        pairs.extend((other, igo) for other in others)
    return tuple(pairs)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Igo], dict[str, Igo]]:
    exact: dict[str, Igo] = {}
    folded: dict[str, Igo] = {}
    for phrase, igo in igo_phrases():
        exact.setdefault(phrase, igo)
        # "WHO" must not match "who", nor "IS" "is": abbreviations only match as written.
        if len(phrase) > _EXACT_ONLY_LEN and not phrase.isupper():
            folded.setdefault(fold(phrase), igo)
    return exact, folded


def find_igo(text: str) -> Igo | None:
    """The organisation that `text` names, or None.

    Args:
        text: a name or abbreviation such as "UN Security Council", "the EU", "Amnesty".

    Returns:
        The Igo (name, PLOVER code, sector), or None.
    """
    name = clean_name(text)
    exact, folded = _tables()
    return exact.get(name) or folded.get(fold(name))
