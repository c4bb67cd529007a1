"""Readers shared by the tests of the team's own data files (training and held-out sentences)."""

from __future__ import annotations

import json
import re
from pathlib import Path


def read_jsonl(path: Path) -> list[dict]:
    """Every line as a JSON object; a blank line or a non-object fails the test that reads it."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number} is blank"
        row = json.loads(line)
        assert isinstance(row, dict), f"{path.name}:{number} is not an object"
        rows.append(row)
    return rows


def normalise(text: str) -> str:
    """Lower case with punctuation folded to spaces, to find near-identical sentences."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
