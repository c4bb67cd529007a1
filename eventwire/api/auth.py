"""Who may write: a bearer token that matches EVENTWIRE_TOKEN; with no token, nobody.

no token configured   -> 403, with how to enable writes
token missing/wrong   -> 401
token right           -> the write goes ahead
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from eventwire.api.errors import ApiError
from eventwire.api.state import ApiState, get_state

TOKEN_ENV = "EVENTWIRE_TOKEN"
READ_ONLY_MESSAGE = (
    "this server is read-only: start it with the environment variable "
    f"{TOKEN_ENV} set to a secret (e.g. `{TOKEN_ENV}=$(openssl rand -hex 16) eventwire serve`) "
    "and send `Authorization: Bearer <token>` with each write"
)

# auto_error=False: a missing header is answered by check_token (401 or 403), not by FastAPI.
bearer = HTTPBearer(auto_error=False, description=f"the value of {TOKEN_ENV} on the server")


def check_token(configured: str | None, given: str | None) -> None:
    """Allow a write, or raise ApiError 403 (read-only server) or 401 (missing or wrong token)."""
    if not configured:
        raise ApiError(403, "read_only", READ_ONLY_MESSAGE)
    # compare_digest: the time taken does not tell how much of a guess was right.
    if given is None or not hmac.compare_digest(given.encode(), configured.encode()):
        message = "missing token" if given is None else "wrong token"
        raise ApiError(
            401,
            "unauthorized",
            f"{message}: send `Authorization: Bearer <token>` with the server's {TOKEN_ENV}",
            headers={"WWW-Authenticate": 'Bearer realm="eventwire"'},
        )


def require_writer(
    state: Annotated[ApiState, Depends(get_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """A route dependency: the request may write."""
    check_token(state.token, credentials.credentials if credentials else None)
