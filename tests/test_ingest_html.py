"""HTML pages: body, standfirst, metadata and dates, all offline."""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path

import pytest

from eventwire.errors import InputRejected
from eventwire.ingest import article_from_html, extract_path
from eventwire.options import Options

DATA = Path(__file__).parent / "data" / "ingest"
OPTIONS = Options()
BODY = (
    "<p>Farm ministers from the three northern states met in the capital on Tuesday to settle "
    "next year's grain export quotas after months of argument over prices.</p>"
    "<p>They agreed to lift the joint quota by a fifth and to review it again in the spring, "
    "according to a statement released by the host government after the talks ended.</p>"
    "<p>Opposition leaders in two of the states said the deal would hurt small farmers, and "
    "promised to raise the matter in parliament when it returns next month.</p>"
)


def page(head: str = "", before_body: str = "", body: str = BODY) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Grain quota deal reached</title>{head}</head>"
        f"<body><article><h1>Grain quota deal reached</h1>{before_body}"
        f"<div class='content'>{body}</div></article></body></html>"
    )


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_fixture_page() -> None:
    article = extract_path(str(DATA / "page_standfirst.html"), OPTIONS)
    assert article.title == "Harbour strike ends after pay deal"
    assert article.lead == (
        "The three-week stoppage at Portavel cost exporters millions, the port authority says."
    )
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("Dock workers in the port city of Portavel")
    assert "Advertisement" not in article.text
    assert "By Maria Okafor" not in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.published == datetime(2024, 2, 19, 16, 45)  # wall-clock time, offset dropped
    assert article.published_precision == "minute"
    assert article.section == "Business"
    assert article.authors == ("Maria Okafor",)
    assert article.site == "The Coastal Ledger"
    assert article.url == "https://ledger.example.com/business/harbour-strike-ends"
    assert article.source == str(DATA / "page_standfirst.html")


def test_description_missing_from_body_becomes_lead() -> None:
    description = "Ministers of three states agree a bigger grain export quota for next year."
    html = page(head=f'<meta name="description" content="{description}">')
    article = article_from_html(html, OPTIONS, source="page")
    assert article.lead == description
    assert article.paragraphs[0].startswith("Farm ministers from the three northern states")


def test_description_already_in_body_is_not_repeated() -> None:
    description = (
        "Farm ministers from the three northern states met in the capital on Tuesday to "
        "settle next year's grain export quotas..."
    )
    html = page(head=f'<meta name="description" content="{description}">')
    article = article_from_html(html, OPTIONS)
    assert article.lead == ""
    assert len(article.paragraphs) == 3


def test_standfirst_element_is_preferred_to_description() -> None:
    html = page(
        head='<meta name="description" content="A summary for search engines about grain.">',
        before_body="<p class='dek'>Small farmers fear the deal will cut prices further.</p>",
    )
    article = article_from_html(html, OPTIONS)
    assert article.lead == "Small farmers fear the deal will cut prices further."
    assert article.text.count("Small farmers fear") == 1


def test_site_wide_description_is_not_a_lead() -> None:
    blurb = "Your trusted source for weather, sport, recipes and celebrity gossip since 1998."
    html = page(head=f'<meta name="description" content="{blurb}">')
    assert article_from_html(html, OPTIONS).lead == ""


def test_date_without_time_has_day_precision() -> None:
    html = page(head='<meta property="article:published_time" content="2024-03-05">')
    article = article_from_html(html, OPTIONS, url="https://news.example.org/grain")
    assert article.published == datetime(2024, 3, 5)
    assert article.published_precision == "day"
    assert article.url == "https://news.example.org/grain"


def test_declared_charset_is_used() -> None:
    html = page(head='<meta charset="iso-8859-1">', body=BODY.replace("Tuesday", "Tuesday (café)"))
    article = article_from_html(html.encode("latin-1"), OPTIONS)
    assert "café" in article.text


def test_bytes_in_utf8_are_decoded() -> None:
    html = page(body=BODY.replace("Tuesday", "Tuesday in Zürich"))
    assert "Zürich" in article_from_html(html.encode("utf-8"), OPTIONS).text


def test_undecodable_html() -> None:
    data = page().encode("utf-8") + bytes(range(0x80, 0x100)) * 20
    with pytest.raises(InputRejected, match=r"^undecodable: not UTF-8 and no usable charset"):
        article_from_html(data, OPTIONS)


def test_wrong_declared_charset() -> None:
    data = page(head='<meta charset="utf-8">').encode("utf-8") + b"\xff\xfe\xfd"
    with pytest.raises(InputRejected, match=r"^undecodable: not valid UTF-8 nor the declared"):
        article_from_html(data, OPTIONS)


def test_impossible_utf16_declaration_is_ignored() -> None:
    html = page(head='<meta charset="utf-16">')
    assert article_from_html(html.encode("utf-8"), OPTIONS).title == "Grain quota deal reached"


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("", "empty: no text"),
        ("<html><body></body></html>", "empty: "),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty: "),
        ("https://news.example.org/story", "empty: "),  # a URL is not fetched
    ],
)
def test_empty_pages(html: str, reason: str) -> None:
    with pytest.raises(InputRejected) as caught:
        article_from_html(html, OPTIONS)
    assert caught.value.reason.startswith(reason)


def test_french_page_is_rejected() -> None:
    french = (DATA / "french.txt").read_text(encoding="utf-8")
    title, *rest = french.splitlines()
    body = "".join(f"<p>{line}</p>" for line in rest if line)
    html = (
        f"<html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    with pytest.raises(InputRejected, match=r"^not English: .*French"):
        article_from_html(html, OPTIONS)


def test_html_is_deterministic() -> None:
    html = (DATA / "page_standfirst.html").read_bytes()
    assert article_from_html(html, OPTIONS) == article_from_html(html, OPTIONS)


def test_too_large_html() -> None:
    with pytest.raises(InputRejected, match=r"^too large: "):
        article_from_html(page(), Options(max_bytes=100))


def test_section_label_and_kept_standfirst_are_sorted_out() -> None:
    standfirst = "Small farmers fear the deal will cut prices further."
    html = (
        "<html><head><title>Grain quota deal reached</title>"
        '<meta property="article:section" content="Farming">'
        f'<meta name="description" content="{standfirst}"></head>'
        "<body><article><header><p class='section-label'>Farming</p>"
        f"<h1>Grain quota deal reached</h1><p class='standfirst'>{standfirst}</p>"
        "<p class='meta'>By Ann Lee | <time datetime='2024-03-05T08:15:00+08:00'>"
        f"March 5, 2024</time></p></header>{BODY}</article></body></html>"
    )
    article = article_from_html(html, OPTIONS)
    assert article.section == "Farming"
    assert article.lead == standfirst
    assert article.paragraphs[0].startswith("Farm ministers from the three northern states")
    assert "Farming" not in article.paragraphs
    assert article.published == datetime(2024, 3, 5, 8, 15)
    assert article.published_precision == "minute"
