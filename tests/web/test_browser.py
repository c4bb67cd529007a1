"""The dashboard in Debian's Chromium (Playwright), served for real over ingested articles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlparse

import httpx
import pytest
from dashboard_data import PWNED, Live
from playwright.sync_api import ConsoleMessage, Page, Request, expect


@dataclass
class Watch:
    """What a page said in its console, what it threw, and what it fetched from elsewhere."""

    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@pytest.fixture
def watched(page: Page, live: Live) -> Iterator[tuple[Page, Watch]]:
    """The test's page, recording console errors, uncaught errors and outside requests."""
    watch = Watch()
    host = urlparse(live.url).netloc

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watch.errors.append(f"console: {message.text} at {message.location}")

    def on_request(request: Request) -> None:
        url = urlparse(request.url)
        if url.scheme not in ("data", "blob", "about") and url.netloc != host:
            watch.outside.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: watch.errors.append(f"page error: {exc}"))
    page.on("request", on_request)
    page.set_default_timeout(10_000)
    yield page, watch


def article_id(live: Live, q: str) -> str:
    """The id of the article whose text contains `q`."""
    found = httpx.get(f"{live.url}/api/articles", params={"q": q}).json()["articles"]
    assert found, q
    return str(found[0]["id"])


PAGES = [
    "/",
    "/events",
    "/events?actor=IRN&quad=verbal_cooperation",
    "/dyads",
    "/dyads/CUB/IRN",
    "/dyads/CUB/IRN?by=year&all_modalities=true",
    "/articles",
    "/articles/{examples}",
    "/actors",
    "/actors/IRN",
    "/rejected",
    "/docs",
]


@pytest.mark.parametrize("path", PAGES)
def test_each_page_loads_without_console_errors(
    watched: tuple[Page, Watch], live: Live, path: str
) -> None:
    page, watch = watched
    if "{examples}" in path:
        path = path.format(examples=article_id(live, "Quintero"))
    response = page.goto(live.url + path)
    assert response is not None and response.status == 200
    if path == "/docs":
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("eventwire")
        expect(page.locator(".opblock").first).to_be_visible()
    else:
        expect(page.locator("main h1, main h2").first).to_be_visible()
    assert watch.errors == [] and watch.outside == []


def test_the_seed_article_page_marks_its_events(watched: tuple[Page, Watch], live: Live) -> None:
    if live.seed_id is None:
        pytest.skip("../shared/seed/iran-cuba-visit.txt is not present")
    page, watch = watched
    page.goto(f"{live.url}/articles/{live.seed_id}")
    twin = httpx.get(f"{live.url}/api/articles/{live.seed_id}").json()
    assert twin["events"], "the seed article has no events"
    expect(page.locator(".coding-card")).to_have_count(len(twin["events"]))
    assert page.locator("mark.ev").count() >= 1
    page.locator("mark.ev").first.hover()
    expect(page.locator(".coding-card.lit").first).to_be_visible()
    assert watch.errors == [] and watch.outside == []


def test_the_dyad_picker_draws_a_chart_for_cuba_and_iran(
    watched: tuple[Page, Watch], live: Live
) -> None:
    page, watch = watched
    page.goto(f"{live.url}/dyads")
    page.locator("form.picker input[name=a]").fill("cub")
    page.locator("form.picker input[name=b]").fill("IRN")
    page.locator("form.picker button[type=submit]").click()
    page.wait_for_url(f"{live.url}/dyads/CUB/IRN")
    for canvas_id in ("quad-chart", "goldstein-chart"):
        canvas = page.locator(f"#{canvas_id}")
        box = canvas.bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 100
        datasets = page.evaluate(
            """id => {
                const chart = Chart.getChart(document.getElementById(id));
                return chart ? chart.data.datasets.map(d => d.data) : null;
            }""",
            canvas_id,
        )
        assert datasets, f"Chart.js drew no chart on #{canvas_id}"
        assert any(v for series in datasets for v in series if v), canvas_id
    twin = httpx.get(f"{live.url}/api/dyads/CUB/IRN").json()
    counts = page.evaluate("Chart.getChart(document.getElementById('quad-chart')).data")
    assert counts["labels"] == twin["chart"]["periods"]
    assert [d["data"] for d in counts["datasets"]] == list(twin["chart"]["counts"].values())
    assert twin["totals"]["events"] > 0
    assert watch.errors == [] and watch.outside == []


def test_clicking_an_event_opens_its_evidence(watched: tuple[Page, Watch], live: Live) -> None:
    page, watch = watched
    page.goto(f"{live.url}/events?actor=CUB")
    twin = httpx.get(f"{live.url}/api/events", params={"actor": "CUB"}).json()
    first = twin["events"][0]
    body = page.locator(f'tbody.event[data-event="{first["id"]}"]')
    evidence = body.locator("tr.evidence")
    expect(evidence).to_be_hidden()
    body.locator("tr.row td.date").click()
    expect(evidence).to_be_visible()
    expect(evidence.locator("blockquote")).to_have_text(first["evidence"]["text"].strip())
    expect(body.locator("button.toggle")).to_have_attribute("aria-expanded", "true")
    if first["trigger"]:
        expect(evidence.locator("mark.trigger")).to_be_visible()
    # The evidence links to its article, where the same event's coding is shown.
    evidence.get_by_role("link", name="Open the article").click()
    page.wait_for_url(f"**/articles/{first['article_id']}#ev-{first['id']}")
    expect(page.locator(f"#ev-{first['id']}")).to_be_visible()
    assert watch.errors == [] and watch.outside == []


def test_a_script_in_an_article_stays_inert(watched: tuple[Page, Watch], live: Live) -> None:
    page, watch = watched
    for path in (f"/articles/{live.hostile_id}", "/events?q=__pwned", "/articles", "/"):
        page.goto(live.url + path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("script:not([src]):not([type='application/json'])").count() == 0
    page.goto(f"{live.url}/articles/{live.hostile_id}")
    expect(page.locator("h1.title")).to_have_text(f"Breaking {PWNED} news")
    expect(page.locator("#article-text")).to_contain_text(f"Iran warned Cuba {PWNED} on Monday.")
    page.goto(f"{live.url}/events?q=__pwned")
    page.locator("tbody.event tr.row").first.click()
    expect(page.locator("tr.evidence blockquote").first).to_contain_text(PWNED)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert watch.errors == [] and watch.outside == []
