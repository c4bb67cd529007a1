"""Dashboard fixtures: hand-built stores for in-process page tests, a live server for Chromium.

In-process tests use `client` (httpx over ASGI, a store of hand-built records). Browser tests use
`live` (uvicorn on a free loopback port over a store into which the seed article, examples/ and
one hostile article were ingested once per session) and pytest-playwright's `page`, driving
Debian's Chromium: `browser_type_launch_args` below points Playwright at /usr/bin/chromium.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_data import HOSTILE, HOSTILE_EVENTS, Live, fill

from eventwire import Options
from eventwire.api import create_app
from eventwire.store import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SEED = REPO.parent / "shared" / "seed" / "iran-cuba-visit.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the browser tests last in the session.

    Playwright's sync API keeps its event loop marked as running in the main thread from the
    first browser test until the session ends, so an asyncio test after it could not start.
    """
    items.sort(key=lambda item: "page" in getattr(item, "fixturenames", ()))


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "web.duckdb")
    fill(path)
    return path


@pytest.fixture
async def client(db: str) -> AsyncIterator[httpx.AsyncClient]:
    """An ASGI client on the whole app (API and pages) over the hand-built store."""
    app = create_app(Options(db_path=db), token=None)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http
    app.state.eventwire.shared.close()


# -- the live server for browser tests ---------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Launch Debian's Chromium (never a downloaded browser); skip when it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: apt-get install chromium (make browser)")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """uvicorn on 127.0.0.1 over a store with the seed, examples/ and the hostile article."""
    import uvicorn

    from eventwire import batch

    db = str(tmp_path_factory.mktemp("live") / "live.duckdb")
    options = Options(db_path=db)
    paths = [str(EXAMPLES)] + ([str(SEED)] if SEED.exists() else [])
    with Store(db) as store:
        summary = batch.ingest(paths, store, options)
        assert summary.ingested == len(paths) - 1 + len(list(EXAMPLES.iterdir())), summary
        store.add_article(HOSTILE, HOSTILE_EVENTS)
        sources = {a.source: a.id for a in store.articles(limit=None)}
    seed_id = sources.get(str(SEED))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(options, token=None), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "the dashboard server did not start"
    try:
        yield Live(f"http://127.0.0.1:{port}", HOSTILE.id, seed_id)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
