"""`eventwire serve`: options, the printed URL, read-only notice; uvicorn itself is replaced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Catch what would be served instead of serving it."""
    import uvicorn

    calls: dict[str, Any] = {}

    def fake_run(app: Any, host: str, port: int, **kw: Any) -> None:
        calls.update(app=app, host=host, port=port)
        app.state.eventwire.shared.close()

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return calls


def test_serve_prints_the_url_and_is_read_only_without_a_token(
    tmp_path: Path, served: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    db = str(tmp_path / "serve.duckdb")
    result = CliRunner().invoke(main, ["serve", "--db", db, "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output and db in result.output
    assert "read-only: set EVENTWIRE_TOKEN" in result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8123)
    assert served["app"].state.eventwire.options.db_path == db


def test_serve_takes_the_global_db_and_a_token(
    tmp_path: Path, served: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTWIRE_TOKEN", "t")
    db = str(tmp_path / "global.duckdb")
    result = CliRunner().invoke(main, ["--db", db, "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "http://0.0.0.0:8000/" in result.output and "read-only" not in result.output
    assert served["app"].state.eventwire.writable


def test_serve_refuses_a_bad_port(served: dict[str, Any]) -> None:
    result = CliRunner().invoke(main, ["serve", "--port", "70000"])
    assert result.exit_code == 2 and not served
