"""The REST API's reads, in-process through an ASGI client, over hand-made articles and events."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from eventfactory import CUB, IRN, make_event

from eventwire import Options
from eventwire.api import create_app
from eventwire.records import Actor, Article, Rejection, article_id_for
from eventwire.store import Store

pytestmark = pytest.mark.anyio

README = Path(__file__).resolve().parents[1] / "README.md"
TOKEN = "test-token"

USA = Actor("Washington", "United States", "USA", "GOV", "country")


def make_article(title: str, paragraphs: tuple[str, ...], published: str | None) -> Article:
    """A stored-looking article; its id is the hash of title and body, as ingest makes it."""
    return Article(
        id=article_id_for(title, paragraphs),
        source=f"/tmp/{title[:12]}.txt",
        title=title,
        paragraphs=paragraphs,
        lead="",
        site="example.org",
        published=datetime.fromisoformat(published) if published else None,
        published_precision="day" if published else None,
    )


VISIT = make_article(
    "Iran and Cuba reaffirm alliance",
    (
        "Cuban President Díaz-Canel visited Tehran on Friday.",
        "The two presidents signed agreements on energy.",
        "Iran did not send troops to Cuba.",
        "In May 2001 the two leaders met in Havana.",
    ),
    "2023-12-08",
)
SANCTIONS = make_article(
    "Washington sanctions Iranian officials",
    ("The United States imposed sanctions on Iranian officials.", "Iran condemned the move."),
    "2024-01-15",
)
UNDATED = make_article("An undated note", ("Cuba criticised Iran.",), None)

VISIT_EVENTS = [
    make_event(VISIT, 0),
    make_event(
        VISIT,
        1,
        event_type="SUPPORT",
        mode=None,
        cameo="057",
        goldstein=8.0,
        source=(IRN, CUB),
        target=(CUB, IRN),
    ),
    make_event(
        VISIT,
        2,
        event_type="MOBILIZE",
        cameo="154",
        goldstein=-7.2,
        quad="material_conflict",
        source=(IRN,),
        target=(CUB,),
        modality="negated",
    ),
    make_event(VISIT, 3, date="2001-05", date_precision="month", modality="historical"),
]
SANCTIONS_EVENTS = [
    make_event(
        SANCTIONS,
        0,
        event_type="SANCTION",
        mode=None,
        cameo="163",
        goldstein=-8.0,
        quad="material_conflict",
        source=(USA,),
        target=(IRN,),
        date="2024-01-15",
        location=None,
    ),
    make_event(
        SANCTIONS,
        1,
        event_type="ACCUSE",
        mode=None,
        cameo="111",
        goldstein=-2.0,
        quad="verbal_conflict",
        source=(IRN,),
        target=(USA,),
        date="2024-01-15",
        location=None,
    ),
]
UNDATED_EVENTS = [
    make_event(
        UNDATED,
        0,
        event_type="ACCUSE",
        quad="verbal_conflict",
        goldstein=-2.0,
        source=(CUB,),
        target=(IRN,),
        date=None,
        date_precision=None,
        date_reason="none",
        modality="background",
    )
]
ALL_EVENTS = VISIT_EVENTS + SANCTIONS_EVENTS + UNDATED_EVENTS


def fill(path: str) -> None:
    """Store the three articles, their events and one rejection."""
    with Store(path) as store:
        store.add_article(VISIT, VISIT_EVENTS)
        store.add_article(SANCTIONS, SANCTIONS_EVENTS)
        store.add_article(UNDATED, UNDATED_EVENTS)
        store.add_rejection(Rejection("/tmp/blob.bin", "binary: contains NUL bytes"))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "api.duckdb")
    fill(path)
    return path


@pytest.fixture
async def client(db: str) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(Options(db_path=db), token=TOKEN)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http
    app.state.eventwire.shared.close()


def error_of(response: httpx.Response, status: int) -> dict[str, str]:
    """The JSON error of a response that must have this status."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return dict(body["error"])


async def test_index_lists_the_routes(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api")).json()
    assert "GET /api/events" in body["routes"] and "POST /api/articles" in body["routes"]
    assert body["writable"] is True


async def test_home_has_totals_latest_events_and_active_dyads(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/home")).json()
    assert body["totals"]["articles"] == 3 and body["totals"]["events"] == len(ALL_EVENTS)
    dates = [e["date"] for e in body["latest_events"]]
    assert dates[0] == "2024-01-15" and None not in dates
    top = body["active_dyads"][0]
    # Only what happened counts: the negated troop move and the background accusation do not.
    assert (top["a"], top["b"], top["events"]) == ("CUB", "IRN", 3)


async def test_events_list_in_date_order_with_a_cursor(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/events")).json()
    assert [e["date"] for e in body["events"]][:2] == ["2001-05", "2023-12-08"]
    assert body["events"][-1]["date"] is None  # undated last
    assert body["next_cursor"] is None and body["limit"] == 100
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = (await client.get("/api/events", params=params)).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert len(page["events"]) == 2
    assert seen == [e["id"] for e in body["events"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "USA"}, {"SANCTIONS-0", "SANCTIONS-1"}),
        ({"actor": "raeisi"}, {"VISIT-0", "VISIT-3"}),
        ({"source": "USA"}, {"SANCTIONS-0"}),
        ({"target": "USA"}, {"SANCTIONS-1"}),
        ({"type": "sanction"}, {"SANCTIONS-0"}),
        ({"quad": "material_conflict"}, {"VISIT-2", "SANCTIONS-0"}),
        ({"since": "2024"}, {"SANCTIONS-0", "SANCTIONS-1"}),
        ({"until": "2001-05"}, {"VISIT-3"}),
        (
            {"since": "2023-12", "until": "2023-12-31", "actor": "CUB"},
            {"VISIT-0", "VISIT-1", "VISIT-2"},
        ),
        ({"q": "TROOPS"}, {"VISIT-2"}),
    ],
)
async def test_events_filters(
    client: httpx.AsyncClient, params: dict[str, str], expected: set[str]
) -> None:
    names = {VISIT.id[:8]: "VISIT", SANCTIONS.id[:8]: "SANCTIONS", UNDATED.id[:8]: "UNDATED"}
    body = (await client.get("/api/events", params=params)).json()
    found = {names[e["id"][:8]] + e["id"][8:] for e in body["events"]}
    assert found == expected
    assert set(body["filters"]) == set(params)


async def test_events_of_one_article(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/events", params={"article": SANCTIONS.id})).json()
    assert [e["id"] for e in body["events"]] == [e.id for e in SANCTIONS_EVENTS]


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"since": "2023-13"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"quad": "friendly"}, "quad"),
        ({"cursor": "not-a-cursor"}, "cursor"),
    ],
)
async def test_bad_event_parameters_are_400(
    client: httpx.AsyncClient, params: dict[str, Any], words: str
) -> None:
    assert words in error_of(await client.get("/api/events", params=params), 400)["message"]


async def test_the_largest_limit_is_accepted(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/events", params={"limit": 1000})).status_code == 200


async def test_a_cursor_of_another_listing_is_refused(client: httpx.AsyncClient) -> None:
    page = (await client.get("/api/articles", params={"limit": 1})).json()
    response = await client.get("/api/events", params={"cursor": page["next_cursor"]})
    assert "not a cursor for events" in error_of(response, 400)["message"]


async def test_one_event_with_its_article(client: httpx.AsyncClient) -> None:
    body = (await client.get(f"/api/events/{SANCTIONS_EVENTS[0].id}")).json()
    assert body["event"] == SANCTIONS_EVENTS[0].to_dict()
    assert body["article"]["title"] == SANCTIONS.title
    error_of(await client.get("/api/events/nope"), 404)


async def test_article_detail_has_text_and_evidence_offsets(client: httpx.AsyncClient) -> None:
    body = (await client.get(f"/api/articles/{VISIT.id[:6]}")).json()
    text = body["article"]["text"]
    assert body["article"]["id"] == VISIT.id and body["article"]["title"] == VISIT.title
    assert len(body["events"]) == len(VISIT_EVENTS)
    for event in body["events"]:
        span = event["evidence"]
        assert text[span["start"] : span["end"]] == span["text"]
    assert "no article" in error_of(await client.get("/api/articles/ffffffff"), 404)["message"]


async def test_articles_search_and_pages(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/articles")).json()
    assert [a["title"] for a in body["articles"]] == [SANCTIONS.title, VISIT.title, UNDATED.title]
    first = (await client.get("/api/articles", params={"limit": 2})).json()
    rest = (await client.get("/api/articles", params={"cursor": first["next_cursor"]})).json()
    assert [a["id"] for a in first["articles"] + rest["articles"]] == [
        a["id"] for a in body["articles"]
    ]
    assert rest["next_cursor"] is None
    found = (await client.get("/api/articles", params={"q": "ENERGY"})).json()["articles"]
    assert [(a["id"], a["n_events"]) for a in found] == [(VISIT.id, 4)]
    error_of(await client.get("/api/articles", params={"limit": 5000}), 400)


async def test_rejected_inputs(client: httpx.AsyncClient) -> None:
    listing = (await client.get("/api/rejected")).json()["rejected"]
    assert [r["reason"] for r in listing] == ["binary: contains NUL bytes"]
    one = (await client.get(f"/api/rejected/{listing[0]['id']}")).json()["rejected"]
    assert one["source"] == "/tmp/blob.bin"
    error_of(await client.get("/api/rejected/999"), 404)
    error_of(await client.get("/api/rejected/abc"), 400)


async def test_dyad_timeline_and_chart(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/dyads/cub/IRN", params={"by": "month"})).json()
    chart = body["chart"]
    assert (body["a"], body["b"], chart["periods"]) == ("CUB", "IRN", ["2001-05", "2023-12"])
    for series in [*chart["counts"].values(), chart["goldstein_mean"]]:
        assert len(series) == len(chart["periods"])
    assert chart["counts"]["verbal_cooperation"] == [1, 2]
    assert chart["directions"]["CUB->IRN"]["total"] == [1, 2]
    assert chart["directions"]["IRN->CUB"]["total"] == [0, 1]
    assert chart["goldstein_mean"] == [1.9, round((1.9 + 8.0) / 2, 2)]
    assert body["totals"]["events"] == 3
    assert {p["period"] for p in body["periods"]} == {"2001-05", "2023-12"}
    every = (await client.get("/api/dyads/CUB/IRN?by=year&all_modalities=true")).json()
    assert every["chart"]["periods"] == ["2001", "2023", "undated"]
    assert every["totals"]["events"] == 5 and every["modalities"] == "all"
    day = (await client.get("/api/dyads/CUB/IRN?by=day")).json()
    assert day["chart"]["periods"] == ["2001-05", "2023-12-08"]


async def test_bad_dyad_parameters_are_400(client: httpx.AsyncClient) -> None:
    assert "country code" in error_of(await client.get("/api/dyads/CUBA/IRN"), 400)["message"]
    error_of(await client.get("/api/dyads/CUB/IRN?by=week"), 400)


async def test_actors_by_code_or_name(client: httpx.AsyncClient) -> None:
    every = (await client.get("/api/actors")).json()["actors"]
    assert every[0]["code"] == "IRN" and every[0]["events"] == len(ALL_EVENTS)
    assert (await client.get("/api/actors?q=usa")).json()["actors"][0]["code"] == "USA"
    people = (await client.get("/api/actors?q=raeisi")).json()["actors"]
    assert [(p["name"], p["kind"], p["country"]) for p in people] == [
        ("Ebrahim Raeisi", "person", "IRN")
    ]
    # A country is not found by the names of its people.
    assert "IRN" not in [a["code"] for a in people]
    error_of(await client.get("/api/actors?limit=0"), 400)


async def test_country_detail(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/actors/irn")).json()
    assert body["actor"]["code"] == "IRN" and body["actor"]["name"] == "Iran"
    assert body["roles"] == [
        {
            "name": "Ebrahim Raeisi",
            "title": "President",
            "first": "2001-05-01",
            "last": "2023-12-08",
            "events": 2,
        }
    ]
    partners = {p["country"]: p for p in body["partners"]}
    assert set(partners) == {"CUB", "USA"}
    assert (partners["USA"]["as_source"], partners["USA"]["as_target"]) == (1, 1)
    assert body["events"][0]["date"] == "2024-01-15"


async def test_person_detail_and_unknown_actors(client: httpx.AsyncClient) -> None:
    code = (await client.get("/api/actors?q=canel")).json()["actors"][0]["code"]
    body = (await client.get(f"/api/actors/{code}")).json()
    assert body["actor"]["name"] == "Miguel Díaz-Canel"
    assert [p["country"] for p in body["partners"]] == ["IRN"]
    assert [e["id"] for e in body["events"]] == [f"{VISIT.id[:8]}-0", f"{VISIT.id[:8]}-3"]
    error_of(await client.get("/api/actors/ZZZ"), 404)
    error_of(await client.get("/api/actors/0123456789abcdef"), 404)
    error_of(await client.get("/api/actors/not-a-code"), 400)


async def test_stats(client: httpx.AsyncClient) -> None:
    body = (await client.get("/api/stats")).json()
    assert body["totals"]["rejected"] == 1
    assert body["by_type"]["CONSULT"] == 2 and sum(body["by_type"].values()) == len(ALL_EVENTS)
    assert body["by_quad"]["material_conflict"] == 2
    assert body["by_country"]["IRN"] == len(ALL_EVENTS)
    assert body["by_day"] == {"2023-12-08": 3, "2024-01-15": 2}


async def test_unknown_routes_and_methods_answer_json(client: httpx.AsyncClient) -> None:
    assert "GET /api/nothing" in error_of(await client.get("/api/nothing"), 404)["message"]
    assert error_of(await client.delete("/api/events"), 405)["code"] == "method_not_allowed"


async def test_openapi_and_docs(client: httpx.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert "/api/dyads/{a}/{b}" in spec["paths"] and "post" in spec["paths"]["/api/articles"]
    assert (await client.get("/docs")).status_code == 200


async def test_every_route_is_in_the_readme(client: httpx.AsyncClient) -> None:
    readme = README.read_text(encoding="utf-8")
    spec = (await client.get("/openapi.json")).json()
    for path, methods in spec["paths"].items():
        for method in methods:
            route = f"{method.upper()} {path}"
            pattern = re.escape(f"`{route}") + r"[`?\s]"
            assert re.search(pattern, readme), f"README does not document {route}"
    for words in re.findall(r"`(?:GET|POST) (/api[^`]*)`", readme):
        assert words.split("?")[0] in spec["paths"], f"README documents a missing route {words}"
