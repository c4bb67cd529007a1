"""The CLI with the real spaCy pipeline on the seed article (slow: loads the model once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.options import Options

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "iran-cuba-visit.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    if not spacy.util.is_package(Options().model):
        pytest.skip("the spaCy model is not installed")
    return pytest.importorskip("eventwire.pipeline")


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not here")
def test_seed_article_round_trips_through_ingest_and_events(
    pipeline: object, tmp_path: Path
) -> None:
    db = str(tmp_path / "seed.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["--db", db, "ingest", str(SEED)])
    assert first.exit_code == 0, first.output
    assert "ingested:   1" in first.stdout
    again = runner.invoke(main, ["--db", db, "ingest", str(SEED)])
    assert "duplicates: 1" in again.stdout

    articles = json.loads(runner.invoke(main, ["--db", db, "articles", "--format", "json"]).stdout)
    assert [a["title"] for a in articles] == [
        "Iran and Cuba reaffirm alliance amid shared challenges"
    ]
    stored = json.loads(
        runner.invoke(main, ["--db", db, "events", "--limit", "0", "--format", "json"]).stdout
    )
    assert stored, "the seed article gives events"
    assert any({a["country"] for a in e["source"] + e["target"]} >= {"CUB", "IRN"} for e in stored)

    # What the store gives back is exactly what the pipeline coded.
    from eventwire import ingest

    article = ingest.extract_path(str(SEED), Options())
    coded = pipeline.code_article(article, Options())  # type: ignore[attr-defined]
    by_id = {e["id"]: e for e in stored}
    assert sorted(by_id) == sorted(e.id for e in coded)
    assert all(by_id[e.id] == e.to_dict() for e in coded)

    shown = runner.invoke(main, ["--db", db, "show", articles[0]["id"][:8]])
    assert shown.exit_code == 0
    assert "[[" in shown.stdout and "]](1" in shown.stdout
