"""Readings added in the twenty-eighth pass: speech acts said again and rises a government
shelves. Every sentence is written by the team."""

from __future__ import annotations

import pytest

from tests.test_events import code
from tests.test_events_twentysixth import assert_sides


@pytest.mark.parametrize(
    ("sentence", "cameo", "source", "target"),
    [
        ("Sudan repeated its demand for compensation from Egypt.", "100", "SDN", ""),
        ("Iran repeated its warning to Israel.", "130", "IRN", "ISR"),
        ("Japan reiterated its support for Ukraine.", "051", "JPN", "UKR"),
        ("Ghana reiterated its call on Togo to reopen the border.", "020", "GHA", "TGO"),
        # the speech act as the subject of a passive
        (
            "Chile's demand to Bolivia for an apology was repeated at talks in Lima.",
            "",
            "CHL",
            "BOL",
        ),
    ],
)
def test_a_speech_act_said_again(nlp, sentence, cameo, source, target):
    assert_sides(nlp, sentence, cameo, source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru shelved a bus fare increase after student protests.",
        "Ghana abandoned a fuel price hike after street protests.",
        "Jordan paused a planned tax rise on bread.",
    ],
)
def test_a_rise_dropped_is_a_concession(nlp, sentence):
    assert "080" in {e.cameo for e in code(nlp, sentence)}


def test_a_firm_shelving_a_price_rise_is_no_event(nlp):
    assert not code(nlp, "The carmaker shelved a planned price increase.")
