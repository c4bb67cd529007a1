"""Code gold-set sentences with eventwire, each sentence alone, in one batch.

Shared by the sentence-level scorers (eventwire.eval.plover, eventwire.eval.petr2). Each sentence
becomes a one-paragraph Article with no title and no publication date, so only its own text is
coded and nothing (a headline, a neighbouring sentence) can leak in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eventwire.errors import NotFound
from eventwire.options import Options
from eventwire.pipeline import code_articles
from eventwire.records import Actor, Article, Event, article_id_for


def sentence_article(sentence_id: str, text: str) -> Article:
    """A one-paragraph, untitled Article holding just this sentence (whitespace folded)."""
    # Gold files wrap sentences over several lines; a line break is not a paragraph break here.
    body = " ".join(text.split())
    return Article(id=article_id_for("", (body,)), source=sentence_id, title="", paragraphs=(body,))


def code_sentences(sentences: Sequence[tuple[str, str]], options: Options) -> list[list[Event]]:
    """The events eventwire codes from each (id, text) pair, in input order."""
    articles = [sentence_article(sid, text) for sid, text in sentences]
    return [events for _, events in code_articles(articles, options)]


def side_countries(actors: Sequence[Actor]) -> set[str]:
    """The country codes present on one side of an event."""
    return {a.country for a in actors if a.country}


def require_file(data_dir: Path, name: str) -> Path:
    """The gold file inside `data_dir`; NotFound naming it when it is missing."""
    path = data_dir / name
    if not path.is_file():
        raise NotFound(f"gold file not found: {path}")
    return path
