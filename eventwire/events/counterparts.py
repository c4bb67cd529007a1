"""The other side of an act found away from its object: whom a suspect is handed to, whom a
trip is made to meet, the sides one stands between, whom goods are bought from, the crowd
forces are sent to meet.

Written by the eventwire team from its own development sentences (not from any gold sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events import arguments as args
from eventwire.events.placement import countries_of, placed
from eventwire.events.recipients import (
    between_sides,
    bought_from,
    drill_partners,
    faced_gatherings,
    handed_to,
    met_on_the_trip,
)
from eventwire.events.triggers import Trigger
from eventwire.records import Actor


def counterparts(doc: Doc, trig: Trigger, source: list[Actor], target: list[Actor]) -> list[Actor]:
    """`target`, replaced or filled in from the phrases that name the other side."""
    receivers = [a for a in args.actors_of(doc, handed_to(trig), True) if a.country]
    # "flew to Minsk for talks with the Russian and Ukrainian presidents": whom they met
    receivers += [a for a in args.actors_of(doc, met_on_the_trip(trig)) if a not in source]
    if receivers:
        return receivers  # "extradited Fabio Ochoa to the United States"
    if not target:
        # "offered to mediate between Khartoum and the rebels": the sides it stands between;
        # "began importing gas from Romania": whom it is bought from; "joined China and
        # Russia for naval drills": whom the drills are held with
        sides = between_sides(trig) + bought_from(trig) + drill_partners(trig)
        target = [a for a in args.actors_of(doc, sides, True) if a not in source]
    gatherings = faced_gatherings(trig) if not target else []
    if gatherings:
        # "deployed police across Nairobi ahead of opposition protests": at the crowd, the
        # doer's own people when the text gives them no other country
        faced = args.actors_of(doc, gatherings)
        homes = {c for c in countries_of(source) if c}
        target = placed(faced, next(iter(homes)), True) if len(homes) == 1 else faced
    return target
