"""eventwire: political event data from news, every event traceable to its sentence.

The public API; heavy parts (spaCy, DuckDB) are imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from eventwire.errors import (
    EventwireError,
    InputRejected,
    ModelMissing,
    NotFound,
    SchemaError,
    StoreError,
)
from eventwire.options import Options
from eventwire.records import Actor, Article, Event, Evidence, Location, Rejection

__version__ = "0.1.0"

# name -> module that defines it, imported when first asked for.
_LAZY = {
    "read_paths": "eventwire.ingest",
    "article_from_text": "eventwire.ingest",
    "article_from_html": "eventwire.ingest",
    "extract_path": "eventwire.ingest",
    "code_article": "eventwire.pipeline",
    "code_articles": "eventwire.pipeline",
    "Store": "eventwire.store",
    "EventFilter": "eventwire.store",
    "ingest_paths": "eventwire.batch",
}

__all__ = [
    "Actor",
    "Article",
    "Event",
    "EventFilter",
    "EventwireError",
    "Evidence",
    "InputRejected",
    "Location",
    "ModelMissing",
    "NotFound",
    "Options",
    "Rejection",
    "SchemaError",
    "Store",
    "StoreError",
    "__version__",
    "article_from_html",
    "article_from_text",
    "code_article",
    "code_articles",
    "extract_path",
    "ingest_paths",
    "read_paths",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
    attr = "ingest" if name == "ingest_paths" else name
    return getattr(import_module(_LAZY[name]), attr)
