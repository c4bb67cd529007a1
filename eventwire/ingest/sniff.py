"""Bytes to text: size limits, gzip, binary detection, a strict decoding policy, HTML sniffing.

Decoding is deliberately strict so that mojibake never reaches the coder: UTF-8 (with or
without a byte-order mark), UTF-16 with a byte-order mark, the charset an HTML page declares,
and last Windows-1252, but only for bytes that look like mostly-ASCII text.
"""

from __future__ import annotations

import codecs
import re
import zlib

from eventwire.errors import InputRejected

GZIP_MAGIC = b"\x1f\x8b"
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAGS = re.compile(r"</(?:p|div|article|section|span|title|a)>", re.IGNORECASE)
# C0 control characters other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Windows-1252 text in English is nearly all ASCII; above this share of high bytes it is likely
# another encoding (or binary), and guessing would produce mojibake.
MAX_HIGH_BYTE_SHARE = 0.1


def check_size(size: int, max_bytes: int) -> None:
    """Raise InputRejected when `size` is over the limit."""
    if size > max_bytes:
        raise InputRejected(f"too large: {size} bytes (limit {max_bytes})")


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip `data` (all members), stopping as soon as the output passes `max_bytes`."""
    out = b""
    while True:
        decompressor = zlib.decompressobj(wbits=31)
        try:
            out += decompressor.decompress(data, max_bytes + 1 - len(out))
        except zlib.error as exc:
            raise InputRejected(f"corrupt gzip: {exc}") from exc
        if len(out) > max_bytes:
            raise InputRejected(
                f"too large: over {max_bytes} bytes uncompressed (limit {max_bytes})"
            )
        if not decompressor.eof:
            raise InputRejected("corrupt gzip: the compressed data is truncated")
        data = decompressor.unused_data
        if not data.startswith(GZIP_MAGIC):
            return out


def check_not_binary(data: bytes) -> None:
    """Raise InputRejected for bytes that are not text (NUL bytes, many control characters)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text legitimately holds NUL bytes
    if b"\x00" in data:
        raise InputRejected("binary: contains NUL bytes")


def check_text(text: str) -> None:
    """Raise InputRejected when decoded text is full of control characters (binary in disguise)."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if sample and controls / len(sample) > 0.01:
        raise InputRejected("binary: contains control characters")


def decode(data: bytes, *, html: bool) -> str:
    """Decode `data` under the strict policy; raise InputRejected('undecodable: ...')."""
    check_not_binary(data)
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, codec, f"starts with a {codec} byte-order mark but is not {codec}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        check_text(text)
        return text
    declared = declared_charset(data) if html else None
    if declared is not None:
        return _strict(data, declared, f"not valid UTF-8 nor the declared charset {declared}")
    if _looks_like_single_byte_text(data):
        return data.decode("cp1252")
    what = "and no usable charset is declared" if html else "and not plain Windows-1252 text"
    raise InputRejected(f"undecodable: not UTF-8 {what}")


def declared_charset(data: bytes) -> str | None:
    """The codec named by a <meta charset> or XML declaration near the top, if Python knows it."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # the declaration was readable as ASCII, so the page cannot be UTF-16
    # Browsers read the Latin-1 label as Windows-1252 (WHATWG), and so do pages in the wild.
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def looks_like_html(text: str) -> bool:
    """Whether decoded text is an HTML document rather than plain text."""
    head = text[:2048].lstrip("\ufeff \t\r\n")
    if _HTML_START.search(head):
        return True
    return head.startswith("<") and len(_HTML_TAGS.findall(text[:8192])) >= 2


def _strict(data: bytes, codec: str, problem: str) -> str:
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputRejected(f"undecodable: {problem}") from exc
    check_text(text)
    return text


def _looks_like_single_byte_text(data: bytes) -> bool:
    """Mostly ASCII, with the few high bytes Windows-1252 defines, and no control characters."""
    if not data:
        return False
    high = sum(byte >= 0x80 for byte in data)
    if high / len(data) > MAX_HIGH_BYTE_SHARE:
        return False
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return not _CONTROL.search(text)
