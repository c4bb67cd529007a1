"""The shared output helper: one list of records, four renderings, and the marked article."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner
from test_store import CUB, IRN, make_article, make_event

from eventwire import output
from eventwire.cli import main
from eventwire.records import Evidence, Rejection


def test_every_format_renders_the_same_records() -> None:
    article = make_article()
    events = [make_event(article, 0), make_event(article, 1, source=(IRN,), target=(CUB,))]
    as_json = json.loads(output.render(events, "json"))
    assert as_json == [e.to_dict() for e in events]
    lines = output.render(events, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == as_json
    rows = list(csv.DictReader(io.StringIO(output.render(events, "csv"))))
    assert rows[1]["source"] == "IRN" and rows[1]["target"] == "CUB"
    assert rows[0]["target"] == "Ebrahim Raeisi (IRN), IRN"
    assert rows[0]["id"] == events[0].id  # csv keeps full values
    assert rows[0]["evidence"] == events[0].evidence.text
    with pytest.raises(ValueError, match="unknown format"):
        output.render(events, "xml")


def test_table_fits_the_width_and_trims_evidence() -> None:
    article = make_article(n=1)
    long_sentence = "A very long sentence " * 10
    event = make_event(article, evidence=Evidence(long_sentence, 0, len(long_sentence)))
    wide = output.render([event], "table", width=300).splitlines()
    assert wide[1].endswith(long_sentence[:59] + "…")
    assert wide[1].startswith(event.id[:8] + "  2023-12-08")
    narrow = output.render([event], "table", width=100).splitlines()
    assert all(len(line) <= 100 for line in narrow)
    assert "2023-12-08" in narrow[1]  # dates keep their width while free text gives way


def test_plain_records_and_dicts_render() -> None:
    rejections = [Rejection("a.bin", "binary: NUL bytes"), Rejection("b, c.txt", "empty: nothing")]
    table = output.render(rejections, "table").splitlines()
    assert table[0].split() == ["source", "reason"]
    assert output.render([], "table") == "(none)"
    assert output.render([], "json") == "[]"
    assert output.render([{"a": [1, 2], "b": None}], "csv") == "a,b\n1; 2,"
    csv_text = output.render(rejections, "csv")
    assert '"b, c.txt"' in csv_text


def test_marks_group_overlapping_evidence() -> None:
    text = "Iran met Cuba. They signed deals. Later they left."
    article = make_article()
    first = make_event(article, id="1", evidence=Evidence("Iran met Cuba.", 0, 14))
    second = make_event(article, id="2", evidence=Evidence("They signed deals.", 15, 33))
    same = replace(second, id="3")
    outside = make_event(article, id="4", evidence=Evidence("?", 500, 501))
    marked = output.mark_evidence(text, [first, second, same, outside])
    assert marked == "[[Iran met Cuba.]](1) [[They signed deals.]](2,3) Later they left."
    padded = make_event(article, id="5", evidence=Evidence("Iran met Cuba. ", 0, 15))
    assert output.mark_evidence(text, [padded]).startswith("[[Iran met Cuba.]](1) They")


def test_bench_command_prints_results(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    import eventwire.bench

    calls: list[list[int]] = []

    def fake_bench(
        sizes: list[int], examples: str, options: object, workers: int = 1
    ) -> list[dict[str, object]]:
        calls.append(sizes)
        assert workers == 1
        return [{"articles": n, "articles_per_s": 9.5, "stages": {"nlp": 1.0}} for n in sizes]

    monkeypatch.setattr(eventwire.bench, "run_bench", fake_bench)
    result = CliRunner().invoke(main, ["bench", "-n", "3", "--examples", ".", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert calls == [[3]]
    assert json.loads(result.stdout)[0]["articles_per_s"] == 9.5
