"""The learned fallback: a type for sentences with actors that the rules left without an event,
and a second opinion on the type of rule events the rules themselves doubt.

Opt-in (`Options.model_fallback`, `eventwire --model-fallback`), and only with the embedding
extra installed. Rules say who did what through the parse; the model only says what kind of
event a sentence reports, so its events take their actors from the sentence's main clause and
carry a low confidence and the rule id "model". A rule event keeps its actors, place, date and
modality when the model retypes it; its rule id gains "+model".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.events import arguments as args
from eventwire.events.codebook import Coding, coding_for
from eventwire.events.placement import as_states
from eventwire.events.recollections import obituaries
from eventwire.events.retrospect import retrospects
from eventwire.records import Actor, Article, Event, Evidence, event_id_for

# Both the rules' confidence and the model's probability estimate the chance that the type is
# right; the model overrules only when it is this much surer than every rule event in the
# sentence (0.3 lost the fewest right types of 0, 0.1, 0.2 and 0.3 on the team's sets).
OVERRULE_MARGIN = 0.3


def _has_actor(doc: Doc, sent: Span) -> bool:
    return any(
        sent.start <= m.start < sent.end and any(a.country or a.sector for a in m.actors)
        for m in doc._.actors or []
    )


def _looks_back(sent: Span) -> bool:
    """A commemoration, a story told by a book or film, or an obituary (events/retrospect.py,
    events/recollections.py): the rules code nothing it recalls, and neither does the model."""
    return bool(retrospects(sent)) or bool(obituaries(sent))


def _sides(doc: Doc, sent: Span) -> tuple[list[Actor], list[Actor]]:
    """Source: the main clause's subject (else the first actor); target: another country's."""
    root = sent.root
    subjects, passive = args.subject_of(root)
    source = args.actors_of(doc, args.agent_of(root) if passive else subjects)
    in_sentence = [
        a for m in doc._.actors or [] if sent.start <= m.start < sent.end for a in m.actors
    ]
    if not source and in_sentence:
        source = [in_sentence[0]]
    taken = {a.country for a in source}
    target = [a for a in in_sentence if a.country and a.country not in taken][:1]
    return as_states(source), as_states(target)


def with_model(doc: Doc, article: Article, events: list[Event]) -> list[Event]:
    """The rules' events, retyped where the model is far surer, and the model's own events.

    Sentences with actors and no rule event get an event of the model's type when its
    probability reaches the head's threshold. In sentences with rule events, when the model's
    type is none of theirs, reaches the threshold and beats every event's confidence by
    OVERRULE_MARGIN, the events take the model's type (its general CAMEO code).
    """
    from eventwire.events.model import load_optional

    model = load_optional()
    if model is None:
        return events
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(event.evidence.start, []).append(event)
    # (a sentence the rules read as looking back, a commemoration, a history or an obituary,
    # is left empty on purpose: the model does not fill it)
    sentences = [
        s
        for s in doc.sents
        if s.start_char in by_sentence or (_has_actor(doc, s) and not _looks_back(s))
    ]
    if not sentences:
        return events
    reference = article.published.date().isoformat() if article.published else None
    retyped: dict[str, Event] = {}
    added = []
    for sent, (label, prob) in zip(
        sentences, model.predict([s.text for s in sentences]), strict=True
    ):
        if label is None or prob < model.threshold:
            continue
        ruled = by_sentence.get(sent.start_char)
        if ruled is None:
            added.append(_model_event(doc, article, sent, label, prob, reference))
        elif label not in {e.event_type for e in ruled} and all(
            e.confidence <= prob - OVERRULE_MARGIN for e in ruled
        ):
            retyped.update((e.id, _retyped(e, label, prob)) for e in ruled)
    return [retyped.get(e.id, e) for e in events] + added


def _coding(label: str) -> Coding:
    from eventwire.events.model import code_for_type

    return coding_for(code_for_type(label))


def _confidence(prob: float) -> float:
    # The model knows the kind of event, not its parse: never as sure as a rule.
    return round(0.2 + 0.4 * prob, 2)


def _retyped(event: Event, label: str, prob: float) -> Event:
    coding = _coding(label)
    rule = event.rule + "+model"
    return replace(
        event,
        id=event_id_for(event.article_id, event.evidence.start, rule, coding.cameo, event.id),
        **coding.event_fields(),
        confidence=_confidence(prob),
        rule=rule,
    )


def _model_event(
    doc: Doc, article: Article, sent: Span, label: str, prob: float, reference: str | None
) -> Event:
    source, target = _sides(doc, sent)
    coding = _coding(label)
    return Event(
        id=event_id_for(article.id, sent.start_char, "model", coding.cameo),
        article_id=article.id,
        **coding.event_fields(),
        source=tuple(source),
        target=tuple(target),
        date=reference,
        date_precision="day" if reference else None,
        date_reason="publication" if reference else "none",
        location=None,
        modality="asserted",
        evidence=Evidence(sent.text, sent.start_char, sent.end_char),
        confidence=_confidence(prob),
        trigger="",
        rule="model",
    )
