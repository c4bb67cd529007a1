"""POST /api/articles: the token rules, content types, size limit, rejections, duplicates.

Coding is replaced by a fake that makes one event per article (fast, no model), except in the
one test that posts a real article through the real pipeline.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from eventwire import Options
from eventwire.api import create_app
from eventwire.records import Article, Event, Evidence

pytestmark = pytest.mark.anyio

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
FIVE_MB = 5 * 1024 * 1024
ARTICLE = {
    "url": "https://example.org/news/1",
    "title": "Iran and Cuba sign an energy agreement",
    "text": "Iran and Cuba signed an agreement on energy cooperation in Havana on Monday. "
    "The foreign ministers of both countries met for talks on trade and investment.",
    "published": "2024-03-04",
    "site": "example.org",
}
GERMAN = (
    "Der Bundeskanzler hat heute in Berlin die Minister des Landes getroffen "
    "und mit ihnen lange über die Lage der Wirtschaft gesprochen."
)
HTML = """<!doctype html><html><head><title>Cuba hosts Iranian minister</title>
<meta name="description" content="The visit deepens ties."></head><body><article>
<h1>Cuba hosts Iranian minister</h1>
<p>Cuba's president received the Iranian foreign minister in Havana on Tuesday for talks on
trade, energy and investment between the two countries.</p>
<p>The two governments signed three agreements and said they would meet again next year.</p>
</article></body></html>"""


def fake_code_articles(
    articles: Iterable[Article], options: Options | None = None, persons: object = None
) -> Iterator[tuple[Article, list[Event]]]:
    """One CONSULT event per article, read from its first paragraph."""
    for article in articles:
        text = article.paragraphs[0]
        start = article.text.index(text)
        event = Event(
            id=f"{article.id}-0",
            article_id=article.id,
            event_type="CONSULT",
            mode=None,
            context=(),
            cameo="040",
            goldstein=1.0,
            quad="verbal_cooperation",
            source=(),
            target=(),
            date=None,
            date_precision=None,
            date_reason="none",
            location=None,
            modality="asserted",
            evidence=Evidence(text, start, start + len(text)),
            confidence=0.5,
        )
        yield article, [event]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def fake_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire import pipeline

    monkeypatch.setattr(pipeline, "code_articles", fake_code_articles)


async def _client(path: str, token: str | None) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Options(db_path=path), token=token)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http
    app.state.eventwire.shared.close()


@pytest.fixture
async def client(tmp_path: Path, fake_coder: None) -> AsyncIterator[httpx.AsyncClient]:
    async for http in _client(str(tmp_path / "w.duckdb"), TOKEN):
        yield http


@pytest.fixture
async def read_only(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async for http in _client(str(tmp_path / "r.duckdb"), ""):
        yield http


def error_of(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return dict(body["error"])


async def test_without_a_token_the_server_is_read_only(read_only: httpx.AsyncClient) -> None:
    for headers in ({}, AUTH):
        error = error_of(await read_only.post("/api/articles", json=ARTICLE, headers=headers), 403)
        assert error["code"] == "read_only" and "EVENTWIRE_TOKEN" in error["message"]
    assert (await read_only.get("/api")).json()["writable"] is False
    assert (await read_only.get("/api/stats")).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}],
)
async def test_a_missing_or_wrong_token_is_401(
    client: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    response = await client.post("/api/articles", json=ARTICLE, headers=headers)
    assert error_of(response, 401)["code"] == "unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert (await client.get("/api/stats")).json()["totals"]["articles"] == 0


async def test_the_token_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_coder: None
) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    app = create_app(Options(db_path=str(tmp_path / "env.duckdb")))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        headers = {"Authorization": "Bearer from-env"}
        assert (await http.post("/api/articles", json=ARTICLE, headers=headers)).status_code == 201
    app.state.eventwire.shared.close()


async def test_a_new_article_is_201_and_a_duplicate_200(client: httpx.AsyncClient) -> None:
    created = await client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["duplicate"] is False and len(body["events"]) == 1
    assert created.headers["location"] == f"/api/articles/{body['id']}"
    again = await client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert again.status_code == 200 and again.json() == {"id": body["id"], "duplicate": True}
    stored = (await client.get(f"/api/articles/{body['id']}")).json()
    assert stored["article"]["url"] == ARTICLE["url"]
    assert stored["events"] == body["events"]


async def test_html_and_plain_text_bodies(client: httpx.AsyncClient) -> None:
    headers = {**AUTH, "Content-Type": "text/html; charset=utf-8"}
    url = "https://example.org/cuba"
    html = await client.post("/api/articles", params={"url": url}, content=HTML, headers=headers)
    assert html.status_code == 201, html.text
    article = (await client.get(f"/api/articles/{html.json()['id']}")).json()["article"]
    assert article["title"] == "Cuba hosts Iranian minister" and article["url"] == url
    text = "Kenya and Uganda agree to build a railway\n\n" + ARTICLE["text"]
    plain = await client.post(
        "/api/articles", content=text, headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert plain.status_code == 201, plain.text


@pytest.mark.parametrize("content_type", ["application/pdf", "multipart/form-data", None])
async def test_an_unsupported_content_type_is_415(
    client: httpx.AsyncClient, content_type: str | None
) -> None:
    headers = {**AUTH, **({"Content-Type": content_type} if content_type else {})}
    response = await client.post("/api/articles", content=b"%PDF-1.4", headers=headers)
    assert error_of(response, 415)["code"] == "unsupported_media_type"


async def test_a_body_over_5_mb_is_413(client: httpx.AsyncClient) -> None:
    headers = {**AUTH, "Content-Type": "text/plain"}
    body = b"word " * (FIVE_MB // 5) + b"!"
    assert len(body) == FIVE_MB + 1
    response = await client.post("/api/articles", content=body, headers=headers)
    assert error_of(response, 413)["code"] == "too_large"


async def test_a_streamed_body_over_5_mb_is_413(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        # No Content-Length: the size is only known while reading.
        for _ in range(6):
            yield b"x" * (1024 * 1024)

    headers = {**AUTH, "Content-Type": "text/plain"}
    response = await client.post("/api/articles", content=chunks(), headers=headers)
    assert error_of(response, 413)["code"] == "too_large"


async def test_a_bad_content_length_is_400(client: httpx.AsyncClient) -> None:
    headers = {**AUTH, "Content-Type": "text/plain", "Content-Length": "lots"}
    response = await client.post("/api/articles", content=b"", headers=headers)
    assert error_of(response, 400)["code"] == "bad_request"


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (b"\x00\x01\x02\x03binary\xff", "text/html", "binary"),
        (json.dumps({"text": GERMAN}).encode(), "application/json", "not English"),
        (b"{not json", "application/json", "not JSON"),
        (b'{"title": "no text"}', "application/json", "no text"),
        (b"   ", "text/plain", "empty"),
    ],
)
async def test_an_unreadable_article_is_422_and_recorded(
    client: httpx.AsyncClient, content: bytes, content_type: str, reason: str
) -> None:
    headers = {**AUTH, "Content-Type": content_type}
    error = error_of(await client.post("/api/articles", content=content, headers=headers), 422)
    assert error["code"] == "unreadable" and error["message"].startswith(reason)
    rejected = (await client.get("/api/rejected")).json()["rejected"]
    assert [r["reason"] for r in rejected] == [error["message"]]


async def test_reads_go_on_while_an_article_is_coded(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire import pipeline

    def slow_code_articles(
        articles: Iterable[Article], options: Any = None, persons: Any = None
    ) -> Any:
        time.sleep(0.6)  # a long parse, on the writer thread
        yield from fake_code_articles(articles, options)

    monkeypatch.setattr(pipeline, "code_articles", slow_code_articles)
    post = asyncio.create_task(client.post("/api/articles", json=ARTICLE, headers=AUTH))
    await asyncio.sleep(0.1)
    started = time.perf_counter()
    assert (await client.get("/api/stats")).json()["totals"]["articles"] == 0
    assert time.perf_counter() - started < 0.4
    assert not post.done()
    assert (await post).status_code == 201


@pytest.mark.slow
async def test_a_real_article_through_the_real_pipeline(tmp_path: Path, nlp: Any) -> None:
    # `nlp` loads the model once per session; the server's writer uses that same pipeline.
    assert nlp is not None
    article = {
        **ARTICLE,
        "text": "Cuban President Miguel Díaz-Canel visited Tehran on Friday and met Iranian "
        "President Ebrahim Raeisi. The two presidents signed agreements on energy and trade.",
    }
    async for http in _client(str(tmp_path / "real.duckdb"), TOKEN):
        response = await http.post("/api/articles", json=article, headers=AUTH)
        assert response.status_code == 201, response.text
        events = response.json()["events"]
        countries = {a["country"] for e in events for a in e["source"] + e["target"]}
        assert {"CUB", "IRN"} <= countries
        assert any(e["event_type"] == "CONSULT" for e in events)
        dyad = (await http.get("/api/dyads/CUB/IRN")).json()
        assert dyad["totals"]["events"] >= 1
