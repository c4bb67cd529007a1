"""Unit tests of the corpus scorer, with hand-built Event records (no model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eventfactory import coded_event

from eventwire.eval.corpus import (
    CorpusScore,
    ExpectedEvent,
    format_score,
    load_expected,
    matches,
    score,
    score_files,
)
from eventwire.records import Actor, Event, Modality


def _actors(codes: tuple[str | None, ...]) -> tuple[Actor, ...]:
    return tuple(
        Actor(text=code or "someone", name=code or "someone", country=code) for code in codes
    )


def _event(
    event_type: str,
    source: tuple[str | None, ...],
    target: tuple[str | None, ...] = (),
    *,
    modality: Modality = "asserted",
    confidence: float = 0.9,
    date: str | None = "2024-03-14",
) -> Event:
    return coded_event(
        event_type,
        id=f"{event_type}-{source}-{target}-{confidence}",
        source=_actors(source),
        target=_actors(target),
        date=date,
        date_precision="day" if date else None,
        date_reason="publication",
        modality=modality,
        confidence=confidence,
    )


def _expected(
    event_type: str,
    source: tuple[str, ...],
    target: tuple[str, ...] = (),
    *,
    modality: str = "asserted",
    date: str | None = None,
    also: tuple[str, ...] = (),
) -> ExpectedEvent:
    return ExpectedEvent(
        file="examples/x.txt",
        event_type=event_type,
        source=source,
        target=target,
        modality=modality,
        date=date,
        also=also,
    )


def test_exact_match_is_a_true_positive() -> None:
    result = score(
        [_expected("ASSAULT", ("RUS",), ("UKR",))], [_event("ASSAULT", ("RUS",), ("UKR",))]
    )
    assert (result.tp, result.fp, result.fn) == (1, 0, 0)
    assert result.precision == result.recall == result.f1 == 1.0
    assert result.modality_accuracy == 1.0


def test_wrong_type_is_a_false_positive_and_a_miss() -> None:
    expected = [_expected("ACCUSE", ("PHL",), ("CHN",))]
    result = score(expected, [_event("PROTEST", ("PHL",), ("CHN",))])
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    assert result.per_type["ACCUSE"].fn == 1
    assert result.per_type["PROTEST"].fp == 1
    assert result.missed == expected
    assert [e.event_type for e in result.spurious] == ["PROTEST"]


def test_also_accepts_an_alternative_type() -> None:
    expected = _expected("SUPPORT", ("BRA",), ("ARG",), also=("AGREE",))
    assert matches(expected, _event("AGREE", ("BRA",), ("ARG",)))
    assert matches(expected, _event("SUPPORT", ("BRA",), ("ARG",)))
    assert not matches(expected, _event("CONSULT", ("BRA",), ("ARG",)))
    strict = _expected("AGREE", ("BRA",), ("ARG",))
    assert not matches(strict, _event("SUPPORT", ("BRA",), ("ARG",)))


def test_symmetric_types_accept_the_pair_either_way() -> None:
    consult = _expected("CONSULT", ("BRA",), ("ARG",))
    assert matches(consult, _event("CONSULT", ("ARG",), ("BRA",)))
    assert matches(consult, _event("CONSULT", ("BRA", "ARG")))
    assert not matches(consult, _event("CONSULT", ("BRA",), ("CHL",)))
    assault = _expected("ASSAULT", ("IND",), ("PAK",))
    assert not matches(assault, _event("ASSAULT", ("PAK",), ("IND",)))
    assert not matches(assault, _event("ASSAULT", ("IND", "PAK")))


def test_source_and_target_need_only_overlap() -> None:
    request = _expected("REQUEST", ("EGY", "JOR"), ("ISR",))
    assert matches(request, _event("REQUEST", ("JOR",), ("ISR",)))
    assert matches(request, _event("REQUEST", ("EGY", "JOR", "QAT"), ("ISR", "USA")))
    assert not matches(request, _event("REQUEST", ("QAT",), ("ISR",)))


def test_a_non_empty_expected_target_must_be_found() -> None:
    request = _expected("REQUEST", ("USA",), ("SRB",))
    assert not matches(request, _event("REQUEST", ("USA",)))
    assert not matches(request, _event("REQUEST", ("USA",), ("KOS",)))


def test_an_empty_expected_target_matches_any_target() -> None:
    mobilize = _expected("MOBILIZE", ("SRB",))
    assert matches(mobilize, _event("MOBILIZE", ("SRB",), ("KOS",)))
    assert matches(mobilize, _event("MOBILIZE", ("SRB",)))


def test_actors_without_a_country_are_ignored() -> None:
    expected = _expected("ACCUSE", ("GBR",), ("GEO",))
    assert matches(expected, _event("ACCUSE", ("GBR", None), (None, "GEO")))
    assert not matches(expected, _event("ACCUSE", (None,), ("GEO",)))


def test_repeated_mentions_are_duplicates_not_false_positives() -> None:
    expected = [_expected("CONSULT", ("TUR",), ("GRC",))]
    predicted = [
        _event("CONSULT", ("TUR",), ("GRC",), confidence=0.6),
        _event("CONSULT", ("GRC",), ("TUR",), confidence=0.8),
    ]
    result = score(expected, predicted)
    assert (result.tp, result.fp, result.fn, result.duplicates) == (1, 0, 0, 1)
    assert result.per_type["CONSULT"].duplicates == 1
    assert result.precision == 1.0


def test_each_expected_event_is_matched_at_most_once() -> None:
    expected = [_expected("AID", ("JPN",), ("TUR",)), _expected("AID", ("JPN",), ("TUR",))]
    predicted = [_event("AID", ("JPN",), ("TUR",), confidence=c) for c in (0.5, 0.7, 0.9)]
    result = score(expected, predicted)
    assert (result.tp, result.fp, result.fn, result.duplicates) == (2, 0, 0, 1)


def test_matching_prefers_the_expected_event_with_the_same_modality() -> None:
    expected = [
        _expected("CONSULT", ("GRC",), ("TUR",)),
        _expected("CONSULT", ("GRC",), ("TUR",), modality="future"),
    ]
    predicted = [
        _event("CONSULT", ("GRC",), ("TUR",), modality="future", confidence=0.9),
        _event("CONSULT", ("TUR",), ("GRC",), modality="asserted", confidence=0.5),
    ]
    result = score(expected, predicted)
    assert result.tp == 2
    assert result.modality_correct == 2
    assert result.modality_accuracy == 1.0


def test_modality_is_reported_but_not_required() -> None:
    expected = [_expected("COERCE", ("GBR",), ("GEO",), modality="negated")]
    result = score(expected, [_event("COERCE", ("GBR",), ("GEO",), modality="asserted")])
    assert result.tp == 1
    assert result.modality_accuracy == 0.0


def test_date_accuracy_compares_prefixes() -> None:
    expected = [
        _expected("SUPPORT", ("BRA",), ("ARG",), modality="historical", date="2019-03"),
        _expected("SANCTION", ("NER",), ("FRA",), date="2023-08"),
    ]
    predicted = [
        _event("SUPPORT", ("BRA",), ("ARG",), date="2019-03"),
        _event("SANCTION", ("NER",), ("FRA",), date=None),
    ]
    result = score(expected, predicted)
    assert (result.date_checked, result.date_correct) == (2, 1)
    assert result.date_accuracy == 0.5


def test_precision_recall_f1() -> None:
    expected = [
        _expected("ASSAULT", ("ISR",), ("LBN",)),
        _expected("CONSULT", ("FRA",), ("LBN",)),
        _expected("AID", ("FRA",), ("LBN",), modality="future"),
    ]
    predicted = [
        _event("ASSAULT", ("ISR",), ("LBN",)),
        _event("CONSULT", ("FRA",), ("LBN",)),
        _event("ACCUSE", ("FRA",), ("ISR",)),
        _event("THREATEN", ("LBN",), ("ISR",)),
    ]
    result = score(expected, predicted)
    assert (result.tp, result.fp, result.fn) == (2, 2, 1)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))


def test_empty_inputs_score_zero_without_dividing_by_zero() -> None:
    result = score([], [])
    assert result.precision == result.recall == result.f1 == 0.0
    assert result.modality_accuracy == result.date_accuracy == 0.0


def test_score_files_adds_up_files() -> None:
    expected = {
        "examples/a.txt": [_expected("AID", ("EUR",), ("SDN",))],
        "examples/b.txt": [_expected("PROTEST", ("KEN",))],
    }
    predicted = {
        "examples/a.txt": [_event("AID", ("EUR",), ("SDN",))],
        "examples/c.txt": [_event("ASSAULT", ("SDN",))],
    }
    result = score_files(expected, predicted)
    assert (result.tp, result.fp, result.fn) == (1, 1, 1)
    assert set(result.per_type) == {"AID", "PROTEST", "ASSAULT"}


def test_scores_add() -> None:
    one = score([_expected("AID", ("EUR",), ("SDN",))], [_event("AID", ("EUR",), ("SDN",))])
    two = score([_expected("AID", ("JPN",), ("TUR",))], [])
    total = one + two
    assert isinstance(total, CorpusScore)
    assert (total.tp, total.fn) == (1, 1)
    assert (total.per_type["AID"].tp, total.per_type["AID"].fn) == (1, 1)


def test_format_score_prints_a_row_per_type_and_totals() -> None:
    result = score(
        [_expected("AID", ("EUR",), ("SDN",)), _expected("PROTEST", ("KEN",))],
        [_event("AID", ("EUR",), ("SDN",)), _event("ASSAULT", ("SDN",))],
    )
    table = format_score(result)
    lines = table.splitlines()
    assert lines[0].split() == ["event", "type", "tp", "fp", "fn", "dup", "P", "R", "F1"]
    assert any(line.split()[:4] == ["AID", "1", "0", "0"] for line in lines)
    assert any(line.split()[:4] == ["PROTEST", "0", "0", "1"] for line in lines)
    assert any(line.split()[:5] == ["all", "1", "1", "1", "0"] for line in lines)
    assert "modality accuracy" in table


def test_load_expected(tmp_path: Path) -> None:
    path = tmp_path / "expected.json"
    document = {
        "files": [
            {
                "file": "examples/01.txt",
                "published": "2024-03-14",
                "events": [
                    {
                        "event_type": "SUPPORT",
                        "source": ["BRA"],
                        "target": ["ARG"],
                        "modality": "historical",
                        "date": "2019-03",
                        "note": "signed an accord",
                        "also": ["AGREE"],
                    },
                    {"event_type": "PROTEST", "source": ["ARG"]},
                ],
            }
        ]
    }
    path.write_text(json.dumps(document))
    loaded = load_expected(path)
    first, second = loaded["examples/01.txt"]
    assert first == ExpectedEvent(
        file="examples/01.txt",
        event_type="SUPPORT",
        source=("BRA",),
        target=("ARG",),
        modality="historical",
        date="2019-03",
        note="signed an accord",
        also=("AGREE",),
    )
    assert first.types == {"SUPPORT", "AGREE"}
    assert (second.target, second.modality, second.date) == ((), "asserted", None)


def test_load_expected_rejects_an_event_without_a_type(tmp_path: Path) -> None:
    path = tmp_path / "expected.json"
    path.write_text(json.dumps({"files": [{"file": "x", "events": [{"source": ["BRA"]}]}]}))
    with pytest.raises(ValueError, match="event_type"):
        load_expected(path)
