"""The dashboard pages: each reads one snapshot, calls the dataset function its JSON twin calls,
and renders that same data.

    /                    data.home            twin /api/home
    /events              data.events_page     twin /api/events
    /dyads, /dyads/a/b   data.dyad            twin /api/dyads/{a}/{b}
    /articles[/id]       data.articles_page   twin /api/articles[/{id}]  (data.article_detail)
    /actors[/code]       data.actors          twin /api/actors[/{code}]  (data.actor_detail)
    /rejected[/id]       data.rejected_page   twin /api/rejected[/{id}]  (data.rejected_detail)
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from eventwire.api import data
from eventwire.api.errors import InvalidParameter
from eventwire.api.state import ApiState, get_state
from eventwire.web.render import CHART_JS, page, query, unique_events

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

State = Annotated[ApiState, Depends(get_state)]
Text = Annotated[str | None, Query()]
FILTERS = ("actor", "source", "target", "type", "quad", "since", "until", "article", "q")


def _countries(state: ApiState) -> list[dict[str, Any]]:
    """The countries seen in events, most active first: the dyad picker's suggestions."""
    with state.shared.read() as store:
        found = data.actors(store, None, data.MAX_LIMIT)["actors"]
    return [a for a in found if a["kind"] == "country"]


@router.get("/")
def home(request: Request, state: State) -> Response:
    """Totals, the latest events and the most active dyads."""
    with state.shared.read() as store:
        body = data.home(store)
    context = {"data": body, "twin": "/api/home", "countries": _countries(state)}
    return page(request, "home.html", context)


@router.get("/events")
def events(
    request: Request,
    state: State,
    actor: Text = None,
    source: Text = None,
    target: Text = None,
    event_type: Annotated[str | None, Query(alias="type")] = None,
    quad: Text = None,
    since: Text = None,
    until: Text = None,
    article: Text = None,
    q: Text = None,
    cursor: Text = None,
    limit: int = data.DEFAULT_LIMIT,
) -> Response:
    """The filter form and one page of the events it matches."""
    values = (actor, source, target, event_type, quad, since, until, article, q)
    form = dict(zip(FILTERS, values, strict=True))
    params = {**form, "limit": limit if limit != data.DEFAULT_LIMIT else None}
    context: dict[str, Any] = {
        "form": {k: v or "" for k, v in form.items()},
        "twin": "/api/events" + query(params, cursor=cursor),
        "next": None,
        "first": "/events" + query(params) if cursor else None,
        "data": None,
        "error": None,
    }
    # A bad date or cursor keeps the form on screen with the reason, rather than a bare error.
    try:
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
            body = data.events_page(store, flt, cursor, limit)
    except InvalidParameter as exc:
        context["error"] = str(exc)
        return page(request, "events.html", context, status_code=400)
    context["data"] = body
    if body["next_cursor"]:
        context["next"] = "/events" + query(params, cursor=body["next_cursor"])
    return page(request, "events.html", context)


@router.get("/dyads")
def dyad_picker(request: Request, state: State, a: Text = None, b: Text = None) -> Response:
    """The dyad picker; with `a` and `b` it goes to their dyad page (/dyads/A/B)."""
    by = request.query_params.get("by", "month")
    if a and b:
        a, b = data.country_code(a.strip(), "a"), data.country_code(b.strip(), "b")
        more = query(by=by if by != "month" else None, all_modalities=_flag(request))
        return RedirectResponse(f"/dyads/{a}/{b}{more}", status_code=303)
    with state.shared.read() as store:
        active = data.home(store, latest=0, dyads=25)["active_dyads"]
    context = {"active": active, "countries": _countries(state), "twin": "/api/home"}
    return page(request, "dyads.html", context)


@router.get("/dyads/{a}/{b}")
def dyad(
    request: Request,
    state: State,
    a: str,
    b: str,
    by: data.By = "month",
    all_modalities: bool = False,
) -> Response:
    """Two countries: counts per quad class and mean Goldstein per period, and their events."""
    with state.shared.read() as store:
        body = data.dyad(store, a, b, by, all_modalities)
    context = {
        "data": body,
        "chart": {k: body[k] for k in ("a", "b", "by", "chart")},
        "events": unique_events(body["periods"]),
        "countries": _countries(state),
        "chart_js": CHART_JS.exists(),
        "twin": f"/api/dyads/{body['a']}/{body['b']}"
        + query(by=by if by != "month" else None, all_modalities=all_modalities),
    }
    return page(request, "dyad.html", context)


@router.get("/articles")
def articles(request: Request, state: State, q: Text = None, cursor: Text = None) -> Response:
    """Articles, newest first, with a search box."""
    with state.shared.read() as store:
        body = data.articles_page(store, q, cursor)
    context: dict[str, Any] = {
        "data": body,
        "q": q or "",
        "twin": "/api/articles" + query(q=q, cursor=cursor),
        "next": "/articles" + query(q=q, cursor=body["next_cursor"])
        if body["next_cursor"]
        else None,
    }
    return page(request, "articles.html", context)


@router.get("/articles/{article_id}")
def article(request: Request, state: State, article_id: str) -> Response:
    """The clean text with each event's evidence marked, and each event's coding beside it."""
    with state.shared.read() as store:
        body = data.article_detail(store, article_id)
    context = {"data": body, "twin": f"/api/articles/{body['article']['id']}"}
    return page(request, "article.html", context)


@router.get("/actors")
def actors(request: Request, state: State, q: Text = None) -> Response:
    """Countries, persons and organisations, most active first, with a search box."""
    with state.shared.read() as store:
        body = data.actors(store, q, 200)
    context = {"data": body, "q": q or "", "twin": "/api/actors" + query(q=q, limit=200)}
    return page(request, "actors.html", context)


@router.get("/actors/{code}")
def actor(request: Request, state: State, code: str) -> Response:
    """A country or person: roles over time, top partners, latest events."""
    with state.shared.read() as store:
        body = data.actor_detail(store, code)
    context = {"data": body, "twin": f"/api/actors/{body['actor']['code']}"}
    return page(request, "actor.html", context)


@router.get("/rejected")
def rejected(request: Request, state: State, cursor: Text = None) -> Response:
    """Inputs that could not be read, with the reason."""
    with state.shared.read() as store:
        body = data.rejected_page(store, cursor)
    context = {
        "data": body,
        "twin": "/api/rejected" + query(cursor=cursor),
        "next": "/rejected" + query(cursor=body["next_cursor"]) if body["next_cursor"] else None,
    }
    return page(request, "rejected.html", context)


@router.get("/rejected/{rejected_id}")
def rejected_input(request: Request, state: State, rejected_id: int) -> Response:
    """One rejected input and the one-line reason it could not be read."""
    with state.shared.read() as store:
        body = data.rejected_detail(store, rejected_id)
    context = {"data": body, "twin": f"/api/rejected/{rejected_id}"}
    return page(request, "rejected_input.html", context)


def _flag(request: Request) -> bool:
    return request.query_params.get("all_modalities", "").lower() in ("1", "true", "on", "yes")
