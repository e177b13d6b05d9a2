"""Is a text mainly Arabic? The share of Arabic letters among all letters, URLs ignored."""
from __future__ import annotations

import re

_URL = re.compile(r"(?:https?://|www\.)\S+")
_NOT_ARABIC_LETTER = re.compile(r"[^\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u0750-\u077F"
                            r"\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")

MIN_ARABIC = 0.5


def arabic_ratio(text: str) -> float:
    """Arabic letters / letters (0.0 for a text without letters)."""
    text = _URL.sub(" ", text)
    # counting by deleting runs of everything else is several times faster than findall
    letters = len(_NOT_LETTER.sub("", text))
    if not letters:
        return 0.0
    return len(_NOT_ARABIC_LETTER.sub("", text)) / letters


def is_mainly_arabic(text: str) -> tuple[bool, float]:
    r = arabic_ratio(text)
    return r >= MIN_ARABIC, r
