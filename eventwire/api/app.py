"""The web application: create_app(options, token) -> FastAPI, over one shared store.

create_app
├── SharedStore(options.db_path)   one writer thread, pooled read snapshots
├── error handlers                 every error is {"error": {"code", "message"}}
├── /api routes                    eventwire.api.routes, datasets from eventwire.api.data
└── eventwire.web.install(app, state), when that package exists (the dashboard pages)
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from eventwire import __version__
from eventwire.api import routes
from eventwire.api.auth import TOKEN_ENV
from eventwire.api.errors import install_handlers
from eventwire.api.state import ApiState
from eventwire.options import Options
from eventwire.store.shared import SharedStore

DESCRIPTION = """Political event data from news: who did what to whom, when and where, with the
sentence each event was read from. Reads are open; `POST /api/articles` needs
`Authorization: Bearer <EVENTWIRE_TOKEN>`. Errors are `{"error": {"code", "message"}}`."""


def create_app(options: Options | None = None, token: str | None = None) -> FastAPI:
    """The eventwire web app over the database `options.db_path` (opened now, closed at shutdown).

    Args:
        options: settings; Options() by default (EVENTWIRE_DB or ./eventwire.duckdb).
        token: the secret writes must send as a bearer token; None reads EVENTWIRE_TOKEN, and
            an empty token (or none set) makes the server read-only.

    Returns:
        The FastAPI app; its `state.eventwire` is the ApiState the routes use.
    """
    # Articles posted one at a time are coded on the writer thread, never in worker processes.
    options = replace(options or Options(), workers=1)
    if token is None:
        token = os.environ.get(TOKEN_ENV)
    shared = SharedStore(options.db_path)
    state = ApiState(shared=shared, options=options, token=token or None)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            # Waits for the queued writes, so a stopping server keeps what it accepted.
            await run_in_threadpool(shared.close)

    app = FastAPI(
        title="eventwire", version=__version__, description=DESCRIPTION, lifespan=lifespan
    )
    app.state.eventwire = state
    install_handlers(app)
    app.include_router(routes.router)
    install_web(app, state)
    return app


def install_web(app: FastAPI, state: ApiState) -> bool:
    """Mount the dashboard pages when eventwire.web is installed; True if it was."""
    # The one hook for the pages: eventwire.web defines install(app, state) and adds its routes
    # (/, /events, /dyads/{a}/{b}, /articles/{id}, /actors/{code}) and static files.
    if importlib.util.find_spec("eventwire.web") is None:
        return False
    web = importlib.import_module("eventwire.web")
    web.install(app, state)
    return True
