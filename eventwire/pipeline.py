"""Article -> list[Event]: the per-article pipeline, pure so that any worker can run it.

The steps, in order:

1. Take the article's coded text (lead + body paragraphs, see Article.text).
2. Run spaCy's English model (tokens, tags, parse, named entities).
3. eventwire_actors: countries, organisations, groups and persons, with coreference.
4. eventwire_events: triggers, CAMEO codes, source/target, place, time phrase, modality cues.
5. Here: resolve each time phrase against the publication date, decide the final modality,
   read PLOVER type/mode/context, quad class and Goldstein from the crosswalk, score confidence,
   and build Event records whose evidence offsets point into Article.text.

Nothing here touches the database or the network; the same article always gives the same events.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.eras import at_date
from eventwire.actors.registry import PersonRegistry
from eventwire.events.codebook import coding_for
from eventwire.events.component import EventCandidate
from eventwire.events.confidence import confidence
from eventwire.events.dates import ResolvedDate, resolve_date
from eventwire.nlp import load_pipeline
from eventwire.options import Options
from eventwire.records import Article, Event, Evidence, Modality, event_id_for

# An event dated this long before publication is history, not news.
HISTORICAL_AFTER_DAYS = 31
BATCH_SIZE = 16
ZONE_SIZE = 256
# Event types that happen where the leaders meet, so they share the meeting's place.
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})


def code_article(
    article: Article, options: Options | None = None, persons: PersonRegistry | None = None
) -> list[Event]:
    """Code one article into events."""
    return next(code_articles([article], options, persons))[1]


def code_articles(
    articles: Iterable[Article],
    options: Options | None = None,
    persons: PersonRegistry | None = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Code many articles, loading the model once and batching through nlp.pipe.

    `persons`, when given, completes bare names from earlier articles ("Raisi said") and learns
    the persons of each article coded, in order.
    """
    options = options or Options()
    nlp = load_pipeline(options.model)
    iterator = iter(articles)
    while chunk := list(islice(iterator, ZONE_SIZE)):
        # Strings spaCy learns from these texts are freed when the zone closes, so memory stays
        # flat over millions of articles.
        with nlp.memory_zone():
            pairs = ((article.text, article) for article in chunk)
            for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
                events = events_from_doc(doc, article, options, persons)
                if persons is not None:
                    persons.learn(events)
                yield article, events


def code_doc(nlp: Language, article: Article, options: Options | None = None) -> list[Event]:
    """Code one article with a pipeline the caller already holds."""
    return events_from_doc(nlp(article.text), article, options or Options())


def events_from_doc(
    doc: Doc, article: Article, options: Options, persons: PersonRegistry | None = None
) -> list[Event]:
    """Turn the candidates in a processed Doc into Event records."""
    reference = article.published.date() if article.published else None
    events: list[Event] = []
    for candidate in doc._.events or []:
        event = _to_event(candidate, doc, article, reference)
        if event is not None and event.confidence >= options.min_confidence:
            if persons is not None and len(persons):
                event = replace(
                    event,
                    source=tuple(persons.complete(a) for a in event.source),
                    target=tuple(persons.complete(a) for a in event.target),
                )
            events.append(event)
    if options.model_fallback:
        from eventwire.events.fallback import with_model

        events = with_model(doc, article, events)
    return _share_venue(events)


def _share_venue(events: list[Event]) -> list[Event]:
    """Give the meeting's place to the talks, signings and statements of the same visit.

    "The two leaders met in Tehran ... they held a press conference ... signed memoranda": the
    later sentences do not repeat the city, but the article says where the visit was.
    """
    venue = next(
        (
            e
            for e in events
            if e.event_type == "CONSULT" and e.location is not None and e.modality == "asserted"
        ),
        None,
    )
    if venue is None:
        return events
    venue_sides = _countries(venue)
    shared: list[Event] = []
    for event in events:
        if (
            event.location is None
            and event.modality == "asserted"
            and event.event_type in VENUE_TYPES
            and (event.date == venue.date or event.date_reason == "publication")
            and len(_countries(event) & venue_sides) >= 2
        ):
            extra = {**event.extra, "location_from": venue.id}
            event = replace(event, location=venue.location, extra=extra)
        shared.append(event)
    return shared


def _countries(event: Event) -> set[str]:
    return {a.country for a in event.source + event.target if a.country}


def _to_event(
    cand: EventCandidate, doc: Doc, article: Article, reference: date | None
) -> Event | None:
    try:
        coding = coding_for(cand.cameo)
    except KeyError:
        return None
    resolved = (
        resolve_date(cand.date_text, reference, future=cand.future) if cand.date_text else None
    )
    modality = _modality(cand, resolved, reference)
    if resolved is not None:
        date_value, precision, reason = resolved.value, resolved.precision, "text"
    elif modality == "background" or reference is None:
        date_value, precision, reason = None, None, "none"
    else:
        date_value, precision, reason = reference.isoformat(), "day", "publication"
    evidence = Evidence(
        text=doc.text[cand.sentence_start : cand.sentence_end],
        start=cand.sentence_start,
        end=cand.sentence_end,
    )
    return Event(
        id=event_id_for(article.id, cand.sentence_start, cand.trigger, cand.cameo),
        article_id=article.id,
        **coding.event_fields(),
        # (the Taliban of 2012 are insurgents, those of 2023 the government)
        source=at_date(cand.source, date_value),
        target=at_date(cand.target, date_value),
        date=date_value,
        date_precision=precision,  # type: ignore[arg-type]
        date_reason=reason,  # type: ignore[arg-type]
        location=cand.location,
        modality=modality,
        evidence=evidence,
        confidence=_confidence(cand, modality),
        trigger=cand.trigger_text,
        rule=cand.rule,
    )


def _modality(
    cand: EventCandidate, resolved: ResolvedDate | None, reference: date | None
) -> Modality:
    if cand.negated:
        return "negated"
    if cand.hypothetical:
        return "hypothetical"
    if cand.future or (resolved is not None and reference and resolved.first_day > reference):
        return "future"
    if (
        resolved is not None
        and reference is not None
        and (reference - resolved.last_day).days > HISTORICAL_AFTER_DAYS
    ):
        return "historical"
    if cand.background:
        return "background"
    return "asserted"


def candidate_modality(cand: EventCandidate) -> Modality:
    """A candidate's modality from its own words, with no article dates to resolve against."""
    return _modality(cand, None, None)


def _confidence(cand: EventCandidate, modality: Modality) -> float:
    return confidence(cand, modality)
