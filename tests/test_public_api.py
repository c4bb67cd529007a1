"""The public surface is small and pinned; the README documents every command."""

from __future__ import annotations

import re
from pathlib import Path

import eventwire
from eventwire.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def test_exported_members():
    assert set(eventwire.__all__) == {
        "Actor",
        "Article",
        "Event",
        "EventFilter",
        "EventwireError",
        "Evidence",
        "InputRejected",
        "Location",
        "ModelMissing",
        "NotFound",
        "Options",
        "Rejection",
        "SchemaError",
        "Store",
        "StoreError",
        "__version__",
        "article_from_html",
        "article_from_text",
        "code_article",
        "code_articles",
        "extract_path",
        "ingest_paths",
        "read_paths",
    }
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None


def test_every_command_and_option_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert f"eventwire {name}" in readme, f"README does not document `eventwire {name}`"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"README does not mention {opt} of `eventwire {name}`"


def test_readme_starts_with_the_two_commands():
    head = "\n".join(README.read_text(encoding="utf-8").splitlines()[:6])
    assert re.search(r"make demo", head) and re.search(r"make test", head)
