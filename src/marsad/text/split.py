"""Sentences, clauses and paragraphs of the matching form, in one regex pass.

Rules (documented in docs/text.md):
- paragraph: every non-blank line (scraped news puts one paragraph per line; blank lines are spacing);
- sentence: ends at a line break, or after ``.`` ``!`` ``?`` ``؟`` (with any closing quote or bracket
  right after it), except a ``.`` between digits (3.5, 29.7.2021), a ``.`` after a one-letter
  abbreviation (د. ، U.S.), a run of two or more dots ("درعا.. نسف": a headline separator), and any
  of these inside a quotation ("…" after normalisation: “…” «…» "…" all become ``"``);
- clause: a sentence is further cut at ``،`` ``؛`` ``;``, at ``,`` (not between digits) and at dot runs;
  clauses may split inside quotations, sentences may not.
Offsets are matching-form offsets; a sentence keeps its final punctuation, a clause drops its
delimiter; both are trimmed of whitespace.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from marsad.models import AnalyzedDoc, Sentence

_LINE = re.compile(r"[^\n]+")
_QUOTE = re.compile(r'"[^"\n]*"')
_CAND = re.compile(r"\.{2,}|…|[.!?؟]+|[،؛;,]")
_CLOSERS = "\"')]}»”’"
_SPACE = " \t\r\f\v\u00a0"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _SPACE:
        a += 1
    while b > a and text[b - 1] in _SPACE:
        b -= 1
    return a, b


def _is_abbreviation(text: str, dot: int, line_start: int) -> bool:
    """A one-letter word before the dot (د. م. U.S.), not a number's suffix such as 2021م."""
    if dot - 1 < line_start or not text[dot - 1].isalpha():
        return False
    if dot - 2 >= line_start and (text[dot - 2].isalnum()):
        return False
    return True


def split_text(text: str) -> list[Sentence]:
    """Sentences of ``text`` (any string; the pipeline passes the matching form)."""
    quotes = [m.span() for m in _QUOTE.finditer(text)]
    q_starts = [a for a, _ in quotes]
    out: list[Sentence] = []
    paragraph = -1
    n = len(text)

    def in_quote(pos: int) -> bool:
        i = bisect_right(q_starts, pos) - 1
        return i >= 0 and quotes[i][0] < pos < quotes[i][1] - 1

    for line in _LINE.finditer(text):
        ls, le = line.span()
        if not text[ls:le].strip():
            continue
        paragraph += 1
        s_start, c_start = ls, ls
        clauses: list[tuple[int, int]] = []

        def close_clause(end: int, nxt: int) -> None:
            nonlocal c_start
            a, b = _trim(text, c_start, end)
            if b > a:
                clauses.append((a, b))
            c_start = nxt

        def close_sentence(end: int) -> None:
            nonlocal s_start, clauses
            a, b = _trim(text, s_start, end)
            if b > a:
                out.append(Sentence(a, b, [c for c in clauses if c[0] >= a and c[1] <= b] or [(a, b)],
                                    paragraph))
            s_start = end
            clauses = []

        for m in _CAND.finditer(text, ls, le):
            p, q = m.span()
            ch = text[p]
            if ch in "،؛;":
                close_clause(p, q)
                continue
            if ch == ",":
                if 0 < p and q < n and text[p - 1].isdigit() and text[q].isdigit():
                    continue
                close_clause(p, q)
                continue
            if (q - p >= 2 and ch == ".") or ch == "…":
                close_clause(p, q)
                continue
            if ch == "." and 0 < p and q < n and text[p - 1].isdigit() and text[q].isdigit():
                continue  # 3.5, 29.7.2021
            if ch == "." and _is_abbreviation(text, p, ls):
                continue
            if in_quote(p):
                continue
            while q < le and text[q] in _CLOSERS and not in_quote(q):
                q += 1
            close_clause(p, q)
            close_sentence(q)
            c_start = q
        close_clause(le, le)
        close_sentence(le)
    return out


def split_sentences(adoc: AnalyzedDoc) -> None:
    """Fill ``adoc.sentences`` from ``adoc.norm.text``."""
    adoc.sentences = split_text(adoc.norm.text)
