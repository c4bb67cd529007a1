"""A small English detector: the share of common English function words among the tokens.

News prose in English is roughly a third function words; other languages share few of them.
To name the language an article is probably in (and to judge texts too short for a ratio),
the same share is counted for a handful of other European languages.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that are also frequent in another language (a, in, on, was, also, will, no, me, ...) are
# left out of that language's list so a German or Spanish text does not look English.
ENGLISH = _words(
    """
    the of and to a an in on at by for with from into over after before against between during
    about under that this these those is are was were be been being has have had will would
    could should can may might must not no but or if than then as it its he she his her they
    them their we our who whom which what when where while also said says there all more most
    such so only other some any do does did up out you i my me us him how why because since
    through both each very just
    """
)
OTHERS = {
    "French": _words(
        """
        le la les de des du un une et est en que qui dans pour pas sur au aux avec par plus ce
        cette ces il elle ils elles sont ont été leur leurs mais ou où nous vous son sa ses se
        ne être fait comme
        """
    ),
    "German": _words(
        """
        der die das den dem des und ist nicht mit von zu sich auf für ein eine einen einem
        einer im auch es bei aus nach wie sie er werden wird hat haben dass oder aber als am um
        noch über vor sind war wurde wurden zum zur
        """
    ),
    "Spanish": _words(
        """
        el la los las de del y que en un una es por con para se su sus al lo como más pero fue
        ha han este esta son está entre sobre también sin hay muy
        """
    ),
    "Italian": _words(
        """
        il di che e la per non con una sono del della delle dei gli le si ha nel nella alla
        anche come più ma è questo questa stato
        """
    ),
    "Portuguese": _words(
        """
        o os de do da dos das que e em um uma para com não por se na no nas nos mais foi como
        ao à pelo pela seu sua são está também
        """
    ),
    "Dutch": _words(
        """
        de het een van en dat op te zijn voor met niet aan er ook als bij maar naar werd wordt
        heeft hebben dit deze
        """
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Below this many tokens a ratio says little: only a clearly foreign text is rejected.
SHORT_TEXT_TOKENS = 20


def share_of(words: frozenset[str], tokens: list[str]) -> float:
    """The share of `tokens` that are in `words` (0.0 for no tokens)."""
    if not tokens:
        return 0.0
    return sum(token in words for token in tokens) / len(tokens)


def english_problem(text: str, min_ratio: float) -> str | None:
    """Why `text` is not English, as a one-line reason; None when it reads as English.

    A `min_ratio` of 0 turns the check off (extraction alone works in any language).
    """
    letters = [char for char in text if char.isalpha()]
    if not letters or min_ratio <= 0:
        return None
    # Scripts outside Latin (Cyrillic, Hangul, Arabic, ...) are caught before counting words.
    latin = sum(char < "\u0250" for char in letters)
    if latin / len(letters) < 0.5:
        return "not English: written mostly in a non-Latin script"
    tokens = _TOKEN.findall(text.lower())
    english = share_of(ENGLISH, tokens)
    language, other = max(
        ((name, share_of(words, tokens)) for name, words in OTHERS.items()),
        key=lambda pair: pair[1],
    )
    looks_foreign = other > english
    if len(tokens) < SHORT_TEXT_TOKENS:
        if looks_foreign and other >= 0.15:
            return f"not English: looks like {language}"
        return None
    if english < min_ratio or looks_foreign:
        guess = f", looks like {language}" if looks_foreign else ""
        return f"not English: {english:.0%} common English words (need {min_ratio:.0%}){guess}"
    return None
