"""A posted article: its content type, its body within the size limit, and its storing.

    content_kind(header)          -> "json" | "html" | "text", else ApiError 415
    read_body(request, max_bytes) -> bytes, else ApiError 413 (declared or streamed size)
    read_article(body, kind, ...) -> Article | Rejection  (parsing; run it in a worker thread)
    storer(item, options)         -> fn(store) -> Outcome (run it on the store's writer thread)

Storing goes through eventwire.batch.ingest_items, as `eventwire ingest` does: a duplicate is
found before coding, the model loads once on first use, a rejection is recorded with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import Request

from eventwire import batch
from eventwire.api.errors import ApiError
from eventwire.errors import InputRejected
from eventwire.ingest import article_from_html
from eventwire.ingest.files import read_bytes
from eventwire.ingest.jsonl import article_from_line
from eventwire.options import Options
from eventwire.records import Article, Rejection
from eventwire.store import Store

SOURCE = "POST /api/articles"
Kind = Literal["json", "html", "text"]
_KINDS: dict[str, Kind] = {
    "application/json": "json",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


@dataclass(frozen=True)
class Outcome:
    """What storing a posted article did."""

    status: Literal["stored", "duplicate", "rejected"]
    id: str | None = None
    reason: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)


def content_kind(content_type: str | None) -> Kind:
    """How to read a body of this Content-Type; ApiError 415 for any other type."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media not in _KINDS:
        given = f"Content-Type {media!r}" if media else "no Content-Type"
        raise ApiError(
            415,
            "unsupported_media_type",
            f"{given}: send application/json "
            '({"url", "title", "text", "published", "site"}), text/html or text/plain',
        )
    return _KINDS[media]


async def read_body(request: Request, max_bytes: int) -> bytes:
    """The request body; ApiError 413 as soon as it is known to exceed `max_bytes`."""
    too_large = ApiError(413, "too_large", f"the body is over the limit of {max_bytes} bytes")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise ApiError(400, "bad_request", f"Content-Length {declared!r} is not a number")
        if int(declared) > max_bytes:
            raise too_large
    # A chunked body declares no length, and a declared one may lie: count while reading.
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def read_article(
    body: bytes, kind: Kind, options: Options, url: str | None = None
) -> Article | Rejection:
    """The article a body holds, or the Rejection with the one-line reason it cannot be read."""
    try:
        if kind == "json":
            return article_from_line(body, options, SOURCE)
        if kind == "html" and url:
            return article_from_html(body, options, source=SOURCE, url=url)
        return read_bytes(body, options, SOURCE, kind=kind)
    except InputRejected as exc:
        return Rejection(SOURCE, exc.reason)


def storer(item: Article | Rejection, options: Options) -> Callable[[Store], Outcome]:
    """The write that stores a posted article (or records its rejection), for the writer thread."""

    def store_item(store: Store) -> Outcome:
        summary = batch.ingest_items([item], store, options)
        if summary.rejected:
            return Outcome("rejected", reason=summary.rejected[0].reason)
        assert isinstance(item, Article)
        if summary.duplicates:
            return Outcome("duplicate", id=item.id)
        events = [e.to_dict() for e in store.events_for_article(item.id)]
        return Outcome("stored", id=item.id, events=events)

    return store_item
