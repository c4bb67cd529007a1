"""The opt-in learned fallback types sentences with actors that the rules leave empty."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.events import model
from eventwire.options import Options
from eventwire.pipeline import code_doc
from eventwire.records import Article, article_id_for

TEXT = "Germany and Poland agreed on Tuesday to deepen their defence partnership."
# No rule reads "exchanged gunfire"; the classifier knows the kind of sentence.
LEFT_EMPTY = (
    "Artillery duels between Thai and Cambodian troops raged across the frontier overnight."
)


def article(text: str) -> Article:
    return Article(id=article_id_for("t", (text,)), source="t", title="t", paragraphs=(text,))


def test_off_by_default(nlp):
    assert not Options().model_fallback
    events = code_doc(nlp, article(TEXT), Options())
    assert all(e.rule != "model" for e in events)


def test_without_the_extra_the_rules_code_alone(nlp, monkeypatch):
    monkeypatch.setattr(model, "available", lambda: False)
    events = code_doc(nlp, article(TEXT), replace(Options(), model_fallback=True))
    assert all(e.rule != "model" for e in events)


@pytest.mark.skipif(not model.available(), reason="the embed extra is not installed")
def test_the_model_fills_only_sentences_the_rules_left_empty(nlp):
    options = replace(Options(), model_fallback=True)
    text = "Kenyan troops shelled Somali villages on Monday.\n\n" + LEFT_EMPTY
    events = code_doc(nlp, article(text), options)
    ruled = [e for e in events if e.rule != "model"]
    learned = [e for e in events if e.rule == "model"]
    assert ruled and learned
    assert {e.evidence.start for e in ruled}.isdisjoint({e.evidence.start for e in learned})
    assert {e.event_type for e in learned} == {"ASSAULT"}
    for event in learned:
        assert event.confidence < 0.6
        assert any(a.country for a in event.source + event.target)


# No rule reads the complaint (a noun that needs a light verb); the rules find only the meeting,
# and doubt it.
DOUBTED = (
    "Poland's complaint against Belarus over migrants was aired on Monday at a meeting in Warsaw."
)


@pytest.mark.skipif(not model.available(), reason="the embed extra is not installed")
def test_the_model_retypes_a_rule_event_it_is_far_surer_of(nlp):
    ruled = code_doc(nlp, article(DOUBTED), Options())
    assert [e.event_type for e in ruled] == ["CONSULT"]
    assert ruled[0].confidence < 0.3
    events = code_doc(nlp, article(DOUBTED), replace(Options(), model_fallback=True))
    assert [e.event_type for e in events] == ["ACCUSE"]
    (event,) = events
    assert event.rule == ruled[0].rule + "+model"
    assert event.id != ruled[0].id
    assert event.cameo == model.code_for_type("ACCUSE")
    # The rule's reading of who and where stays.
    assert (event.source, event.target, event.location) == (
        ruled[0].source,
        ruled[0].target,
        ruled[0].location,
    )
    assert ruled[0].confidence < event.confidence < 0.6


@pytest.mark.skipif(not model.available(), reason="the embed extra is not installed")
def test_a_sure_rule_event_is_not_overruled(nlp):
    text = "Kenyan troops shelled Somali villages on Monday."
    ruled = code_doc(nlp, article(text), Options())
    events = code_doc(nlp, article(text), replace(Options(), model_fallback=True))
    assert events == ruled


# The model alone would call these a protest and a concession (checked with the guard off).
LOOKING_BACK = (
    "Students in Yangon lit candles to remember classmates shot by soldiers during the 1988 "
    "uprising.",
    "Cambodians marked 30 years since the Paris peace accords that ended their civil war with "
    "a public holiday.",
)


@pytest.mark.skipif(not model.available(), reason="the embed extra is not installed")
@pytest.mark.parametrize("sentence", LOOKING_BACK)
def test_the_model_leaves_a_sentence_that_looks_back_empty(nlp, sentence):
    # the rules leave a commemoration empty on purpose; the model may not fill it
    options = replace(Options(), model_fallback=True)
    assert not code_doc(nlp, article(sentence), options)
