"""Shared fixtures: one loaded pipeline per test session, paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "iran-cuba-visit.txt"


@pytest.fixture(scope="session")
def nlp():
    """The full eventwire pipeline, loaded once for the whole session."""
    from eventwire.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def seed_path() -> Path:
    """The founding article, read from ../shared; the test skips when it is absent."""
    if not SEED.exists():
        pytest.skip("../shared/seed/iran-cuba-visit.txt is not present")
    return SEED
