"""Fit the confidence of rule-coded events on the team's own sentences (`eventwire calibrate`).

    fit_confidence(out_path) -> figures

Every sentence of eventwire/data/training (events.jsonl with its PLOVER type, negatives.jsonl
with none) is coded by the rules alone. Each event's hand score (events.confidence.rule_score)
is paired with whether its type is the sentence's label, and an isotonic map from score to
probability is fitted and written with the data's digest. Deterministic: the same sentences and
model give the same file. No gold evaluation data is read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.events.codebook import coding_for
from eventwire.events.confidence import FORMAT_VERSION, fit_isotonic, rule_score
from eventwire.nlp import load_pipeline
from eventwire.options import Options
from eventwire.pipeline import candidate_modality
from eventwire.train import data_digest, read_examples, training_dir


def default_calibration_path() -> Path:
    """eventwire/data/confidence.json, the calibration that ships with the package."""
    return Path(__file__).parent / "data" / "confidence.json"


def fit_confidence(out_path: Path, options: Options | None = None) -> dict[str, Any]:
    """Code the training sentences, fit the score -> probability map and write it to out_path."""
    options = options or Options()
    folder = training_dir()
    examples = read_examples(folder)
    nlp = load_pipeline(options.model)
    pairs: list[tuple[float, bool]] = []
    for doc, example in nlp.pipe(((e.text, e) for e in examples), as_tuples=True, batch_size=64):
        for cand in doc._.events or []:
            score = rule_score(cand, candidate_modality(cand))
            pairs.append((score, coding_for(cand.cameo).event_type == example.label))
    points = fit_isotonic(pairs)
    figures: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "data_sha256": data_digest(folder),
        "sentences": len(examples),
        "events": len(pairs),
        "events_right": sum(correct for _, correct in pairs),
        "points": [[score, p] for score, p in points],
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return figures
