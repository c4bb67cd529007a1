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

# Charges a government gives up after protests (080).
_CHARGES = "charge charges tax taxes fee fees levy levies hike hikes tariff tariffs"
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
    # concessions: "restored fuel subsidies", "removed three groups from the terror list",
    # "the water charges were suspended after mass protests"
    ("restore", _s("080", "subsidy subsidies benefit benefits pension pensions allowance")),
    ("remove", _s("081", "from:list from:blacklist from:register")),
    ("delist", _s("081")),
    ("suspend", _s("080", _CHARGES)),
    ("scrap", _s("080", _CHARGES)),
    # "returned $321 million in looted funds": property given back (0842)
    ("return", _s("0842", "funds fund money millions billions assets")),
    ("repatriate", _s("0842", "funds fund money millions billions assets")),
    # "ignored a government deadline to return to work"
    ("ignore", _s("120", "deadline deadlines ultimatum ultimatums")),
    ("defy", _s("120", "deadline deadlines ultimatum ultimatums")),
    # "moved a mid-range missile to its east coast", "took up arms"
    ("move", _s("154", "missile missiles launcher launchers rocket rockets")),
    ("take", _s("154", "arms weapons", particle="up")),
    # media unblocked, permits scrapped, abuses documented, oil shipped, troops let in
    ("unblock", _s("0811")),
    ("scrap", _s("081", "permit permits visa visas requirement requirements restriction")),
    ("document", _s("092", "abuses abuse violations crimes atrocities killings torture")),
    ("ship", _s("061", "oil crude gas grain coal electricity")),
    ("let", _s("0861", "troops peacekeepers monitors inspectors observers")),
    # "the opposition shunned the election": a boycott
    ("shun", _s("143", "election elections vote poll polls ballot referendum")),
    ("mobilise", _s("154", "militia militias")),
    ("mobilize", _s("154", "militia militias")),
)
