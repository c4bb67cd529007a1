"""Ingest: files, stdin, HTML and scraped text to `Article` records (or `Rejection`s).

    read_paths(paths, options)          files, directories and "-" (stdin) -> Article | Rejection
    read_stream(data, options, name)    stdin bytes (HTML or text, sniffed) -> Article | Rejection
    extract_path(path, options)         one file -> Article, or raises InputRejected
    article_from_text(text, options)    a scraped text -> Article, or raises InputRejected
    article_from_html(html, options)    an HTML page -> Article, or raises InputRejected
    published_from_html(html, options)  an HTML page in any language -> its date, or None

Every rejection reason is one line that starts with its kind: "binary:", "empty:",
"undecodable:", "too large:", "not English:", "not JSON:", "not a JSON object:", "no text:",
"corrupt gzip:", "not found:", "unreadable:" or "unparseable HTML:".

`Article.published` is a naive datetime: the wall-clock time the source printed, with any UTC
offset dropped. Nothing here touches the network.
"""

from __future__ import annotations

from eventwire.ingest.files import extract_path, read_paths, read_stream
from eventwire.ingest.html import article_from_html, published_from_html
from eventwire.ingest.text import article_from_text

__all__ = [
    "article_from_html",
    "article_from_text",
    "extract_path",
    "published_from_html",
    "read_paths",
    "read_stream",
]
