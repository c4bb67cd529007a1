"""Acts announced rather than done: CAMEO codes a cooperative act its doer wants, will or would
do as the intent (03x), and coercion or force its doer will or would use as the threat (13x).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import arguments as args
from eventwire.events.carriers import AGENT_VERBS
from eventwire.events.triggers import Trigger
from eventwire.events.vocab import PROMISING

# Cooperative acts whose announcement CAMEO codes as an intent: meet, support, cooperate,
# aid, yield.
INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Acts of coercion and force whose announcement by the doer CAMEO codes as a threat (13x);
# sanctions join them when held out with no date ("will impose sanctions on Iran"), while a
# dated announcement ("next week") decides them.
THREAT_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# Verbs and adjectives of the doer's own wish ("intends to", "is keen to"); "plans to" and "is
# expected to" report a schedule, not a promise, and stay future.
INTENT_GOVERNORS = frozenset(
    {"intend", "want", "wish", "offer", "vow", "pledge", "promise", "hope", "resolve", "aim"}
    # "decided to ease the blockade", "expects to ease curbs": the doer's own (not "is
    # expected to", which reports a plan)
    | {"decide", "expect", "undertake", "commit"}
    | {"seek"}  # "seeks to expand cooperation with India": a wish, not a request
)
# Nouns of the doer's wish: "readiness to cooperate", "an offer of talks".
INTENT_NOUNS = frozenset(
    {"readiness", "willingness", "intention", "intent", "promise", "pledge", "offer", "hand"}
    | {"commitment", "determination", "desire", "wish", "openness", "eagerness"}
)
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "keen", "eager", "determined"})
# Verbs that hold force out without saying it will be used: "hinted that troops could ...".
HINTING = frozenset({"hint", "suggest", "signal", "intimate", "imply", "indicate", "warn"})
# Bans a state announces it will impose: decided like sanctions, not held out.
DECREED = frozenset({"prohibit", "ban", "outlaw", "forbid"})
# What makes sanctions announced a package decided: "new sanctions", "further measures".
PACKAGE_WORDS = frozenset({"new", "fresh", "further", "additional", "more", "tougher"})
# Modals that hold an act out as possible.
MODAL_THREATS = frozenset({"could", "may", "might"})
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume"})


def intent(trig: Trigger, negated: bool, future: bool, hypothetical: bool) -> bool:
    """A cooperative act its doer wants or is ready to do ("intends to", "is keen to"), or will
    or would do ("will", "would" on the act or on an aspect verb: "will begin withdrawing").

    Not "could" or "might" (a possibility), not an act in a clause of its own ("if they would
    talk"), and not a plan others report ("is expected to visit", "is to visit"): those stay
    future or hypothetical.
    """
    if negated or trig.cameo[:2] not in INTENT_ROOTS or trig.cameo == "0831":
        # ("said he would resign": an announced resignation is the retreat itself)
        return False
    anchor = trig.verb or trig.word
    # "intends to broaden its cooperation", "is keen to step up ties": the doer's own wish
    governor = anchor.head
    # "pledged on Tuesday to expand ties": the infinitive may be parsed as a clause
    embedded = anchor.dep_ == "xcomp" or (
        anchor.dep_ == "advcl" and args.delayed_infinitive(governor) is anchor
    )
    wished = embedded and (
        (
            governor.lemma_.lower() in INTENT_GOVERNORS
            and not any(c.dep_ == "auxpass" for c in governor.children)
        )
        or (governor.pos_ == "ADJ" and governor.lower_ in INTENT_ADJECTIVES)
    )
    if wished:
        return True
    if (
        trig.verb is None
        and anchor.dep_ == "dobj"
        and governor.lemma_.lower() in ("want", "wish")
        and not any(c.dep_ == "neg" for c in governor.children)
        # ("wants the withdrawal of Kurdish fighters" wants another's act: a demand)
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in anchor.children)
    ):
        return True  # "Russia wants talks with Ukraine": a wish to meet, as "wants to meet"
    # "signalled readiness to cooperate", "promises of closer cooperation", "openness to
    # dialogue": the act named inside a noun of the doer's wish
    owner = governor.head if anchor.dep_ == "pobj" and governor.lower_ in ("of", "to") else None
    if (anchor.dep_ == "acl" and governor.lemma_.lower() in INTENT_NOUNS) or (
        owner is not None and owner.lemma_.lower() in INTENT_NOUNS
    ):
        return True
    return promised(trig, future, hypothetical)


def threatened(trig: Trigger, negated: bool, future: bool, hypothetical: bool) -> bool:
    """A coercive or violent act its doer will or would do: "police will arrest anyone who
    marches", "said it would expel the envoys". CAMEO codes the announcement as the threat."""
    held_out = trig.cameo[:2] == "16" and (hypothetical or future) and not _package(trig)
    if negated or trig.rule.endswith(".conditional"):
        return False
    if trig.cameo[:2] not in THREAT_ROOTS and not held_out:
        return False
    if trig.cameo.startswith("172") and trig.word.lemma_.lower() in DECREED:
        return False  # "will prohibit rallies by the rebels' party": a ban decided, as sanctions
    anchor = trig.verb or trig.word
    # what the act is done to may carry a date of its own: "would shoot anyone joining the
    # march on Sunday"
    aimed = {
        t.i
        for o in args.objects_of(anchor)
        for c in o.children
        if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG")
        for t in c.subtree
    }
    if any(
        t.ent_type_ in ("DATE", "TIME") and t.i not in aimed
        for t in anchor.subtree
        if t.i > anchor.i
    ):
        return False  # "will enforce a curfew from Monday": a decision taken, with its date
    if anchor.lemma_.lower() in AGENT_VERBS:
        return False  # "will expand its ground offensive": more of what it is already doing
    hinted = anchor.head.lemma_.lower() in HINTING or anchor.head.lower_ in ("known", "clear")
    if hypothetical and anchor.dep_ == "ccomp" and hinted:
        # "hinted that the fleet could seal off Georgia's coast", "let it be known that troops
        # could occupy the islet"
        return True
    return promised(trig, future, hypothetical) or possible(trig, hypothetical)


def possible(trig: Trigger, hypothetical: bool) -> bool:
    """ "could", "may" or "might" on the act itself: force or a sanction held out as a
    possibility by the one who would use it ("Turkish officials said Ankara could cut off the
    water") is a threat; others' guesses ("analysts said Russia may invade") and what could
    have been are not."""
    anchor = trig.verb or trig.word
    if not hypothetical or anchor.dep_ in ("advcl", "relcl", "acl"):
        return False
    auxes = {c.lower_ for c in anchor.children if c.dep_ == "aux"}
    if not auxes & MODAL_THREATS or "have" in auxes:
        return False
    if anchor.dep_ != "ccomp":
        return True  # "Ankara could cut off the water": its own words
    doers = [c for c in anchor.children if c.dep_ == "nsubj"]
    speakers = [c for c in anchor.head.children if c.dep_ == "nsubj"]
    if any(d.pos_ == "PRON" for d in doers):
        return True  # "said it could close the border"
    own, said = _countries(doers), _countries(speakers)
    if not said:
        # a named speaker of no known country speaks for the doer ("Solana said the EU may
        # halt talks"); "analysts" and "officials" of no country only guess
        return any(s.pos_ == "PROPN" for s in speakers)
    return not own or own == said  # "EU officials said the bloc could impose duties"


def _countries(words: list[Token]) -> set[str]:
    """The countries the words' own text names, by the actor gazetteer."""
    found: set[str] = set()
    for mention in words[0].doc._.actors or [] if words else []:
        if any(mention.start <= w.i < mention.end or w.i == mention.head for w in words):
            found |= {a.country for a in mention.actors if a.country}
    return found


def _package(trig: Trigger) -> bool:
    """ "will impose new sanctions": a package being announced, decided, not held out."""
    word = trig.noun if trig.noun is not None else trig.word
    held = [word, *(o for o in args.objects_of(trig.verb or trig.word))]
    return any(c.lower_ in PACKAGE_WORDS for w in held for c in w.children if c.dep_ == "amod")


def promised(trig: Trigger, future: bool, hypothetical: bool) -> bool:
    """Whether "will" or "would" sits on the act or on its aspect verb, outside a clause of its
    own ("if they would talk")."""
    anchor = trig.verb or trig.word
    if not (future or hypothetical):
        return False
    # "will begin withdrawing troops": the aspect verb carries the "will"
    carriers = [anchor]
    if anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in ASPECT_VERBS:
        carriers.append(anchor.head)
    if trig.verb is None and anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB":
        # "said it would tighten the blockade": the verb that carries the act noun
        carriers.append(anchor.head)
    auxes = {c.lower_ for w in carriers for c in w.children if c.dep_ == "aux"}
    # a condition makes it an offer, still an intent: "would lift the ban if ..."
    return bool(auxes & PROMISING) and anchor.dep_ != "advcl"


def will(verb: Token) -> bool:
    """Whether "will" or "would" sits on `verb` ("will not release" is a refusal)."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll") for c in verb.children
    )


def cannot(verb: Token) -> bool:
    """ "could not provide", "cannot release", "was unable to grant": the doer says it will not
    do it, whatever its reason."""
    if verb.dep_ == "xcomp" and verb.head.lower_ == "unable":
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and any(
        c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children
    )


def denied(verb: Token) -> bool:
    """A "not" on the verb itself, or an "unable to" over it."""
    return any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lower_ == "unable"
    )
