"""Train the event-type head (eventwire.events.model) on the team's own sentences.

    train(out_path) -> figures

1. Read eventwire/data/training/events.jsonl (sentences with a PLOVER type) and negatives.jsonl
   (sentences with no political event, labelled NO_EVENT).
2. Embed every sentence with all-MiniLM-L6-v2 (needs the `eventwire[embed]` extra).
3. Standardise the embeddings and fit a multinomial logistic regression with an L2 penalty by
   full-batch accelerated gradient descent from zero weights (convex, so the result depends only
   on the data and the settings). The penalty is chosen from L2_GRID by stratified k-fold
   cross-validated accuracy; the standardisation is folded back into the weights so the shipped
   head works on raw embeddings.
4. From the held-out-fold probabilities, calibrate the threshold: the lowest probability at
   which the events emitted (argmax is a type, probability >= threshold) are right on their type
   at least TARGET_PRECISION of the time, negatives counting as wrong when they emit.
5. Fit on all sentences and write the head with its labels, threshold, the data's digest and
   counts, and the cross-validated figures.

The same data files and seed always give the same weights and the same file bytes. No gold
evaluation data is read here: the sentences are written by the eventwire team.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.events.codebook import PLOVER_TYPES
from eventwire.events.model import NO_EVENT, Encoder, Head, save_head, softmax

EVENTS_FILE = "events.jsonl"
NEGATIVES_FILE = "negatives.jsonl"
LABELS = (*PLOVER_TYPES, NO_EVENT)
FOLDS = 5
L2_GRID = (0.003, 0.01, 0.03, 0.1)
STEPS = 600
TARGET_PRECISION = 0.9
# Thresholds tried, and the fewest held-out events that may support one.
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.1, 1.0, 0.01))
MIN_EMITTED = 20
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Example:
    """One training sentence and its label (a PLOVER type or NO_EVENT)."""

    text: str
    label: str


@dataclass(frozen=True)
class Calibration:
    """Held-out figures at one threshold."""

    threshold: float
    precision: float
    recall: float
    negative_false_positive_rate: float
    emitted: int


def training_dir() -> Path:
    """eventwire/data/training, where the team's sentences live."""
    return Path(str(resources.files("eventwire").joinpath("data", "training")))


def read_examples(folder: Path) -> list[Example]:
    """The sentences of events.jsonl and negatives.jsonl in `folder`, in file order."""
    examples: list[Example] = []
    for name in (EVENTS_FILE, NEGATIVES_FILE):
        path = folder / name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            label = record.get("event_type") or NO_EVENT
            if label not in LABELS:
                raise ValueError(f"{path.name}:{number}: unknown event_type {label!r}")
            examples.append(Example(record["text"].strip(), label))
    return examples


def data_digest(folder: Path) -> str:
    """sha256 of the two training files, so a head names the data it was trained on."""
    digest = hashlib.sha256()
    for name in (EVENTS_FILE, NEGATIVES_FILE):
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes() + b"\0")
    return digest.hexdigest()


def fit_softmax(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias minimising mean cross-entropy + l2/2 |W|^2 (bias not penalised).

    Nesterov's accelerated gradient with step 1/L, where L bounds the loss's curvature.
    """
    n, dim = x.shape
    onehot = np.eye(classes)[y]
    # The softmax loss has curvature at most 1/2 * largest eigenvalue of x'x/n (+1 for the bias).
    curvature = 0.5 * (np.linalg.eigvalsh(x.T @ x / n)[-1] + 1.0) + l2
    step = 1.0 / curvature
    root = np.sqrt(curvature / l2)
    momentum = (root - 1.0) / (root + 1.0)
    weights, bias = np.zeros((dim, classes)), np.zeros(classes)
    look_w, look_b = weights.copy(), bias.copy()
    for _ in range(STEPS):
        probs = softmax(x @ look_w + look_b)
        error = (probs - onehot) / n
        new_w = look_w - step * (x.T @ error + l2 * look_w)
        new_b = look_b - step * error.sum(axis=0)
        look_w = new_w + momentum * (new_w - weights)
        look_b = new_b + momentum * (new_b - bias)
        weights, bias = new_w, new_b
    return weights, bias


def fit_head(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float
) -> tuple[np.ndarray, np.ndarray]:
    """Fit on standardised features, then fold the standardisation into weights and bias."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    weights, bias = fit_softmax((x - mean) / scale, y, classes, l2)
    folded = weights / scale[:, None]
    return folded, bias - mean @ folded


def stratified_folds(y: np.ndarray, folds: int, seed: int) -> np.ndarray:
    """A fold number for each example, each label spread evenly over the folds."""
    rng = np.random.default_rng(seed)
    assignment = np.zeros(len(y), dtype=int)
    for label in np.unique(y):
        members = np.flatnonzero(y == label)
        rng.shuffle(members)
        assignment[members] = np.arange(len(members)) % folds
    return assignment


def held_out_probabilities(
    x: np.ndarray, y: np.ndarray, classes: int, l2: float, fold_of: np.ndarray
) -> np.ndarray:
    """Each example's probabilities from the head fitted without its fold."""
    probs = np.zeros((len(y), classes))
    for fold in np.unique(fold_of):
        test = fold_of == fold
        weights, bias = fit_head(x[~test], y[~test], classes, l2)
        probs[test] = softmax(x[test] @ weights + bias)
    return probs


def calibrate(
    probs: np.ndarray, y: np.ndarray, none_index: int, target: float = TARGET_PRECISION
) -> Calibration:
    """The lowest threshold whose emitted held-out events reach `target` precision.

    An example emits an event when its argmax is a type and that probability reaches the
    threshold; it is right when the type is its label. Negatives that emit are wrong.
    """
    best = probs.argmax(axis=1)
    top = probs.max(axis=1)
    is_event = y != none_index
    negatives = max(1, int((~is_event).sum()))
    chosen = Calibration(1.0, 1.0, 0.0, 0.0, 0)
    for threshold in sorted(THRESHOLDS, reverse=True):
        emit = (best != none_index) & (top >= threshold)
        if emit.sum() < MIN_EMITTED:
            continue
        precision = float((best[emit] == y[emit]).mean())
        if precision < target:
            break  # lower thresholds only add less certain events
        chosen = Calibration(
            threshold=float(threshold),
            precision=precision,
            recall=float((emit & (best == y) & is_event).sum() / max(1, is_event.sum())),
            negative_false_positive_rate=float(emit[~is_event].sum() / negatives),
            emitted=int(emit.sum()),
        )
    return chosen


def train(out_path: Path, seed: int = 0) -> dict[str, Any]:
    """Train the head on the team's sentences and write it to `out_path`.

    Args:
        out_path: where to write the .npz (eventwire/data/event_model.npz ships with the package).
        seed: fixes the cross-validation folds; the fit itself has no randomness.

    Returns:
        The figures recorded in the head: data digest and counts, chosen L2 penalty,
        cross-validated accuracy, threshold with its held-out precision, recall and negative
        false-positive rate.
    """
    folder = training_dir()
    examples = read_examples(folder)
    encoder = Encoder()
    x = encoder.encode([e.text for e in examples]).astype(np.float64)
    y = np.array([LABELS.index(e.label) for e in examples])
    return fit_and_save(x, y, out_path, seed, data_digest(folder), encoder.name)


def fit_and_save(
    x: np.ndarray, y: np.ndarray, out_path: Path, seed: int, digest: str, encoder_name: str
) -> dict[str, Any]:
    """Steps 3-5 on embeddings already computed."""
    classes = len(LABELS)
    none_index = LABELS.index(NO_EVENT)
    fold_of = stratified_folds(y, FOLDS, seed)
    scores: dict[float, tuple[float, np.ndarray]] = {}
    for l2 in L2_GRID:
        probs = held_out_probabilities(x, y, classes, l2, fold_of)
        scores[l2] = (float((probs.argmax(axis=1) == y).mean()), probs)
    # The most accurate penalty; on a tie the stronger one.
    l2 = max(L2_GRID, key=lambda value: (scores[value][0], value))
    accuracy, probs = scores[l2]
    calibration = calibrate(probs, y, none_index)
    is_event = y != none_index
    forced = probs[:, :none_index].argmax(axis=1)
    info: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "encoder": encoder_name,
        "data_sha256": digest,
        "counts": dict(sorted(Counter(LABELS[i] for i in y).items())),
        "examples": len(y),
        "seed": seed,
        "folds": FOLDS,
        "l2": l2,
        "steps": STEPS,
        "cv_accuracy": round(accuracy, 4),
        "cv_type_accuracy_events": round(float((forced[is_event] == y[is_event]).mean()), 4),
        "cv_accuracy_by_l2": {str(k): round(v[0], 4) for k, v in scores.items()},
        "cv_accuracy_by_label": per_label_accuracy(probs, y, LABELS),
        "threshold": calibration.threshold,
        "cv_precision_at_threshold": round(calibration.precision, 4),
        "cv_recall_at_threshold": round(calibration.recall, 4),
        "cv_negative_false_positive_rate": round(calibration.negative_false_positive_rate, 4),
    }
    weights, bias = fit_head(x, y, classes, l2)
    save_head(Head(weights, bias, LABELS, calibration.threshold, info), out_path)
    return info


def per_label_accuracy(probs: np.ndarray, y: np.ndarray, labels: Sequence[str]) -> dict[str, float]:
    """Held-out accuracy of each label, for reading where the head is weak."""
    best = probs.argmax(axis=1)
    return {labels[i]: round(float((best[y == i] == i).mean()), 3) for i in np.unique(y)}
