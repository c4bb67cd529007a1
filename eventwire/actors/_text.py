"""Text normalisation shared by the actor tables (private)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from importlib import resources

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


# Letters that no Unicode decomposition takes to a plain one: "Diyarbakır", "Łódź", "Tromsø".
PLAIN_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th"}
    | {"Ł": "L", "Ø": "O", "Đ": "D", "Ð": "D", "Þ": "Th"}
)


def fold(text: str) -> str:
    """Case- and accent-folded form, for lookups that forgive capitalisation and diacritics."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(PLAIN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def table_rows(name: str, columns: int) -> Iterator[list[str]]:
    """The rows of a tab-separated table in eventwire/data, padded to `columns` fields.

    Blank lines and lines starting with "#" are skipped.
    """
    text = resources.files("eventwire.data").joinpath(name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield (line.split("\t") + [""] * columns)[:columns]
