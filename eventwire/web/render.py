"""How the pages turn datasets into HTML: the Jinja environment and its filters.

Everything here works on the plain data of eventwire.api.data (dicts of str, int, float), so a
page shows exactly what its JSON twin sends. Templates autoescape; the two filters that build
markup (`highlight`, `evidence`) escape every piece of article text themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from eventwire.records import QUADS, Actor
from eventwire.store.codec import actor_id

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
CHART_JS = STATIC / "vendor" / "chart.umd.min.js"

QUAD_LABELS = {
    "verbal_cooperation": "Verbal cooperation",
    "material_cooperation": "Material cooperation",
    "verbal_conflict": "Verbal conflict",
    "material_conflict": "Material conflict",
}

# Pages load nothing from anywhere else and run no inline script: a stray <script> in the markup
# would not run even if escaping failed. (/docs, Swagger UI, starts itself inline: not a page.)
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
}


def query(params: Mapping[str, Any] | None = None, **more: Any) -> str:
    """A query string (with its `?`) of the parameters that are set; '' when none is."""
    merged = {**(params or {}), **more}
    kept = {
        k: "true" if v is True else v
        for k, v in merged.items()
        if v is not None and v != "" and v is not False
    }
    return "?" + urlencode(kept) if kept else ""


def actor_href(actor: Mapping[str, Any]) -> str | None:
    """The actor page of an actor dict: a country by its code, anyone else by actor id."""
    if actor.get("kind") == "country":
        return f"/actors/{actor['country']}" if actor.get("country") else None
    return f"/actors/{actor_id(Actor(**actor))}"


def highlight(text: str, events: Sequence[Mapping[str, Any]]) -> Markup:
    """The article text, escaped, with each event's evidence in a <mark> and a numbered link.

    Evidence spans may overlap (two events read from one sentence): the text is cut at every
    span boundary and each piece is marked with the events that cover it.
    """
    spans = []
    for number, event in enumerate(events, 1):
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        # Evidence may carry the paragraph break after its sentence; mark the words only.
        piece = text[start:end] if 0 <= start < end <= len(text) else ""
        start, end = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        if piece.strip():
            spans.append((start, end, number, event))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out: list[Markup] = []
    for lo, hi in pairwise(cuts):
        covering = [(n, ev) for s, e, n, ev in spans if s <= lo and hi <= e]
        piece = text[lo:hi]
        if covering:
            quad = covering[0][1]["quad"]
            ids = " ".join(ev["id"] for _, ev in covering)
            out.append(
                Markup('<mark class="ev q-{}" data-events="{}">{}</mark>').format(quad, ids, piece)
            )
        else:
            out.append(escape(piece))
        for _, e, n, ev in spans:
            if e == hi:
                out.append(
                    Markup('<a class="ref q-{}" href="#ev-{}" title="{}">{}</a>').format(
                        ev["quad"], ev["id"], ev["event_type"], n
                    )
                )
    return Markup("").join(out)


def evidence(event: Mapping[str, Any]) -> Markup:
    """The evidence sentence, escaped, with its trigger word in a <mark>."""
    sentence = event["evidence"]["text"].strip()
    trigger = (event.get("trigger") or "").strip()
    at = sentence.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        return escape(sentence)
    end = at + len(trigger)
    return Markup('{}<mark class="trigger">{}</mark>{}').format(
        sentence[:at], sentence[at:end], sentence[end:]
    )


def goldstein(value: float | None) -> str:
    """A Goldstein score with its sign, or a dash."""
    return "–" if value is None else f"{value:+.1f}"


def tone(value: float | None) -> str:
    """A CSS class for the sign of a Goldstein score."""
    if value is None or abs(value) < 0.05:
        return "neutral"
    return "coop" if value > 0 else "conflict"


def place(location: Mapping[str, Any] | None) -> str:
    """A location as 'Name, CTY', or ''."""
    if not location:
        return ""
    name, country = location.get("name") or location.get("text") or "", location.get("country")
    return f"{name}, {country}" if country and country not in name else name


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), so a stored `javascript:` address never becomes a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def unique_events(periods: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events of a dyad's periods, each once (an event may count in both directions)."""
    found: dict[str, Mapping[str, Any]] = {}
    for period in periods:
        for event in period["events"]:
            found.setdefault(event["id"], event)
    return list(found.values())


def make_templates() -> Jinja2Templates:
    """The page templates, autoescaping every value, with the filters above."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        highlight=highlight,
        evidence=evidence,
        goldstein=goldstein,
        tone=tone,
        place=place,
        actor_href=actor_href,
        safe_url=safe_url,
        quad_label=lambda q: QUAD_LABELS.get(q, q or ""),
    )
    env.globals.update(query=query, QUADS=QUADS, QUAD_LABELS=QUAD_LABELS)
    return Jinja2Templates(env=env)


TEMPLATES_ENV = make_templates()


def page(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render the template `name` as a page."""
    return TEMPLATES_ENV.TemplateResponse(
        request, name, context, status_code=status_code, headers=PAGE_HEADERS
    )
