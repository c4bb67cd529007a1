"""The false-event rate: how often eventwire codes an event where there is none.

The set (`eval/negatives.jsonl` in the repository, written by the team and never used for
training) holds sentences with no political event: sports, weather, business, accidents and
disasters with no actor doing anything to anyone, science, culture. Many use event words in
other senses ("the striker's late strike", "the coach was fired"). Each sentence is coded alone.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.eval.gold_events import code_sentences, require_file
from eventwire.eval.stats import bootstrap_ci
from eventwire.options import Options

FILE = "negatives.jsonl"

SPEC = {
    "n": "Sentences with no political event, written by the team and kept out of training.",
    "false_event_rate": "Share of those sentences from which eventwire codes at least one event "
    "(goal: at most 0.05).",
    "no_false_event_rate": "One minus the false-event rate (the figure the quality gate floors).",
}


def load(data_dir: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The negative sentences, in file order."""
    path = require_file(data_dir, FILE)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return rows[:limit] if limit else rows


def evaluate(data_dir: Path, options: Options, limit: int | None = None) -> dict[str, Any]:
    """Code each negative sentence alone and count those that give any event."""
    rows = load(data_dir, limit)
    coded = code_sentences([(f"neg-{i}", r["text"]) for i, r in enumerate(rows)], options)
    hits = [bool(events) for events in coded]
    by_kind: Counter[str] = Counter()
    false_by_kind: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for row, events in zip(rows, coded, strict=True):
        by_kind[row.get("kind", "other")] += 1
        if events:
            false_by_kind[row.get("kind", "other")] += 1
            types.update(e.event_type for e in events)
    rate = sum(hits) / len(hits) if hits else 0.0
    low, high = bootstrap_ci(hits, lambda sample: sum(sample) / len(sample)) if hits else [0, 0]
    return {
        "dataset": "negatives",
        "n": len(rows),
        "false_event_rate": rate,
        "no_false_event_rate": 1.0 - rate,
        "false_events_by_kind": {k: f"{false_by_kind[k]}/{n}" for k, n in sorted(by_kind.items())},
        "false_event_types": dict(types.most_common()),
        "ci95": {"false_event_rate": [low, high], "no_false_event_rate": [1 - high, 1 - low]},
    }
