"""The quality gate: figures below the committed floors fail CI; floors only go up."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.eval import gate, runner

FLOORS = {"petr2": {"cameo_root_accuracy": 0.5, "dyad_accuracy": 0.4}}


def test_a_figure_below_its_floor_is_a_breach():
    results = [{"dataset": "petr2", "n": 10, "cameo_root_accuracy": 0.49, "dyad_accuracy": 0.6}]
    (breach,) = gate.check(results, FLOORS)
    assert (breach.dataset, breach.metric, breach.floor) == ("petr2", "cameo_root_accuracy", 0.5)
    assert "0.490 < floor 0.500" in str(breach)


def test_a_missing_figure_is_a_breach():
    results = [{"dataset": "petr2", "n": 10, "cameo_root_accuracy": 0.9}]
    assert [b.metric for b in gate.check(results, FLOORS)] == ["dyad_accuracy"]


def test_figures_at_or_above_their_floors_pass():
    results = [{"dataset": "petr2", "n": 10, "cameo_root_accuracy": 0.5, "dyad_accuracy": 0.41}]
    assert gate.check(results, FLOORS) == []


def test_floors_only_go_up_unless_allowed():
    lower = {"petr2": {"cameo_root_accuracy": 0.3, "dyad_accuracy": 0.6}}
    merged = gate.raise_floors(FLOORS, lower)
    assert merged["petr2"] == {"cameo_root_accuracy": 0.5, "dyad_accuracy": 0.6}
    assert gate.raise_floors(FLOORS, lower, allow_lower=True)["petr2"]["cameo_root_accuracy"] == 0.3


def test_proposed_floors_take_off_the_margin_and_round_down():
    results = [{"dataset": "petr2", "n": 10, "cameo_root_accuracy": 0.7777}]
    proposed = gate.proposed_floors(results, {"petr2": ["cameo_root_accuracy", "dyad_accuracy"]})
    assert proposed == {"petr2": {"cameo_root_accuracy": 0.75}}


def _invoke_gate(monkeypatch, tmp_path: Path, results: list[dict], *extra: str):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"_note": "test", **FLOORS}))
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(gate, "run_gate", lambda data_dir, options=None: results)
    args = ["gate", "--data-dir", str(data), "--floors", str(floors), *extra]
    return CliRunner().invoke(main, args), floors


def test_gate_command_fails_below_a_floor(monkeypatch, tmp_path):
    results = [{"dataset": "petr2", "n": 78, "cameo_root_accuracy": 0.2, "dyad_accuracy": 0.9}]
    result, _ = _invoke_gate(monkeypatch, tmp_path, results)
    assert result.exit_code == 1
    assert "below floor: petr2 cameo_root_accuracy" in result.output


def test_gate_command_passes_when_floors_hold(monkeypatch, tmp_path):
    results = [{"dataset": "petr2", "n": 78, "cameo_root_accuracy": 0.8, "dyad_accuracy": 0.9}]
    result, _ = _invoke_gate(monkeypatch, tmp_path, results)
    assert result.exit_code == 0, result.output
    assert "2 floors held" in result.output


def test_update_floors_raises_but_never_lowers(monkeypatch, tmp_path):
    results = [{"dataset": "petr2", "n": 78, "cameo_root_accuracy": 0.3, "dyad_accuracy": 0.9}]
    result, floors = _invoke_gate(monkeypatch, tmp_path, results, "--update-floors")
    assert result.exit_code == 0, result.output
    written = json.loads(floors.read_text())
    assert written["petr2"] == {"cameo_root_accuracy": 0.5, "dyad_accuracy": 0.88}


def test_gate_skips_without_gold_data(tmp_path):
    result = CliRunner().invoke(main, ["gate", "--data-dir", str(tmp_path / "absent")])
    assert result.exit_code == 0
    assert "skipped" in result.output


def test_committed_floors_cover_every_dataset():
    floors = gate.load_floors(Path(__file__).resolve().parents[1] / "eval" / "floors.json")
    assert set(floors) == {"plover-gsr", "petr2", "zyte", "dates", "negatives", "heldout"}
    assert all(0.0 <= v <= 1.0 for metrics in floors.values() for v in metrics.values())


def test_the_gate_scores_every_set_but_the_development_sentences(monkeypatch, tmp_path):
    def fake_scorer(folder, options, cap):
        return {"dataset": folder.name, "n": 0}

    monkeypatch.setattr(runner.Dataset, "scorer", lambda self: fake_scorer)
    monkeypatch.setattr(runner.Dataset, "folder_in", lambda self, data_dir: tmp_path / self.name)
    for name in runner.DATASETS:
        (tmp_path / name).mkdir()
    scored = [r["dataset"] for r in gate.run_gate(tmp_path)]
    assert "dev" not in scored
    assert set(scored) == set(runner.DATASETS) - {"dev", "dev-negatives"}


def test_each_result_is_named_by_its_dataset_not_its_scorer(monkeypatch, tmp_path):
    # the development near misses are scored by the negatives scorer; their figures must not
    # be read against the held-out negatives' floor
    def fake_scorer(folder, options, cap):
        return {"dataset": "negatives", "n": 0}

    monkeypatch.setattr(runner.Dataset, "scorer", lambda self: fake_scorer)
    monkeypatch.setattr(runner.Dataset, "folder_in", lambda self, data_dir: tmp_path)
    assert [r["dataset"] for r in runner.run("dev-negatives", tmp_path)] == ["dev-negatives"]
