"""Score eventwire on the PETRARCH-2 validation records (78 sentences, 92 codings).

The file is not well-formed XML, so it is read with regular expressions, one `<Sentence ` block at
a time (the header before the first block is skipped). Each sentence is coded alone
(eventwire.eval.gold_events). Of the 92 codings, 80 are events and 12 are `noevents="True"`
markers: the 12 sentences that carry one are scored only by `no_event_accuracy`.

Figures are per gold event coding (a sentence with two codings counts twice): a coding is found
when some event eventwire codes from the same sentence matches it, so these are recall-style
figures; `root_precision` gives the other side. Actor codes are read by
eventwire.eval.countries.parse_actor_code (IRQGOVMIL -> IRQ, IGOUNOMIL -> UNO, ---REB -> none).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

from eventwire.eval.countries import ActorCode, normalise_country, parse_actor_code
from eventwire.eval.gold_events import code_sentences, require_file
from eventwire.eval.stats import accuracy, bootstrap_ci
from eventwire.options import Options
from eventwire.records import Actor, Event

DATASET = "petr2"
GOLD_FILE = "PETR2_GSR_validation.xml"

SPEC = {
    "n": "Gold event codings scored (noevents markers excluded); n_sentences counts their "
    "sentences.",
    "cameo_root_accuracy": "Share of gold codings for which eventwire codes, from the same "
    "sentence, an event with the same CAMEO root (first two digits).",
    "dyad_accuracy": "Share of gold codings whose (source country, target country) pair is a "
    "pair of some coded event of the sentence; a gold side with no country (---) needs a side "
    "with no country.",
    "undirected_dyad_accuracy": "dyad_accuracy, with the pair also accepted the other way round.",
    "joint_accuracy": "Share of gold codings matched on root and dyad by one and the same event.",
    "root_precision": "Share of events coded from sentences with gold codings whose CAMEO root "
    "is the root of one of that sentence's codings.",
    "no_event_accuracy": "Share of the sentences marked noevents from which eventwire codes no "
    "event.",
    "ci95": "95% percentile bootstrap intervals (1,000 resamples of sentences, fixed seed).",
}

_SENTENCE_SPLIT = re.compile(r"<Sentence\s")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)


@dataclass(frozen=True)
class GoldCoding:
    """One gold event: CAMEO code and the two actors as (country, sector)."""

    cameo: str
    source: ActorCode
    target: ActorCode

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def dyad(self) -> tuple[str | None, str | None]:
        return (self.source.country, self.target.country)


@dataclass(frozen=True)
class GoldSentence:
    """One validation record; `codings` is empty for a sentence marked noevents."""

    id: str
    category: str
    text: str
    codings: tuple[GoldCoding, ...]


@dataclass(frozen=True)
class CodingOutcome:
    """Whether one gold coding was found, by root, by dyad and by both in one event."""

    category: str
    root: str
    root_found: bool
    dyad_found: bool
    undirected_dyad_found: bool
    joint_found: bool


@dataclass(frozen=True)
class SentenceOutcome:
    """One sentence's coding outcomes, its predicted roots and its event count."""

    codings: tuple[CodingOutcome, ...]
    predicted_right: int
    predicted: int


def parse_gold(xml: str) -> list[GoldSentence]:
    """Read the sentences of the (not well-formed) validation file, in file order."""
    sentences: list[GoldSentence] = []
    for block in _SENTENCE_SPLIT.split(xml)[1:]:
        attrs = dict(_ATTR.findall(block[: block.index(">")]))
        text = _TEXT.search(block)
        codings = []
        for raw in _CODING.findall(block):
            coding = dict(_ATTR.findall(raw))
            if "eventcode" in coding:
                codings.append(
                    GoldCoding(
                        coding["eventcode"],
                        parse_actor_code(coding.get("sourcecode", "---")),
                        parse_actor_code(coding.get("targetcode", "---")),
                    )
                )
        sentences.append(
            GoldSentence(
                id=attrs.get("id", ""),
                category=attrs.get("category", ""),
                text=" ".join(text.group(1).split()) if text else "",
                codings=tuple(codings),
            )
        )
    return sentences


def load_gold(data_dir: Path, limit: int | None = None) -> list[GoldSentence]:
    """The gold sentences (the first `limit` when given)."""
    sentences = parse_gold(require_file(data_dir, GOLD_FILE).read_text(encoding="utf-8"))
    return sentences[:limit] if limit is not None else sentences


def _side(actors: Sequence[Actor]) -> set[str | None]:
    # A side with no country code (nobody found, or "rebels" of no stated country) is None.
    countries = {normalise_country(a.country) for a in actors} - {None}
    return set(countries) if countries else {None}


def event_dyads(event: Event) -> set[tuple[str | None, str | None]]:
    """Every (source country, target country) pair an event states (compound actors expand)."""
    return set(product(_side(event.source), _side(event.target)))


def score_sentence(gold: GoldSentence, events: Sequence[Event]) -> SentenceOutcome:
    """Compare the events coded from one sentence with its gold codings."""
    outcomes = []
    for coding in gold.codings:
        root_hits = [e.cameo[:2] == coding.root for e in events]
        dyad_hits = [coding.dyad in event_dyads(e) for e in events]
        # PETRARCH codes a multilateral meeting as every ordered pair; eventwire states one
        # direction, so the undirected figure shows how much is only a matter of direction.
        flipped = (coding.dyad[1], coding.dyad[0])
        undirected = [coding.dyad in event_dyads(e) or flipped in event_dyads(e) for e in events]
        outcomes.append(
            CodingOutcome(
                category=gold.category,
                root=coding.root,
                root_found=any(root_hits),
                dyad_found=any(dyad_hits),
                undirected_dyad_found=any(undirected),
                joint_found=any(r and d for r, d in zip(root_hits, dyad_hits, strict=True)),
            )
        )
    roots = {c.root for c in gold.codings}
    return SentenceOutcome(
        codings=tuple(outcomes),
        predicted_right=sum(e.cameo[:2] in roots for e in events),
        predicted=len(events),
    )


def _share(outcomes: Sequence[SentenceOutcome], field: str) -> float:
    return accuracy(getattr(c, field) for o in outcomes for c in o.codings)


def _root_accuracy(outcomes: Sequence[SentenceOutcome]) -> float:
    return _share(outcomes, "root_found")


def _dyad_accuracy(outcomes: Sequence[SentenceOutcome]) -> float:
    return _share(outcomes, "dyad_found")


def _joint_accuracy(outcomes: Sequence[SentenceOutcome]) -> float:
    return _share(outcomes, "joint_found")


HEADLINE = {
    "cameo_root_accuracy": _root_accuracy,
    "dyad_accuracy": _dyad_accuracy,
    "joint_accuracy": _joint_accuracy,
}


def _breakdown(codings: Sequence[CodingOutcome], key: str) -> dict[str, dict[str, float]]:
    groups: dict[str, list[CodingOutcome]] = defaultdict(list)
    for coding in codings:
        groups[getattr(coding, key)].append(coding)
    return {
        name: {
            "n": len(group),
            "cameo_root_accuracy": accuracy(c.root_found for c in group),
            "dyad_accuracy": accuracy(c.dyad_found for c in group),
        }
        for name, group in sorted(groups.items())
    }


def summarise(
    with_events: Sequence[SentenceOutcome], no_event_counts: Sequence[int]
) -> dict[str, Any]:
    """Every figure of the petr2 report, from per-sentence outcomes."""
    codings = [c for o in with_events for c in o.codings]
    predicted = sum(o.predicted for o in with_events)
    report: dict[str, Any] = {
        "dataset": DATASET,
        "n": len(codings),
        "n_sentences": len(with_events),
        "n_no_event_sentences": len(no_event_counts),
    }
    report.update({name: metric(with_events) for name, metric in HEADLINE.items()})
    report.update(
        {
            "root_precision": sum(o.predicted_right for o in with_events) / predicted
            if predicted
            else 0.0,
            "undirected_dyad_accuracy": _share(with_events, "undirected_dyad_found"),
            "no_event_accuracy": accuracy(count == 0 for count in no_event_counts),
            "events_per_sentence": predicted / len(with_events) if with_events else 0.0,
            "per_category": _breakdown(codings, "category"),
            "per_root": _breakdown(codings, "root"),
            "ci95": {name: bootstrap_ci(with_events, metric) for name, metric in HEADLINE.items()},
        }
    )
    return report


def evaluate(data_dir: Path, options: Options, limit: int | None = None) -> dict[str, Any]:
    """Code every validation sentence alone and score it; see SPEC for each figure.

    Args:
        data_dir: the petr2-gsr-validation folder (holding PETR2_GSR_validation.xml).
        options: eventwire settings (model, confidence floor).
        limit: score only the first N sentences of the file.

    Returns:
        The report: dataset, n, cameo_root_accuracy, dyad_accuracy and the breakdowns.
    """
    gold = load_gold(data_dir, limit)
    coded = code_sentences([(g.id, g.text) for g in gold], options)
    with_events: list[SentenceOutcome] = []
    no_event_counts: list[int] = []
    for sentence, events in zip(gold, coded, strict=True):
        if sentence.codings:
            with_events.append(score_sentence(sentence, events))
        else:
            no_event_counts.append(len(events))
    return summarise(with_events, no_event_counts)
