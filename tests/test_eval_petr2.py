"""Tests of the petr2 scorer: actor codes, the lenient parser and scoring on hand-made records."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import NotFound
from eventwire.eval import petr2
from eventwire.eval.countries import ActorCode, parse_actor_code
from eventwire.eval.petr2 import GoldCoding, GoldSentence, event_dyads, score_sentence, summarise
from eventwire.events.codebook import coding_for
from eventwire.options import Options
from eventwire.records import Actor, Event, Evidence

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

# Made-up records with the real file's quirks: a header comment that mentions <EventCoding...>,
# Sentence elements self-closed and then closed again, a noevents marker, wrapped text.
XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
#  a header with <EventCoding...> in it & an unescaped ampersand
<Sentences>
<Sentence category="GOLD" date="20180101" id="T1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="---REB" />
<EventCoding eventcode="190" sourcecode="IGOUNOMIL" targetcode="IRQ" />
<Text>
Alpha visited
Beta.
</Text>
<Parse>
1	Alpha	alpha	PROPN	NNP	_	2	nsubj	_	_
</Parse>
</Sentence>
<Sentence category="AFP" date="20180102" id="T2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def _event(cameo: str, source: tuple[str | None, ...], target: tuple[str | None, ...]) -> Event:
    def actors(codes: tuple[str | None, ...]) -> tuple[Actor, ...]:
        return tuple(Actor(text="x", name="x", country=c) for c in codes)

    coding = coding_for(cameo)
    return Event(
        id=f"{cameo}-{source}-{target}",
        article_id="a1",
        event_type=coding.event_type,
        mode=coding.mode,
        context=coding.context,
        cameo=cameo,
        goldstein=coding.goldstein,
        quad=coding.quad,
        source=actors(source),
        target=actors(target),
        date=None,
        date_precision=None,
        date_reason="none",
        location=None,
        modality="asserted",
        evidence=Evidence(text="", start=0, end=0),
        confidence=0.8,
    )


def _coding(cameo: str, source: str, target: str) -> GoldCoding:
    return GoldCoding(cameo, parse_actor_code(source), parse_actor_code(target))


@pytest.mark.parametrize(
    ("code", "country", "sector"),
    [
        ("USA", "USA", None),
        ("IRQGOVMIL", "IRQ", "GOV"),
        ("PSEGZA", "PSE", None),
        ("PSEGZACVL", "PSE", "CVL"),
        ("PSEREBHMSGOV", "PSE", "REB"),
        ("---REB", None, "REB"),
        ("---", None, None),
        ("IGOUNO", "UNO", None),
        ("IGOUNOMIL", "UNO", "MIL"),
        ("IGOEUREEC", "EUR", None),
        ("IGOCOPITP", "IGO", "COP"),
        ("IMGMUSISI", "ISM", "REL"),
        ("EGYOPPMUS", "EGY", "OPP"),
        ("JAPGOV", "JPN", "GOV"),
    ],
)
def test_parse_actor_code(code: str, country: str | None, sector: str | None) -> None:
    assert parse_actor_code(code) == ActorCode(code, country, sector)


def test_parse_gold_reads_the_quirky_file() -> None:
    gold = petr2.parse_gold(XML)
    assert [g.id for g in gold] == ["T1", "T2"]
    first, second = gold
    assert first.category == "GOLD"
    assert first.text == "Alpha visited Beta."
    assert [c.cameo for c in first.codings] == ["042", "190"]
    assert first.codings[0].dyad == ("USA", None)
    assert first.codings[1].dyad == ("UNO", "IRQ")
    assert first.codings[1].root == "19"
    assert second.codings == ()


def test_load_gold_limit(tmp_path: Path) -> None:
    (tmp_path / petr2.GOLD_FILE).write_text(XML, encoding="utf-8")
    assert len(petr2.load_gold(tmp_path)) == 2
    assert [g.id for g in petr2.load_gold(tmp_path, limit=1)] == ["T1"]


def test_event_dyads_expand_compound_actors_and_missing_sides() -> None:
    event = _event("040", ("USA", "RUS"), ())
    assert event_dyads(event) == {("USA", None), ("RUS", None)}
    assert event_dyads(_event("040", ("JAP",), (None,))) == {("JPN", None)}


def test_score_sentence_per_coding() -> None:
    gold = GoldSentence(
        "s1",
        "GOLD",
        "",
        (_coding("042", "USAGOV", "CHN"), _coding("190", "ISR", "PSEGZA")),
    )
    events = [
        _event("043", ("USA",), ("CHN",)),  # root 04 and the dyad: the first coding, jointly
        _event("193", ("PSE",), ("ISR",)),  # root 19, but the pair is reversed
        _event("111", ("ISR",), ("PSE",)),  # the second coding's pair, with another root
    ]
    outcome = score_sentence(gold, events)
    first, second = outcome.codings
    assert (first.root_found, first.dyad_found, first.joint_found) == (True, True, True)
    assert (second.root_found, second.dyad_found, second.joint_found) == (True, True, False)
    assert (outcome.predicted_right, outcome.predicted) == (2, 3)


def test_summarise_hand_made_outcomes() -> None:
    found = GoldSentence("s1", "AFP", "", (_coding("042", "USA", "CHN"),))
    missed = GoldSentence("s2", "TEST", "", (_coding("112", "---REB", "SYR"),))
    outcomes = [
        score_sentence(found, [_event("040", ("USA",), ("CHN",))]),
        score_sentence(missed, [_event("112", ("SYR",), ())]),
    ]
    report = summarise(outcomes, no_event_counts=[0, 2])
    assert report["n"] == 2 and report["n_sentences"] == 2
    assert report["cameo_root_accuracy"] == pytest.approx(1.0)
    assert report["dyad_accuracy"] == pytest.approx(0.5)
    assert report["joint_accuracy"] == pytest.approx(0.5)
    assert report["undirected_dyad_accuracy"] == pytest.approx(1.0)
    assert report["root_precision"] == pytest.approx(1.0)
    assert report["no_event_accuracy"] == pytest.approx(0.5)
    assert report["per_category"]["TEST"] == {
        "n": 1,
        "cameo_root_accuracy": 1.0,
        "dyad_accuracy": 0.0,
    }
    assert set(report["per_root"]) == {"04", "11"}


def test_evaluate_on_the_gold(nlp: object) -> None:
    data_dir = DATA / "petr2-gsr-validation"
    if not (data_dir / petr2.GOLD_FILE).exists():
        pytest.skip("../shared/data/petr2-gsr-validation is not present")
    report = petr2.evaluate(data_dir, Options(), limit=20)
    assert report["dataset"] == "petr2"
    assert report["n_sentences"] + report["n_no_event_sentences"] == 20
    assert report["n"] >= report["n_sentences"] > 0
    for key in (*petr2.HEADLINE, "root_precision", "no_event_accuracy"):
        assert 0.0 <= report[key] <= 1.0, key
    for key in petr2.HEADLINE:
        lo, hi = report["ci95"][key]
        assert 0.0 <= lo <= hi <= 1.0, key
    assert sum(row["n"] for row in report["per_category"].values()) == report["n"]
    assert set(petr2.SPEC) >= {"n", *petr2.HEADLINE}


def test_missing_gold_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match=r"PETR2_GSR_validation\.xml"):
        petr2.load_gold(tmp_path)
