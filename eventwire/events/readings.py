"""Verb senses of the twenty-fourth pass, from the team's own development sentences
("gathered in Shanghai for a meeting", "was greeted at the airport by", "asked the Polish people
for forgiveness", "called up the militia"), never taken from a gold sentence.

Kept as (lemma, sense) pairs rather than a dict, so that two senses of one word can never
silently overwrite each other; eventwire.events.lexicon merges them after the earlier passes.
"""

from __future__ import annotations

from eventwire.events.senses import Sense, _s

# What leaders gather or arrive for: "gathered in Shanghai for a meeting".
_TALKS = (
    "for:meeting for:meetings for:talks for:summit for:conference for:consultations "
    "for:negotiations for:summits"
)
# Armed bodies called up or raised ("called up the militia"); the core's troops and
# reservists are there already, and "mobilised volunteers" is as often a clean-up as a war.
_RAISED = "militia militias guard guards army forces units brigades"

# What intelligence services pass on (064).
_INTELLIGENCE = (
    "intelligence dossier dossiers information data datum files evidence tip tips tip-off"
)

TWENTY_FOURTH_PASS: tuple[tuple[str, Sense], ...] = (
    ("gather", _s("040", _TALKS)),
    ("assemble", _s("040", _TALKS)),
    ("converge", _s("040", _TALKS)),
    # "was greeted at the airport by the foreign minister": a host receives a visitor; the
    # host-code check wants someone of office received
    ("greet", _s("043")),
    # an apology asked for is one given (055, SUPPORT as the crosswalk codes it)
    ("ask", _s("055", "for:forgiveness for:pardon")),
    ("beg", _s("055", "for:forgiveness for:pardon")),
    ("seek", _s("055", "forgiveness pardon")),
    ("call", _s("154", _RAISED, particle="up")),
    # "joined Argentina's search for the submarine", "joined the annual naval exercise"
    ("join", _s("060", "search hunt effort efforts operation operations")),
    ("join", _s("062", "exercise exercises drills drill manoeuvres maneuvers patrol patrols")),
    # intelligence handed over: "handed their counterparts a dossier on militant commanders"
    ("hand", _s("064", _INTELLIGENCE)),
    ("pass", _s("064", _INTELLIGENCE)),
    ("share", _s("064", _INTELLIGENCE)),
    ("provide", _s("064", _INTELLIGENCE)),
    ("give", _s("064", _INTELLIGENCE)),
    ("supply", _s("064", _INTELLIGENCE)),
    ("mobilise", _s("154", "militia militias")),
    ("mobilize", _s("154", "militia militias")),
)
