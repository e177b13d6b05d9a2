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


class LazyTokens(list):
    """``adoc.tokens``: a real ``list`` of Tokens, built the first time anything reads or changes it.

    Why lazy: the recognisers scan the matching form with their own automata and none reads the
    tokens today, yet building them was ~5% of analysis. Every list method (len, iteration, indexing,
    comparison, mutation, copy, pickle) builds the tokens first, so a reader sees exactly what the
    eager version produced. ``LazyTokens(items)`` is an ordinary, already-built list (copies, asdict).
    Caveat: C code that reads a list's storage without calling its methods (``json.dumps``,
    ``str.join``, slice assignment *from* it) sees it empty until it is first used (e.g. ``len``).
    """

    __slots__ = ("_text",)

    def __init__(self, items=(), *, text: str | None = None) -> None:
        super().__init__(items)
        self._text = text

    def _fill(self) -> None:
        text = self._text
        if text is not None:
            self._text = None
            list.extend(self, _build(text))

    def __radd__(self, other):  # [..] + tokens: list's own concat would read the storage before it is built
        self._fill()
        return list.__add__(other, self) if isinstance(other, list) else NotImplemented

    def __reduce_ex__(self, protocol):  # copy/deepcopy/pickle: an already-built list
        self._fill()
        return (LazyTokens, (list(list.__iter__(self)),))


def _filling(name: str):
    base = getattr(list, name)

    def method(self, *args, **kwargs):
        self._fill()
        return base(self, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = base.__doc__
    return method


for _name in (
    "__len__", "__iter__", "__reversed__", "__getitem__", "__contains__", "__eq__", "__ne__", "__lt__", "__le__",
    "__gt__", "__ge__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__", "__setitem__", "__delitem__",
    "__repr__", "append", "extend", "insert", "pop", "remove", "index", "count", "clear", "copy", "sort", "reverse",
):  # fmt: skip
    setattr(LazyTokens, _name, _filling(_name))


def tokenize(adoc: AnalyzedDoc) -> None:
    """Fill ``adoc.tokens``: letter/digit runs of ``adoc.norm.text`` with clitic readings (built on first use)."""
    adoc.tokens = LazyTokens(text=adoc.norm.text)
