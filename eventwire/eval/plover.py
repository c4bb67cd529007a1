"""Score eventwire on the PLOVER gold-standard records (322 CAMEO-manual sentences).

Each sentence is coded alone (eventwire.eval.gold_events). Of the events eventwire codes from it,
the one that best matches the gold is compared with the gold record: the one of the gold's type
first, then the one sharing most source/target countries with the gold (same roles, then any
role), then the most confident. That is an oracle choice among eventwire's own events: it asks
"did eventwire code this event", not "was it the first thing eventwire coded" (which
`top_confidence_event_type_accuracy` reports). A sentence with no event counts as wrong throughout.

The gold predates PLOVER 2.0: DEMAND is read as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE,
FIGHT as ASSAULT; the DOCUMENT header record is skipped. Countries on both sides are normalised
(eventwire.eval.countries.coarse_country): CAMEO spellings to ISO3, dependencies to their parent,
UNO and EUR to IGO because the gold codes every intergovernmental body as IGO.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.eval.countries import coarse_country, normalise_sector
from eventwire.eval.gold_events import code_sentences, require_file
from eventwire.eval.stats import (
    Counts,
    accuracy,
    bootstrap_ci,
    confusion,
    macro_f1,
    micro_f1,
    per_class,
    set_counts,
    top_confusions,
)
from eventwire.events.codebook import PLOVER_QUAD
from eventwire.options import Options
from eventwire.records import Actor, Event

DATASET = "plover-gsr"
GOLD_FILE = "PLOVER_GSR_CAMEO.txt"
# The gold's pre-2021 PLOVER names and their PLOVER 2.0 categories.
OLD_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
NO_EVENT = "NONE"

SPEC = {
    "n": "Gold sentences scored (the DOCUMENT header record is skipped).",
    "event_type_accuracy": "Share of sentences whose best-matching coded event has the gold "
    "PLOVER type (a sentence with no event is wrong).",
    "event_type_macro_f1": "Unweighted mean over the gold's PLOVER types of the per-type F1 of "
    "that best-matching event's type.",
    "quad_accuracy": "Share of sentences whose best-matching event falls in the quad class "
    "(verbal/material cooperation/conflict) of the gold type.",
    "source_country_f1": "Micro F1 of the set of source countries of the best-matching event "
    "against the gold's, summed over sentences.",
    "target_country_f1": "Micro F1 of target countries, the same way; where the gold has no "
    "target, any predicted target country is a false positive.",
    "sector_accuracy": "Share of gold actors with a sector for which the best-matching event has "
    "an actor with that sector on the same side (source or target).",
    "no_event_rate": "Share of sentences from which eventwire codes no event at all.",
    "top_confidence_event_type_accuracy": "Share of sentences whose most confident coded event "
    "has the gold type (no oracle choice).",
    "ci95": "95% percentile bootstrap intervals (1,000 resamples of sentences, fixed seed).",
}


@dataclass(frozen=True)
class GoldActor:
    """One gold actor entry: normalised country and sector (either may be missing)."""

    country: str | None
    sector: str | None


@dataclass(frozen=True)
class GoldSentence:
    """One gold record, with the event type already in PLOVER 2.0 terms."""

    id: str
    text: str
    event_type: str
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]

    @property
    def source_countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.source if a.country)

    @property
    def target_countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.target if a.country)


@dataclass(frozen=True)
class Outcome:
    """What one sentence contributes to every figure."""

    gold_type: str
    predicted_type: str
    top_type: str
    quad_correct: bool
    source: Counts
    target: Counts
    sector_hits: tuple[bool, ...]


def gold_actors(value: Any) -> tuple[GoldActor, ...]:
    """The gold actors of one side, countries and sectors normalised."""
    # Missing sides are "", null or (once) a stray context word such as "diplomatic".
    if not isinstance(value, list):
        return ()
    return tuple(
        GoldActor(coarse_country(entry.get("code")), normalise_sector(entry.get("sector")))
        for entry in value
        if isinstance(entry, dict)
    )


def load_gold(data_dir: Path, limit: int | None = None) -> list[GoldSentence]:
    """The gold sentences in file order (the first `limit` when given)."""
    records = json.loads(require_file(data_dir, GOLD_FILE).read_text(encoding="utf-8"))
    sentences = [
        GoldSentence(
            id=record["id"],
            text=record["text"],
            event_type=OLD_NAMES.get(record["event"], record["event"]),
            source=gold_actors(record.get("source")),
            target=gold_actors(record.get("target")),
        )
        for record in records
        if record.get("event") != "DOCUMENT"
    ]
    return sentences[:limit] if limit is not None else sentences


def _countries(actors: Sequence[Actor]) -> frozenset[str]:
    return frozenset(c for c in (coarse_country(a.country) for a in actors) if c)


def best_event(events: Sequence[Event], gold: GoldSentence) -> Event | None:
    """The coded event that best matches the gold: type, then shared countries, then confidence."""

    def key(event: Event) -> tuple[bool, int, int, float]:
        source, target = _countries(event.source), _countries(event.target)
        same_roles = len(source & gold.source_countries) + len(target & gold.target_countries)
        any_role = len((source | target) & (gold.source_countries | gold.target_countries))
        return (event.event_type == gold.event_type, same_roles, any_role, event.confidence)

    return max(events, key=key, default=None)


def _sector_hits(gold: GoldSentence, event: Event | None) -> tuple[bool, ...]:
    hits: list[bool] = []
    for gold_side, side in ((gold.source, "source"), (gold.target, "target")):
        predicted = {a.sector for a in getattr(event, side)} if event else set()
        hits.extend(actor.sector in predicted for actor in gold_side if actor.sector)
    return tuple(hits)


def score_sentence(gold: GoldSentence, events: Sequence[Event]) -> Outcome:
    """Compare the events coded from one sentence with its gold record."""
    chosen = best_event(events, gold)
    top = max(events, key=lambda e: e.confidence, default=None)
    return Outcome(
        gold_type=gold.event_type,
        predicted_type=chosen.event_type if chosen else NO_EVENT,
        top_type=top.event_type if top else NO_EVENT,
        quad_correct=chosen is not None and chosen.quad == PLOVER_QUAD[gold.event_type],
        source=set_counts(_countries(chosen.source) if chosen else (), gold.source_countries),
        target=set_counts(_countries(chosen.target) if chosen else (), gold.target_countries),
        sector_hits=_sector_hits(gold, chosen),
    )


def _type_accuracy(outcomes: Sequence[Outcome]) -> float:
    return accuracy(o.predicted_type == o.gold_type for o in outcomes)


def _macro_f1(outcomes: Sequence[Outcome]) -> float:
    return macro_f1([o.gold_type for o in outcomes], [o.predicted_type for o in outcomes])


def _quad_accuracy(outcomes: Sequence[Outcome]) -> float:
    return accuracy(o.quad_correct for o in outcomes)


def _source_f1(outcomes: Sequence[Outcome]) -> float:
    return micro_f1(o.source for o in outcomes)


def _target_f1(outcomes: Sequence[Outcome]) -> float:
    return micro_f1(o.target for o in outcomes)


def _sector_accuracy(outcomes: Sequence[Outcome]) -> float:
    return accuracy(hit for o in outcomes for hit in o.sector_hits)


HEADLINE = {
    "event_type_accuracy": _type_accuracy,
    "event_type_macro_f1": _macro_f1,
    "quad_accuracy": _quad_accuracy,
    "source_country_f1": _source_f1,
    "target_country_f1": _target_f1,
    "sector_accuracy": _sector_accuracy,
}


def summarise(outcomes: Sequence[Outcome], dataset: str = DATASET) -> dict[str, Any]:
    """Every figure of the plover-gsr report, from per-sentence outcomes."""
    gold = [o.gold_type for o in outcomes]
    predicted = [o.predicted_type for o in outcomes]
    matrix = confusion(gold, predicted)
    source, target = (
        sum((o.source for o in outcomes), Counts()),
        sum((o.target for o in outcomes), Counts()),
    )
    report: dict[str, Any] = {"dataset": dataset, "n": len(outcomes)}
    report.update({name: metric(outcomes) for name, metric in HEADLINE.items()})
    report.update(
        {
            "no_event_rate": accuracy(p == NO_EVENT for p in predicted),
            "top_confidence_event_type_accuracy": accuracy(
                o.top_type == o.gold_type for o in outcomes
            ),
            "source_country_precision": source.precision,
            "source_country_recall": source.recall,
            "target_country_precision": target.precision,
            "target_country_recall": target.recall,
            "sector_n": sum(len(o.sector_hits) for o in outcomes),
            "per_class": per_class(gold, predicted),
            "confusion": matrix,
            "top_confusions": [
                {"gold": g, "predicted": p, "count": n} for g, p, n in top_confusions(matrix)
            ],
            "ci95": {name: bootstrap_ci(outcomes, metric) for name, metric in HEADLINE.items()},
        }
    )
    return report


def evaluate(data_dir: Path, options: Options, limit: int | None = None) -> dict[str, Any]:
    """Code every gold sentence alone and score it; see SPEC for what each figure means.

    Args:
        data_dir: the plover-gsr folder (holding PLOVER_GSR_CAMEO.txt).
        options: eventwire settings (model, confidence floor).
        limit: score only the first N gold sentences.

    Returns:
        The report: dataset, n, headline figures, per_class, confusion and ci95.
    """
    gold = load_gold(data_dir, limit)
    coded = code_sentences([(g.id, g.text) for g in gold], options)
    return summarise([score_sentence(g, events) for g, events in zip(gold, coded, strict=True)])
