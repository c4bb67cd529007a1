"""What every route needs: the shared store, the options and the write token."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from eventwire.options import Options
from eventwire.store.shared import SharedStore


@dataclass(frozen=True)
class ApiState:
    """The server's state: one shared store, the options, and the token writes need (or None)."""

    shared: SharedStore
    options: Options
    token: str | None

    @property
    def writable(self) -> bool:
        """Whether writes are enabled (a token is configured)."""
        return bool(self.token)


def get_state(request: Request) -> ApiState:
    """The ApiState of the app serving this request."""
    state = request.app.state.eventwire
    assert isinstance(state, ApiState)
    return state
