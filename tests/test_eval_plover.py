"""Tests of the plover-gsr scorer: hand-made records (no model), then one run on the real gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eventfactory import coded_event

from eventwire.errors import NotFound
from eventwire.eval import plover
from eventwire.eval.countries import coarse_country, normalise_country, normalise_sector
from eventwire.eval.plover import GoldActor, GoldSentence, best_event, score_sentence, summarise
from eventwire.eval.stats import Counts
from eventwire.events.codebook import PLOVER_QUAD, PLOVER_TYPES
from eventwire.options import Options
from eventwire.records import Actor, Event

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _actors(codes: tuple[str, ...], sector: str | None = None) -> tuple[Actor, ...]:
    return tuple(Actor(text=c, name=c, country=c, sector=sector) for c in codes)


def _event(
    event_type: str,
    source: tuple[str, ...] = (),
    target: tuple[str, ...] = (),
    *,
    confidence: float = 0.8,
    sector: str | None = None,
) -> Event:
    return coded_event(
        event_type,
        id=f"{event_type}-{source}-{target}-{confidence}",
        cameo="010",
        quad=PLOVER_QUAD[event_type],
        source=_actors(source, sector),
        target=_actors(target),
        confidence=confidence,
    )


def _gold(
    event_type: str,
    source: tuple[str, ...] = (),
    target: tuple[str, ...] = (),
    sector: str | None = None,
) -> GoldSentence:
    return GoldSentence(
        id="g1",
        text="",
        event_type=event_type,
        source=tuple(GoldActor(c, sector) for c in source),
        target=tuple(GoldActor(c, None) for c in target),
    )


def test_country_codes_normalise_to_iso3() -> None:
    assert normalise_country("JAP") == "JPN"
    assert normalise_country("ITL") == "ITA"
    assert normalise_country("UK") == "GBR"
    assert normalise_country(" usa ") == "USA"
    assert normalise_country("HKG") == "CHN"  # dependencies fold into the parent
    assert normalise_country("IMG") == "ISM"
    assert normalise_country("CIV") == "CIV"  # Côte d'Ivoire, not the CAMEO civilian sector
    assert normalise_country("") is None
    assert normalise_country(None) is None
    assert normalise_country("---") is None
    assert coarse_country("UNO") == coarse_country("EUR") == coarse_country("IGO") == "IGO"
    assert coarse_country("AFR") == coarse_country("NAT") == "IGO"  # CAMEO spellings
    assert coarse_country("NGO") == "NGO"


def test_sectors_normalise_irregular_values() -> None:
    assert normalise_sector("GOV") == "GOV"
    assert normalise_sector("CVLalb") == "CVL"
    assert normalise_sector("CIV") == "CVL"
    assert normalise_sector("REBHUT") == "REB"
    assert normalise_sector("MOS") == "REL"
    assert normalise_sector("***") is None
    assert normalise_sector("") is None
    assert normalise_sector(None) is None


def test_load_gold_maps_old_names_and_skips_document(tmp_path: Path) -> None:
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {
            "id": "r1",
            "event": "DEMAND",
            "text": "t1",
            "source": [{"actorText": "x", "code": "JAP", "sector": "GOVxyz"}],
            "target": "",
        },
        {"id": "r2", "event": "FIGHT", "text": "t2", "source": [], "target": "diplomatic"},
        {"id": "r3", "event": "INVESTIGATE", "text": "t3", "source": None},
        {"id": "r4", "event": "DISAPPROVE", "text": "t4", "target": [{"code": "UNO"}]},
    ]
    (tmp_path / plover.GOLD_FILE).write_text(json.dumps(records), encoding="utf-8")
    gold = plover.load_gold(tmp_path)
    assert [g.event_type for g in gold] == ["REQUEST", "ASSAULT", "ACCUSE", "ACCUSE"]
    assert gold[0].source == (GoldActor("JPN", "GOV"),)
    assert gold[0].target == () and gold[1].target == () and gold[2].source == ()
    assert gold[3].target_countries == {"IGO"}
    assert len(plover.load_gold(tmp_path, limit=2)) == 2


def test_best_event_prefers_type_then_countries_then_confidence() -> None:
    gold = _gold("ACCUSE", ("USA",), ("RUS",))
    wrong_type = _event("REJECT", ("USA",), ("RUS",), confidence=0.99)
    other_pair = _event("ACCUSE", ("FRA",), ("DEU",), confidence=0.95)
    reversed_pair = _event("ACCUSE", ("RUS",), ("USA",), confidence=0.9)
    right_pair = _event("ACCUSE", ("USA",), ("RUS",), confidence=0.5)
    assert best_event([wrong_type, other_pair], gold) is other_pair
    assert best_event([other_pair, reversed_pair], gold) is reversed_pair
    assert best_event([reversed_pair, right_pair], gold) is right_pair
    assert best_event([], gold) is None


def test_score_sentence_with_a_match() -> None:
    gold = _gold("AGREE", ("HUN", "ROU"), (), sector="GOV")
    event = _event("AGREE", ("HUN",), ("ROU",), sector="GOV")
    outcome = score_sentence(gold, [event])
    assert outcome.predicted_type == "AGREE" and outcome.quad_correct
    assert outcome.source == Counts(tp=1, fp=0, fn=1)
    # No gold target: the predicted target country is a false positive.
    assert outcome.target == Counts(tp=0, fp=1, fn=0)
    assert outcome.sector_hits == (True, True)


def test_score_sentence_without_events_is_wrong_everywhere() -> None:
    outcome = score_sentence(_gold("THREATEN", ("ISR",), ("LBN",), sector="MIL"), [])
    assert outcome.predicted_type == plover.NO_EVENT
    assert outcome.top_type == plover.NO_EVENT
    assert not outcome.quad_correct
    assert outcome.source == Counts(fn=1) and outcome.target == Counts(fn=1)
    assert outcome.sector_hits == (False,)


def test_score_sentence_quad_can_be_right_when_type_is_wrong() -> None:
    outcome = score_sentence(_gold("REQUEST", ("USA",)), [_event("ACCUSE", ("USA",))])
    assert outcome.predicted_type == "ACCUSE"
    assert outcome.quad_correct  # both verbal conflict


def test_summarise_hand_made_outcomes() -> None:
    pairs = [
        (_gold("ASSAULT", ("ISR",), ("PSE",)), [_event("ASSAULT", ("ISR",), ("PSE",))]),
        (_gold("ASSAULT", ("ISR",), ("PSE",)), [_event("COERCE", ("ISR",), ())]),
        (_gold("AGREE", ("USA",), ("CHN",)), []),
        (_gold("AGREE", ("USA",), ("CHN",)), [_event("AGREE", ("USA",), ("CHN",))]),
    ]
    report = summarise([score_sentence(g, events) for g, events in pairs])
    assert report["n"] == 4
    assert report["event_type_accuracy"] == pytest.approx(0.5)
    assert report["quad_accuracy"] == pytest.approx(0.75)  # COERCE shares ASSAULT's quad
    assert report["no_event_rate"] == pytest.approx(0.25)
    # Source: tp 3, fn 1 -> F1 6/7. Target: tp 2, fn 2 -> F1 4/6.
    assert report["source_country_f1"] == pytest.approx(6 / 7)
    assert report["target_country_f1"] == pytest.approx(4 / 6)
    assert report["per_class"]["AGREE"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
        "support": 2,
    }
    assert report["event_type_macro_f1"] == pytest.approx(2 / 3)
    assert report["confusion"]["ASSAULT"] == {"ASSAULT": 1, "COERCE": 1}
    assert report["sector_n"] == 0 and report["sector_accuracy"] == 0.0
    for lo, hi in report["ci95"].values():
        assert 0.0 <= lo <= hi <= 1.0


def test_evaluate_on_the_gold(nlp: object) -> None:
    data_dir = DATA / "plover-gsr"
    if not (data_dir / plover.GOLD_FILE).exists():
        pytest.skip("../shared/data/plover-gsr is not present")
    report = plover.evaluate(data_dir, Options(), limit=20)
    assert report["dataset"] == "plover-gsr"
    assert report["n"] == 20
    for key in (*plover.HEADLINE, "no_event_rate", "top_confidence_event_type_accuracy"):
        assert 0.0 <= report[key] <= 1.0, key
    for key in plover.HEADLINE:
        lo, hi = report["ci95"][key]
        assert 0.0 <= lo <= hi <= 1.0, key
    assert set(report["per_class"]) <= set(PLOVER_TYPES)
    assert sum(row["support"] for row in report["per_class"].values()) == 20
    assert sum(n for row in report["confusion"].values() for n in row.values()) == 20
    assert set(plover.SPEC) >= {"n", *plover.HEADLINE}


def test_missing_gold_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"PLOVER_GSR_CAMEO\.txt"):
        plover.load_gold(tmp_path)
