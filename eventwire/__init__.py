"""eventwire: political event data from news, every event traceable to its sentence."""

from eventwire.errors import EventwireError, InputRejected, ModelMissing, NotFound, StoreError
from eventwire.options import Options
from eventwire.records import Actor, Article, Event, Evidence, Location, Rejection

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "EventwireError",
    "Evidence",
    "InputRejected",
    "Location",
    "ModelMissing",
    "NotFound",
    "Options",
    "Rejection",
    "StoreError",
    "__version__",
]
