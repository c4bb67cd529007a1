"""Paths and streams: dispatch by extension, directory walks, sniffing and every rejection."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from eventwire.errors import InputRejected
from eventwire.ingest import extract_path, read_paths, read_stream
from eventwire.ingest import files as files_module
from eventwire.options import Options
from eventwire.records import Article, Rejection

DATA = Path(__file__).parent / "data" / "ingest"
OPTIONS = Options()
SCRAPE = (
    "Quota talks end in a deal\n\n"
    "Ministers from the three northern states agreed on Tuesday to cut the cod quota by a "
    "tenth, ending talks that had run for two weeks in the capital.\n\n"
    "The deal will be reviewed again in the spring, according to a joint statement."
)


def rejection(path: Path | str, options: Options = OPTIONS) -> Rejection:
    (record,) = read_paths([str(path)], options)
    assert isinstance(record, Rejection), record
    assert record.source == str(path)
    assert "\n" not in record.reason
    return record


def test_directory_walk_is_recursive_sorted_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "one.txt").write_text(SCRAPE)
    (tmp_path / "a" / "two.TXT").write_text(SCRAPE)
    (tmp_path / "a" / "three.htm").write_text((DATA / "page_standfirst.html").read_text())
    (tmp_path / "z.txt").write_text(SCRAPE)
    (tmp_path / "notes.md").write_text(SCRAPE)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden" / "x.txt").write_text(SCRAPE)
    (tmp_path / ".also-hidden.txt").write_text(SCRAPE)
    sources = [record.source for record in read_paths([str(tmp_path)], OPTIONS)]
    assert sources == [
        str(tmp_path / "a" / "three.htm"),
        str(tmp_path / "a" / "two.TXT"),
        str(tmp_path / "b" / "one.txt"),
        str(tmp_path / "z.txt"),
    ]


def test_fixture_directory_yields_articles_and_rejections() -> None:
    records = list(read_paths([str(DATA)], OPTIONS))
    articles = [r for r in records if isinstance(r, Article)]
    rejected = {Path(r.source).name: r.reason for r in records if isinstance(r, Rejection)}
    assert {Path(a.source).name for a in articles} >= {
        "page_standfirst.html",
        "scrape_boilerplate.txt",
    }
    for name in ("french.txt", "german.txt", "spanish.txt"):
        assert rejected[name].startswith("not English: ")


def test_paths_are_read_lazily_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text(SCRAPE)
    second.write_text(SCRAPE.replace("cod", "herring"))
    records = read_paths([str(second), str(first)], OPTIONS)
    assert next(records).source == str(second)
    assert next(records).source == str(first)


def test_missing_file() -> None:
    assert rejection("/no/such/file.txt").reason == "not found: no such file"
    assert rejection("/no/such/file.jsonl").reason == "not found: no such file"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"Title\n\x00\x01\x02binary junk")
    assert rejection(path).reason == "binary: contains NUL bytes"


def test_control_characters_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"Title\n" + b"\x01\x02\x03\x04 junk " * 50)
    assert rejection(path).reason == "binary: contains control characters"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    assert rejection(path).reason == "empty: no text"
    html = tmp_path / "x.html"
    html.write_bytes(b"  \n")
    assert rejection(html).reason == "empty: no text"


def test_boilerplate_only_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Some title\nAdvertisement\nShare this article\nRead more: other news\n")
    assert rejection(path).reason.startswith("empty: ")


def test_oversized_file_is_rejected_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "x.txt"
    path.write_text(SCRAPE)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an oversized file was opened")

    monkeypatch.setattr(files_module, "open", refuse, raising=False)
    reason = rejection(path, Options(max_bytes=100)).reason
    assert reason == f"too large: {len(SCRAPE.encode())} bytes (limit 100)"


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(SCRAPE.replace("capital", "capital, São Tomé,").encode("latin-1"))
    article = extract_path(str(path), OPTIONS)
    assert "São Tomé" in article.text


def test_windows_1252_quotes_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(
        SCRAPE.replace("joint statement", "\u201cjoint statement\u201d").encode("cp1252")
    )
    assert "\u201cjoint statement\u201d" in extract_path(str(path), OPTIONS).text


def test_undecodable_text(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    assert rejection(path).reason == "undecodable: not UTF-8 and not plain Windows-1252 text"


def test_utf8_bom_and_utf16_text(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + SCRAPE.encode())
    assert extract_path(str(bom), OPTIONS).title == "Quota talks end in a deal"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(SCRAPE.encode("utf-16"))
    assert extract_path(str(utf16), OPTIONS).title == "Quota talks end in a deal"


def test_gzipped_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((DATA / "page_standfirst.html").read_bytes()))
    article = extract_path(str(path), OPTIONS)
    assert article.title == "Harbour strike ends after pay deal"
    assert article.source == str(path)
    (again,) = read_paths([str(tmp_path)], OPTIONS)
    assert again == article


@pytest.mark.parametrize(
    "data",
    [
        b"this is not gzip at all",
        gzip.compress(b"<html><body><p>cut short</p></body></html>" * 50)[:-30],
        gzip.compress(b"<html>" * 50)[:12] + b"\xff" * 40,
    ],
)
def test_corrupt_gzip(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.htm.gz"
    path.write_bytes(data)
    assert rejection(path).reason.startswith("corrupt gzip: ")


def test_gzip_that_unpacks_too_large(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 100_000 + b"</p>"))
    reason = rejection(path, Options(max_bytes=5_000)).reason
    assert reason == "too large: over 5000 bytes uncompressed (limit 5000)"


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    html = tmp_path / "story.php"
    html.write_bytes((DATA / "page_standfirst.html").read_bytes())
    assert extract_path(str(html), OPTIONS).title == "Harbour strike ends after pay deal"
    text = tmp_path / "story.dat"
    text.write_text(SCRAPE)
    assert extract_path(str(text), OPTIONS).title == "Quota talks end in a deal"
    packed = tmp_path / "story.bin"
    packed.write_bytes(gzip.compress(SCRAPE.encode()))
    assert extract_path(str(packed), OPTIONS).title == "Quota talks end in a deal"


def test_extract_path_raises_with_source(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    with pytest.raises(InputRejected) as caught:
        extract_path(str(path), OPTIONS)
    assert caught.value.source == str(path)
    assert caught.value.reason == "empty: no text"
    with pytest.raises(InputRejected, match="JSONL"):
        extract_path(str(DATA / "articles.jsonl"), OPTIONS)
    with pytest.raises(InputRejected, match="directory"):
        extract_path(str(tmp_path), OPTIONS)


def test_read_stream_sniffs_html_and_text() -> None:
    html = read_stream((DATA / "page_standfirst.html").read_bytes(), OPTIONS)
    assert isinstance(html, Article)
    assert html.source == "-"
    assert html.title == "Harbour strike ends after pay deal"
    text = read_stream(SCRAPE.encode(), OPTIONS, name="stdin")
    assert isinstance(text, Article)
    assert text.source == "stdin"
    assert text.title == "Quota talks end in a deal"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty: no text"),
        (b"\x00\x01\x02", "binary: contains NUL bytes"),
        (bytes(range(0x80, 0xC0)), "undecodable: "),
        (b"\x1f\x8b broken", "corrupt gzip: "),
        (b"x" * 200, "too large: "),
    ],
)
def test_read_stream_rejections(data: bytes, reason: str) -> None:
    record = read_stream(data, Options(max_bytes=100))
    assert isinstance(record, Rejection)
    assert record.source == "-"
    assert record.reason.startswith(reason)


def test_read_stream_unpacks_gzip() -> None:
    record = read_stream(gzip.compress(SCRAPE.encode()), OPTIONS)
    assert isinstance(record, Article)
