"""Words of the matching form with their candidate proclitic readings.

Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال) onto the next word:
"وبالرقه" is و + ب + ال + رقه. Dictionaries hold bare names ("الرقه", "رقه"), so recognisers try each
reading's stem. Readings are offered, not chosen: ambiguity ("والي" governor vs و + الي) is left to
the recogniser that knows the dictionary. The surface prefix is what is written: ل + ال is written
"لل" ("للنظام" = لل + نظام), so "لال" is never a prefix.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.models import AnalyzedDoc, Token

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
_ART = ("", "ال")


def _prefixes() -> tuple[str, ...]:
    out = set()
    for c in _CONJ:
        for p in _PREP:
            for a in _ART:
                surface = c + ("لل" if p == "ل" and a else p + a)
                if surface:
                    out.add(surface)
    return tuple(sorted(out, key=lambda s: (len(s), s)))


PREFIXES = _prefixes()  # و ف ب ك ل ال وب … لل وال … وبال فلل ولل …
MIN_STEM = 2
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u066E-\u06D3]+")
_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=200_000)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    out = [("", word)]
    if _ARABIC_WORD.fullmatch(word):
        for p in PREFIXES:
            if len(word) - len(p) >= MIN_STEM and word.startswith(p):
                out.append((p, word[len(p):]))
    return tuple(out)


def clitic_readings(word: str) -> list[tuple[str, str]]:
    """(prefix, stem) readings of one word, unsplit first, then by growing prefix length.

    Pass the matching form (alef/taa-marbuta variants unified). A split is offered only when the
    stem keeps at least two letters; non-Arabic words get only the unsplit reading.
    """
    return list(_readings(word))


def _build(text: str) -> list[Token]:
    return [Token(m[0], m.start(), m.end(), list(_readings(m[0]))) for m in _TOKEN.finditer(text)]


def tokenize_text(text: str) -> list[Token]:
    """Letter/digit runs of a matching-form text with their clitic readings (matching offsets)."""
    return _build(text)


def tokenize(adoc: AnalyzedDoc) -> None:
    """Build ``adoc.tokens`` now (it is otherwise built on first read: see ``AnalyzedDoc.tokens``)."""
    adoc.tokens  # noqa: B018 - reading the cached property builds it
