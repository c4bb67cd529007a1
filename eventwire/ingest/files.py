"""Paths to Articles: extension dispatch, directory walks, sniffing, size checks before reading."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from eventwire.errors import InputRejected
from eventwire.ingest.html import article_from_html
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.sniff import GZIP_MAGIC, check_size, decode, gunzip, looks_like_html
from eventwire.ingest.text import article_from_text
from eventwire.options import Options
from eventwire.records import Article, Rejection

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
GZIP_HTML_SUFFIXES = (".html.gz", ".htm.gz")
JSONL_SUFFIXES = (".jsonl",)
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + GZIP_HTML_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"


def read_paths(paths: Iterable[str], options: Options) -> Iterator[Article | Rejection]:
    """Yield an Article or a Rejection for every input under `paths`; never raises for bad input.

    Args:
        paths: files and directories; directories are walked recursively in sorted order, and
            only files with a known extension (.txt, .html, .htm, .html.gz, .htm.gz, .jsonl)
            are read there; hidden files and directories are skipped. "-" reads one article
            from standard input (HTML or text, sniffed), as `read_stream` does.
        options: limits, English threshold and month-first sites.

    Returns:
        An iterator of Article or Rejection records; a JSONL file gives one per line.
    """
    for path in paths:
        if path == STDIN:
            yield read_stdin(options)
        elif os.path.isdir(path):
            for file_path in walk(path):
                yield from _read_file(file_path, options)
        else:
            yield from _read_file(path, options)


def read_stream(data: bytes, options: Options, name: str = STDIN) -> Article | Rejection:
    """Read one article from bytes such as stdin, sniffing HTML against plain text.

    Args:
        data: the bytes read (gzip is unpacked first).
        options: limits, English threshold and month-first sites.
        name: recorded as `Article.source` or `Rejection.source`.

    Returns:
        The Article, or a Rejection with a one-line reason; never raises for bad input.
    """
    try:
        return read_bytes(data, options, name)
    except InputRejected as exc:
        return Rejection(name, exc.reason)


def read_stdin(options: Options) -> Article | Rejection:
    """Read one article from standard input (its bytes, so no decoding is guessed)."""
    stream = sys.stdin
    if stream is None:
        return Rejection(STDIN, "unreadable: no standard input")
    try:
        # Read one byte past the limit, so an endless pipe is never read whole.
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(options.max_bytes + 1)
        else:  # a text stream put in place of stdin (an embedding program, a test)
            data = stream.read(options.max_bytes + 1).encode("utf-8", "surrogatepass")
    except (OSError, ValueError) as exc:  # ValueError: reading a closed stream
        return Rejection(STDIN, f"unreadable: {getattr(exc, 'strerror', None) or exc}")
    return read_stream(data, options, STDIN)


def walk(directory: str) -> list[str]:
    """The known-extension files under `directory`, recursively, sorted by path."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        relative = os.path.relpath(root, directory)
        parts = () if relative == os.curdir else tuple(relative.split(os.sep))
        for name in files:
            if not name.startswith(".") and name.lower().endswith(KNOWN_SUFFIXES):
                found.append(((*parts, name), os.path.join(root, name)))
    # Sorting on path parts puts "a/b.txt" before "z.txt", as `find | sort` would.
    return [path for _, path in sorted(found)]


def extract_path(path: str, options: Options) -> Article:
    """Read one file (not JSONL) as an Article.

    Args:
        path: a .txt, .html, .htm, .html.gz or .htm.gz file; any other extension is sniffed
            (gzip, then HTML if it looks like HTML, else plain text).
        options: limits, English threshold and month-first sites.

    Raises:
        InputRejected: the file is missing, unreadable, binary, undecodable, empty, too large,
            not English, corrupt gzip, or a JSONL file (read those with `read_paths`).
    """
    try:
        return _extract(path, options)
    except InputRejected as exc:
        raise InputRejected(exc.reason, path) from exc


def read_bytes(data: bytes, options: Options, source: str, *, kind: str | None = None) -> Article:
    """Bytes (a file's or stdin's) to an Article; `kind` is "html", "text" or None to sniff."""
    check_size(len(data), options.max_bytes)
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, options.max_bytes)
    if kind is None:
        # Decoding with the HTML policy first finds a declared charset; plain text never has one.
        head = data[:8192].decode("ascii", "ignore")
        kind = "html" if looks_like_html(head) else "text"
    if kind == "html":
        return article_from_html(data, options, source=source)
    return article_from_text(decode(data, html=False), options, source=source)


def _extract(path: str, options: Options) -> Article:
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        raise InputRejected("is a JSONL file of many articles: read it with read_paths")
    if os.path.isdir(path):
        raise InputRejected("is a directory: read it with read_paths")
    data = _read(path, options.max_bytes)
    if lower.endswith(GZIP_HTML_SUFFIXES):
        if not data.startswith(GZIP_MAGIC):
            raise InputRejected("corrupt gzip: not gzip data (bad magic number)")
        return read_bytes(data, options, path, kind="html")
    if lower.endswith(HTML_SUFFIXES):
        return read_bytes(data, options, path, kind="html")
    if lower.endswith(TEXT_SUFFIXES):
        return read_bytes(data, options, path, kind="text")
    return read_bytes(data, options, path)


def _read(path: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking its size on disk so a huge file is never read."""
    try:
        size = os.stat(path).st_size
        check_size(size, max_bytes)
        with open(path, "rb") as stream:
            # Read one byte past the limit: a file can grow between stat and read.
            data = stream.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputRejected("not found: no such file") from exc
    except OSError as exc:
        raise InputRejected(f"unreadable: {exc.strerror or exc}") from exc
    check_size(len(data), max_bytes)
    return data


def _read_file(path: str, options: Options) -> Iterator[Article | Rejection]:
    if path.lower().endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, options)
        return
    try:
        yield _extract(path, options)
    except InputRejected as exc:
        yield Rejection(path, exc.reason)


def _read_jsonl(path: str, options: Options) -> Iterator[Article | Rejection]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except FileNotFoundError:
        yield Rejection(path, "not found: no such file")
        return
    except OSError as exc:
        yield Rejection(path, f"unreadable: {exc.strerror or exc}")
        return
    with stream:
        yield from read_jsonl(stream, path, options)
