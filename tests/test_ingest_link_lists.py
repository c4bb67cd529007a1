"""Lists of links to other articles ("Related articles", "Most read"), stdin, quiet extractors."""

from __future__ import annotations

import io
import logging
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html

from eventwire.errors import InputRejected
from eventwire.ingest import article_from_html, article_from_text, extract_path, read_paths
from eventwire.ingest.clean import classify, clean_lines
from eventwire.ingest.html import drop_link_lists
from eventwire.options import Options
from eventwire.records import Article, Rejection

DATA = Path(__file__).parent / "data" / "ingest"
OPTIONS = Options()
BODY = (
    "The foreign ministers of Ostrava and Velm agreed on Tuesday to reopen the Kessin border "
    "crossing, closed since a shooting incident last year, their ministries said."
)
# Headlines listed under "related" markers in the fixtures; none may reach the body.
LISTED = (
    "Velm central bank cuts interest rates",
    "Ostrava prime minister survives confidence vote",
    "Who is Velm's new foreign minister?",
    "Floods hit northern Ostrava",
    "Ostrava opens new airport terminal",
    "Velm wins regional football cup",
    "Ostrava ends visa requirement",
    "Storm warning for the coast",
)


# Section lines


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Asia-Pacific 10/02/2023 18:05", "Asia-Pacific"),
        ("Middle East - 10 February 2023", "Middle East"),
        ("Published - 10 February 2023 - 18:05 GMT", None),
        ("Asia-Pacific | Updated: 10/02/2023", "Asia-Pacific"),
    ],
)
def test_dateline_section_keeps_hyphens_inside_names(line: str, section: str | None) -> None:
    classified = classify(line, "", month_first=False)
    assert classified.kind == "dateline"
    assert classified.section == section


# Text scrapes


def test_scrape_drops_every_listed_headline_and_keeps_every_paragraph() -> None:
    article = extract_path(str(DATA / "scrape_related.txt"), OPTIONS)
    assert article.title == "Ostrava and Velm agree to reopen border crossing"
    assert article.section == "Asia-Pacific"
    assert article.published == datetime(2024, 5, 12, 10, 30)
    # A standfirst without a full stop is still the standfirst.
    assert (
        article.lead == "Both governments said the crossing would reopen to trucks within a month"
    )
    assert article.paragraphs == (
        "The foreign ministers of Ostrava and Velm agreed on Tuesday to reopen the Kessin border "
        "crossing, closed since a shooting incident last year, their ministries said in a joint "
        "statement.",
        # A short paragraph right after a list ends a sentence, so it is body text.
        "Talks resume on Monday.",
        # A hard-wrapped paragraph after a list is kept whole.
        "Officials from both sides will meet at the crossing next week to agree on customs checks. "
        "The agreement was welcomed by trucking companies, which had been forced to take a detour "
        "of more than 300 kilometres.",
        "The ministers also discussed a dispute over fishing rights in the Kessin lake, but "
        "reached no agreement.",
        # Its first line is short and unpunctuated, but it is cut mid-sentence ("by the").
        "A new bridge over the river will be built by the end of the decade, the Velm transport "
        "minister said.",
    )
    for headline in LISTED:
        assert headline not in article.text


@pytest.mark.parametrize(
    "marker",
    [
        "Related articles",
        "Related stories:",
        "Read more",
        "Read more:",
        "More on this story",
        "You may also like",
        "You might also like:",
        "Most read",
        "Most popular",
        "Latest news",
        "Recommended",
        "Trending now",
    ],
)
def test_headlines_under_a_marker_are_dropped(marker: str) -> None:
    text = (
        f"Ostrava and Velm reopen crossing\n\n{BODY}\n\n{marker}\n"
        "Velm central bank cuts interest rates for the second time this year\n"
        "Floods hit northern Ostrava\n\n"
        "Trucking companies welcomed the decision.\n"
    )
    article = article_from_text(text, OPTIONS)
    assert article.paragraphs == (BODY, "Trucking companies welcomed the decision.")
    assert classify(marker, "", month_first=False).kind == "boilerplate"


def test_a_single_headline_under_a_marker_is_dropped_mid_article() -> None:
    text = (
        f"Ostrava and Velm reopen crossing\n\n{BODY}\n\nRead more\n\n"
        "What the Kessin crossing means for Velm\n\n"
        "The crossing handled 2,000 trucks a day before it closed.\n"
    )
    article = article_from_text(text, OPTIONS)
    assert article.paragraphs == (
        BODY,
        "The crossing handled 2,000 trucks a day before it closed.",
    )


def test_unmarked_headline_run_at_the_end_is_dropped() -> None:
    text = (
        f"Ostrava and Velm reopen crossing\n\n{BODY}\n\n"
        "Guyana's economy grows 38 percent, fastest in the world\n"
        "Caricom leaders to meet in Georgetown\n\n"
        "We use cookies to personalise content and ads and to analyse our traffic.\n"
    )
    article = article_from_text(text, OPTIONS)
    assert article.paragraphs == (BODY,)


def test_unmarked_headline_run_after_end_of_body_boilerplate_is_dropped() -> None:
    text = (
        f"Ostrava and Velm reopen crossing\n\n{BODY}\n\nShare this article\n\n"
        "Velm wins regional football cup\nOstrava ends visa requirement for Velm citizens\n\n"
        "A reader's note: this story was updated with the ministries' statement.\n"
    )
    article = article_from_text(text, OPTIONS)
    assert "Velm wins" not in article.text
    assert article.paragraphs[-1].startswith("A reader's note")


def test_short_lines_that_are_body_text_are_kept() -> None:
    text = (
        f"Ostrava and Velm reopen crossing\n\n{BODY}\n\n"
        # One unpunctuated line on its own is not a list.
        "The crossing reopens on Monday\n\n"
        "Talks resume on Monday.\nTrucks return on Tuesday.\n"
    )
    article = article_from_text(text, OPTIONS)
    assert article.paragraphs == (
        BODY,
        "The crossing reopens on Monday",
        "Talks resume on Monday.",
        "Trucks return on Tuesday.",
    )


def test_unmarked_short_lines_between_paragraphs_are_kept() -> None:
    """Two unpunctuated lines inside the body (subheads, a list) are not a list of links."""
    text = (
        f"Ostrava and Velm reopen crossing\n\n{BODY}\n\n"
        "What was agreed\nWhat comes next\n\n"
        "Trucking companies welcomed the decision.\n"
    )
    article = article_from_text(text, OPTIONS)
    assert "What was agreed" in article.text


def test_extractor_output_drops_headlines_under_a_marker() -> None:
    cleaned = clean_lines(
        f"{BODY}\nRelated articles\nOPEC+ extends output cuts\n"
        "Yemen talks: Omani mediators in Sanaa\nTrucking companies welcomed the decision.",
        title="Ostrava and Velm reopen crossing",
        month_first=False,
        lines_are_paragraphs=True,
    )
    assert cleaned.paragraphs == (BODY, "Trucking companies welcomed the decision.")


# HTML


def test_html_link_lists_are_removed_before_extraction() -> None:
    article = extract_path(str(DATA / "page_related.html"), OPTIONS)
    assert article.title == "Ostrava and Velm agree to reopen border crossing"
    assert article.paragraphs[0].startswith("The foreign ministers of Ostrava and Velm")
    for headline in LISTED:
        assert headline not in article.text
    # A list of sentences, one of which holds a link, is article text.
    assert "Trucks will be allowed through" in article.text
    assert "customs building is repaired" in article.text


def test_drop_link_lists_on_a_tree() -> None:
    tree = lxml_html.fromstring(
        "<html><body><nav><a href='/'>Home</a></nav>"
        "<div class='related-content'><h1>Headline</h1><p>Kept: it holds the headline.</p></div>"
        "<div class='story-related'><a href='/x'>Gone</a></div>"
        "<ul><li><a href='/y'>Link only</a></li><li>Text with a <a href='/z'>link</a></li></ul>"
        "<aside><p>Sidebar</p></aside><p>Body tail</p></body></html>"
    )
    kept = [" ".join(node.split()) for node in drop_link_lists(tree).itertext() if node.strip()]
    assert kept == ["Headline", "Kept: it holds the headline.", "Text with a", "link", "Body tail"]


def test_extractor_loggers_are_quiet(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InputRejected, match="empty"):
        article_from_html("<html><body><div></div></body></html>", OPTIONS)
    article_from_html((DATA / "page_related.html").read_bytes(), OPTIONS)
    # Importing trafilatura resets htmldate's level; ingest sets both again.
    assert logging.getLogger("trafilatura").level == logging.CRITICAL
    assert logging.getLogger("htmldate").level == logging.CRITICAL
    assert not [r for r in caplog.records if r.name.startswith(("trafilatura", "htmldate"))]


# Standard input


def test_read_paths_reads_stdin_for_dash(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = (DATA / "scrape_related.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    other = tmp_path / "other.txt"
    other.write_text(f"Ostrava and Velm reopen crossing\n\n{BODY}\n", encoding="utf-8")
    records = list(read_paths(["-", str(other)], OPTIONS))
    assert [record.source for record in records] == ["-", str(other)]
    from_file = extract_path(str(DATA / "scrape_related.txt"), OPTIONS)
    assert records[0] == replace(from_file, source="-")


def test_read_paths_stdin_html_and_rejections(monkeypatch: pytest.MonkeyPatch) -> None:
    page = (DATA / "page_related.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    (record,) = read_paths(["-"], OPTIONS)
    assert isinstance(record, Article) and record.source == "-"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert list(read_paths(["-"], OPTIONS)) == [Rejection("-", "empty: no text")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 200)))
    (too_large,) = read_paths(["-"], Options(max_bytes=100))
    assert isinstance(too_large, Rejection) and too_large.reason.startswith("too large:")
    monkeypatch.setattr(sys, "stdin", None)
    assert list(read_paths(["-"], OPTIONS)) == [Rejection("-", "unreadable: no standard input")]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"Ostrava and Velm reopen crossing\n\n{BODY}\n"))
    (from_text_stream,) = read_paths(["-"], OPTIONS)
    assert isinstance(from_text_stream, Article) and from_text_stream.paragraphs == (BODY,)
