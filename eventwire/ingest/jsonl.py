"""JSON Lines: one article a line, {"url", "title", "text", "published", "site"}.

The file is streamed, so `Options.max_bytes` applies to each line (one article), not to the
whole file; an over-long line is skipped without being held in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from eventwire.errors import InputRejected
from eventwire.ingest.text import article_from_text
from eventwire.options import Options
from eventwire.records import Article, Rejection

_CHUNK = 1 << 16


def read_jsonl(stream: BinaryIO, path: str, options: Options) -> Iterator[Article | Rejection]:
    """Yield an Article or a Rejection (source "path:LINE") for each non-blank line."""
    for number, line, too_long in _lines(stream, options.max_bytes):
        source = f"{path}:{number}"
        if too_long:
            yield Rejection(source, f"too large: line over {options.max_bytes} bytes")
            continue
        if not line.strip():
            continue
        try:
            yield article_from_line(line, options, source)
        except InputRejected as exc:
            yield Rejection(source, exc.reason)


def article_from_line(line: bytes, options: Options, source: str) -> Article:
    """One JSONL line to an Article; raises InputRejected."""
    if b"\x00" in line:
        raise InputRejected("binary: contains NUL bytes", source)
    try:
        # utf-8-sig also reads lines without a byte-order mark.
        record = json.loads(line.decode("utf-8-sig").strip())
    except UnicodeDecodeError as exc:
        raise InputRejected("undecodable: line is not UTF-8", source) from exc
    except json.JSONDecodeError as exc:
        raise InputRejected(f"not JSON: {exc.msg} at column {exc.colno}", source) from exc
    if not isinstance(record, dict):
        raise InputRejected(f"not a JSON object: got {type(record).__name__}", source)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else "empty" if isinstance(text, str) else "not a string"
        raise InputRejected(f"no text: the 'text' field is {what}", source)
    title = record.get("title")
    published = record.get("published")
    return article_from_text(
        text,
        options,
        source=source,
        # With no usable title the first line of the text is the title, as in a scrape.
        title=title.strip() if isinstance(title, str) and title.strip() else None,
        published=published if isinstance(published, str) else None,
        url=_string(record.get("url")),
        site=_string(record.get("site")),
    )


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes, bool]]:
    """Numbered lines; a line over `max_bytes` comes as (number, b"", True), read in chunks."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(_CHUNK)
            yield number, b"", True
            continue
        yield number, line, False


def _string(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
