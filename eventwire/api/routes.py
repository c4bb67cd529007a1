"""The /api routes: each parses its parameters, reads one snapshot, returns one dataset as JSON.

Reading routes are plain functions, so FastAPI runs them on its thread pool, each with its own
store handle; the one write (POST /api/articles) parses in the pool and stores on the writer
thread, so the event loop never waits on DuckDB or spaCy.
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from eventwire.api import data, intake
from eventwire.api.auth import require_writer
from eventwire.api.errors import ApiError, error_responses
from eventwire.api.state import ApiState, get_state

router = APIRouter(prefix="/api")

State = Annotated[ApiState, Depends(get_state)]
Limit = Annotated[
    int, Query(ge=1, le=data.MAX_LIMIT, description=f"At most this many (1-{data.MAX_LIMIT}).")
]
Cursor = Annotated[
    str | None, Query(description="`next_cursor` of the previous page; omit for the first.")
]
Quad = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
By = Literal["day", "month", "year"]


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    # The data is plain JSON already: skip FastAPI's generic encoder, which costs per value.
    return JSONResponse(body, status_code=status, headers=headers)


@router.get("", summary="What this API offers")
def index(state: State) -> JSONResponse:
    """The routes, where the documentation is, and whether writes are enabled."""
    found = sorted(
        f"{method} {route.path}"
        for route in router.routes
        if isinstance(route, APIRoute)
        for method in route.methods or ()
        if method != "HEAD"
    )
    body = {"routes": found, "docs": "/docs", "openapi": "/openapi.json"}
    return _json({**body, "writable": state.writable})


@router.get("/home", summary="Totals, latest events, most active dyads")
def home(state: State) -> JSONResponse:
    """What the dashboard's home page shows."""
    with state.shared.read() as store:
        return _json(data.home(store))


@router.get("/events", summary="Events, filtered, in date order", responses=error_responses(400))
def events(
    state: State,
    actor: Annotated[
        str | None, Query(description="Either side: ISO3 code or part of a name.")
    ] = None,
    source: Annotated[str | None, Query(description="Source: ISO3 code or part of a name.")] = None,
    target: Annotated[str | None, Query(description="Target: ISO3 code or part of a name.")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="PLOVER type.")] = None,
    quad: Annotated[Quad | None, Query(description="PLOVER quad class.")] = None,
    since: Annotated[
        str | None, Query(description="From this date: 2023, 2023-12, 2023-12-08.")
    ] = None,
    until: Annotated[str | None, Query(description="Up to this date, inclusive.")] = None,
    article: Annotated[
        str | None, Query(description="Only this article's events (its id).")
    ] = None,
    q: Annotated[str | None, Query(description="Text the evidence sentence contains.")] = None,
    cursor: Cursor = None,
    limit: Limit = data.DEFAULT_LIMIT,
) -> JSONResponse:
    """One page of events and `next_cursor` (null on the last page)."""
    flt = data.event_filter(
        actor=actor,
        source=source,
        target=target,
        event_type=event_type,
        quad=quad,
        since=since,
        until=until,
        article=article,
        q=q,
    )
    with state.shared.read() as store:
        return _json(data.events_page(store, flt, cursor, limit))


@router.get("/events/{event_id}", summary="One event", responses=error_responses(404))
def event(state: State, event_id: str) -> JSONResponse:
    """The event with its evidence, and the metadata of its article."""
    with state.shared.read() as store:
        return _json(data.event_detail(store, event_id))


@router.get("/articles", summary="Articles, newest first", responses=error_responses(400))
def articles(
    state: State,
    q: Annotated[str | None, Query(description="Text the title or body contains.")] = None,
    cursor: Cursor = None,
    limit: Limit = data.DEFAULT_LIMIT,
) -> JSONResponse:
    """One page of article summaries and `next_cursor`."""
    with state.shared.read() as store:
        return _json(data.articles_page(store, q, cursor, limit))


@router.get("/articles/{article_id}", summary="One article", responses=error_responses(404))
def article(state: State, article_id: str) -> JSONResponse:
    """The clean text (`article.text`), metadata, and events with evidence offsets into it."""
    with state.shared.read() as store:
        return _json(data.article_detail(store, article_id))


@router.post(
    "/articles",
    status_code=201,
    summary="Ingest one article",
    dependencies=[Depends(require_writer)],
    responses={
        200: {"description": "a duplicate: the article was already stored"},
        **error_responses(400, 401, 403, 413, 415, 422, 503),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {
                            k: {"type": "string"}
                            for k in ("url", "title", "text", "published", "site")
                        },
                    }
                },
                "text/html": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_article(
    request: Request,
    state: State,
    url: Annotated[str | None, Query(description="The page's address, for an HTML body.")] = None,
) -> JSONResponse:
    """Code and store an article: 201 with its id and events, or 200 for a duplicate."""
    kind = intake.content_kind(request.headers.get("content-type"))
    body = await intake.read_body(request, state.options.max_bytes)
    item = await run_in_threadpool(intake.read_article, body, kind, state.options, url)
    outcome = await asyncio.wrap_future(state.shared.submit(intake.storer(item, state.options)))
    if outcome.status == "rejected":
        raise ApiError(422, "unreadable", outcome.reason or "unreadable")
    location = {"Location": f"/api/articles/{outcome.id}"}
    if outcome.status == "duplicate":
        return _json({"id": outcome.id, "duplicate": True}, 200, location)
    return _json({"id": outcome.id, "duplicate": False, "events": outcome.events}, 201, location)


@router.get("/rejected", summary="Rejected inputs", responses=error_responses(400))
def rejected(
    state: State, cursor: Cursor = None, limit: Limit = data.DEFAULT_LIMIT
) -> JSONResponse:
    """Inputs that could not be read, with their one-line reasons, oldest first."""
    with state.shared.read() as store:
        return _json(data.rejected_page(store, cursor, limit))


@router.get("/rejected/{rejected_id}", summary="One rejected input", responses=error_responses(404))
def rejected_input(state: State, rejected_id: int) -> JSONResponse:
    """A rejected input: its source and the reason it could not be read."""
    with state.shared.read() as store:
        return _json(data.rejected_detail(store, rejected_id))


@router.get("/dyads/{a}/{b}", summary="A dyad timeline", responses=error_responses(400))
def dyad(
    state: State,
    a: Annotated[str, Path(description="ISO3 code, e.g. CUB.")],
    b: Annotated[str, Path(description="ISO3 code, e.g. IRN.")],
    by: Annotated[By, Query(description="Length of a period.")] = "month",
    all_modalities: Annotated[
        bool, Query(description="Also count negated, future, hypothetical, background.")
    ] = False,
) -> JSONResponse:
    """Per period and direction: counts per quad class, mean Goldstein, events; chart series."""
    with state.shared.read() as store:
        return _json(data.dyad(store, a, b, by, all_modalities))


@router.get("/actors", summary="Actors with counts", responses=error_responses(400))
def actors(
    state: State,
    q: Annotated[str | None, Query(description="Country code or part of a name.")] = None,
    limit: Annotated[int, Query(ge=1, le=data.MAX_LIMIT)] = 50,
) -> JSONResponse:
    """Countries (by code) and other actors (by id), most active first."""
    with state.shared.read() as store:
        return _json(data.actors(store, q, limit))


@router.get("/actors/{code}", summary="One actor", responses=error_responses(400, 404))
def actor(state: State, code: str) -> JSONResponse:
    """A country or person: counts, roles over time, top partners, latest events."""
    with state.shared.read() as store:
        return _json(data.actor_detail(store, code))


@router.get("/stats", summary="Totals")
def stats(state: State) -> JSONResponse:
    """Row counts, and event counts by type, quad class, modality, country and day."""
    with state.shared.read() as store:
        return _json(data.stats(store))
