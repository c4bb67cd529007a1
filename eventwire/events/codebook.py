"""CAMEO codes to PLOVER type, mode, context, quad class and Goldstein score.

Tables come from eventwire/data (see data/SOURCES.md): the PLOVER project's CAMEO2PLOVER-2021
crosswalk, GDELT's Goldstein lookup, and `plover2.tsv`, the few codes where the PLOVER 2.0 manual
departs from that 2021 draft crosswalk (signing is AGREE, resigning RETREAT, convicting and
imposing sanctions SANCTION, easing a curfew, an emergency or sanctions CONCEDE). Coding rules
name a CAMEO code; everything else is read from these tables, so the two vocabularies can never
disagree inside eventwire.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

PLOVER_QUAD = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
PLOVER_TYPES = tuple(PLOVER_QUAD)

# PLOVER has no type for CAMEO's appeals (02x); they are requests, with the mode of the demand
# (10x) that has the same last digit.
_APPEAL_AS_DEMAND = {"02": "10", "020": "100"}


@dataclass(frozen=True)
class Coding:
    """What a CAMEO code means in PLOVER terms."""

    cameo: str
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    quad: str
    goldstein: float
    name: str

    def event_fields(self) -> dict[str, Any]:
        """The Event fields this coding fills: type, mode, context, CAMEO, Goldstein, quad."""
        return {
            "event_type": self.event_type,
            "mode": self.mode,
            "context": self.context,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
        }


def _data_text(name: str) -> str:
    return resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _goldstein() -> dict[str, float]:
    table: dict[str, float] = {}
    for line in _data_text("goldstein.tsv").splitlines()[1:]:
        code, _, score = line.partition("\t")
        if code.strip() and score.strip():
            table[code.strip()] = float(score)
    return table


def _clean_mode(mode: str) -> str | None:
    mode = mode.strip()
    # The crosswalk puts a context name in the mode column for 175; modes have no underscore.
    if not mode or "_" in mode:
        return None
    return mode


@lru_cache(maxsize=1)
def _crosswalk() -> dict[str, tuple[str, str | None, tuple[str, ...], str]]:
    table: dict[str, tuple[str, str | None, tuple[str, ...], str]] = {}
    for raw in _data_text("cameo2plover.txt").splitlines():
        if not raw[:1].isdigit() or ":" not in raw:
            continue
        code, _, rest = raw.partition(":")
        rest, _, name = rest.partition("#")
        fields = [f.strip() for f in rest.split(",")]
        if len(fields) < 2:
            continue  # a root heading such as "03: AGREE"
        event_type = fields[0].upper()
        mode = _clean_mode(fields[1])
        context = tuple(c.strip() for c in ",".join(fields[2:]).split(";") if c.strip())
        table.setdefault(code.strip(), (event_type, mode, context, name.strip()))
    return table


@lru_cache(maxsize=1)
def _plover2() -> dict[str, tuple[str, str | None]]:
    table: dict[str, tuple[str, str | None]] = {}
    for line in _data_text("plover2.tsv").splitlines()[1:]:
        code, event_type, mode, _ = line.split("\t")
        table[code] = (event_type, mode or None)
    return table


def coding_for(cameo: str) -> Coding:
    """The PLOVER reading of a CAMEO code; unknown codes raise KeyError."""
    lookup = cameo
    if cameo[:2] == "02":
        lookup = _APPEAL_AS_DEMAND.get(cameo, "10" + cameo[2:])
    crosswalk = _crosswalk()
    if lookup not in crosswalk:
        raise KeyError(f"CAMEO code {cameo!r} has no PLOVER reading")
    event_type, mode, context, name = crosswalk[lookup]
    # PLOVER 2.0 wins where it departs from the draft crosswalk; the context stays.
    event_type, mode = _plover2().get(lookup, (event_type, mode))
    if cameo[:2] == "02":
        name = "Appeal: " + name
    goldstein = _goldstein().get(
        cameo, _goldstein().get(cameo[:3], _goldstein().get(cameo[:2], 0.0))
    )
    return Coding(cameo, event_type, mode, context, PLOVER_QUAD[event_type], goldstein, name)


def known_codes() -> list[str]:
    """Every CAMEO code the crosswalk reads."""
    return sorted(_crosswalk())
