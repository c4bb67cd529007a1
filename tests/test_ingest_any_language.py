"""Dates and extraction work in any language; only coding needs English."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import html as lxml_html

from eventwire.errors import InputRejected
from eventwire.ingest import article_from_html, published_from_html
from eventwire.ingest.html import drop_link_lists
from eventwire.options import Options

FRENCH_PAGE = """<html><head><title>Le conseil municipal vote le budget</title>
<meta property="article:published_time" content="2024-05-14T09:30:00+02:00"></head>
<body><article><h1>Le conseil municipal vote le budget</h1>
<p>Le conseil municipal a adopté mardi soir le budget de la ville pour l'année prochaine,
après un long débat sur les transports et les écoles de quartier.</p>
<p>Les élus de l'opposition ont voté contre le texte, qu'ils jugent trop coûteux pour les
familles, tandis que la majorité a salué un effort important pour les crèches.</p>
<p>Le maire a promis une nouvelle consultation des habitants avant la fin de l'été.</p>
</article></body></html>"""


def test_a_french_page_is_refused_for_coding():
    with pytest.raises(InputRejected, match="not English"):
        article_from_html(FRENCH_PAGE, Options())


def test_its_date_is_read_all_the_same():
    found = published_from_html(FRENCH_PAGE, Options())
    assert found is not None and found.value.date().isoformat() == "2024-05-14"


def test_extraction_alone_accepts_any_language():
    article = article_from_html(FRENCH_PAGE, replace(Options(), min_english_ratio=0.0))
    assert "budget de la ville" in article.text


def test_a_body_with_a_read_more_button_is_not_a_link_list():
    tree = lxml_html.fromstring(
        "<html><body><div class='entry-content entry-content-read-more'>"
        "<p>First paragraph of the story.</p><p>Second paragraph.</p></div>"
        "<div class='related-posts'><a href='/a'>Another story</a></div></body></html>"
    )
    kept = [t.strip() for t in drop_link_lists(tree).itertext() if t.strip()]
    assert kept == ["First paragraph of the story.", "Second paragraph."]
