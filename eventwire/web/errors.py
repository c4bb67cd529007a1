"""Errors on pages are pages: the API's JSON error handlers, wrapped to answer HTML off /api.

Each handler the API installed still decides the status, code and message; for a request to a
page (any path outside /api, /openapi.json, /docs and /static) that answer is rendered as an
HTML error page with the same status, so a browser never lands on raw JSON.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from starlette.responses import Response

from eventwire.web.render import page

Handler = Callable[[Request, Exception], Awaitable[Response]]

_NOT_PAGES = ("/api/", "/openapi.json", "/docs", "/static/")

_TITLES = {
    400: "That request cannot be answered",
    404: "Not found",
    405: "Method not allowed",
    503: "Unavailable",
}


def is_page(path: str) -> bool:
    """Whether a path belongs to the dashboard rather than the API or its assets."""
    return path != "/api" and not path.startswith(_NOT_PAGES)


def install_html_errors(app: FastAPI) -> None:
    """Wrap every exception handler of `app` so that pages get HTML errors."""
    for key, handler in list(app.exception_handlers.items()):
        app.add_exception_handler(key, _html_for_pages(handler))


def _html_for_pages(handler: Callable[..., Any]) -> Handler:
    async def wrapped(request: Request, exc: Exception) -> Response:
        answer = handler(request, exc)
        response: Response = await answer if hasattr(answer, "__await__") else answer
        if not is_page(request.url.path) or request.method not in ("GET", "HEAD"):
            return response
        body = json.loads(bytes(response.body)) if response.body else {}
        error = body.get("error", {}) if isinstance(body, dict) else {}
        status = response.status_code
        context = {
            "status": status,
            "title": _TITLES.get(status, "Something went wrong"),
            "message": error.get("message", ""),
            "twin": None,
        }
        return page(request, "error.html", context, status_code=status)

    return wrapped
