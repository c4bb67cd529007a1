"""The one place that turns records into text: table, json, jsonl or csv, plus the article view.

Every CLI listing goes through `render`; a record renders through its `to_dict()` for the JSON
formats and through a flat row (one string per column) for table and csv.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from eventwire.records import Actor, Article, Event
from eventwire.store.queries import DyadPeriod

if TYPE_CHECKING:
    from eventwire.batch import IngestSummary

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")

EVIDENCE_CHARS = 60
ID_CHARS = 8
# A column is never squeezed narrower than this while fitting a table to the terminal.
MIN_COLUMN = 6
ELASTIC_MIN = 10
QUAD_SHORT = {
    "verbal_cooperation": "v_coop",
    "material_cooperation": "m_coop",
    "verbal_conflict": "v_confl",
    "material_conflict": "m_confl",
}


def as_dict(item: Any) -> dict[str, Any]:
    """A record's JSON shape: its to_dict(), its fields, or the mapping itself."""
    if hasattr(item, "to_dict"):
        return dict(item.to_dict())
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError(f"cannot render {type(item).__name__}")


def to_json(data: Any) -> str:
    """Indented JSON that keeps non-ASCII text readable."""
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def render(items: Sequence[Any], fmt: str = "table", width: int | None = None) -> str:
    """Render records as a table (fitted to `width` or the terminal), json, jsonl or csv."""
    if fmt == "json":
        return to_json([as_dict(item) for item in items])
    if fmt == "jsonl":
        lines = [json.dumps(as_dict(i), ensure_ascii=False, default=str) for i in items]
        return "\n".join(lines)
    if fmt == "csv":
        return _csv([flat_row(item, short=False) for item in items])
    if fmt == "table":
        if not items:
            return "(none)"
        return "\n".join(table_lines([flat_row(item, short=True) for item in items], width))
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def flat_row(item: Any, short: bool = True) -> dict[str, str]:
    """One string per column: events get their own columns, other records their fields."""
    if isinstance(item, Event):
        return event_row(item, short)
    if isinstance(item, DyadPeriod):
        return dyad_row(item)
    return {key: _cell(value) for key, value in as_dict(item).items()}


def event_row(event: Event, short: bool = True) -> dict[str, str]:
    """An event's columns; `short` trims the id and the evidence for a table."""
    evidence = event.evidence.text
    if short and len(evidence) > EVIDENCE_CHARS:
        evidence = evidence[: EVIDENCE_CHARS - 1] + "…"
    row = {
        "id": event.id[:ID_CHARS] if short else event.id,
        "date": event.date or "",
        "type": event.event_type,
        "mode": event.mode or "",
        "cameo": event.cameo,
        "source": actors_text(event.source),
        "target": actors_text(event.target),
        "modality": event.modality,
        "location": location_text(event),
        "evidence": evidence,
    }
    if not short:
        row |= {
            "article_id": event.article_id or "",
            "date_precision": event.date_precision or "",
            "date_reason": event.date_reason,
            "goldstein": _cell(event.goldstein),
            "quad": event.quad,
            "confidence": _cell(event.confidence),
            "context": ";".join(event.context),
        }
    return row


def dyad_row(period: DyadPeriod) -> dict[str, str]:
    """A dyad period's summary columns (its events are listed apart)."""
    row = {
        "period": period.period,
        "direction": f"{period.source} -> {period.target}",
        "events": str(period.total),
    }
    row |= {QUAD_SHORT.get(q, q): str(n) for q, n in period.counts.items()}
    mean = period.goldstein_mean
    row["goldstein"] = "" if mean is None else f"{mean:.2f}"
    return row


def actor_text(actor: Actor) -> str:
    """A country as its code; anyone else by name, with the country when known."""
    if actor.kind == "country" and actor.country:
        return actor.country
    return f"{actor.name} ({actor.country})" if actor.country else actor.name


def actors_text(actors: Sequence[Actor]) -> str:
    return ", ".join(actor_text(a) for a in actors)


def location_text(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    return f"{loc.name}/{loc.country}" if loc.country else loc.name


def table_lines(rows: Sequence[Mapping[str, str]], width: int | None = None) -> list[str]:
    """A header and one line per row, columns aligned and squeezed to fit `width`."""
    if not rows:
        return []
    width = width or shutil.get_terminal_size((120, 24)).columns
    columns = list(rows[0])
    cells = [[_one_line(row.get(c, "")) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    # Squeeze the widest column first, and free text (evidence, names, titles) down to
    # ELASTIC_MIN before short codes and dates lose a character.
    for floor in (ELASTIC_MIN, MIN_COLUMN):
        while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > floor:
            # Ties go to the rightmost column, where the free text sits.
            widest = len(widths) - 1 - widths[::-1].index(max(widths))
            widths[widest] -= 1

    def line(values: Sequence[str]) -> str:
        return "  ".join(_fit(v, w) for v, w in zip(values, widths, strict=True)).rstrip()

    return [line(columns), *(line(r) for r in cells)]


def render_dyad(periods: Sequence[DyadPeriod], fmt: str = "table", width: int | None = None) -> str:
    """A dyad timeline: per period and direction, the counts, then that period's events."""
    if fmt != "table":
        return render(periods, fmt, width)
    if not periods:
        return "(no events between these two)"
    header, *summaries = table_lines([dyad_row(p) for p in periods], width)
    out = [header]
    for period, summary in zip(periods, summaries, strict=True):
        out.append(summary)
        for event in period.events:
            out.append("    " + event_line(event))
    return "\n".join(out)


def event_line(event: Event) -> str:
    """One event in one line: id, date, type, codes, who to whom, and the start of its evidence."""
    row = event_row(event)
    kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
    return (
        f"{row['id']} {row['date'] or '----'} {kind} {row['cameo']} "
        f"{row['source'] or '?'} -> {row['target'] or '?'} [{row['modality']}] {row['evidence']}"
    )


def render_article(article: Article, events: Sequence[Event]) -> str:
    """The article with each event's evidence marked [[...]](n) and the codings listed below."""
    meta = [article.site, _cell(article.published), article.section, article.url]
    lines = [article.title, " · ".join(m for m in meta if m), f"id {article.id}", ""]
    lines += [mark_evidence(article.text, events), "", f"Events ({len(events)})"]
    for number, event in enumerate(events, start=1):
        lines += ["", *_coding_lines(number, event)]
    return "\n".join(lines)


def mark_evidence(text: str, events: Sequence[Event]) -> str:
    """Wrap each event's evidence span in [[...]] followed by the events' numbers: (1,2)."""
    spans: list[tuple[int, int, list[int]]] = []
    ordered = sorted((e.evidence.start, e.evidence.end, n) for n, e in enumerate(events, start=1))
    for start, end, number in ordered:
        if not 0 <= start < end <= len(text):
            continue  # offsets that do not fit the text are listed but not marked
        # Marks hug the words: whitespace a sentence span carries stays outside the brackets.
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if spans and start < spans[-1][1]:
            # Overlapping evidence (several events in one sentence) shares one mark.
            last = spans[-1]
            spans[-1] = (last[0], max(last[1], end), [*last[2], number])
        else:
            spans.append((start, end, [number]))
    out, pos = [], 0
    for start, end, numbers in spans:
        label = ",".join(str(n) for n in sorted(set(numbers)))
        out += [text[pos:start], "[[", text[start:end], f"]]({label})"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _coding_lines(number: int, event: Event) -> list[str]:
    mode = f" ({event.mode})" if event.mode else ""
    context = f"  context: {', '.join(event.context)}" if event.context else ""
    date = event.date or "undated"
    precision = f"{event.date_precision}, " if event.date_precision else ""
    return [
        f"[{number}] {event.event_type}{mode}  cameo {event.cameo}  goldstein {event.goldstein}"
        f"  {event.quad}{context}",
        f"    source: {_actors_long(event.source)}",
        f"    target: {_actors_long(event.target)}",
        f"    date: {date} ({precision}{event.date_reason})  location: {_location_long(event)}",
        f"    modality: {event.modality}  confidence: {event.confidence:.2f}"
        f"  rule: {event.rule or '-'}  trigger: {event.trigger or '-'}  id: {event.id}",
    ]


def _actors_long(actors: Sequence[Actor]) -> str:
    if not actors:
        return "-"
    parts = []
    for a in actors:
        detail = ", ".join(x for x in (a.country, a.sector, a.kind, a.role) if x)
        parts.append(f"{a.name} ({detail})")
    return "; ".join(parts)


def _location_long(event: Event) -> str:
    loc = event.location
    if loc is None:
        return "-"
    where = f"{loc.name} ({loc.country})" if loc.country else loc.name
    if loc.lat is not None and loc.lon is not None:
        where += f" {loc.lat:.2f},{loc.lon:.2f}"
    return where


def render_summary(summary: IngestSummary) -> str:
    """The ingest summary: counts, then each rejected input with its reason."""
    lines = [
        f"ingested:   {summary.ingested}",
        f"duplicates: {summary.duplicates}",
        f"rejected:   {len(summary.rejected)}",
    ]
    lines += [f"  {r.source}: {r.reason}" for r in summary.rejected]
    lines.append(f"events coded: {summary.events}")
    return "\n".join(lines)


def _csv(rows: Sequence[Mapping[str, str]]) -> str:
    if not rows:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().rstrip("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _fit(text: str, width: int) -> str:
    if len(text) > width:
        return text[: width - 1] + "…"
    return text.ljust(width)
