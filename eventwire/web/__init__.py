"""The dashboard: server-rendered pages over the same datasets as the REST API.

install(app, state)   called by eventwire.api.create_app: pages, static files, offline /docs
pages.py              the page routes; each renders one eventwire.api.data dataset
render.py             the Jinja environment and the filters that build escaped markup
errors.py             HTML error pages for page paths (the API keeps its JSON errors)
templates/            one template per page, base.html and _macros.html
static/               our CSS and JS; static/vendor/ holds Chart.js and Swagger UI,
                      copied from npm by `make assets` (never loaded from a CDN)
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.routing import Route

from eventwire.api.state import ApiState
from eventwire.web import pages
from eventwire.web.errors import install_html_errors
from eventwire.web.render import STATIC

__all__ = ["install"]


def install(app: FastAPI, state: ApiState) -> None:
    """Add the pages, /static and an offline /docs to the app that serves `state`."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(pages.router)
    _offline_docs(app)
    install_html_errors(app)


def _offline_docs(app: FastAPI) -> None:
    """Serve Swagger UI from /static/vendor instead of FastAPI's CDN default; drop ReDoc."""
    # FastAPI's /docs and /redoc pages load their scripts from jsDelivr; offline they are blank.
    # ReDoc has no copy here, so it goes; /docs gets the same page with local assets.
    dropped = {app.docs_url, app.redoc_url} - {None}
    app.router.routes[:] = [
        r for r in app.router.routes if not (isinstance(r, Route) and r.path in dropped)
    ]
    app.redoc_url = None
    if not app.docs_url or not app.openapi_url:
        return
    openapi_url, title = app.openapi_url, f"{app.title} API"

    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=title,
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="data:,",
            oauth2_redirect_url=app.swagger_ui_oauth2_redirect_url,
            swagger_ui_parameters={"validatorUrl": None},
        )

    app.add_api_route(app.docs_url, docs, include_in_schema=False)
