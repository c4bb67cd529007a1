"""Plain-text scrapes: title, standfirst, boilerplate, bylines, datelines."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from eventwire.errors import InputRejected
from eventwire.ingest import article_from_text, extract_path
from eventwire.ingest.clean import classify, clean_lines, fold
from eventwire.options import Options
from eventwire.records import article_id_for

DATA = Path(__file__).parent / "data" / "ingest"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "iran-cuba-visit.txt"
OPTIONS = Options()


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    return SEED


def test_seed_article_is_cleaned(seed_path: Path) -> None:
    article = extract_path(str(seed_path), OPTIONS)
    assert article.title == "Iran and Cuba reaffirm alliance amid shared challenges"
    assert article.section == "Eurasia"
    assert article.published == datetime(2023, 12, 8, 13, 29)
    assert article.published_precision == "minute"
    assert article.published_ambiguous is True
    assert article.lead.startswith("Cuban President Miguel Díaz-Canel Bermúdez's visit to Tehran")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].startswith("In a significant diplomatic event")
    assert "cookies" not in article.text
    assert "Information and Settings" not in article.text
    assert "Photo:" not in article.text
    assert article.title not in article.text
    assert article.source == str(seed_path)
    assert article.site is None and article.language == "en"
    assert article.id == article_id_for(article.title, article.paragraphs)


def test_seed_paragraphs_are_verbatim_apart_from_whitespace(seed_path: Path) -> None:
    article = extract_path(str(seed_path), OPTIONS)
    raw = " ".join(seed_path.read_text(encoding="utf-8").split())
    for paragraph in (article.lead, *article.paragraphs):
        assert paragraph in raw
        assert "\xa0" not in paragraph and "  " not in paragraph


def test_scrape_with_boilerplate() -> None:
    article = extract_path(str(DATA / "scrape_boilerplate.txt"), OPTIONS)
    assert article.title == "Valdoria and Estmark sign river water accord"
    assert article.lead.startswith("Leaders of the two neighbours agreed")
    assert article.section == "World"
    assert article.authors == ("Jane Smith", "Tom Lee")
    assert article.published == datetime(2024, 4, 3, 9, 15)
    assert article.published_ambiguous is True
    assert len(article.paragraphs) == 3
    # The hard-wrapped paragraph is joined into one.
    assert article.paragraphs[1].startswith("Under the deal, a joint commission will set the flow")
    assert "Harmon dam each season" in article.paragraphs[1]
    for junk in ("Advertisement", "Read more", "Share this", "newsletter", "cookies", "Photo"):
        assert junk not in article.text


def test_month_first_site_reads_numeric_date_month_first() -> None:
    text = "Talks resume\nWorld 03/04/2024 09:15\n\nNegotiators met again on Friday in the capital."
    day_first = article_from_text(text, OPTIONS)
    month_first = article_from_text(
        text, Options(month_first_sites=frozenset({"wire.example"})), site="wire.example"
    )
    assert day_first.published == datetime(2024, 4, 3, 9, 15)
    assert month_first.published == datetime(2024, 3, 4, 9, 15)
    assert month_first.published_ambiguous and day_first.published_ambiguous


def test_unambiguous_numeric_date() -> None:
    text = "Talks resume\nPolitics 25/04/2024\n\nNegotiators met again on Friday in the capital."
    article = article_from_text(text, OPTIONS)
    assert article.published == datetime(2024, 4, 25)
    assert article.published_precision == "day"
    assert article.published_ambiguous is False


def test_textual_dateline_and_byline_with_date() -> None:
    text = (
        "Talks resume\n"
        "By Ann Lee | December 8, 2023\n\n"
        "Negotiators met again on Friday in the capital after a week of silence."
    )
    article = article_from_text(text, OPTIONS)
    assert article.authors == ("Ann Lee",)
    assert article.published == datetime(2023, 12, 8)
    assert article.paragraphs == (
        "Negotiators met again on Friday in the capital after a week of silence.",
    )


def test_explicit_published_overrides_dateline() -> None:
    text = "Talks resume\n08/12/2023\n\nNegotiators met again on Friday in the capital."
    article = article_from_text(text, OPTIONS, published=datetime(2024, 1, 2, 10, 30))
    assert article.published == datetime(2024, 1, 2, 10, 30)
    assert article.published_precision == "minute"
    assert not article.published_ambiguous
    by_string = article_from_text(text, OPTIONS, published="2024-01-02")
    assert by_string.published == datetime(2024, 1, 2)
    assert by_string.published_precision == "day"


def test_given_title_keeps_first_line_as_body() -> None:
    text = "The minister resigned on Monday.\n\nHer deputy takes over until an election."
    article = article_from_text(text, OPTIONS, title="Minister resigns")
    assert article.title == "Minister resigns"
    assert article.lead == ""
    assert article.paragraphs == (
        "The minister resigned on Monday.",
        "Her deputy takes over until an election.",
    )
    no_title = article_from_text(text, OPTIONS, title="")
    assert no_title.title == ""
    assert (
        no_title.text
        == "The minister resigned on Monday.\n\nHer deputy takes over until an election."
    )


def test_one_line_text_is_its_own_body() -> None:
    article = article_from_text("Iran and Cuba sign trade agreement", OPTIONS)
    assert article.title == "Iran and Cuba sign trade agreement"
    assert article.paragraphs == ("Iran and Cuba sign trade agreement",)
    assert article.text == "Iran and Cuba sign trade agreement"


def test_short_headline_without_function_words_is_not_rejected() -> None:
    article = article_from_text("Biden visits Paris", OPTIONS)
    assert article.paragraphs == ("Biden visits Paris",)


def test_standfirst_directly_under_title_is_the_lead() -> None:
    text = (
        "Ceasefire holds in the north\n"
        "Both sides report a quiet night.\n\n"
        "The truce agreed on Sunday held through the night, officials said.\n\n"
        "Aid convoys are expected to cross the border later this week."
    )
    article = article_from_text(text, OPTIONS)
    assert article.lead == "Both sides report a quiet night."
    assert len(article.paragraphs) == 2


def test_no_lead_when_body_follows_a_blank_line() -> None:
    text = (
        "Ceasefire holds in the north\n\n"
        "The truce agreed on Sunday held through the night, officials said.\n\n"
        "Aid convoys are expected to cross the border later this week."
    )
    article = article_from_text(text, OPTIONS)
    assert article.lead == ""
    assert len(article.paragraphs) == 2


def test_repeated_paragraphs_are_dropped() -> None:
    text = "Title here\n\nThe army withdrew from the town.\n\nThe army withdrew from the town."
    assert article_from_text(text, OPTIONS).paragraphs == ("The army withdrew from the town.",)


def test_text_lines_that_only_look_like_markers_are_kept() -> None:
    text = (
        "Vote delayed\n\n"
        "By the end of the week, parliament had still not voted on the budget.\n\n"
        "Related talks were held in Geneva on Thursday, a spokesman said.\n\n"
        "Copyright laws were also debated by the committee."
    )
    article = article_from_text(text, OPTIONS)
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: AFP/Staff", "credit"),
        ("Image: Handout", "credit"),
        ("(Photo by John Doe/Getty Images)", "credit"),
        ("John Doe/AFP via Getty Images", "credit"),
        ("Eurasia 08/12/2023 13:29", "dateline"),
        ("Published 8 December 2023, 13:29 GMT", "dateline"),
        ("Updated: 2023-12-08T13:29:00Z", "dateline"),
        ("By Jane Smith", "byline"),
        ("BY JANE SMITH", "byline"),
        ("By Jane Smith, John de la Cruz and Ann Lee", "byline"),
        ("Advertisement", "boilerplate"),
        ("Information and Settings", "boilerplate"),
        ("Read more: Drought hits farms", "boilerplate"),
        ("Related articles", "boilerplate"),
        ("Share this article", "boilerplate"),
        ("Sign up for our daily briefing", "boilerplate"),
        ("Get our newsletter delivered to your inbox every morning.", "boilerplate"),
        ("We use cookies to improve your experience on our site.", "boilerplate"),
        ("By Tuesday the army had left the town.", "text"),
        ("The ministry said talks would resume on 8 December 2023 in Vienna.", "text"),
        ("Cookies and cakes were served at the reception.", "text"),
        ("", "blank"),
    ],
)
def test_line_classification(line: str, kind: str) -> None:
    assert classify(line, fold("Some headline"), month_first=False).kind == kind


def test_repeated_headline_is_a_marker() -> None:
    assert classify("SOME  headline", fold("Some headline"), month_first=False).kind == "headline"


def test_later_published_line_beats_updated_line() -> None:
    cleaned = clean_lines(
        "Title\nUpdated 9 December 2023\nPublished 8 December 2023\n\nBody text here.",
        title=None,
        month_first=False,
    )
    assert cleaned.published is not None
    assert cleaned.published.value == datetime(2023, 12, 8)


def test_whitespace_is_normalised() -> None:
    text = "Title\u00a0here\n\nThe\u00a0council   met\ton Monday.\u200b"
    article = article_from_text(text, OPTIONS)
    assert article.title == "Title here"
    assert article.paragraphs == ("The council met on Monday.",)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty: no text"),
        ("   \n\n  ", "empty: no text"),
        ("Title\nAdvertisement\nShare this article", "empty: "),
        ("bad\x00text", "binary: "),
    ],
)
def test_rejected_texts(text: str, reason: str) -> None:
    with pytest.raises(InputRejected) as caught:
        article_from_text(text, OPTIONS, source="x")
    assert caught.value.reason.startswith(reason)
    assert "\n" not in caught.value.reason


def test_text_over_the_limit_is_rejected() -> None:
    with pytest.raises(InputRejected, match="too large"):
        article_from_text("Title\n\n" + "word " * 100, Options(max_bytes=50))


def test_byline_with_accented_names() -> None:
    line = classify("By Álvaro Núñez and Zoë O'Neill", "", month_first=False)
    assert line.kind == "byline"
    assert line.authors == ("Álvaro Núñez", "Zoë O'Neill")


def test_long_first_line_is_body_not_title() -> None:
    sentence = "The council met on Monday and agreed to extend the curfew for another week. "
    text = sentence * 4 + "\n\nA second paragraph follows here."
    article = article_from_text(text, OPTIONS)
    assert article.title == ""
    assert article.paragraphs[0] == " ".join(text.split("\n\n")[0].split())
    assert article_from_text(sentence * 4, OPTIONS).paragraphs == (
        " ".join((sentence * 4).split()),
    )
