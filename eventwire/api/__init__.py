"""The REST API: FastAPI routes over the store, one writer thread, JSON errors.

    app.py     create_app(options, token) -> FastAPI; mounts eventwire.web when present
    routes.py  the /api routes, thin: parse parameters, read a snapshot, return a dataset
    data.py    the datasets as plain dicts, shared with the dashboard pages
    intake.py  POST /api/articles: content type, size limit, parsing, storing on the writer
    auth.py    the bearer token rules for writes
    errors.py  {"error": {"code", "message"}} for every error
    state.py   ApiState: the shared store, options and token

Needs the `web` extra (fastapi, uvicorn): pip install 'eventwire[web]'.
"""

from __future__ import annotations

from eventwire.api.app import create_app

__all__ = ["create_app"]
