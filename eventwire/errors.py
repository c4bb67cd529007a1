"""Every exception eventwire raises on purpose.

EventwireError
├── InputRejected      an input cannot become an Article (binary, empty, not English, ...)
├── ModelMissing       the spaCy model is not installed
├── StoreError         the database cannot be opened or written
│   └── SchemaError    the file's schema is newer than this eventwire knows
└── NotFound           an id asked for does not exist
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputRejected(EventwireError):
    """An input cannot be turned into an article; `reason` is one line for the user."""

    def __init__(self, reason: str, source: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source


class ModelMissing(EventwireError):
    """The spaCy model is missing; the message carries the install command."""


class StoreError(EventwireError):
    """The database cannot be opened, migrated or written."""


class SchemaError(StoreError):
    """The database was written by a newer eventwire."""


class NotFound(EventwireError):
    """No record has the id asked for."""
