"""Dates: the article's publication date, every temporal expression, and the date of an event span.

``recognise_dates(adoc)`` fills ``adoc.pub_date`` (see ``time_pubdate``) and ``adoc.dates`` (one
``DateMention`` per expression, resolved against the publication date by ``time_resolve``).
``date_for_span(adoc, start, end)`` is what the event extractor calls for a trigger or clause.

Never the processing date: an article with no usable evidence keeps ``pub_date.date`` None, its
relative expressions stay unresolved, and its events get ``date`` None.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from marsad.models import AnalyzedDoc, DateMention
from marsad.recognise.time_lexicon import grammar
from marsad.recognise.time_pubdate import infer_pub_date, is_future, parse_metadata_date
from marsad.recognise.time_resolve import Resolved, resolve
from marsad.recognise.time_scan import Expr, scan

_MIN_TOL = {1: 0, 2: 3, 3: 15}
_SENT_END = re.compile(r"[.!?؟]+(?=\s|$)|\n")
_CLAUSE_BREAK = re.compile(r"[،,؛;]")


@dataclass(slots=True)
class EventTime:
    """The date an event span takes (see ``date_for_span``)."""

    date: str | None  # ISO date; None when nothing is known
    precision: int | None  # ACLED time_precision 1/2/3; None with date None
    tolerance_days: int = 0
    background: bool = False  # governed by a past-context expression: a historical event
    source: str = "unknown"  # sentence|paragraph|publication|unknown
    mention: DateMention | None = None  # the governing expression, when there is one


def recognise_dates(adoc: AnalyzedDoc, today: date | None = None) -> None:
    """Fill ``adoc.pub_date`` and ``adoc.dates``.

    ``today`` (default: the clock) is used only as an upper bound on the publication date (an
    article is not from the future); it is never returned as a date.
    """
    text = adoc.norm.text
    exprs = scan(text)
    adoc.pub_date = infer_pub_date(adoc, exprs, today or date.today())
    pub = parse_metadata_date(adoc.pub_date.date)
    prec = adoc.pub_date.precision
    adoc.dates = [_mention(adoc, e, resolve(e, pub, prec), pub) for e in exprs]


def _orig_span(adoc: AnalyzedDoc, start: int, end: int) -> tuple[int, int]:
    """Original span of [start, end), extended over trailing diacritics/tatweel ("أمسْ")."""
    a, b = adoc.orig_span(start, end)
    src = adoc.document.text
    while b < len(src) and (unicodedata.category(src[b]) == "Mn" or src[b] == "\u0640"):
        b += 1
    return a, b


def _mention(adoc: AnalyzedDoc, e: Expr, r: Resolved, pub: date | None) -> DateMention:
    text = adoc.norm.text
    a, b = _orig_span(adoc, e.start, e.end)
    kind, background, note = r.kind, False, r.note
    before = _clause_before(text, e.start)
    if e.family in ("year", "yearrel", "month", "absolute", "hijri", "ago") and \
            grammar().anchor_cue.search(before) and e.family != "ago":
        kind, background = "anchor", True
        note = (note + "; " if note else "") + "reference point ('لأول مرة منذ/بعد …'), not the event's time"
    elif r.year_only is not None:
        future = is_future(text, e)
        background = not future and (pub is None or r.year_only < pub.year)
    elif e.since and e.family in ("month",) or (e.family == "ago" and e.unit in ("month", "year") and e.since):
        background = True
    elif r.date is not None and pub is not None:
        if r.precision == 3 and (r.date.year, r.date.month) < (pub.year, pub.month):
            background = True
        elif (pub - r.date).days > 31:
            background = True
        elif _pluperfect(text, e.start) and (pub - r.date).days > 1:
            background = True  # "وكانت القوات قد سيطرت … الأحد الماضي": earlier context
    elif r.date is None and pub is None and e.rel == "past":
        background = e.family == "month" or _pluperfect(text, e.start)
    prec = r.precision if r.date is not None else None
    return DateMention(
        start=e.start, end=e.end, orig_start=a, orig_end=b, surface=adoc.document.text[a:b],
        date=r.date.isoformat() if r.date else None, precision=prec,
        tolerance_days=max(r.tolerance, _MIN_TOL.get(prec, 0)) if prec else 0,
        kind=kind, background=background, note=note,
    )


def _clause_before(text: str, pos: int, width: int = 70) -> str:
    lo = max(0, pos - width)
    chunk = text[lo:pos]
    cut = max(chunk.rfind(c) for c in ".،,؛;\n!?؟")
    return chunk[cut + 1:] if cut >= 0 else chunk


_PLUPERFECT = re.compile(r"^\s*(?:و|ف)?(?:كان|كانت|كانوا)(?!\w)")


def _pluperfect(text: str, pos: int) -> bool:
    """The sentence holding ``pos`` opens with كان ("وكان … قد"): it narrates earlier context."""
    s0, _ = _bounds(text, pos, pos)
    return bool(_PLUPERFECT.match(text[s0:pos]))


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Sentence bounds around [start, end) by a cheap scan for . ! ? ؟ and line breaks."""
    lo = 0
    for m in _SENT_END.finditer(text, max(0, start - 600), start):
        lo = m.end()
    m = _SENT_END.search(text, end)
    return lo, (m.start() if m else len(text))


def _sentence(adoc: AnalyzedDoc, start: int, end: int) -> tuple[int, int]:
    if len(adoc.sentences) > 1:
        s = adoc.sentence_at(start)
        if s is not None:
            return s.start, s.end
    return _bounds(adoc.norm.text, start, end)


def _paragraph(text: str, start: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    return lo, len(text) if hi < 0 else hi


def _governs(text: str, m: DateMention, start: int, end: int) -> bool:
    """Whether mention ``m`` can date an event at [start, end) of the same sentence."""
    if m.kind in ("anchor", "report"):
        return False
    if m.kind == "year":
        if not m.background:
            return False  # a bare year cannot date an ACLED event; it may only mark history
        gap = text[m.end:start] if m.end <= start else text[end:m.start]
        return not (_CLAUSE_BREAK.search(gap) or grammar().background_cue.search(gap))
    return True


def _time(adoc: AnalyzedDoc, m: DateMention, source: str) -> EventTime:
    return EventTime(m.date, m.precision if m.date else None, m.tolerance_days if m.date else 0,
                     m.background, source, m)


def date_for_span(adoc: AnalyzedDoc, start: int, end: int) -> EventTime:
    """The date of the event whose trigger/clause spans [start, end) (matching offsets).

    1. Sentence: among the sentence's mentions that can govern (not a reference point "لأول مرة
       منذ …", not "في وقت سابق اليوم" which dates the report; a bare year only when it marks
       history and sits in the same clause), one overlapping the span; else the nearer of the
       two neighbours (previous, next) that sit in the span's own clause (no ، , ؛ between them:
       "التفجير الذي استهدف السوق يوم السبت الماضي" after "أمس الأحد،"); else the nearest one
       before the span; else the nearest after it. "في وقت سابق اليوم" is used only if the
       sentence has nothing else.
    2. Paragraph: the nearest earlier non-background mention of the paragraph (background does
       not carry across sentences).
    3. Publication: ``adoc.pub_date`` with its precision (tolerance 3 for week, 15 for month).
    4. Otherwise date None, source "unknown".

    A governing mention that cannot be resolved (publication date unknown) gives date None with
    that mention, never a guess. ``background`` True means the span is governed by past context
    (عام 2018، منذ حزيران الماضي، a pluperfect "وكانت … قد … الأحد الماضي", anything over a month
    before publication): callers skip such events.
    """
    text = adoc.norm.text
    s0, s1 = _sentence(adoc, start, end)
    in_sentence = [m for m in adoc.dates if s0 <= m.start and m.end <= s1]
    usable = [m for m in in_sentence if _governs(text, m, start, end)]
    before = [m for m in usable if m.end <= start]
    after = [m for m in usable if m.start >= end]
    inside = [m for m in usable if m.start < end and m.end > start]
    same_clause = [m for m in before[-1:] + after[:1]
                   if not _CLAUSE_BREAK.search(text[m.end:start] if m.end <= start else text[end:m.start])]
    same_clause.sort(key=lambda m: start - m.end if m.end <= start else m.start - end)
    pick = inside or same_clause[:1] or before[-1:] or after[:1]
    if pick:
        return _time(adoc, pick[0], "sentence")
    reports = [m for m in in_sentence if m.kind == "report"]
    if reports:
        return _time(adoc, reports[0], "sentence")
    p0, _ = _paragraph(text, start)
    earlier = [m for m in adoc.dates if p0 <= m.start and m.end <= s0 and not m.background
               and m.kind not in ("anchor", "year", "report")]
    if earlier:
        return _time(adoc, earlier[-1], "paragraph")
    pd = adoc.pub_date
    if pd.date:
        return EventTime(pd.date, pd.precision, _MIN_TOL.get(pd.precision or 1, 0), False, "publication")
    return EventTime(None, None, 0, False, "unknown")
