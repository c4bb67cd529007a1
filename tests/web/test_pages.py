"""The dashboard pages in-process (ASGI client): content, HTML errors, escaping, JSON twins."""

from __future__ import annotations

import html
import json
import re

import httpx
import pytest
from dashboard_data import HOSTILE, PWNED, VISIT, VISIT_EVENTS

from eventwire.records import Actor
from eventwire.store.codec import actor_id
from eventwire.web.render import STATIC, highlight

pytestmark = pytest.mark.anyio

CANEL_ID = actor_id(Actor("Díaz-Canel", "Miguel Díaz-Canel", "CUB", "GOV", "person", "President"))


async def page_of(client: httpx.AsyncClient, url: str, status: int = 200) -> str:
    """The HTML of a page that must answer `status`."""
    response = await client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def twin_of(page: str) -> str:
    """The href of the page's JSON link."""
    found = re.search(r'<a class="json" href="([^"]+)"', page)
    assert found, "the page has no JSON link"
    return html.unescape(found.group(1))


def event_ids(page: str) -> list[str]:
    """The events listed in the page's event tables, in order."""
    return re.findall(r'<tbody class="event" data-event="([^"]+)"', page)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/", ["Most active dyads", "CUB – IRN", "Latest events", "CONSULT"]),
        ("/events", ["Events", 'name="actor"', "agreements on energy", "CONSULT"]),
        (
            "/events?actor=CUB&type=SUPPORT",
            ["SUPPORT", '<mark class="trigger">signed</mark> agree'],
        ),
        ("/dyads", ["Pick two countries", '<datalist id="countries">', 'value="IRN"']),
        ("/dyads/CUB/IRN", ["CUB – IRN", 'id="quad-chart"', 'id="goldstein-chart"', "SUPPORT"]),
        ("/dyads/cub/irn?by=year", ["per year", "2023"]),
        ("/articles", ["Iran and Cuba reaffirm alliance"]),
        (f"/articles/{VISIT.id}", ["Iran and Cuba reaffirm alliance", "verb.visit", "057"]),
        (f"/articles/{VISIT.id[:6]}", ["Iran and Cuba reaffirm alliance"]),
        ("/actors", ["Miguel Díaz-Canel", "/actors/IRN"]),
        ("/actors?q=canel", ["Miguel Díaz-Canel"]),
        ("/actors/IRN", ["Iran", "Roles over time", "Top partners", "/dyads/IRN/CUB"]),
        (f"/actors/{CANEL_ID}", ["Miguel Díaz-Canel", "President", "2001-05"]),
        ("/rejected", ["binary: contains NUL bytes", "/rejected/1"]),
        ("/rejected/1", ["binary: contains NUL bytes"]),
    ],
)
async def test_every_page_answers(client: httpx.AsyncClient, url: str, expected: list[str]) -> None:
    page = await page_of(client, url)
    for text in expected:
        assert text in page, f"{url} does not show {text!r}"
    # Offline and quiet in a browser: an inline icon, only local assets, no inline script.
    assert '<link rel="icon" href="data:,">' in page
    assert not re.search(r'(src|href)="(https?:)?//', page.replace(VISIT.url or "", ""))
    assert not re.search(r"<script(?![^>]*\b(src=|type=\"application/json\"))", page)


async def test_pages_send_a_strict_content_security_policy(client: httpx.AsyncClient) -> None:
    policy = (await client.get("/")).headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src" not in policy


async def test_unknown_ids_are_html_404_pages(client: httpx.AsyncClient) -> None:
    for url in (
        "/articles/ffffffffffffffff",
        "/actors/ZZZ",
        "/actors/0123456789abcdef",
        "/rejected/99",
        "/no/such/page",
    ):
        page = await page_of(client, url, 404)
        assert "404" in page and "Back to the overview" in page
    # The API keeps its JSON errors.
    response = await client.get("/api/articles/ffffffffffffffff")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


async def test_bad_parameters_are_html_400_pages(client: httpx.AsyncClient) -> None:
    assert "neither a country code" in await page_of(client, "/actors/not-a-code", 400)
    assert "three-letter" in await page_of(client, "/dyads/CU/IRN", 400)
    assert "400" in await page_of(client, "/dyads/CUB/IRN?by=week", 400)
    # A bad filter keeps the form, with the reason, and the values typed.
    page = await page_of(client, "/events?actor=CUB&since=yesterday", 400)
    assert 'role="alert"' in page and "since" in page and 'value="CUB"' in page


async def test_the_dyad_picker_goes_to_a_shareable_url(client: httpx.AsyncClient) -> None:
    response = await client.get("/dyads?a=cub&b=irn&by=year")
    assert response.status_code == 303
    assert response.headers["location"] == "/dyads/CUB/IRN?by=year"
    response = await client.get("/dyads?a=CUB&b=IRN&by=month&all_modalities=true")
    assert response.headers["location"] == "/dyads/CUB/IRN?all_modalities=true"


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/events",
        f"/events?q={PWNED}",
        f"/articles/{HOSTILE.id}",
        "/articles",
        "/actors",
        "/actors/IRN",
        "/dyads/CUB/IRN",
        "/rejected",
        "/rejected/1",
    ],
)
async def test_article_text_is_escaped(client: httpx.AsyncClient, url: str) -> None:
    page = await page_of(client, url)
    assert "<script>window" not in page and "<b>happened" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page


async def test_the_events_page_lists_its_twins_events(client: httpx.AsyncClient) -> None:
    for url in ("/events", "/events?actor=CUB", "/events?quad=verbal_cooperation&since=2023"):
        page = await page_of(client, url)
        twin = (await client.get(twin_of(page))).json()
        assert event_ids(page) == [e["id"] for e in twin["events"]]
        assert event_ids(page), url


async def test_events_pages_follow_the_twins_cursor(client: httpx.AsyncClient) -> None:
    seen: list[str] = []
    url: str | None = "/events?limit=2&actor=IRN"
    while url:
        page = await page_of(client, url)
        twin = (await client.get(twin_of(page))).json()
        assert event_ids(page) == [e["id"] for e in twin["events"]] and twin["limit"] == 2
        seen += event_ids(page)
        found = re.search(r'<a class="next" rel="next" href="([^"]+)"', page)
        assert bool(found) == bool(twin["next_cursor"])
        if found:
            url = html.unescape(found.group(1))
            assert f"cursor={twin['next_cursor']}" in url and "actor=IRN" in url
        else:
            url = None
    everything = (await client.get("/api/events?actor=IRN")).json()["events"]
    assert seen == [e["id"] for e in everything] and len(seen) == 4


async def test_the_dyad_page_embeds_its_twins_chart(client: httpx.AsyncClient) -> None:
    for url in ("/dyads/CUB/IRN", "/dyads/IRN/CUB?by=year", "/dyads/CUB/IRN?all_modalities=true"):
        page = await page_of(client, url)
        twin = (await client.get(twin_of(page))).json()
        raw = re.search(r'<script type="application/json" id="dyad-data">(.*?)</script>', page)
        assert raw
        embedded = json.loads(raw.group(1))
        assert embedded == {k: twin[k] for k in ("a", "b", "by", "chart")}
        listed = {e["id"] for p in twin["periods"] for e in p["events"]}
        assert set(event_ids(page)) == listed and listed


async def test_home_article_and_actor_pages_show_their_twins_data(
    client: httpx.AsyncClient,
) -> None:
    page = await page_of(client, "/")
    twin = (await client.get(twin_of(page))).json()
    assert event_ids(page) == [e["id"] for e in twin["latest_events"]]
    dyads = re.findall(r'<a href="/dyads/(\w+)/(\w+)">', page)
    assert dyads == [(d["a"], d["b"]) for d in twin["active_dyads"]]

    page = await page_of(client, f"/articles/{VISIT.id}")
    twin = (await client.get(twin_of(page))).json()
    cards = re.findall(r'<section class="coding-card [^"]*" id="ev-([^"]+)"', page)
    assert cards == [e["id"] for e in twin["events"]] == [e.id for e in VISIT_EVENTS]

    page = await page_of(client, "/actors/IRN")
    twin = (await client.get(twin_of(page))).json()
    assert event_ids(page) == [e["id"] for e in twin["events"]]
    partners = re.findall(r'<tr><td><a href="/actors/(\w+)">', page)
    assert partners == [p["country"] for p in twin["partners"]]


async def test_article_evidence_is_marked_from_the_offsets(client: httpx.AsyncClient) -> None:
    page = await page_of(client, f"/articles/{VISIT.id}")
    marks = re.findall(r'<mark class="ev q-\w+" data-events="([^"]+)">([^<]*)</mark>', page)
    assert marks == [(e.id, html.escape(e.evidence.text)) for e in VISIT_EVENTS]


def test_highlight_escapes_and_splits_overlapping_spans() -> None:
    text = "A <b> met B. Then C & D talked."

    def event(eid: str, start: int, end: int) -> dict[str, object]:
        evidence = {"text": text[start:end], "start": start, "end": end}
        return {"id": eid, "quad": "verbal_cooperation", "event_type": "X", "evidence": evidence}

    out = str(highlight(text, [event("e1", 0, 12), event("e2", 6, 31), event("e3", 40, 50)]))
    assert "<b>" not in out and "&lt;b&gt;" in out and "C &amp; D" in out
    assert '<mark class="ev q-verbal_cooperation" data-events="e1">A &lt;b&gt; </mark>' in out
    assert 'data-events="e1 e2">met B.</mark>' in out
    assert out.count('class="ref') == 2  # e3 lies outside the text and is not marked


async def test_docs_load_swagger_ui_from_this_server(client: httpx.AsyncClient) -> None:
    page = (await client.get("/docs")).text
    assert "/static/vendor/swagger-ui-bundle.js" in page and "/static/vendor/swagger-ui.css" in page
    assert "cdn" not in page and "https://" not in page
    assert (await client.get("/redoc")).status_code == 404  # ReDoc only loads from a CDN
    vendor = STATIC / "vendor"
    if not (vendor / "swagger-ui-bundle.js").exists():
        pytest.skip("static/vendor is empty: run `make assets`")
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "chart.umd.min.js"):
        response = await client.get(f"/static/vendor/{name}")
        assert response.status_code == 200 and len(response.content) > 10_000
