"""Coding added in the twenty-fifth pass: headlines parsed as clauses, subjects the parser hangs
loose in headlines, no stand-in doer for a verb with a subject of no office. Every sentence is
written by the team."""

from __future__ import annotations

import pytest

from eventwire.events.headlines import past_form
from tests.test_events import code, countries
from tests.test_events_twentyfourth import assert_no_event
from tests.test_events_twentythird import coded_with


@pytest.mark.parametrize(
    ("lemma", "past"),
    [
        ("expel", "expelled"),
        ("ban", "banned"),
        ("summon", "summoned"),
        ("visit", "visited"),
        ("offer", "offered"),
        ("transfer", "transferred"),
        ("free", "freed"),
        ("strike", "struck"),
        ("rally", "rallied"),
        ("kidnap", "kidnapped"),
    ],
)
def test_past_form(lemma, past):
    assert past_form(lemma) == past


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        # present-tense headline verbs the small model reads as nouns or adjectives
        ("Chad expels French ambassador", "166", "TCD", "FRA"),
        ("Kenyan police fire tear gas at opposition supporters", "175", "KEN", ""),
        ("Afghanistan's Taliban free two American hostages", "0841", "AFG", "USA"),
        ("Russian artillery pounds Ukraine's Kharkiv overnight", "194", "RUS", "UKR"),
        # a name hung on the verb as a compound, or loose before a comma
        ("Turkey shells Kurdish positions in Iraq.", "194", "TUR", "IRQ"),
        ("Kenya, Somalia agree to reopen border", "0355", "SOM", "KEN"),
    ],
)
def test_headlines_are_clauses(nlp, sentence, cameo, source, target):
    coded_with(nlp, sentence, cameo, source, target)


def test_headline_repair_keeps_the_words_and_offsets(nlp):
    doc = nlp("Chad expels French ambassador")
    verb = doc[1]
    assert verb.text == "expels" and verb.lemma_ == "expel" and verb.pos_ == "VERB"
    assert verb.dep_ == "ROOT" and doc[0].dep_ == "nsubj"


def test_noun_phrase_titles_stay_noun_phrases(nlp):
    # no verb after a subject and nothing after the word: a title, not a clause
    assert_no_event(nlp, "Iran nuclear talks")
    doc = nlp("Iran nuclear talks")
    assert not any(t.pos_ == "VERB" for t in doc)


def test_a_role_at_the_end_of_a_headline_does_not_break_the_reader(nlp):
    # the reader looked one word past a role that ends the text
    events = code(nlp, "Mali expels ambassador")
    assert all(e.cameo for e in events)


def test_no_stand_in_doer_for_a_verb_with_a_subject_of_no_office(nlp):
    # "airports" did it; Ankara is only what the blizzard paralysed
    events = code(nlp, "Blizzard paralyses Ankara, airports suspend flights")
    assert not any("TUR" in countries(e.source) for e in events)
    # a name inside the subject still stands in for the doer
    coded_with(
        nlp,
        "Planes loaded with tents and medicine from the United Arab Emirates landed in "
        "Kathmandu three days after the earthquake.",
        "073",
        "ARE",
    )
