"""Verb senses of the thirty-ninth pass: protests wound down by those who made them (camps
dismantled, roads reopened); from the team's own development
sentences, never from a gold sentence.

Kept as (lemma, sense) pairs like eventwire.events.parlance; eventwire.events.lexicon merges
them after the earlier passes, and the most specific sense of a word is tried first.
"""

from __future__ import annotations

from eventwire.events.senses import Sense, _s

# What protesters set up and take down again.
_PROTEST_SITES = "camp camps encampment encampments tent tents barricade barricades roadblocks"

# What one state builds for another and hands over.
_BUILT = "building buildings hospital hospitals school schools stadium stadiums bridge complex"

THIRTY_NINTH_PASS: tuple[tuple[str, Sense], ...] = (
    # CONCEDE: "protesters dismantled their tent camp outside parliament" (082); the police
    # dismantling it coerce instead (see eventwire.events.checks)
    ("dismantle", _s("082", _PROTEST_SITES)),
    ("pack", _s("082", _PROTEST_SITES, particle="up")),
    # AID: "China handed over a new parliament building to Zimbabwe", built as a gift (070)
    ("hand", _s("070", _BUILT, particle="over")),
)
