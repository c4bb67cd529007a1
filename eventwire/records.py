"""The typed records passed between stages: Article, Rejection, Actor, Location, Evidence, Event.

Every record is a frozen dataclass; `to_dict()` gives the JSON shape documented in the README.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Precision = Literal["minute", "day", "month", "year"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical", "background"]
ActorKind = Literal["person", "country", "organization", "group"]

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical", "background")


def _normalise_for_id(text: str) -> str:
    """Case-, accent- and whitespace-folded text, so trivial re-scrapes hash alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def article_id_for(title: str, paragraphs: tuple[str, ...]) -> str:
    """The article id: a hash of the normalised title and body."""
    digest = hashlib.sha256()
    digest.update(_normalise_for_id(title).encode())
    digest.update(b"\x00")
    digest.update(_normalise_for_id(" ".join(paragraphs)).encode())
    return digest.hexdigest()[:16]


def event_id_for(*parts: object) -> str:
    """An event id: a hash of what makes one reading of one sentence distinct."""
    key = "|".join(str(part) for part in parts)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One cleaned news article.

    `text` (lead, then body paragraphs, joined by blank lines) is what is coded; every evidence
    offset points into it.
    """

    id: str
    source: str
    title: str
    paragraphs: tuple[str, ...]
    lead: str = ""
    site: str | None = None
    url: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    published_precision: Precision | None = None
    published_ambiguous: bool = False
    language: str = "en"

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (without the lead)."""
        return "\n\n".join(self.paragraphs)

    @property
    def text(self) -> str:
        """The text that is coded: the lead (when there is one) and the body."""
        parts = ([self.lead] if self.lead else []) + list(self.paragraphs)
        return "\n\n".join(parts)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_dict(self) -> dict[str, Any]:
        """The article as `eventwire extract` prints it."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "lead": self.lead,
            "body": self.body,
            "published": self.published.isoformat() if self.published else None,
            "published_precision": self.published_precision,
            "published_ambiguous": self.published_ambiguous,
            "section": self.section,
            "authors": list(self.authors),
            "site": self.site,
            "url": self.url,
            "language": self.language,
        }


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with a one-line reason."""

    source: str
    reason: str


@dataclass(frozen=True)
class Actor:
    """A participant: a country, an organisation, a group or a named person.

    `country` is ISO 3166 alpha-3 or one of PLOVER's non-state codes (IGO, UNO, EUR, NGO, ...);
    `sector` a PLOVER sector code (GOV, MIL, REB, ...); `role` the title seen with a person.
    """

    text: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: ActorKind = "country"
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "role": self.role,
        }


@dataclass(frozen=True)
class Location:
    """Where an event happened, resolved to a place when the gazetteer knows it."""

    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(frozen=True)
class Evidence:
    """The sentence an event was read from, with its character offsets in `Article.text`."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """One coded event, as read from one sentence of one article (one mention)."""

    id: str
    article_id: str | None
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad: str
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    # None for background conditions ("U.S. sanctions" as context): the text gives them no time.
    date: str | None
    date_precision: Precision | None
    date_reason: Literal["text", "publication", "none"]
    location: Location | None
    modality: Modality
    evidence: Evidence
    confidence: float
    trigger: str = ""
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The event record documented in the README."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_reason": self.date_reason,
            "location": self.location.to_dict() if self.location else None,
            "modality": self.modality,
            "evidence": self.evidence.to_dict(),
            "confidence": self.confidence,
            "trigger": self.trigger,
            "rule": self.rule,
        }
