"""Leaving a body or a treaty: a state that withdraws from a bloc, a court or an accord reduces
its relations (CAMEO 16, PLOVER SANCTION, mode withdraw), it does not pull back troops.

Written by the eventwire team from general news usage (not from any gold sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events import arguments as args
from eventwire.events.coding import Trigger
from eventwire.events.senses import TROOP_NOUNS

# Bodies and agreements one is a member or a party of.
MEMBERSHIPS = frozenset(
    {"treaty", "accord", "pact", "agreement", "union", "bloc", "organisation", "organization"}
    | {"alliance", "convention", "protocol", "court", "council", "commonwealth", "federation"}
    | {"league", "community", "deal", "charter", "body", "grouping", "forum", "commission"}
    | {"membership", "cartel", "partnership", "framework", "compact", "organisations"}
)
TROOPS = frozenset(TROOP_NOUNS.split())
# The UN and the EU are bodies one leaves as well as other intergovernmental ones.
BODIES = frozenset({"IGO", "UNO", "EUR"})


def left_body(doc: Doc, trig: Trigger) -> bool:
    """ "Mali withdrew from ECOWAS", "announced their withdrawal from the Paris accord"."""
    if not trig.cameo.startswith("0872"):
        return False
    words = [w for w in (trig.verb, trig.noun, trig.word) if w is not None]
    if any(o.lemma_.lower() in TROOPS for w in words for o in args.objects_of(w)):
        return False  # "withdrew its troops from the UN mission"
    left = [o for w in words for _, o in args.prep_objects(w, args.FROM)]
    if any(o.lemma_.lower() in MEMBERSHIPS for o in left):
        return True
    spans = {o.i for o in left}
    return any(
        m.start <= i < m.end and all(a.country in BODIES for a in m.actors)
        for m in doc._.actors or []
        for i in spans
    )
