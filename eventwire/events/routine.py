"""Political words in routine news: performers on parade, entries accepted, a career's span,
a coalition named as a side, hints offered. None of these is an event between actors."""

from __future__ import annotations

from eventwire.events import arguments as args
from eventwire.events.bystanders import doing_subjects
from eventwire.events.scenery import lemmas_of
from eventwire.events.triggers import Trigger

# Those who march in a tattoo or a festival's parade: "pipers and drummers marched".
PERFORMERS = frozenset(
    {"piper", "drummer", "band", "bandsman", "bandsmen", "bugler", "trumpeter", "majorette"}
    | {"dancer", "performer", "musician", "troupe", "acrobat", "drum", "pipe"}
)
# What an office takes in the course of its work: "began accepting candidate nominations".
ENTRIES = frozenset(
    {"nomination", "application", "entry", "registration", "submission", "candidacy", "bid"}
    | {"booking", "reservation", "payment", "enrolment", "enrollment", "vote", "ballot"}
)
# What a fact offers or gives that is no offer: "the outcome may offer clues".
GLIMPSES = frozenset(
    {"clue", "insight", "glimpse", "hint", "lesson", "snapshot", "indication", "reminder"}
    | {"picture", "window", "perspective", "foretaste", "preview"}
)
# Spans of time that make an act a career, not news: "flew fighter jets for 20 years".
CAREER_SPANS = frozenset({"year", "decade"})
# Nouns of a bond that also name the bloc it made: "the opposition alliance won 38 percent".
BLOC_NOUNS = frozenset({"alliance", "coalition", "bloc", "front", "partnership", "union"})


def routine(trig: Trigger) -> bool:
    """Whether the trigger's words tell routine news, no event between actors."""
    return (
        _performers_marched(trig)
        or _entries_accepted(trig)
        or _glimpse_offered(trig)
        or _career_span(trig)
        or _bloc_as_side(trig)
    )


def _performers_marched(trig: Trigger) -> bool:
    """ "pipers and drummers marched on the castle esplanade": a parade, no protest."""
    if trig.cameo[:2] != "14" or trig.verb is None:
        return False
    subjects, _ = doing_subjects(trig)
    heads = [w for s in subjects for w in (s, *s.conjuncts)]
    return bool(heads) and all(w.lemma_.lower() in PERFORMERS for w in heads)


def _entries_accepted(trig: Trigger) -> bool:
    """ "will begin accepting candidate nominations": an office at its work, no consent."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in ("accept", "receive", "take", "process"):
        return False
    return bool(lemmas_of(args.objects_of(verb)) & ENTRIES)


def _glimpse_offered(trig: Trigger) -> bool:
    """ "the outcome may offer clues about the next race": a sign, nothing held out."""
    verb = trig.verb
    if verb is None or verb.lemma_.lower() not in ("offer", "give", "provide", "yield"):
        return False
    return bool(lemmas_of(args.objects_of(verb)) & GLIMPSES)


def _career_span(trig: Trigger) -> bool:
    """ "flew fighter jets for 20 years": a career told, no forces moved."""
    verb = trig.verb
    if verb is None or trig.cameo[:2] != "15":
        return False
    return any(
        o.lemma_.lower() in CAREER_SPANS and any(c.dep_ in ("nummod", "amod") for c in o.children)
        for _, o in args.prep_objects(verb, frozenset({"for"}))
    )


def _bloc_as_side(trig: Trigger) -> bool:
    """ "the opposition alliance won 38 percent": the bloc a bond made, doing something else."""
    noun = trig.noun
    if trig.verb is not None or noun is None or noun.lemma_.lower() not in BLOC_NOUNS:
        return False
    return noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX")
