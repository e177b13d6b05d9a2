"""Sentence and clause frame for event assembly, robust to an empty or one-piece splitter output.

The text layer's sentences (adoc.sentences, with clauses) are used when present; when it returns a
single sentence for a multi-line text, a fallback splits on line breaks and . ! ? ؟ (sentences) and
، ؛ , (clauses) so extraction never depends on the splitter being there.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from marsad.models import AnalyzedDoc

_SENT = re.compile(r"[^\n.!?؟]+[.!?؟]*")
_CLAUSE = re.compile(r"[^،؛;,]+")
_TERMINAL = ".!?؟:\"')»"


@dataclass(slots=True)
class Frame:
    start: int
    end: int
    clauses: list[tuple[int, int]]
    paragraph: int
    headline: bool = False  # a short title-like line: its events summarise the body's
    index: int = 0
    places: list = field(default_factory=list)
    actors: list = field(default_factory=list)


def _fallback(text: str) -> list[tuple[int, int, list[tuple[int, int]], int]]:
    out = []
    for para, line in enumerate(re.finditer(r"[^\n]+", text)):
        for m in _SENT.finditer(text, line.start(), line.end()):
            a, b = m.span()
            if not text[a:b].strip():
                continue
            clauses = [c.span() for c in _CLAUSE.finditer(text, a, b) if text[c.start():c.end()].strip()]
            out.append((a, b, clauses or [(a, b)], para))
    return out


def frames(adoc: AnalyzedDoc) -> list[Frame]:
    """Sentences of the matching form, each with its clauses, paragraph and headline flag."""
    text = adoc.norm.text
    sents = adoc.sentences
    if len(sents) <= 1 and text.strip().count("\n") >= 1 or not sents:
        raw = _fallback(text)
    else:
        raw = [(s.start, s.end, s.clauses or [(s.start, s.end)], s.paragraph) for s in sents]
    out: list[Frame] = []
    lines = {}
    for a, b, cl, para in raw:
        lines.setdefault(para, []).append((a, b))
    for i, (a, b, cl, para) in enumerate(raw):
        line = lines[para]
        whole_line = len(line) == 1
        words = len(text[a:b].split())
        tail = text[a:b].rstrip()
        head = (whole_line and words <= 16 and (not tail or tail[-1] not in _TERMINAL or tail.endswith(".."))
                and i + 1 < len(raw))
        out.append(Frame(a, b, list(cl), para, head, i))
    return out


class FrameIndex:
    """Find the frame (sentence) holding a matching offset in O(log n)."""

    def __init__(self, fr: list[Frame]):
        self.frames = fr
        self.starts = [f.start for f in fr]

    def at(self, pos: int) -> Frame | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.frames[i].start <= pos < max(self.frames[i].end, self.frames[i].start + 1):
            return self.frames[i]
        return None


def clause_of(frame: Frame, pos: int) -> tuple[int, int]:
    for a, b in frame.clauses:
        if a <= pos < b:
            return a, b
    return frame.start, frame.end
