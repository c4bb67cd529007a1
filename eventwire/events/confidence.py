"""How sure eventwire is of a rule-coded event: a hand score, calibrated on the team's sentences.

`rule_score` ranks candidates by what the rules found (a verb beats a noun, both sides beat one,
actors from the parse beat actors taken by position). Those scores are not probabilities, so
`eventwire calibrate` codes the team's own labelled sentences (eventwire/data/training) with the
rules, and fits an isotonic map from each score to the share of events at that score whose type
is the sentence's labelled type (negative sentences count every event as wrong). The map is
shipped as eventwire/data/confidence.json; without it the hand score is used as it is.

The training sentences each carry one main event, so a second, real event in a sentence counts
against its score: the calibrated figure is, if anything, cautious.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from eventwire.events.component import EventCandidate

CALIBRATION_FILE = "confidence.json"
FORMAT_VERSION = 1


def rule_score(cand: EventCandidate, modality: str) -> float:
    """The hand score of a candidate: verbs with both sides found from the parse are the surest."""
    score = 0.45
    score += 0.2 if cand.source else 0.0
    score += 0.15 if cand.target else 0.0
    score += 0.1 if not cand.rule.startswith("noun.") else 0.0
    score += 0.05 if any(a.country for a in cand.source + cand.target) else 0.0
    if modality in ("background", "hypothetical"):
        score -= 0.1
    if "nearby" in cand.flags:
        score -= 0.25  # actors taken by position, not from the parse
    return round(max(0.05, min(0.99, score)), 2)


def fit_isotonic(pairs: Iterable[tuple[float, bool]]) -> list[tuple[float, float]]:
    """Non-decreasing map from score to probability (pool adjacent violators, add-one smoothed).

    Args:
        pairs: (score, correct) for every coded event.

    Returns:
        (score, probability) points, one per distinct score, in increasing score order.
    """
    totals: dict[float, list[int]] = {}
    for score, correct in pairs:
        cell = totals.setdefault(score, [0, 0])
        cell[0] += int(correct)
        cell[1] += 1
    # Blocks of (first score, last score, hits, count), merged while a later block is lower.
    blocks: list[list[Any]] = []
    for score in sorted(totals):
        hits, count = totals[score]
        blocks.append([score, score, hits, count])
        while len(blocks) > 1 and _rate(blocks[-2]) >= _rate(blocks[-1]):
            last = blocks.pop()
            blocks[-1][1] = last[1]
            blocks[-1][2] += last[2]
            blocks[-1][3] += last[3]
    points: list[tuple[float, float]] = []
    for first, last, hits, count in blocks:
        for score in sorted(s for s in totals if first <= s <= last):
            points.append((score, round(_rate([first, last, hits, count]), 3)))
    return points


def _rate(block: Sequence[Any]) -> float:
    return (block[2] + 1) / (block[3] + 2)


@lru_cache(maxsize=1)
def calibration() -> dict[str, Any] | None:
    """The shipped calibration (points, data digest, counts), or None when there is none."""
    path = resources.files("eventwire.data").joinpath(CALIBRATION_FILE)
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data if data.get("format") == FORMAT_VERSION else None


def calibrated(score: float, points: Sequence[Sequence[float]] | None = None) -> float:
    """The probability for a hand score: linear between fitted points, flat beyond them."""
    if points is None:
        table = calibration()
        if table is None:
            return score
        points = table["points"]
    if not points:
        return score
    scores = [p[0] for p in points]
    i = bisect.bisect_left(scores, score)
    if i == 0:
        return float(points[0][1])
    if i == len(points):
        return float(points[-1][1])
    (s0, p0), (s1, p1) = points[i - 1], points[i]
    if s1 == score:
        return float(p1)
    return round(p0 + (p1 - p0) * (score - s0) / (s1 - s0), 3)


def confidence(cand: EventCandidate, modality: str) -> float:
    """The calibrated confidence of a rule-coded candidate."""
    return calibrated(rule_score(cand, modality))
