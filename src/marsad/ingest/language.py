"""Is a text mainly Arabic? The share of Arabic letters among all letters, URLs ignored."""
from __future__ import annotations

import re

_URL = re.compile(r"(?:https?://|www\.)\S+")
_AR = (r"\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u0750-\u077F"
       r"\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC")
_NOT_ARABIC_LETTER = re.compile(r"[^" + _AR + "]+")
_OTHER_LETTER = re.compile(r"[^\W\d_" + _AR + "]")  # a letter outside the Arabic blocks

MIN_ARABIC = 0.5


def arabic_ratio(text: str) -> float:
    """Arabic letters / letters (0.0 for a text without letters)."""
    text = _URL.sub(" ", text)
    # Arabic letters are counted by deleting runs of everything else (several times faster than
    # findall); other letters, rare in the texts that matter, by findall
    arabic = len(_NOT_ARABIC_LETTER.sub("", text))
    letters = arabic + len(_OTHER_LETTER.findall(text))
    if not letters:
        return 0.0
    return arabic / letters


def is_mainly_arabic(text: str) -> tuple[bool, float]:
    r = arabic_ratio(text)
    return r >= MIN_ARABIC, r
