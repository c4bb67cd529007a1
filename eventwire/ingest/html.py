"""HTML pages to Articles: trafilatura for the body and metadata, htmldate for the date.

Everything runs offline on a parsed tree (htmldate downloads when handed a string that looks
like a URL, so it is only ever handed a tree). Asides, navigation, "related" boxes and list
items that are only a link are removed before extraction. The body then goes through the same line
cleaning as a text scrape. Extractors sometimes drop the standfirst, so a standfirst element
or the page description that the body does not already hold is kept as the lead.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from eventwire.errors import InputRejected
from eventwire.ingest.clean import (
    MAX_LEAD_WORDS,
    Cleaned,
    classify,
    clean_lines,
    fold,
    normalise_space,
)
from eventwire.ingest.dates import Published, is_month_first, parse_date
from eventwire.ingest.language import ENGLISH
from eventwire.ingest.sniff import check_size, decode
from eventwire.ingest.text import Provenance, build_article
from eventwire.options import Options
from eventwire.records import Article

# Class, id or itemprop tokens that mark a standfirst (a summary set under the headline).
_STANDFIRST = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|subhead(?:line)?|sub-?headline|sub-?title|strapline|"
    r"summary|lede|lead|intro|description)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Pictures placed where a standfirst would be ("lead-image"), and page furniture that also
# calls itself a description or summary (author bios, subscription boxes, promos).
_NOT_STANDFIRST = re.compile(
    r"media|image|img|photo|picture|video|figure|caption|credit|art\b|author|bio|byline|"
    r"subscri|newsletter|promo|related|teaser|card|masthead|nav|menu|comment|footer|sidebar|widget",
    re.IGNORECASE,
)
_OUTSIDE_ARTICLE = frozenset({"nav", "aside", "footer", "form", "menu", "figure", "figcaption"})
# A standfirst is a line of prose: it holds no lists, scripts, controls or pictures.
_NOT_INSIDE_STANDFIRST = (
    "ul",
    "ol",
    "li",
    "script",
    "iframe",
    "form",
    "input",
    "button",
    "nav",
    "img",
    "picture",
    "figure",
    "video",
)
_VISIBLE_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")
MIN_LEAD_WORDS = 6
# A description sharing this much of its vocabulary with one body paragraph rewords it.
NEAR_DUPLICATE = 0.7
MIN_SHARED_CONTENT = 0.3
MIN_BODY_WORDS = 5
# A standfirst the extractor kept is among the first paragraphs, after labels it missed.
OPENING_PARAGRAPHS = 3
# The first body paragraph long enough to be prose, not a label, anchors the body's position.
MIN_ANCHOR_WORDS = 8
_TIMESTAMPS = (
    "//meta[@property='article:published_time' or @name='article:published_time'"
    " or @itemprop='datePublished' or @name='pubdate' or @name='date']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //time/@datetime"
)
_JSON_LD = "//script[@type='application/ld+json']/text()"
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_ISO_OUT = "%Y-%m-%dT%H:%M:%S"
# Containers of links to other pages, removed before extraction (extractors sometimes keep a
# "related articles" list as body text).
_LINK_CONTAINERS = frozenset({"aside", "nav"})
# Matched against each class/id token: "story-related" is a related box, but a token that also
# names content ("entry-content-read-more") is an article body with a "read more" button.
_LINK_CONTAINER_MARKS = re.compile(
    r"(?:^|[_-])(?:related|read-?more|more-?(?:stories|news|on-this-story)|"
    r"most-?(?:read|popular|viewed|shared)|popular|trending|recommended|also-?read|see-?also|"
    r"outbrain|taboola)(?:$|[_-])",
    re.IGNORECASE,
)
_CONTENT_MARKS = re.compile(r"(?:^|[_-])(?:content|entry|body|text|main)(?:$|[_-])", re.I)
# A box with this much prose outside links is content, whatever its class says.
MAX_BOX_PROSE_WORDS = 80
# What a removed container must not hold: the article itself.
_KEEP_INSIDE = ("h1", "article", "main")
_EXTRACTOR_LOGGERS = ("trafilatura", "htmldate")


def quiet_extractors() -> None:
    """Silence the extractors' loggers: their errors on empty or odd pages are rejections here.

    Called at import and again after the lazy imports, because importing trafilatura resets
    the htmldate logger to WARNING.
    """
    for name in _EXTRACTOR_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


quiet_extractors()


def article_from_html(
    html: str | bytes, options: Options, *, source: str = "-", url: str | None = None
) -> Article:
    """Extract the article from an HTML page.

    Args:
        html: the page, as bytes (decoded strictly: UTF-8 or its declared charset) or text.
        options: limits, English threshold and month-first sites.
        source: the path or label recorded as `Article.source`.
        url: the page's address when known; otherwise its canonical link is used.

    Raises:
        InputRejected: binary, undecodable, empty, too large or not English input.
    """
    if isinstance(html, bytes):
        check_size(len(html), options.max_bytes)
        text = decode(html, html=True)
    else:
        check_size(len(html.encode("utf-8", "surrogatepass")), options.max_bytes)
        text = html
    if not text.strip():
        raise InputRejected("empty: no text", source)
    tree = _parse(text, source)
    document = _extract(tree, url, source)
    page_url = url or _text(document.get("url"))
    site = _text(document.get("sitename")) or _text(document.get("hostname"))
    month_first = is_month_first(options, site, page_url)
    title = normalise_space(_text(document.get("title")) or "")
    cleaned = clean_lines(
        _text(document.get("text")) or "",
        title=title,
        month_first=month_first,
        lines_are_paragraphs=True,
    )
    categories = [normalise_space(name) for name in document.get("categories") or []]
    author = _text(document.get("author")) or ""
    authors = tuple(name for name in (normalise_space(n) for n in author.split(";")) if name)
    # Extractors keep the section label, site name or author line set above the headline.
    labels = {fold(name) for name in [*categories, site or "", *authors]}
    body = tuple(p for p in cleaned.paragraphs if fold(p) not in labels)
    candidates = [_standfirst(tree, title, body), _text(document.get("description"))]
    lead, paragraphs = choose_lead(title, body, candidates)
    cleaned = Cleaned(title, lead, paragraphs, cleaned.section, cleaned.authors, cleaned.published)
    return build_article(
        cleaned,
        options,
        Provenance(source, page_url, site),
        published=_page_date(tree, page_url, cleaned),
        section=categories[0] if categories else None,
        authors=authors,
    )


def published_from_html(
    html: str | bytes, options: Options, *, url: str | None = None
) -> Published | None:
    """The page's publication date, whatever its language (None when the page gives none).

    The same steps as article_from_html, without the English check: a date is a date in any
    language, and a crawl may want dates for pages it will not code.
    """
    try:
        if isinstance(html, bytes):
            check_size(len(html), options.max_bytes)
            text = decode(html, html=True)
        else:
            text = html
        tree = _parse(text, "-")
    except InputRejected:
        return None
    try:
        document = _extract(tree, url, "-")
    except InputRejected:
        return _published(tree, url) or _published(tree, url, extensive=True)
    page_url = url or _text(document.get("url"))
    site = _text(document.get("sitename")) or _text(document.get("hostname"))
    title = normalise_space(_text(document.get("title")) or "")
    cleaned = clean_lines(
        _text(document.get("text")) or "",
        title=title,
        month_first=is_month_first(options, site, page_url),
        lines_are_paragraphs=True,
    )
    return _page_date(tree, page_url, cleaned)


def choose_lead(
    title: str, paragraphs: tuple[str, ...], candidates: list[str | None]
) -> tuple[str, tuple[str, ...]]:
    """The lead and body: a standfirst or description the body lacks, else no lead.

    The first usable candidate decides: when it is one of the opening paragraphs, that
    paragraph becomes the lead; when the body holds it otherwise (inside a paragraph, truncated
    with an ellipsis, or reworded), it is not added again.
    """
    for raw in candidates:
        candidate = normalise_space(raw or "")
        if not _is_lead_like(candidate, title, paragraphs):
            continue
        for index, paragraph in enumerate(paragraphs[:OPENING_PARAGRAPHS]):
            if fold(candidate) == fold(paragraph):
                return paragraph, paragraphs[:index] + paragraphs[index + 1 :]
        if _is_covered(candidate, paragraphs):
            return "", paragraphs
        if _ELLIPSIS.search(candidate):
            continue  # a truncated summary of something the extractor did not keep
        return candidate, paragraphs
    return "", paragraphs


def _is_lead_like(candidate: str, title: str, paragraphs: tuple[str, ...]) -> bool:
    """Prose of standfirst length about this article: not furniture, a header or site blurb."""
    words = candidate.split()
    if not MIN_LEAD_WORDS <= len(words) <= MAX_LEAD_WORDS:
        return False
    if fold(title) and fold(title) in fold(candidate):
        return False
    # Prose is mostly lower-case words; "JANE DOE Nov. 20, 2019 Updated: ..." is not.
    if sum(word[:1].islower() for word in words) < 0.4 * len(words):
        return False
    if classify(candidate, fold(title), month_first=False).kind != "text":
        return False
    # A site-wide description ("X is a network of leading companies ...") shares few content
    # words with the article; a summary of this article shares many.
    content = set(fold(candidate).split()) - ENGLISH
    article = set(fold(" ".join([title, *paragraphs])).split())
    return not content or len(content & article) >= MIN_SHARED_CONTENT * len(content)


def _is_covered(candidate: str, paragraphs: tuple[str, ...]) -> bool:
    key = fold(_ELLIPSIS.sub("", candidate))
    if key in fold(" ".join(paragraphs)):
        return True
    words = set(key.split())
    return any(
        len(words & set(fold(paragraph).split())) >= NEAR_DUPLICATE * len(words)
        for paragraph in paragraphs
    )


def _parse(text: str, source: str) -> HtmlElement:
    from trafilatura import load_html

    quiet_extractors()

    # lxml refuses str input that still carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        tree = load_html(text)
    except Exception as exc:  # lxml raises several unrelated types on malformed markup
        raise InputRejected(f"unparseable HTML: {exc}", source) from exc
    if tree is None:
        raise InputRejected("empty: no HTML content", source)
    return tree


def _extract(tree: HtmlElement, url: str | None, source: str) -> dict[str, Any]:
    """Run trafilatura on a copy of the tree; its result as a dict."""
    from trafilatura import bare_extraction

    quiet_extractors()

    try:
        document = bare_extraction(
            drop_link_lists(deepcopy(tree)),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # an extractor failure on one page must not stop a batch
        raise InputRejected(f"unparseable HTML: {exc}", source) from exc
    fields: dict[str, Any] = _as_dict(document)
    # A few words ("Home", "Page not found") are what is left of a page with no article.
    if len((_text(fields.get("text")) or "").split()) < MIN_BODY_WORDS:
        raise InputRejected("empty: no article text found in the page", source)
    return fields


def drop_link_lists(tree: HtmlElement) -> HtmlElement:
    """Remove asides, navigation, "related" boxes and list items that are only a link (in place).

    A container that holds the headline or the article element is kept, so a page whose whole
    body sits in one `<div class="related-content">` is not emptied.
    """
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tokens = " ".join(str(element.get(name, "")) for name in ("class", "id", "role")).split()
        marked = any(
            _LINK_CONTAINER_MARKS.search(token) and not _CONTENT_MARKS.search(token)
            for token in tokens
        )
        if element.tag in _LINK_CONTAINERS or marked:
            if (
                element.getparent() is not None
                and next(element.iter(*_KEEP_INSIDE), None) is None
                and _prose_words(element) <= MAX_BOX_PROSE_WORDS
            ):
                doomed.append(element)
        elif element.tag == "li" and _is_only_links(element):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:  # not already gone with an ancestor
            element.drop_tree()
    return tree


def _prose_words(element: HtmlElement) -> int:
    """Words of visible text outside links."""
    text = len(" ".join(element.xpath(_VISIBLE_TEXT)).split())
    links = len(" ".join(t for a in element.iter("a") for t in a.xpath(_VISIBLE_TEXT)).split())
    return text - links


def _is_only_links(element: HtmlElement) -> bool:
    """Whether all of an element's visible text is link text."""
    text = normalise_space(" ".join(element.xpath(_VISIBLE_TEXT)))
    links = normalise_space(" ".join(t for a in element.iter("a") for t in a.xpath(_VISIBLE_TEXT)))
    return bool(text) and text == links


def _standfirst(tree: HtmlElement, title: str, paragraphs: tuple[str, ...]) -> str | None:
    """The first element marked as a standfirst that sits between the headline and the body."""
    order = {element: index for index, element in enumerate(tree.iter())}
    after, before = _headline_index(tree, order, title), _body_index(tree, order, paragraphs)
    for element in tree.iter("p", "div", "h2", "h3", "span", "section"):
        # The first body paragraph itself may be the standfirst the extractor kept.
        if not after < order[element] <= before:
            continue
        marks = " ".join(
            str(element.get(name, "")) for name in ("class", "id", "itemprop", "data-testid")
        )
        if not _STANDFIRST.search(marks) or _NOT_STANDFIRST.search(marks):
            continue
        if any(parent.tag in _OUTSIDE_ARTICLE for parent in element.iterancestors()):
            continue
        if next(element.iter(*_NOT_INSIDE_STANDFIRST), None) is not None:
            continue
        text = normalise_space(" ".join(element.xpath(_VISIBLE_TEXT)))
        if MIN_LEAD_WORDS <= len(text.split()) <= MAX_LEAD_WORDS:
            return text
    return None


def _headline_index(tree: HtmlElement, order: dict[HtmlElement, int], title: str) -> int:
    """Where the headline (the h1 holding the title, else the first h1) is; -1 if nowhere."""
    headings = list(tree.iter("h1"))
    key = fold(title)
    for heading in headings:
        if key and fold(heading.text_content()) == key:
            return order[heading]
    return order[headings[0]] if headings else -1


def _body_index(
    tree: HtmlElement, order: dict[HtmlElement, int], paragraphs: tuple[str, ...]
) -> int:
    """Where the first body paragraph starts in the page; past the end when it is not found."""
    anchor = next((p for p in paragraphs if len(p.split()) >= MIN_ANCHOR_WORDS), None)
    if anchor is not None:
        start = fold(anchor)[:60]
        for element in tree.iter("p", "div"):
            text = fold(" ".join(element.xpath(_VISIBLE_TEXT)))
            if start and text.startswith(start):
                return order[element]
    return len(order)


def _page_date(tree: HtmlElement, url: str | None, cleaned: Cleaned) -> Published | None:
    """The page's metadata date, else a date line in the body, else htmldate's wider search."""
    # The wider search reads dates anywhere in the page, so it comes after the body's own.
    found = _published(tree, url) or cleaned.published or _published(tree, url, extensive=True)
    if found is None or found.precision == "minute":
        return found
    # htmldate often keeps only the day; the page's own timestamp for that day gives the time.
    for value in tree.xpath(_TIMESTAMPS) + _JSON_LD_DATE.findall(" ".join(tree.xpath(_JSON_LD))):
        timed = parse_date(str(value))
        if timed and timed.precision == "minute" and timed.value.date() == found.value.date():
            return timed
    return found


def _published(tree: HtmlElement, url: str | None, extensive: bool = False) -> Published | None:
    """The original publication date by htmldate; a time only when the page gives one."""
    from htmldate import find_date

    quiet_extractors()

    try:
        found = find_date(
            deepcopy(tree),
            extensive_search=extensive,
            original_date=True,
            outputformat=_ISO_OUT,
            url=url,
        )
    except Exception:  # a date is optional; a page htmldate cannot read simply has none
        return None
    if not found:
        return None
    value = datetime.strptime(found, _ISO_OUT)
    # htmldate writes midnight when it knows only the day.
    has_time = (value.hour, value.minute, value.second) != (0, 0, 0)
    return Published(value, "minute" if has_time else "day")


def _as_dict(document: object) -> dict[str, Any]:
    """trafilatura's Document as a dict (it returns a dict only on request, or None)."""
    if isinstance(document, dict):
        return document
    as_dict = getattr(document, "as_dict", None)
    return as_dict() if callable(as_dict) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
