"""Score coded events against the hand-coded expectations for a corpus of articles.

The expectations (tests/fixtures/examples_expected.json) list, per file, the events an expert
coder would code: event type, source and target countries, modality and, where the text names one,
a date. Matching is per file:

- the predicted `event_type` equals the expected one, or is one of its `also` alternatives
  (signing an agreement is SUPPORT under the CAMEO crosswalk, 057, but AGREE is accepted);
- the predicted source countries overlap the expected source (an empty expected source matches
  anything), and, when the expected target is not empty, the predicted target overlaps it;
- for the symmetric types CONSULT, AGREE, COOPERATE and SUPPORT the pair may also be given the
  other way round, or as one set (source and target together equal the expected pair).

Predicted events are taken greedily by confidence; each expected event is matched at most once.
A predicted event that only matches expected events already taken is a *duplicate* (the same event
read again from another sentence, often the standfirst): it is reported but counts neither as a
true nor a false positive. Modality and date are not part of matching; they are reported as
accuracies over the matched pairs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.records import Actor, Event

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


@dataclass(frozen=True)
class ExpectedEvent:
    """One hand-coded event of one file."""

    file: str
    event_type: str
    source: tuple[str, ...]
    target: tuple[str, ...] = ()
    modality: str = "asserted"
    date: str | None = None
    note: str = ""
    also: tuple[str, ...] = ()
    same_event_as: str | None = None

    @property
    def types(self) -> frozenset[str]:
        """The event types accepted for this event."""
        return frozenset((self.event_type, *self.also))


@dataclass
class TypeCounts:
    """True positives, false positives, false negatives and duplicates for one event type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0

    def __add__(self, other: TypeCounts) -> TypeCounts:
        return TypeCounts(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.duplicates + other.duplicates,
        )


@dataclass
class CorpusScore:
    """Counts for one file or a whole corpus; precision, recall and F1 are derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0
    modality_correct: int = 0
    date_checked: int = 0
    date_correct: int = 0
    per_type: dict[str, TypeCounts] = field(default_factory=dict)
    missed: list[ExpectedEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def modality_accuracy(self) -> float:
        """Share of matched pairs whose predicted modality equals the expected one."""
        return self.modality_correct / self.tp if self.tp else 0.0

    @property
    def date_accuracy(self) -> float:
        """Share of matched pairs with an expected date whose predicted date starts with it."""
        return self.date_correct / self.date_checked if self.date_checked else 0.0

    def __add__(self, other: CorpusScore) -> CorpusScore:
        per_type = dict(self.per_type)
        for name, counts in other.per_type.items():
            per_type[name] = per_type.get(name, TypeCounts()) + counts
        return CorpusScore(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            duplicates=self.duplicates + other.duplicates,
            modality_correct=self.modality_correct + other.modality_correct,
            date_checked=self.date_checked + other.date_checked,
            date_correct=self.date_correct + other.date_correct,
            per_type=per_type,
            missed=self.missed + other.missed,
            spurious=self.spurious + other.spurious,
        )

    def _count(self, event_type: str) -> TypeCounts:
        return self.per_type.setdefault(event_type, TypeCounts())


def _countries(actors: Iterable[Actor]) -> set[str]:
    return {actor.country for actor in actors if actor.country}


def _directed(exp_src: set[str], exp_tgt: set[str], src: set[str], tgt: set[str]) -> bool:
    source_ok = not exp_src or bool(exp_src & src)
    target_ok = not exp_tgt or bool(exp_tgt & tgt)
    return source_ok and target_ok


def matches(expected: ExpectedEvent, predicted: Event) -> bool:
    """Whether `predicted` codes the same event as `expected` (see the module docstring)."""
    if predicted.event_type not in expected.types:
        return False
    exp_src, exp_tgt = set(expected.source), set(expected.target)
    src, tgt = _countries(predicted.source), _countries(predicted.target)
    if _directed(exp_src, exp_tgt, src, tgt):
        return True
    if expected.event_type not in SYMMETRIC_TYPES:
        return False
    return _directed(exp_src, exp_tgt, tgt, src) or (exp_src | exp_tgt) == (src | tgt)


def _pick(expected: Sequence[ExpectedEvent], taken: set[int], predicted: Event) -> int | None:
    """The index of the best untaken expected event for `predicted`, preferring same modality."""
    candidates = [i for i, exp in enumerate(expected) if i not in taken and matches(exp, predicted)]
    same_modality = [i for i in candidates if expected[i].modality == predicted.modality]
    if same_modality:
        return same_modality[0]
    return candidates[0] if candidates else None


def score(expected: Sequence[ExpectedEvent], predicted: Sequence[Event]) -> CorpusScore:
    """Score the predicted events of one file against its expected events.

    Args:
        expected: the hand-coded events of the file.
        predicted: the events coded from the same file.

    Returns:
        The counts, with per-type tallies, the missed expected events and the spurious predictions.
    """
    result = CorpusScore()
    taken: set[int] = set()
    for event in sorted(predicted, key=lambda e: -e.confidence):
        index = _pick(expected, taken, event)
        if index is None:
            if any(matches(exp, event) for exp in expected):
                result.duplicates += 1
                result._count(event.event_type).duplicates += 1
            else:
                result.fp += 1
                result._count(event.event_type).fp += 1
                result.spurious.append(event)
            continue
        taken.add(index)
        exp = expected[index]
        result.tp += 1
        result._count(exp.event_type).tp += 1
        result.modality_correct += int(event.modality == exp.modality)
        expected_date = exp.date
        if expected_date is not None:
            result.date_checked += 1
            result.date_correct += int((event.date or "").startswith(expected_date))
    for index, exp in enumerate(expected):
        if index not in taken:
            result.fn += 1
            result._count(exp.event_type).fn += 1
            result.missed.append(exp)
    return result


def score_files(
    expected_by_file: Mapping[str, Sequence[ExpectedEvent]],
    predicted_by_file: Mapping[str, Sequence[Event]],
) -> CorpusScore:
    """Score a corpus file by file and add the results up.

    Predicted events of a file with no expectations all count as false positives.
    """
    total = CorpusScore()
    for name in sorted(set(expected_by_file) | set(predicted_by_file)):
        total += score(expected_by_file.get(name, ()), predicted_by_file.get(name, ()))
    return total


def _expected_event(file: str, raw: Mapping[str, Any]) -> ExpectedEvent:
    for key in ("event_type", "source"):
        if key not in raw:
            raise ValueError(f"{file}: expected event without {key!r}: {raw!r}")
    return ExpectedEvent(
        file=file,
        event_type=raw["event_type"],
        source=tuple(raw["source"]),
        target=tuple(raw.get("target") or ()),
        modality=raw.get("modality", "asserted"),
        date=raw.get("date"),
        note=raw.get("note", ""),
        also=tuple(raw.get("also") or ()),
        same_event_as=raw.get("same_event_as"),
    )


def load_expected(path: str | Path) -> dict[str, list[ExpectedEvent]]:
    """Read an expectations file: `{"files": [{"file": ..., "events": [...]}, ...]}`.

    Args:
        path: the JSON file.

    Returns:
        The expected events keyed by file path as written in the file.
    """
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    entries = document["files"] if isinstance(document, dict) else document
    return {
        entry["file"]: [_expected_event(entry["file"], raw) for raw in entry["events"]]
        for entry in entries
    }


def _row(name: str, counts: TypeCounts) -> str:
    rates = CorpusScore(tp=counts.tp, fp=counts.fp, fn=counts.fn)
    return (
        f"{name:<10} {counts.tp:>4} {counts.fp:>4} {counts.fn:>4} {counts.duplicates:>4} "
        f"{rates.precision:>6.2f} {rates.recall:>6.2f} {rates.f1:>6.2f}"
    )


def format_score(result: CorpusScore) -> str:
    """A small plain-text table: one row per event type, then the totals."""
    columns = ("tp", "fp", "fn", "dup")
    header = f"{'event type':<10} " + " ".join(f"{c:>4}" for c in columns)
    header += " " + " ".join(f"{c:>6}" for c in ("P", "R", "F1"))
    rule = "-" * len(header)
    lines = [header, rule]
    lines += [_row(name, result.per_type[name]) for name in sorted(result.per_type)]
    total = TypeCounts(result.tp, result.fp, result.fn, result.duplicates)
    lines += [rule, _row("all", total)]
    lines.append(
        f"modality accuracy {result.modality_accuracy:.2f} "
        f"({result.modality_correct}/{result.tp}); "
        f"date accuracy {result.date_accuracy:.2f} ({result.date_correct}/{result.date_checked})"
    )
    return "\n".join(lines)
