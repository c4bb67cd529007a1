"""Rule-event confidence: the isotonic fit, the lookup, and the shipped map's freshness."""

from __future__ import annotations

from eventwire.events.confidence import calibrated, calibration, fit_isotonic
from eventwire.train import data_digest, training_dir


def test_isotonic_fit_never_decreases_and_is_smoothed():
    pairs = [(0.5, True)] * 3 + [(0.5, False)] + [(0.7, False)] * 4 + [(0.9, True)] * 8
    points = fit_isotonic(pairs)
    assert [s for s, _ in points] == [0.5, 0.7, 0.9]
    probabilities = [p for _, p in points]
    assert probabilities == sorted(probabilities)
    # 0.5 (3 of 4 right) and 0.7 (0 of 4) pool into one block: (3 + 1) / (8 + 2).
    assert probabilities[:2] == [0.4, 0.4]
    assert probabilities[2] == round(9 / 10, 3)


def test_lookup_interpolates_and_stays_flat_outside():
    points = [[0.4, 0.2], [0.8, 0.6]]
    assert calibrated(0.6, points) == 0.4
    assert calibrated(0.1, points) == 0.2
    assert calibrated(0.99, points) == 0.6
    assert calibrated(0.8, points) == 0.6


def test_shipped_map_matches_the_training_sentences():
    table = calibration()
    assert table is not None, "run `eventwire calibrate`"
    assert table["data_sha256"] == data_digest(training_dir()), "run `eventwire calibrate`"
    probabilities = [p for _, p in table["points"]]
    assert probabilities == sorted(probabilities)
    assert 0 < probabilities[0] < probabilities[-1] < 1
