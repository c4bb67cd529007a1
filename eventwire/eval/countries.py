"""Gold-data actor codes -> eventwire's codes: CAMEO-style countries, PETRARCH actors, sectors.

eventwire codes countries as ISO 3166 alpha-3 with dependencies folded into their parent, plus
PLOVER's non-state codes (IGO, UNO, EUR, NGO, ISM, ...). The gold sets are older and partly use
CAMEO/Phoenix spellings (JAP for Japan, ITL for Italy), PETRARCH's concatenated actor codes
(IRQGOVMIL = Iraq + GOV + MIL, ---REB = rebels of no stated country, IGOUNOMIL = UN + MIL) and
irregular sector strings (CVLalb, CIV, ***). Everything is normalised here, before any comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

# CAMEO / Phoenix / retired ISO spellings whose ISO 3166 alpha-3 code differs.
_COUNTRY_ALIASES = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "UK": "GBR",
    "UKG": "GBR",
    "US": "USA",
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "BUR": "MMR",
    "YUG": "SRB",
    "SCG": "SRB",
    "USR": "RUS",
    "SUN": "RUS",
    "DDR": "DEU",
    "FRG": "DEU",
    "GMY": "DEU",
    "XKX": "KOS",
    "KSV": "KOS",
    "WSB": "PSE",
    "GZS": "PSE",
    # Dependencies fold into their parent, as PLOVER asks and eventwire does.
    "HKG": "CHN",
    "MAC": "CHN",
    "PRI": "USA",
    "GUM": "USA",
    "VIR": "USA",
    "ASM": "USA",
    "GRL": "DNK",
    "FRO": "DNK",
    "PYF": "FRA",
    "NCL": "FRA",
    "GLP": "FRA",
    "MTQ": "FRA",
    "REU": "FRA",
    "BMU": "GBR",
    "GIB": "GBR",
}

# PLOVER's non-state "country" codes; IMG (international militarised group) is PLOVER's older
# name for what eventwire codes ISM.
_NON_STATE = {"IMG": "ISM"}

# Intergovernmental codes eventwire distinguishes but the PLOVER gold folds into IGO (AFR, the
# African Union, and NAT, NATO, are CAMEO's codes some team writers used).
_IGO_FAMILY = frozenset({"IGO", "UNO", "EUR", "AFR", "NAT"})

# PLOVER 2.0 sector codes (see PLOVER.md, Actors).
SECTORS = frozenset(
    {
        "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "GOV", "JRN", "JUD", "LAB", "LEG",
        "MED", "MIL", "OPP", "PRE", "PRM", "PTY", "REB", "REF", "REL", "SOC", "SPY", "UAF",
        "UNK",
    }
)  # fmt: skip

# CAMEO sector spellings that PLOVER names differently; religions (CAMEO MOS, MUS, CHR...) -> REL.
_SECTOR_ALIASES = {
    "CIV": "CVL",
    "MOS": "REL",
    "MUS": "REL",
    "CHR": "REL",
    "JEW": "REL",
    "BUD": "REL",
    "HIN": "REL",
    "CTH": "REL",
    "SHI": "REL",
    "SUN": "REL",
    "ENV": "SOC",
    "HLH": "MED",
    "IRC": "SOC",
}


def normalise_country(code: str | None) -> str | None:
    """A gold country code as ISO 3166 alpha-3 (or a PLOVER non-state code); None when absent."""
    if code is None:
        return None
    cleaned = code.strip().upper()
    if not cleaned or not cleaned.isalpha():
        return None
    cleaned = _COUNTRY_ALIASES.get(cleaned, cleaned)
    return _NON_STATE.get(cleaned, cleaned)


def coarse_country(code: str | None) -> str | None:
    """`normalise_country`, with UNO and EUR folded into IGO (the PLOVER gold's granularity)."""
    normal = normalise_country(code)
    return "IGO" if normal in _IGO_FAMILY else normal


def normalise_sector(sector: str | None) -> str | None:
    """A gold sector as a PLOVER sector code: CVLalb -> CVL, CIV -> CVL, *** -> None."""
    if not sector:
        return None
    head = sector.strip()[:3].upper()
    head = _SECTOR_ALIASES.get(head, head)
    return head if head in SECTORS else None


@dataclass(frozen=True)
class ActorCode:
    """A PETRARCH actor code read as country (ISO3 or non-state code) and PLOVER sector."""

    code: str
    country: str | None
    sector: str | None


def parse_actor_code(code: str) -> ActorCode:
    """Read a PETRARCH/Phoenix actor code: IRQGOVMIL -> (IRQ, GOV), ---REB -> (None, REB).

    The first three letters are the country; "---" means none was stated. International bodies
    carry their organisation next: IGOUNO... -> UNO, IGOEUR... -> EUR, any other IGO -> IGO.
    The sector is the first later block that is (or aliases to) a PLOVER sector; blocks such as
    GZA (Gaza), HMS (Hamas) or ITP (Interpol) name places and groups and are skipped.
    """
    raw = code.strip().upper()
    head, rest = raw[:3], raw[3:]
    blocks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if head == "---" or not head.isalpha():
        country = None
    elif head == "IGO" and blocks and blocks[0] in ("UNO", "EUR"):
        country = blocks.pop(0)
    else:
        country = normalise_country(head)
    sector = next((s for s in map(normalise_sector, blocks) if s is not None), None)
    return ActorCode(raw, country, sector)
