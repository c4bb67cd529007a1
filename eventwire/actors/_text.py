"""Text normalisation shared by the actor tables (private)."""

from __future__ import annotations

import re
import unicodedata

# News text mixes straight and typographic apostrophes; the tables use the straight one.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def clean_name(text: str) -> str:
    """`text` with unified apostrophes and spaces, no leading "the" and no possessive ending."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = " ".join(text.split())
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


def fold(text: str) -> str:
    """Case- and accent-folded form, for lookups that forgive capitalisation and diacritics."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
