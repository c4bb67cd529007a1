"""The learned fallback: a type for sentences with actors that the rules left without an event.

Opt-in (`Options.model_fallback`, `eventwire --model-fallback`), and only with the embedding
extra installed. Rules say who did what through the parse; the model only says what kind of
event a sentence reports, so its events take their actors from the sentence's main clause and
carry a low confidence and the rule id "model".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.events import arguments as args
from eventwire.events.codebook import coding_for
from eventwire.events.placement import as_states
from eventwire.records import Actor, Article, Event, Evidence, event_id_for


def _has_actor(doc: Doc, sent: Span) -> bool:
    return any(
        sent.start <= m.start < sent.end and any(a.country or a.sector for a in m.actors)
        for m in doc._.actors or []
    )


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


def model_events(doc: Doc, article: Article, covered: set[int]) -> list[Event]:
    """Events the model finds in sentences with actors whose start offset is not in `covered`."""
    from eventwire.events.model import code_for_type, load_optional

    model = load_optional()
    if model is None:
        return []
    sentences = [s for s in doc.sents if s.start_char not in covered and _has_actor(doc, s)]
    if not sentences:
        return []
    reference = article.published.date().isoformat() if article.published else None
    events = []
    for sent, (label, prob) in zip(
        sentences, model.predict([s.text for s in sentences]), strict=True
    ):
        if label is None or prob < model.threshold:
            continue
        source, target = _sides(doc, sent)
        coding = coding_for(code_for_type(label))
        events.append(
            Event(
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
                # The model knows the kind of event, not its parse: never as sure as a rule.
                confidence=round(0.2 + 0.4 * prob, 2),
                trigger="",
                rule="model",
            )
        )
    return events
