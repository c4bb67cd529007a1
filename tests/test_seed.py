"""The founding example, end to end through the CLI: what issue 2 says eventwire must show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "iran-cuba-visit.txt"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    if not SEED.exists():
        pytest.skip("../shared/seed/iran-cuba-visit.txt is not present")
    db = str(tmp_path_factory.mktemp("seed") / "seed.duckdb")
    runner = CliRunner()
    first = runner.invoke(main, ["--db", db, "ingest", str(SEED)])
    again = runner.invoke(main, ["--db", db, "ingest", str(SEED)])
    events = runner.invoke(main, ["--db", db, "events", "--format", "json"])
    articles = runner.invoke(main, ["--db", db, "articles", "--format", "json"])
    return first, again, json.loads(events.output), json.loads(articles.output), db


def countries(actors: list[dict]) -> set[str]:
    return {a["country"] for a in actors if a["country"]}


def between(event: dict, a: str, b: str) -> bool:
    sides = countries(event["source"]) | countries(event["target"])
    return {a, b} <= sides


def test_ingested_once_then_a_duplicate(seed_run):
    first, again, _, articles, _ = seed_run
    assert first.exit_code == 0 and "ingested:   1" in first.output
    assert again.exit_code == 0 and "duplicates: 1" in again.output
    assert len(articles) == 1


def test_article_metadata(seed_run):
    _, _, _, articles, db = seed_run
    (summary,) = articles
    assert summary["title"] == "Iran and Cuba reaffirm alliance amid shared challenges"
    shown = CliRunner().invoke(main, ["--db", db, "show", summary["id"], "--format", "json"])
    article = json.loads(shown.output)["article"]
    assert article["section"] == "Eurasia"
    assert article["published"].startswith("2023-12-08")
    assert "cookie" not in article["body"].lower()


def test_meeting_in_tehran(seed_run):
    events = seed_run[2]
    consults = [e for e in events if e["event_type"] == "CONSULT" and between(e, "CUB", "IRN")]
    assert consults
    located = [e for e in consults if e["location"] and e["location"]["country"] == "IRN"]
    assert any(e["location"]["name"] == "Tehran" for e in located)


def test_memoranda_signed(seed_run):
    events = seed_run[2]
    signed = [
        e
        for e in events
        if e["event_type"] in ("AGREE", "SUPPORT", "COOPERATE") and between(e, "CUB", "IRN")
    ]
    assert any("memoranda" in e["evidence"]["text"] for e in signed)


def test_castro_trip_is_historical(seed_run):
    events = seed_run[2]
    trips = [
        e
        for e in events
        if e["event_type"] == "CONSULT"
        and e["mode"] == "visit"
        and countries(e["source"]) == {"CUB"}
        and "IRN" in countries(e["target"])
        and e["date"] == "2001-05"
    ]
    assert trips and all(e["modality"] == "historical" for e in trips)


def test_leaders_are_persons_with_country_and_sector(seed_run):
    events = seed_run[2]
    persons = {
        (a["name"], a["country"], a["sector"])
        for e in events
        for a in e["source"] + e["target"]
        if a["kind"] == "person"
    }
    assert ("Ebrahim Raeisi", "IRN", "GOV") in persons
    assert ("Miguel Díaz-Canel Bermúdez", "CUB", "GOV") in persons


def test_no_new_us_sanctions_on_publication_day(seed_run):
    events = seed_run[2]
    for e in events:
        if "USA" in countries(e["source"]) and e["event_type"] in ("SANCTION", "COERCE"):
            assert e["date"] != "2023-12-08"
            assert e["modality"] == "background"


def test_nothing_from_the_cookie_banner(seed_run):
    events = seed_run[2]
    assert not any("cookie" in e["evidence"]["text"].lower() for e in events)


def test_evidence_offsets_point_into_the_article_text(seed_run):
    _, _, events, articles, db = seed_run
    shown = CliRunner().invoke(main, ["--db", db, "show", articles[0]["id"], "--format", "json"])
    article = json.loads(shown.output)["article"]
    text = "\n\n".join([article["lead"], article["body"]])
    for e in events:
        assert text[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]
