"""The CLI through click's CliRunner, with a temporary database and a fake coder."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result
from test_batch import FakePipeline, install_fake_pipeline

from eventwire.cli import main
from eventwire.store.schema import MIGRATIONS, Migration, migrate

ARTICLE_A = """Iran and Cuba sign trade deals in Tehran
Iran and Cuba sign trade deals in Tehran

World 08/12/2023 13:29

The presidents of Iran and Cuba met in Tehran on Friday and signed several agreements on trade,
energy and health, officials said.

The two leaders said they met to deepen the ties between their countries, which have both been
under pressure from sanctions for many years.

Share this article
"""

ARTICLE_B = """Cuban minister travels to Iran for talks
Cuban minister travels to Iran for talks

World 03/05/2001 09:00

The foreign minister of Cuba met his Iranian counterpart in the capital on Thursday to discuss
trade and the price of oil, according to the government.

He said that the ministers met to plan how the two countries would work together on energy.
"""


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    return install_fake_pipeline(monkeypatch)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "cli.duckdb")
    monkeypatch.setenv("EVENTWIRE_DB", path)
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "more").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_A)
    (folder / "more" / "b.txt").write_text(ARTICLE_B)
    (folder / "c.txt").write_bytes(b"\x00\x01\x02 not text at all")
    return folder


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.fixture
def ingested(db: str, corpus: Path, fake: FakePipeline) -> Path:
    result = run("ingest", str(corpus))
    assert result.exit_code == 0, result.output
    return corpus


def test_ingest_reports_counts_and_rejections(db: str, corpus: Path, fake: FakePipeline) -> None:
    result = run("ingest", str(corpus))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "ingested:   2" in out
    assert "duplicates: 0" in out
    assert "rejected:   1" in out
    assert f"{corpus / 'c.txt'}: binary" in out
    assert "events coded: 4" in out

    again = run("ingest", str(corpus / "a.txt"))
    assert again.exit_code == 0
    assert "ingested:   0" in again.stdout and "duplicates: 1" in again.stdout

    rejected = run("rejected", "--format", "json")
    assert [r["source"] for r in json.loads(rejected.stdout)] == [str(corpus / "c.txt")]


def test_ingest_exit_status_when_everything_is_rejected(
    db: str, corpus: Path, fake: FakePipeline
) -> None:
    result = run("ingest", str(corpus / "c.txt"), str(corpus / "missing.txt"))
    assert result.exit_code == 1
    assert "rejected:   2" in result.stdout
    assert "not found" in result.stdout
    assert run("ingest").exit_code == 2  # usage error


def test_ingest_from_stdin(db: str, fake: FakePipeline) -> None:
    result = run("ingest", "-", stdin=ARTICLE_A.encode())
    assert result.exit_code == 0, result.output
    assert "ingested:   1" in result.stdout
    listed = json.loads(run("articles", "--format", "json").stdout)
    assert [(a["title"], a["source"], a["n_events"]) for a in listed] == [
        ("Iran and Cuba sign trade deals in Tehran", "-", 2)
    ]


def test_events_formats_and_filters(ingested: Path) -> None:
    events = json.loads(run("events", "--format", "json").stdout)
    assert [e["date"] for e in events] == ["2001-05-03", "2001-05-03", "2023-12-08", "2023-12-08"]
    assert events[0]["source"][0]["country"] == "CUB"

    lines = run("events", "--format", "jsonl", "--since", "2023").stdout.splitlines()
    assert [json.loads(line)["date"] for line in lines] == ["2023-12-08", "2023-12-08"]

    csv_out = run("events", "--format", "csv", "--until", "2001-05", "--actor", "IRN").stdout
    header, *rows = csv_out.splitlines()
    assert header.startswith("id,date,type,mode,cameo,source,target")
    assert len(rows) == 2

    table = run("events", "--type", "consult", "--limit", "1").stdout.splitlines()
    assert table[0].split()[:4] == ["id", "date", "type", "mode"]
    assert len(table) == 2
    assert "CUB" in table[1] and "Tehran/IRN" in table[1]

    assert run("events", "--source", "IRN").stdout.strip() == "(none)"
    bad = run("events", "--since", "yesterday")
    assert bad.exit_code == 2
    assert "not a date" in bad.output


def test_events_of_one_article_by_prefix(ingested: Path) -> None:
    article = json.loads(run("articles", "--format", "json", "-q", "minister").stdout)[0]
    events = json.loads(run("events", "--article", article["id"][:5], "--format", "json").stdout)
    assert {e["article_id"] for e in events} == {article["id"]}


def test_dyad_lists_periods_directions_and_events(ingested: Path) -> None:
    result = run("dyad", "irn", "CUB", "--by", "year")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["period", "direction", "events"]
    assert lines[1].split()[:5] == ["2001", "IRN", "->", "CUB", "0"]
    assert lines[2].split()[:5] == ["2001", "CUB", "->", "IRN", "2"]
    assert lines[3].startswith("    ") and "CONSULT" in lines[3]

    periods = json.loads(run("dyad", "CUB", "IRN", "--format", "json").stdout)
    assert [(p["period"], p["source"], p["total"]) for p in periods] == [
        ("2001-05", "CUB", 2),
        ("2001-05", "IRN", 0),
        ("2023-12", "CUB", 2),
        ("2023-12", "IRN", 0),
    ]
    assert periods[0]["counts"]["verbal_cooperation"] == 2
    assert periods[0]["goldstein_mean"] == 1.0
    assert len(periods[0]["events"]) == 2
    assert run("dyad", "Iran", "CUB").exit_code == 2


def test_show_marks_evidence_and_lists_codings(ingested: Path) -> None:
    article = json.loads(run("articles", "--format", "json", "-q", "Tehran").stdout)[0]
    result = run("show", article["id"][:6])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Iran and Cuba sign trade deals in Tehran\n")
    assert "[[The presidents of Iran and Cuba met in Tehran" in out
    assert "officials said.]](1)" in out and "many years.]](2)" in out
    assert "[1] CONSULT  cameo 040  goldstein 1.0" in out
    assert "source: Cuba (CUB, country)" in out
    assert "location: Tehran (IRN) 35.69,51.42" in out
    data = json.loads(run("show", article["id"], "--format", "json").stdout)
    assert data["article"]["title"] == article["title"]
    assert len(data["events"]) == 2

    missing = run("show", "zzzz")
    assert missing.exit_code == 1
    assert missing.stderr == "error: no article with id 'zzzz'\n"


def test_articles_listing_formats(ingested: Path) -> None:
    table = run("articles").stdout.splitlines()
    assert table[0].split() == ["id", "title", "site", "published", "source", "n_events"]
    assert "Iran and Cuba sign trade deals" in table[1]  # newest first
    csv_out = run("articles", "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "id,title,site,published,source,n_events"
    assert len(csv_out) == 3


def test_extract_prints_the_clean_article(corpus: Path, db: str) -> None:
    result = run("extract", str(corpus / "a.txt"))
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    for key in ("title", "lead", "body", "published", "published_ambiguous", "section"):
        assert key in article
    assert article["section"] == "World"
    assert "Share this article" not in article["body"]
    assert not Path(db).exists()  # nothing stored

    from_stdin = run("extract", "-", stdin=ARTICLE_A.encode())
    assert json.loads(from_stdin.stdout) == {**article, "source": "-"}

    bad = run("extract", str(corpus / "c.txt"))
    assert bad.exit_code == 1
    assert bad.stderr.startswith("error: ") and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.output


def test_code_text_and_stdin(fake: FakePipeline, db: str) -> None:
    text = "The presidents of Iran and Cuba met in Tehran on Friday to discuss trade and energy."
    result = run("code", text, "--published", "2023-12-08")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["published"].startswith("2023-12-08")
    assert [e["event_type"] for e in data["events"]] == ["CONSULT"]
    assert data["events"][0]["date"] == "2023-12-08"
    piped = json.loads(run("code", stdin=text).stdout)
    assert piped["events"][0]["evidence"]["text"] == text
    assert not Path(db).exists()


def test_code_jsonl_answers_each_line(fake: FakePipeline, tmp_path: Path) -> None:
    lines = [
        {
            "id": "a",
            "text": "Officials of Iran and Cuba met in Tehran to talk about trade and oil.",
        },
        {"id": "b", "text": ""},
        {"id": "c", "text": "The ministers of the two countries met again on Friday in the city."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n")
    result = run("code", "--jsonl", str(path))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", None]
    assert len(out[0]["events"]) == 1 and "error" in out[1] and "error" in out[3]
    assert run("code", "text", "--jsonl", str(path)).exit_code == 2


def test_reading_commands_need_a_database(db: str) -> None:
    for command in (["events"], ["articles"], ["rejected"], ["dyad", "IRN", "CUB"], ["show", "x"]):
        result = run(*command)
        assert result.exit_code == 1
        assert result.stderr.startswith(f"error: no database at {db}")


def test_a_newer_database_is_one_line_error(db: str) -> None:
    conn = duckdb.connect(db)
    migrate(conn, (*MIGRATIONS, Migration("9999_future", "SELECT 1")))
    conn.close()
    result = run("--db", db, "events")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: the database was written by a newer eventwire")
    assert "Traceback" not in result.output
