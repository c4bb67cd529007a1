"""Plain text (a scrape, a JSONL `text` field, a sentence typed at the CLI) to an Article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from eventwire.errors import InputRejected
from eventwire.ingest.clean import Cleaned, clean_lines
from eventwire.ingest.dates import Published, is_month_first, parse_date, published_from_datetime
from eventwire.ingest.language import english_problem
from eventwire.ingest.sniff import check_size, check_text
from eventwire.options import Options
from eventwire.records import Article, article_id_for


@dataclass(frozen=True)
class Provenance:
    """Where an article came from, as far as the caller knows."""

    source: str = "-"
    url: str | None = None
    site: str | None = None


def article_from_text(
    text: str,
    options: Options,
    *,
    source: str = "-",
    title: str | None = None,
    published: str | datetime | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Article:
    """Clean a raw scraped text into an Article.

    Args:
        text: the scrape; its first non-empty line is the title unless `title` is given
            (pass `title=""` to code every line as body text) or the line is too long for a
            headline (over 40 words). A single short line is both title and body.
        options: limits, English threshold and month-first sites.
        source: the path or label recorded as `Article.source`.
        published: a date string or datetime; overrides a date line found in the text.
        url, site: recorded on the article; they also decide month-first numeric dates.

    Returns:
        The article, with `published` as naive wall-clock time as the source wrote it.

    Raises:
        InputRejected: binary, empty, too large or not English input.
    """
    check_size(len(text.encode("utf-8", "surrogatepass")), options.max_bytes)
    if "\x00" in text:
        raise InputRejected("binary: contains NUL bytes", source)
    check_text(text)
    if not text.strip():
        raise InputRejected("empty: no text", source)
    month_first = is_month_first(options, site, url)
    cleaned = clean_lines(text, title=title, month_first=month_first)
    if not cleaned.paragraphs and not cleaned.lead and _is_one_line(text, title):
        # A single line (a headline, a sentence typed at the CLI) is its own body, so it is coded.
        cleaned = Cleaned(title=cleaned.title, lead="", paragraphs=(cleaned.title,))
    given = _published_from(published, month_first)
    return build_article(
        cleaned, options, Provenance(source, url, site), published=given or cleaned.published
    )


def build_article(
    cleaned: Cleaned,
    options: Options,
    provenance: Provenance,
    *,
    published: Published | None,
    section: str | None = None,
    authors: tuple[str, ...] = (),
) -> Article:
    """Check a cleaned text (not empty, English) and make the Article record."""
    lead, paragraphs = cleaned.lead, cleaned.paragraphs
    if not paragraphs and lead:
        lead, paragraphs = "", (lead,)
    if not paragraphs:
        raise InputRejected(
            "empty: no article text left after removing boilerplate", provenance.source
        )
    problem = english_problem(
        "\n".join([cleaned.title, lead, *paragraphs]), options.min_english_ratio
    )
    if problem is not None:
        raise InputRejected(problem, provenance.source)
    return Article(
        id=article_id_for(cleaned.title, paragraphs),
        source=provenance.source,
        title=cleaned.title,
        paragraphs=paragraphs,
        lead=lead,
        site=provenance.site,
        url=provenance.url,
        section=section or cleaned.section,
        authors=authors or cleaned.authors,
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        published_ambiguous=published.ambiguous if published else False,
        language="en",
    )


def _published_from(value: str | datetime | None, month_first: bool) -> Published | None:
    if isinstance(value, datetime):
        return published_from_datetime(value)
    if value:
        return parse_date(value, month_first)
    return None


def _is_one_line(text: str, title: str | None) -> bool:
    return title is None and sum(bool(line.strip()) for line in text.splitlines()) == 1
