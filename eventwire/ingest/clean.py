"""Line cleaning shared by every reader: what scrapers leave around an article, and the lead.

A scrape is read line by line. Each line is either text, a blank, or a marker that is dropped
but may carry metadata: the headline repeated, a photo credit, a "section + timestamp" line, a
byline, or boilerplate (cookie notices, newsletter and share prompts, "read more" links).
The headlines listed under a "Related articles" / "Most read" marker, and unmarked runs of
such headlines after the body, are dropped too (see `drop_link_lists`).
Text lines are then grouped into paragraphs, and a short paragraph that sits between the title
and the header markers (or directly under the title) is kept as the lead (the standfirst).
Paragraph text is whitespace-normalised and otherwise verbatim, because event evidence offsets
point into `Article.text`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from eventwire.ingest.dates import DateMatch, Published, find_date

LineKind = Literal["blank", "text", "headline", "credit", "dateline", "byline", "boilerplate"]
HEADER_MARKERS = frozenset({"headline", "credit", "dateline", "byline"})

_SPACE = re.compile(r"[\s\u200b\u2060\ufeff]+")
_CREDIT = re.compile(
    r"""^[(\[]?\s*(?:
        (?:photo(?:graph)?s?|images?|pictures?|pic|credits?|foto|video|illustration)
            (?:\s+credits?)?\s*[:/|]
      | (?:photo|image|picture)s?\s+(?:by|credit|courtesy|source)\b
      | (?:file\s+)?photo\s*[-–—]
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT_AGENCY = re.compile(
    r"(?:getty\s+images|shutterstock|via\s+reuters|/\s*(?:afp|ap|reuters|epa|anadolu)\b)",
    re.IGNORECASE,
)
# Whole lines that are page furniture, never prose.
_FURNITURE = re.compile(
    r"""^(?:
        advertisement|advert|sponsored(?:\s+content)?|ad|home|menu|search|
        skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|sign\s+in|log\s*in|log\s*out|
        information\s+and\s+settings|(?:cookie|privacy)\s+(?:settings|policy|preferences)|
        related(?:\s+(?:articles?|stories|news|content|coverage|topics|posts))?(?:\s*:.*)?|
        (?:share|tweet|e-?mail|print|copy\s+link|save)(?:\s+(?:this|the)\s+(?:article|story|page))?|
        (?:facebook|twitter|linkedin|whatsapp|telegram|reddit|e-?mail|x)
            (?:\s*[|,•·]\s*(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|e-?mail|x))*|
        (?:accept|reject|allow|manage)(?:\s+all)?(?:\s+cookies)?|
        comments?(?:\s*\(\d+\))?|listen\s+to\s+(?:this\s+)?article.*|\d+\s+min(?:ute)?s?\s+read|
        all\s+rights\s+reserved.*|©.*|copyright\s+(?:©|\(c\)|\d{4}).*
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Short lines that open with a prompt to click, share or subscribe.
_PROMPT = re.compile(
    r"""^(?:
        (?:read|see|view)\s+(?:more|also|next|the\s+full\s+(?:story|article))\b|
        more\s+(?:from|on)\s+(?:this|our|the\s+\w+\s+section)\b|related\s*:|
        (?:sign\s+up|subscribe|register\s+(?:now|here|for\s+free)|log\s*in)\b|
        follow\s+us\b|click\s+here\b|share\s+(?:this|on|via)\b|
        (?:reporting|writing|editing|additional\s+reporting)\s+by\b|
        (?:the\s+)?story\s+continues\s+below\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_PROMPT_WORDS = 15
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\b(?:we\s+use|this\s+(?:web)?site|our\s+(?:web)?site|consent|privacy\s+policy|"
    r"browsing|browser|accept|agree(?:ing)?|got\s+it)\b",
    re.IGNORECASE,
)
# Consent-manager notices that never say "cookie" (the IAB wording, its buttons).
_CONSENT_NOTICE = re.compile(
    r"\b(?:store\s+and(?:/or)?\s+access\s+information\s+on\s+(?:a|your)\s+device|"
    r"click\s+[\"“']?i\s+agree|manage\s+options)\b",
    re.IGNORECASE,
)
# A line that only announces a list of links to other articles ("Related articles", "Most
# read"); the headlines listed under it are dropped with it.
_LINK_LIST_MARKER = re.compile(
    r"""^(?:
        related(?:\s+(?:articles?|stories|news|content|coverage|topics|posts|links|reading))?|
        (?:read|see|view)\s+(?:more|also|next)|(?:also|further)\s+read(?:ing)?|
        more\s+(?:on|about)\s+(?:this|the)\s+(?:story|topic|subject)|
        more\s+(?:stories|news|headlines|from\s+[\w\s&'’-]{1,30})|
        you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in|have\s+missed)|
        most\s+(?:read|popular|viewed|shared|recent)|popular(?:\s+now)?|trending(?:\s+now)?|
        latest(?:\s+(?:news|stories|headlines|articles))?|top\s+(?:stories|news|headlines)|
        recommended(?:\s+(?:for\s+you|reading|stories|articles))?|editor[’']?s\s+picks|
        in\s+other\s+news|what\s+to\s+read\s+next|don[’']?t\s+miss
    )\s*[:.]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# A headline listed under such a marker is short and does not end a sentence or clause.
MAX_LISTED_HEADLINE_WORDS = 20
_CLAUSE_END = re.compile(r"""[.!;:,…]["”’')\]]*$""")
# A hard-wrapped line that ends on one of these is cut mid-sentence, never a headline.
_JOINING = (
    "a an the of to and or but nor for from with without by at in into on onto as than that "
    "which who whose whom is are was were be been has have had will would can could may might "
    "its their his her our your this these those any some each every such"
)
_JOINING_WORDS = frozenset(_JOINING.split())
_NEWSLETTER = re.compile(r"\b(?:newsletters?|inbox)\b", re.IGNORECASE)
_NEWSLETTER_ASK = re.compile(
    r"\b(?:sign\s+up|subscribe|delivered|get|receive|e-?mail\s+address|join)\b", re.IGNORECASE
)
_BYLINE = re.compile(r"^(?:written\s+by|words\s+by|by)\s*:?\s+(?P<names>.+)$", re.IGNORECASE)
_NAME_JOINERS = re.compile(r"\s*(?:,|&|\band\b)\s*", re.IGNORECASE)
_NAME_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "dela",
        "der",
        "di",
        "du",
        "van",
        "von",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "bint",
        "ibn",
        "ter",
        "ten",
        "y",
    }
)
_DATELINE_FILLER = re.compile(
    r"\b(?:published|updated|last\s+updated|posted|first\s+published|modified|on|at|date|"
    r"time|gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|"
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b|[|•·,:–—()]|(?<!\w)-|-(?!\w)",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"""[.!?:;…"”’')\]]$""")
# A standfirst is a sentence or two; longer opening paragraphs are body text.
MAX_LEAD_WORDS = 80
MAX_TITLE_WORDS = 40
MAX_MARKER_WORDS = 40


def normalise_space(text: str) -> str:
    """Collapse every run of whitespace (non-breaking and zero-width too) to one space."""
    return _SPACE.sub(" ", text).strip()


def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, punctuation-trimmed, whitespace-collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return normalise_space(re.sub(r"[^\w\s]", " ", text))


@dataclass(frozen=True)
class Line:
    """One classified line, with what a marker line tells about the article."""

    kind: LineKind
    text: str
    date: DateMatch | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    # A boilerplate line that announces a list of links ("Related articles", "Most read").
    starts_link_list: bool = False


@dataclass(frozen=True)
class Cleaned:
    """The parts of a cleaned scrape."""

    title: str
    lead: str
    paragraphs: tuple[str, ...]
    section: str | None = None
    authors: tuple[str, ...] = ()
    published: Published | None = None


@dataclass
class _Block:
    """The paragraphs built so far, and the layout clues that show a standfirst."""

    paragraphs: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    # Index into `paragraphs` where the first header marker after some text was seen.
    first_marker_at: int | None = None
    # Whether the first paragraph was directly under the title, with no blank line between.
    under_title: bool = False


def classify(line: str, title_key: str, month_first: bool) -> Line:
    """Classify one whitespace-normalised line."""
    if not line:
        return Line("blank", line)
    key = fold(line)
    if title_key and key == title_key:
        return Line("headline", line)
    words = len(line.split())
    if _LINK_LIST_MARKER.match(line):
        return Line("boilerplate", line, starts_link_list=True)
    if words <= MAX_MARKER_WORDS and _is_boilerplate(line):
        return Line("boilerplate", line)
    if words <= 25 and (_CREDIT.search(line) or (_CREDIT_AGENCY.search(line) and words <= 12)):
        return Line("credit", line)
    byline = _byline(line, month_first)
    if byline is not None:
        return byline
    if words <= 12:
        dateline = _dateline(line, month_first)
        if dateline is not None:
            return dateline
    return Line("text", line)


def clean_lines(
    raw: str, *, title: str | None, month_first: bool, lines_are_paragraphs: bool = False
) -> Cleaned:
    """Clean a scraped text; the first non-empty line is the title unless `title` is given.

    A first line longer than a headline (over 40 words) is body text and the title is empty.
    `lines_are_paragraphs` is for extractor output (one block per line): lines are never joined
    and no lead is taken. Scrapes may be hard-wrapped, so there the pieces of a sentence on
    consecutive lines are joined.
    """
    lines = [normalise_space(line) for line in raw.splitlines()]
    title_in_text = title is None
    if title is None:
        first = next((i for i, line in enumerate(lines) if line), None)
        # A first line too long for a headline is body text of an untitled scrape.
        if first is not None and len(lines[first].split()) <= MAX_TITLE_WORDS:
            title, lines = lines[first], lines[first + 1 :]
        else:
            title, title_in_text = "", False
    title = normalise_space(title)
    classified = [classify(line, fold(title), month_first) for line in lines]
    classified = drop_link_lists(classified, lines_are_paragraphs=lines_are_paragraphs)
    block = _Block()
    published: DateMatch | None = None
    published_is_update = False
    section: str | None = None
    authors: list[str] = []
    seen_blank = False
    for item in classified:
        if item.kind == "text":
            if title_in_text and not block.paragraphs and not block.lines and not seen_blank:
                block.under_title = True
            if lines_are_paragraphs:
                block.paragraphs.append(item.text)
            else:
                _add_line(block, item.text)
            continue
        _flush(block)
        if item.kind == "blank":
            seen_blank = True
        if item.kind in HEADER_MARKERS and block.paragraphs and block.first_marker_at is None:
            block.first_marker_at = len(block.paragraphs)
        if item.date is not None:
            # The first date line is the publication date; an "Updated ..." line only fills in.
            is_update = bool(_UPDATED.match(item.text))
            if published is None or (published_is_update and not is_update):
                published, published_is_update = item.date, is_update
        section = section or item.section
        authors.extend(name for name in item.authors if name not in authors)
    _flush(block)
    # Extractor output has lost the layout a standfirst is recognised by; its caller finds one.
    lead, paragraphs = ("", block.paragraphs) if lines_are_paragraphs else _split_lead(block)
    paragraphs = _dedupe(paragraphs, {fold(title), fold(lead)})
    return Cleaned(
        title=title,
        lead=lead,
        paragraphs=tuple(paragraphs),
        section=section,
        authors=tuple(authors),
        published=published.published if published else None,
    )


def drop_link_lists(classified: list[Line], *, lines_are_paragraphs: bool) -> list[Line]:
    """Drop the headlines of "related articles" lists, which scrapes keep as plain lines.

    After a marker line ("Related articles", "Read more", "Most read", ...) the headline-like
    lines (short, not ending a sentence) are dropped up to the next real paragraph. In a scrape
    (not extractor output), a run of two or more consecutive headline-like lines is dropped too
    when no body text follows it, or when it comes right after a boilerplate line ("Share this
    article") once the body has started: it is a list of links that lost its marker.
    """
    listed = [
        _is_listed_headline(classified, i, lines_are_paragraphs) for i in range(len(classified))
    ]
    drop = [False] * len(classified)
    in_list = False
    for index, item in enumerate(classified):
        if item.starts_link_list:
            in_list = True
        elif in_list and item.kind == "text":
            if listed[index]:
                drop[index] = True
            else:
                in_list = False
        elif in_list and item.kind not in ("blank", "boilerplate"):
            in_list = False
    if not lines_are_paragraphs:
        for start, end in _headline_runs(classified, listed):
            drop[start:end] = [True] * (end - start)
    return [item for item, dropped in zip(classified, drop, strict=True) if not dropped]


def _headline_runs(classified: list[Line], listed: list[bool]) -> list[tuple[int, int]]:
    """The runs of 2+ consecutive headline-like lines that sit where link lists do."""
    prose = [i for i, item in enumerate(classified) if item.kind == "text" and not listed[i]]
    if not prose:
        return []
    runs = []
    index = prose[0]
    while index < len(classified):
        if not listed[index]:
            index += 1
            continue
        end = index
        while end < len(classified) and listed[end]:
            end += 1
        before = next((c for c in reversed(classified[:index]) if c.kind != "blank"), None)
        after_boilerplate = before is not None and before.kind == "boilerplate"
        if end - index >= 2 and (index > prose[-1] or after_boilerplate):
            runs.append((index, end))
        index = end
    return runs


def _is_listed_headline(classified: list[Line], index: int, lines_are_paragraphs: bool) -> bool:
    """A text line that reads as a linked headline: short, unpunctuated, not cut mid-sentence."""
    item = classified[index]
    if item.kind != "text" or item.text[:1].islower():
        return False
    words = item.text.split()
    if len(words) > MAX_LISTED_HEADLINE_WORDS or _CLAUSE_END.search(item.text):
        return False
    if lines_are_paragraphs:
        return True
    if fold(words[-1]) in _JOINING_WORDS:
        return False
    following = classified[index + 1] if index + 1 < len(classified) else None
    # The first line of a hard-wrapped paragraph goes on in lower case.
    return following is None or following.kind != "text" or not following.text[:1].islower()


def _add_line(block: _Block, text: str) -> None:
    """Add a line to the paragraph being built, joining hard-wrapped sentence pieces."""
    if block.lines:
        previous = block.lines[-1]
        continues = text[:1].islower() or (
            len(previous) >= 50 and not _SENTENCE_END.search(previous)
        )
        if not continues:
            _flush(block)
    block.lines.append(text)


def _flush(block: _Block) -> None:
    if block.lines:
        block.paragraphs.append(" ".join(block.lines))
        block.lines = []


def _split_lead(block: _Block) -> tuple[str, list[str]]:
    """Take the standfirst out of the paragraphs, when the layout shows one."""
    paragraphs = block.paragraphs
    if len(paragraphs) < 2:
        return "", paragraphs
    first = paragraphs[0]
    short = len(first.split()) <= MAX_LEAD_WORDS
    # A standfirst is followed by header markers (credit, dateline, byline, repeated headline)
    # before the body starts, or sits directly under the title line.
    before_markers = block.first_marker_at is not None and block.first_marker_at <= 2
    if short and (before_markers or block.under_title):
        return first, paragraphs[1:]
    return "", paragraphs


def _dedupe(paragraphs: list[str], seen: set[str]) -> list[str]:
    """Drop paragraphs that repeat the title, the lead or an earlier paragraph."""
    kept = []
    for paragraph in paragraphs:
        key = fold(paragraph)
        if key and key not in seen:
            kept.append(paragraph)
            seen.add(key)
    return kept


def _is_boilerplate(line: str) -> bool:
    if _FURNITURE.match(line):
        return True
    words = len(line.split())
    if words <= MAX_PROMPT_WORDS and _PROMPT.match(line):
        return True
    # A consent notice names cookies and asks for consent; prose about cookies rarely does both.
    if _COOKIE.search(line) and _CONSENT.search(line):
        return True
    if words <= MAX_PROMPT_WORDS * 2 and _CONSENT_NOTICE.search(line):
        return True
    return words <= 30 and bool(_NEWSLETTER.search(line) and _NEWSLETTER_ASK.search(line))


def _byline(line: str, month_first: bool) -> Line | None:
    """A line that is only a byline ("By Jane Smith and Ann Lee | 8 December 2023")."""
    match = _BYLINE.match(line)
    if match is None:
        return None
    names_part, *rest = re.split(r"\s*[|•·]\s*|\s+[-–—]\s+", match["names"])
    date = find_date(" ".join(rest), month_first) if rest else None
    names = [name for name in _NAME_JOINERS.split(names_part.strip()) if name]
    if not names or not all(_is_name(name) for name in names):
        return None
    if rest and date is None and not all(_is_name(part) for part in rest):
        return None
    return Line("byline", line, date=date, authors=tuple(names))


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    if not _is_name_word(words[0]):
        return False
    return all(_is_name_word(word) or word.lower() in _NAME_PARTICLES for word in words)


def _is_name_word(word: str) -> bool:
    """Capitalised and free of digits ("Jane", "O'Neill", "J.", "Álvarez")."""
    return word[:1].isupper() and not any(char.isdigit() for char in word)


def _dateline(line: str, month_first: bool) -> Line | None:
    """A line holding a date (and perhaps a time and a section name) and nothing else."""
    date = find_date(line, month_first)
    if date is None:
        return None
    rest = line[: date.start] + " " + line[date.end :]
    rest = normalise_space(_DATELINE_FILLER.sub(" ", rest))
    if not rest:
        return Line("dateline", line, date=date)
    words = rest.split()
    if len(words) <= 4 and all(word[0].isupper() or word == "&" for word in words):
        return Line("dateline", line, date=date, section=rest)
    return None
