"""The quality gate: a fast evaluation compared against committed floors.

`eval/floors.json` holds, per dataset, the lowest acceptable value of each figure. Floors are set
from a real run, rounded down a little for noise, and only ever go up: lowering one needs
`--allow-lower` and a reason in the commit message. The gate runs all of plover-gsr and petr2,
the first 40 zyte pages, the first 60 date pages, and the team's negative and held-out sets (not
its development sentences).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.eval import runner
from eventwire.options import Options

GATE_LIMITS = {"zyte": 40, "dates": 60}
# Sets the gate leaves out: the development sentences are read and tuned on, so a floor on them
# would guard nothing the held-out set does not.
UNGATED = frozenset({"dev", "dev-negatives"})
FLOORS_FILE = Path("eval") / "floors.json"
# Figures where less is better have no floor; their complement does ("no_false_event_rate").
LOWER_IS_BETTER = frozenset({"false_event_rate"})
# Floors are measured figures rounded down by this much, so run-to-run noise does not trip them.
MARGIN = 0.02


@dataclass(frozen=True)
class Breach:
    """A figure below its floor."""

    dataset: str
    metric: str
    value: float | None
    floor: float

    def __str__(self) -> str:
        shown = "missing" if self.value is None else f"{self.value:.3f}"
        return f"{self.dataset} {self.metric} = {shown} < floor {self.floor:.3f}"


def load_floors(path: Path = FLOORS_FILE) -> dict[str, dict[str, float]]:
    """The committed floors: {dataset: {metric: floor}}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def check(results: list[dict[str, Any]], floors: dict[str, dict[str, float]]) -> list[Breach]:
    """Every figure in `results` that falls below its floor (a missing figure fails too)."""
    breaches = []
    for result in results:
        for metric, floor in floors.get(result["dataset"], {}).items():
            value = result.get(metric)
            if not isinstance(value, (int, float)) or value < floor:
                breaches.append(Breach(result["dataset"], metric, value, floor))
    return breaches


def run_gate(data_dir: Path, options: Options | None = None) -> list[dict[str, Any]]:
    """The fast evaluation CI runs: every dataset present, with the gate's subsets."""
    return runner.run("all", data_dir, options, limits=GATE_LIMITS, exclude=UNGATED)


def proposed_floors(
    results: list[dict[str, Any]], metrics: dict[str, list[str]]
) -> dict[str, dict[str, float]]:
    """Floors from a run: each figure rounded down to two places after taking off the margin."""
    floors: dict[str, dict[str, float]] = {}
    for result in results:
        for metric in metrics.get(result["dataset"], []):
            value = result.get(metric)
            if isinstance(value, (int, float)):
                floor = math.floor(max(0.0, value - MARGIN) * 100) / 100
                floors.setdefault(result["dataset"], {})[metric] = floor
    return floors


def raise_floors(
    old: dict[str, dict[str, float]], new: dict[str, dict[str, float]], allow_lower: bool = False
) -> dict[str, dict[str, float]]:
    """Merge proposed floors into the committed ones; a floor only goes down with allow_lower."""
    merged = {k: dict(v) for k, v in old.items()}
    for dataset, metrics in new.items():
        for metric, floor in metrics.items():
            current = merged.get(dataset, {}).get(metric)
            if current is None or floor > current or allow_lower:
                merged.setdefault(dataset, {})[metric] = floor
    return merged
