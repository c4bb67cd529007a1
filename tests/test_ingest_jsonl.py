"""JSON Lines input: one article or one rejection per line."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from eventwire.ingest import read_paths
from eventwire.options import Options
from eventwire.records import Article, Rejection

DATA = Path(__file__).parent / "data" / "ingest"
OPTIONS = Options(month_first_sites=frozenset({"monthfirst.example"}))


def _read(path: Path, options: Options = OPTIONS) -> dict[str, Article | Rejection]:
    return {record.source: record for record in read_paths([str(path)], options)}


def test_jsonl_fixture_lines() -> None:
    path = DATA / "articles.jsonl"
    records = _read(path)
    assert sorted(records) == [f"{path}:{n}" for n in (1, 2, 3, 5, 6, 7)]  # line 4 is blank

    first = records[f"{path}:1"]
    assert isinstance(first, Article)
    assert first.title == "Ministers meet over fishing quotas"
    assert first.lead == ""
    assert first.paragraphs[0].startswith("Fisheries ministers from the three northern states")
    assert len(first.paragraphs) == 2
    assert first.url == "https://news.example.org/a/1"
    assert first.site == "news.example.org"
    assert first.published == datetime(2024, 3, 5)

    reasons = {
        n: records[f"{path}:{n}"].reason
        for n in (2, 3, 5, 7)
        if isinstance(records[f"{path}:{n}"], Rejection)
    }
    assert reasons[2].startswith("not JSON: ")
    assert reasons[3] == "no text: the 'text' field is missing"
    assert reasons[5].startswith("not English: ")
    assert reasons[7] == "not a JSON object: got list"

    untitled = records[f"{path}:6"]
    assert isinstance(untitled, Article)
    assert untitled.title == "Border talks resume after a pause"  # first line of the text
    assert untitled.published == datetime(2024, 12, 3)  # month-first site
    assert untitled.published_ambiguous


def _write(tmp_path: Path, *lines: str | bytes) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b"\n".join(line if isinstance(line, bytes) else line.encode() for line in lines)
    )
    return path


TEXT = "Ministers met in the capital on Tuesday and agreed to cut the quota by a tenth."


def test_text_field_problems(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        json.dumps({"text": ""}),
        json.dumps({"text": 42}),
        json.dumps({"text": "   "}),
        b'{"text": "caf\xe9"}',
        b'{"text": "a\x00b"}',
    )
    reasons = [record.reason for record in _read(path).values() if isinstance(record, Rejection)]
    assert reasons == [
        "no text: the 'text' field is empty",
        "no text: the 'text' field is not a string",
        "no text: the 'text' field is empty",
        "undecodable: line is not UTF-8",
        "binary: contains NUL bytes",
    ]


def test_long_line_is_rejected_and_reading_continues(tmp_path: Path) -> None:
    big = json.dumps({"title": "Big", "text": TEXT * 20})
    small = json.dumps({"title": "Small", "text": TEXT})
    path = _write(tmp_path, big, small)
    records = list(read_paths([str(path)], Options(max_bytes=len(small) + 10)))
    assert isinstance(records[0], Rejection)
    assert records[0].source == f"{path}:1"
    assert records[0].reason.startswith("too large: ")
    assert isinstance(records[1], Article)
    assert records[1].source == f"{path}:2"


def test_bad_types_for_optional_fields_are_ignored(tmp_path: Path) -> None:
    path = _write(
        tmp_path, json.dumps({"title": 3, "text": "Quota talks\n" + TEXT, "url": 5, "published": 7})
    )
    (record,) = _read(path).values()
    assert isinstance(record, Article)
    assert record.title == "Quota talks"
    assert record.url is None and record.published is None


def test_unparseable_published_is_dropped_not_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, json.dumps({"title": "T", "text": TEXT, "published": "yesterday"}))
    (record,) = _read(path).values()
    assert isinstance(record, Article)
    assert record.published is None
