"""Every API error is JSON `{"error": {"code", "message"}}` with the status that fits.

    ApiError(status, code, message)   raised by routes: 401, 403, 413, 415, ...
    InvalidParameter (ValueError)     raised by eventwire.api.data: a bad cursor, date or code

Handlers also turn eventwire's own errors (NotFound 404, InputRejected 422, ModelMissing 503),
FastAPI's validation errors (400) and unknown routes (404) into that shape.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import InputRejected, ModelMissing, NotFound, StoreError

log = logging.getLogger("eventwire.api")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "unreadable",
    500: "internal",
    503: "unavailable",
}

# The error shape, for the OpenAPI description of each route's failures.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            "required": ["code", "message"],
        }
    },
}


class InvalidParameter(ValueError):
    """A request parameter that cannot be used (a bad cursor, date or country code): a 400."""


class ApiError(Exception):
    """An answer other than success, with its HTTP status, a short code and a message."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    """The JSON error answer."""
    body = {"error": {"code": code, "message": message}}
    return JSONResponse(body, status_code=status, headers=headers)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for these error statuses."""
    return {
        status: {
            "description": _HTTP_CODES.get(status, "error").replace("_", " "),
            "content": {"application/json": {"schema": ERROR_SCHEMA}},
        }
        for status in statuses
    }


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""))
    return "; ".join(parts) or "invalid request"


def install_handlers(app: FastAPI) -> None:
    """Make every error the app answers a JSON error body."""

    async def api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    async def invalid(request: Request, exc: Exception) -> JSONResponse:
        message = _validation_message(exc) if isinstance(exc, RequestValidationError) else str(exc)
        return error_response(400, "bad_request", message)

    async def not_found(request: Request, exc: Exception) -> JSONResponse:
        return error_response(404, "not_found", str(exc))

    async def rejected(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, InputRejected)
        return error_response(422, "unreadable", exc.reason)

    async def model_missing(request: Request, exc: Exception) -> JSONResponse:
        return error_response(503, "model_missing", str(exc))

    async def store_error(request: Request, exc: Exception) -> JSONResponse:
        log.error("store error on %s %s: %s", request.method, request.url.path, exc)
        return error_response(503, "store_unavailable", str(exc))

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route {request.method} {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(exc.status_code, code, message, getattr(exc, "headers", None))

    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", f"internal error: {type(exc).__name__}")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(InvalidParameter, invalid)
    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(InputRejected, rejected)
    app.add_exception_handler(ModelMissing, model_missing)
    app.add_exception_handler(StoreError, store_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, internal)
