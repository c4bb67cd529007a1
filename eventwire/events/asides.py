"""Target roots that are asides: what talks are about, where an act is brought, the
circumstances a sentence opens with (split from eventwire.events.sides)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events import arguments as args
from eventwire.events.recipients import VENUE_PREPS
from eventwire.events.triggers import Trigger
from eventwire.records import Actor

# What talks, accords and praise are about: "held talks with Putin on the Ukraine conflict".
_TOPIC_PREPS = frozenset({"on", "about"})
# Acts whose "on" phrase is a topic: intents, talks and praise.
_TOPIC_ROOTS = ("03", "04", "05")
# Verbs of talks whose object is what is talked about.
_TOPIC_VERBS = frozenset({"discuss", "debate", "review"})
# ... and refusals of a text, whose "on" phrase is a topic ("vetoed a resolution on Syria"; not
# "slammed the door on Athens")
_TEXTS = frozenset({"resolution", "motion", "bill", "draft", "declaration", "statement", "report"})


def without_asides(doc: Doc, trig: Trigger, aimed: list[Token]) -> list[Token]:
    """The target roots without a topic of talks or the body an act is brought before, when
    the others still name someone."""
    kept = [r for r in aimed if not _aside(doc, trig, r)]
    if len(kept) < len(aimed) and args.actors_of(doc, kept, nested_places=True):
        return kept
    return aimed


def without_nested_topics(
    doc: Doc, trig: Trigger, struck: list[Token], target: list[Actor]
) -> list[Actor]:
    """ "conferred with South Korea's president on North Korea": a topic the parse hangs on
    the partner is no partner, when the partner still names someone."""
    if trig.cameo[:2] not in _TOPIC_ROOTS and not _text_refused(trig, struck):
        return target
    topics = [
        o
        for r in struck
        for c in r.children
        if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    ]
    about = args.actors_of(doc, topics, nested_places=True) if topics else []
    rest = [a for a in target if a not in about]
    return rest or target


def _text_refused(trig: Trigger, struck: list[Token]) -> bool:
    """Whether a refusal's object is a text ("vetoed a resolution"), whose "on" is its topic."""
    if trig.cameo[:2] != "12":
        return False
    objects = args.objects_of(trig.verb) if trig.verb is not None else []
    return any(r.lemma_.lower() in _TEXTS for r in [*struck, *objects])


# Words that open a sentence with its circumstances: "With Russia distracted by the war,",
# "Following the attack on Israel,", "Under pressure from Washington,".
_CIRCUMSTANCE_WORDS = frozenset(
    {"with", "following", "after", "amid", "under", "despite", "during", "before", "since"}
)


def _circumstance(trig: Trigger, root: Token) -> bool:
    """Whether `root` lies in a phrase that opens the sentence with the act's circumstances
    (a circumstance word, or a participle: "Meeting in Istanbul under UN auspices,")."""
    verb = trig.verb if trig.verb is not None else trig.word
    phrase = root
    while phrase.head.i not in (phrase.i, verb.i):
        phrase = phrase.head
    if phrase.left_edge.i != root.sent.start or phrase.i >= trig.word.i or phrase.i == root.i:
        return False
    participle = phrase.dep_ == "advcl" and phrase.tag_ in ("VBG", "VBN")
    return participle or (phrase.dep_ == "prep" and phrase.lower_ in _CIRCUMSTANCE_WORDS)


def _aside(doc: Doc, trig: Trigger, root: Token) -> bool:
    """Whether a target root is only what an act is about or where it is brought."""
    if _circumstance(trig, root):
        return True
    if root.dep_ == "dobj" and trig.cameo[:2] == "04" and root.head.lemma_.lower() in _TOPIC_VERBS:
        return True  # "discussed the crisis in Lebanon with Iran's president": the topic
    if root.dep_ != "pobj":
        return False
    prep = root.head.lower_
    if prep in _TOPIC_PREPS:
        return trig.cameo[:2] in _TOPIC_ROOTS or _text_refused(trig, [])
    if prep in VENUE_PREPS or (prep == "with" and trig.cameo[:2] == "11"):
        # ("filed a complaint with the UN Security Council against Israel")
        bodies = args.actors_of(doc, [root])
        return bool(bodies) and all(a.country in args.NON_STATE_CODES for a in bodies)
    return False
