"""How a coded act stands: asserted, negated, future or imagined, and what a refusal becomes.

The parse's modality (`read_modality`) is settled here against CAMEO's conventions: a negated
concession its doer will not make is a refusal (12x), a cooperative act its doer announces is
the intent to do it (03x), and a harmful act its doer says it would do is a threat (13x).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.events import arguments as args
from eventwire.events import stance
from eventwire.events.checks import REFUSED_MEETINGS, REFUSED_WHEN_NEGATED
from eventwire.events.modality import read_modality
from eventwire.events.refining import refine
from eventwire.events.triggers import Trigger


@dataclass(frozen=True)
class Mood:
    """The modality an event is stored with."""

    negated: bool
    future: bool
    hypothetical: bool
    background: bool


def settle_mood(trig: Trigger, conditional: bool, threatened: set[int]) -> Mood:
    """Read the trigger's modality and recode it by CAMEO's conventions (in place on `trig`).

    Words of whom a threat is aimed at ("anyone who marches") are added to `threatened`, so that
    the sentence's later triggers among them are not coded as events of their own.
    """
    negated, future, hypothetical, background = read_modality(trig)
    refusal = REFUSED_WHEN_NEGATED.get(trig.word.lemma_.lower())
    if trig.word.lemma_.lower() in REFUSED_MEETINGS and stance.will(trig.word):
        refusal = "125"  # "would not negotiate with the rebels"
    elif refusal is None and trig.cameo[:2] == "08" and stance.will(trig.word):
        # "would not release the hostages", "will not withdraw its troops": CAMEO's refusals
        # to yield (124x), one per kind of concession
        refusal = refine("120", trig.cameo)
    elif refusal is None and trig.cameo[:2] in ("07", "08") and stance.cannot(trig.word):
        # "said it could not provide the trucks Chad sought", "was unable to grant Niger's
        # request": aid or a concession declined (CAMEO's refusals, 122, 12x)
        refusal, negated = refine("120", trig.cameo), True
    if negated and refusal and stance.denied(trig.word):
        # "would not accept the ruling", "will not bow to pressure": a refusal (REJECT),
        # as CAMEO codes declining to yield, not a negated concession.
        trig.cameo, trig.rule, negated = refusal, trig.rule + ".refused", False
        future = hypothetical = False  # "will not accept" refuses now
    if trig.rule.endswith("+not"):
        negated = False  # "would not rule out force" keeps the threat open
    if conditional:
        future = hypothetical = False
    if stance.intent(trig, negated, future, hypothetical):
        # "Israel said it would ease the restrictions", "Madrid will pool intelligence with
        # Paris": CAMEO codes a cooperative act announced by its doer as the intent to do it
        # (03x, AGREE)
        trig.cameo, trig.rule = refine("030", trig.cameo), trig.rule + ".intent"
        hypothetical = False  # a promise is made, not imagined; "will" keeps it in the future
    elif stance.threatened(trig, negated, future, hypothetical):
        # "police will arrest anyone who marches", "said it would expel the diplomats"
        trig.cameo, trig.rule = refine("130", trig.cameo), trig.rule + ".threat"
        hypothetical = False
        threatened.update(
            t.i
            for o in args.objects_of(trig.verb or trig.word)
            for c in o.children
            if c.dep_ in ("relcl", "acl")  # "would shoot anyone looting shops"
            for t in c.subtree
        )
    elif trig.rule.endswith(".intent"):
        hypothetical = False  # "said it would reconsider its policy": promised reform
    return Mood(negated, future, hypothetical, background)
