"""The scorer of the team's own event sentences (eval/heldout, eval/dev) and the committed sets.

The held-out sentences are checked here only for shape: their text is never printed, so that a
failing test does not show a developer what the held-out writers wrote.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from eventwire.errors import NotFound
from eventwire.eval import runner, teamsets
from eventwire.events.codebook import PLOVER_TYPES, coding_for
from eventwire.options import Options

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "eventwire" / "data" / "training"
SETS = sorted((ROOT / "eval" / "heldout").glob("*.json")) + sorted(
    (ROOT / "eval" / "dev").glob("*.json")
)
ISO3_OR_BODY = re.compile(r"^[A-Z]{3}$")


def _record(rid: str, text: str, event: str, cameo: str, source: str, target: str) -> dict:
    return {
        "id": rid,
        "date": "2025-05-02",
        "text": text,
        "event": event,
        "cameo": cameo,
        "source": [{"actorText": source, "code": source, "sector": "GOV"}],
        "target": [{"actorText": target, "code": target, "sector": None}],
    }


def test_crosswalk_type_follows_plover_2_where_the_draft_departs() -> None:
    # The draft crosswalk put an embargo (163) under COERCE; PLOVER 2.0 makes it SANCTION.
    record = _record("a", "", "COERCE", "163", "USA", "CUB")
    assert teamsets.crosswalk_type(record) == "SANCTION"
    assert teamsets.crosswalk_type({**record, "cameo": "042"}) == "CONSULT"


def test_crosswalk_type_without_a_known_code_is_the_writers_type() -> None:
    assert teamsets.crosswalk_type(_record("a", "", "DEMAND", "", "USA", "CUB")) == "REQUEST"
    assert teamsets.crosswalk_type(_record("a", "", "AID", "999", "USA", "CUB")) == "AID"


def test_load_reads_every_file_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(json.dumps([_record("b1", "x", "AID", "070", "A", "B")]))
    (tmp_path / "a.json").write_text(
        json.dumps([_record(f"a{i}", "x", "AID", "070", "A", "B") for i in range(2)])
    )
    (tmp_path / "notes.txt").write_text("not a set")
    assert [(stem, r["id"]) for stem, r in teamsets.load(tmp_path)] == [
        ("a", "a0"),
        ("a", "a1"),
        ("b", "b1"),
    ]
    assert len(teamsets.load(tmp_path, limit=2)) == 2


def test_a_folder_with_no_sets_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"no sentence sets"):
        teamsets.load(tmp_path)


def test_evaluate_scores_a_small_set(nlp: object, tmp_path: Path) -> None:
    folder = tmp_path / "dev"
    folder.mkdir()
    records = [
        _record(
            "t1",
            "Kenyan President William Ruto met Tanzania's president in Arusha on Monday.",
            "CONSULT",
            "042",
            "KEN",
            "TZA",
        ),
        _record(
            "t2",
            "The United States imposed an embargo on arms sales to Venezuela.",
            "COERCE",
            "163",
            "USA",
            "VEN",
        ),
        _record(
            "t3", "The weather in Lisbon was mild and sunny all week.", "AID", "070", "PRT", ""
        ),
    ]
    (folder / "one.json").write_text(json.dumps(records[:2]))
    (folder / "two.json").write_text(json.dumps(records[2:]))
    report = teamsets.evaluate(folder, Options())
    assert report["dataset"] == "dev"
    assert report["n"] == 3
    # The meeting is coded; the embargo is SANCTION, right only by eventwire's reading of 163;
    # the weather gives no event and is wrong throughout.
    assert report["event_type_accuracy"] == pytest.approx(1 / 3)
    assert report["crosswalk_type_accuracy"] == pytest.approx(2 / 3)
    assert report["by_file"] == {"one": 0.5, "two": 0.0}
    for key in runner.TEAM_HEADLINE:
        assert 0.0 <= report[key] <= 1.0, key
        lo, hi = report["ci95"][key]
        assert 0.0 <= lo <= hi <= 1.0, key
    assert set(teamsets.SPEC) >= {"n", *runner.TEAM_HEADLINE}


def test_both_team_sets_are_registered_as_local() -> None:
    for name in ("heldout", "dev"):
        dataset = runner.DATASETS[name]
        assert dataset.local and dataset.module == "eventwire.eval.teamsets"


@pytest.fixture(scope="module")
def training_texts() -> set[str]:
    texts = set()
    for name in ("events.jsonl", "negatives.jsonl"):
        for line in (TRAINING / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(" ".join(json.loads(line)["text"].lower().split()))
    return texts


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_committed_set_is_well_formed(path: Path, training_texts: set[str]) -> None:
    records = json.loads(path.read_text(encoding="utf-8"))
    assert len(records) >= 100
    ids = Counter(r["id"] for r in records)
    assert max(ids.values()) == 1, "ids repeat"
    bad = []
    for r in records:
        actors = [*r["source"], *r["target"]]
        if (
            r["event"] not in PLOVER_TYPES
            or not r["text"].strip()
            or not r["source"]
            or not all(ISO3_OR_BODY.match(str(a.get("code"))) for a in actors)
        ):
            bad.append(r["id"])
        # every code is a CAMEO root ("03") or a code the crosswalk reads
        if not re.fullmatch(r"\d\d", r["cameo"]):
            coding_for(r["cameo"])
    assert not bad, f"malformed records: {bad}"
    # Never the model's training sentences: a set scored on them would flatter the fallback.
    leaked = [r["id"] for r in records if " ".join(r["text"].lower().split()) in training_texts]
    assert not leaked, f"records also in the training data: {leaked}"
