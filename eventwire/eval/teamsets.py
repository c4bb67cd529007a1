"""Score eventwire on the team's own event sentences: `eval/heldout/` and `eval/dev/`.

The issue asks for a held-out set of English news sentences that the developers do not see,
scored like the PLOVER gold. Writers who saw neither the gold nor the code wrote each set
(eval/README.md): some in the style of recent wire news, some with a sentence for every CAMEO
code of the crosswalk. Developers read the development sets sentence by sentence; of the
held-out sets they read only these aggregate figures, so that rules tuned to the development
sentences show up as a gap.

Each record is in the PLOVER gold's format plus the writer's CAMEO code. The writers labelled
types by the 2021 draft crosswalk; eventwire follows PLOVER 2.0 where the two part (a signing is
SUPPORT, not AGREE), so `crosswalk_type_accuracy` also scores each sentence against eventwire's
own PLOVER reading of the writer's CAMEO code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import NotFound
from eventwire.eval.gold_events import code_sentences
from eventwire.eval.plover import OLD_NAMES, GoldSentence, gold_actors, score_sentence, summarise
from eventwire.eval.stats import accuracy, bootstrap_ci
from eventwire.events.codebook import coding_for
from eventwire.options import Options
from eventwire.records import Event

SPEC = {
    "n": "Sentences scored, from every *.json file of the set's folder.",
    "event_type_accuracy": "Share of sentences whose best-matching coded event has the writer's "
    "PLOVER type (chosen as for plover-gsr; a sentence with no event is wrong).",
    "crosswalk_type_accuracy": "The same against eventwire's PLOVER 2.0 reading of the writer's "
    "CAMEO code, where it departs from the writer's draft-crosswalk type.",
    "quad_accuracy": "Share whose best-matching event has the quad class of the writer's type.",
    "source_country_f1": "Micro F1 of source countries, as for plover-gsr.",
    "target_country_f1": "Micro F1 of target countries, as for plover-gsr.",
    "sector_accuracy": "Share of the writer's actors with a sector matched on the same side.",
    "by_file": "Event-type accuracy of each file.",
}


def _record_type(record: dict[str, Any]) -> str:
    return OLD_NAMES.get(record["event"], record["event"])


def crosswalk_type(record: dict[str, Any]) -> str:
    """eventwire's PLOVER type for the writer's CAMEO code, or the writer's type without one."""
    try:
        return coding_for(str(record.get("cameo", ""))).event_type
    except KeyError:
        return _record_type(record)


def load(data_dir: Path, limit: int | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(file stem, record) for every record of every file, files in name order."""
    files = sorted(data_dir.glob("*.json"))
    if not files:
        raise NotFound(f"no sentence sets (*.json) in {data_dir}")
    rows = [
        (path.stem, record)
        for path in files
        for record in json.loads(path.read_text(encoding="utf-8"))
    ]
    return rows[:limit] if limit else rows


def _gold(record: dict[str, Any], event_type: str) -> GoldSentence:
    return GoldSentence(
        id=record["id"],
        text=record["text"],
        event_type=event_type,
        source=gold_actors(record.get("source")),
        target=gold_actors(record.get("target")),
    )


def _crosswalk_hits(records: Sequence[dict[str, Any]], coded: Sequence[list[Event]]) -> list[bool]:
    hits = []
    for record, events in zip(records, coded, strict=True):
        wanted = crosswalk_type(record)
        hits.append(any(event.event_type == wanted for event in events))
    return hits


def evaluate(data_dir: Path, options: Options, limit: int | None = None) -> dict[str, Any]:
    """Code every held-out sentence alone and score it; see SPEC for what each figure means."""
    rows = load(data_dir, limit)
    records = [record for _, record in rows]
    gold = [_gold(record, _record_type(record)) for record in records]
    coded = code_sentences([(g.id, g.text) for g in gold], options)
    outcomes = [score_sentence(g, events) for g, events in zip(gold, coded, strict=True)]
    report = summarise(outcomes, data_dir.name)
    crosswalk = _crosswalk_hits(records, coded)
    report["crosswalk_type_accuracy"] = accuracy(crosswalk)
    report["ci95"]["crosswalk_type_accuracy"] = bootstrap_ci(crosswalk, accuracy)
    by_file: dict[str, list[bool]] = {}
    for (stem, _), outcome in zip(rows, outcomes, strict=True):
        by_file.setdefault(stem, []).append(outcome.predicted_type == outcome.gold_type)
    report["by_file"] = {stem: round(accuracy(hits), 3) for stem, hits in by_file.items()}
    return report
