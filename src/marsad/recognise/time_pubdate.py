"""Infer an article's publication date from every kind of evidence, recording where it came from.

Order of trust: metadata; a date in the text anchored to the day of writing ("اليوم الخميس 29
تموز 2021", a dateline, "نشر في …"); the article's own URL path (/2021/08/03/, /20210803/); a day and
month anchored to the day of writing whose year is fixed by its weekday within the bounds the
article gives; an embedded X/Twitter status id (a lower bound: the article quotes the tweet)
refined by the weekday of writing; the article URL's month. Bounds: years and dated links the
article mentions as past (the article is no earlier), and the processing date (no later; only
ever a bound, never an answer). When the evidence leaves several dates, the date stays unknown and
the candidates are listed.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from marsad.models import AnalyzedDoc, PubDate
from marsad.recognise.time_lexicon import grammar
from marsad.recognise.time_resolve import hijri_to_date, last_weekday, safe_date
from marsad.recognise.time_scan import Expr

TWITTER_EPOCH_MS = 1288834974657
SNOWFLAKE_START = date(2010, 11, 5)  # ids before the switch to snowflakes decode to ~2010-11-04
MAX_CANDIDATES = 12
EARLIEST_YEAR = 1990
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_ANCHOR_SHIFT = {"today": 0, "night": 0, "yesterday": 1}  # days from the named date to the writing
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def tweet_time(status_id: int) -> datetime | None:
    """UTC time a snowflake status id was created; None for pre-snowflake (sequential) ids."""
    ms = (status_id >> 22) + TWITTER_EPOCH_MS
    try:
        when = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    return when if when.date() >= SNOWFLAKE_START else None


def parse_metadata_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO.match(value)
    return safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _urls(adoc: AnalyzedDoc) -> list[str]:
    """Links removed by the cleaner plus any still in the original text (cheap regex)."""
    seen: dict[str, None] = {}
    raw = adoc.document.text
    in_text = grammar().url.findall(raw) if ("http" in raw or "www." in raw) else []
    for u in list(adoc.links) + list(adoc.document.links) + in_text:
        seen.setdefault(u, None)
    return list(seen)


def url_date(url: str) -> tuple[date, int] | None:
    """(date, precision) a URL path carries: /2021/08/03/ or /20210803 (1), /2021/08/ (3)."""
    g = grammar()
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    m = g.url_ymd.search(path)
    if m:
        y, mo = int(m[1]), int(m[2])
        if m[3]:
            d = safe_date(y, mo, int(m[3]))
            if d:
                return d, 1
        if 1 <= mo <= 12:
            return date(y, mo, 1), 3
    m = g.url_compact.search(path)
    if m:
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            return d, 1
    return None


def _clause_before(text: str, pos: int, width: int = 60) -> str:
    """Text before ``pos`` back to the previous clause/sentence break (at most ``width`` chars)."""
    lo = max(0, pos - width)
    chunk = text[lo:pos]
    cut = max(chunk.rfind(c) for c in ".،,؛;\n!?؟")
    return chunk[cut + 1:] if cut >= 0 else chunk


def is_future(text: str, e: Expr) -> bool:
    return bool(grammar().future_cue.search(_clause_before(text, e.start)))


def _pub_weekday(exprs: list[Expr]) -> tuple[int | None, list[str]]:
    """Weekday of the day of writing: "اليوم الخميس" → Thursday, "أمس الثلاثاء" → Wednesday,
    a night "ليل الإثنين الثلاثاء" (weaker) → Tuesday. Conflicting cues give None."""
    strong: set[int] = set()
    weak: set[int] = set()
    for e in exprs:
        if e.wd is None:
            continue
        if e.family in ("today", "report") or (e.today and e.family in ("absolute", "hijri")):
            strong.add(e.wd)
        elif e.family == "yesterday":
            strong.add((e.wd + 1) % 7)
        elif e.family == "night" and e.wd2 is not None:
            weak.add(e.wd2)
    pick = strong or weak
    if len(pick) == 1:
        wd = next(iter(pick))
        return wd, [f"weekday of writing: {_WEEKDAY_EN[wd]}" + ("" if strong else " (night)")]
    if len(pick) > 1:
        return None, ["conflicting weekday cues: " + ", ".join(_WEEKDAY_EN[w] for w in sorted(pick))]
    return None, []


def _is_dateline(text: str, e: Expr) -> bool:
    """A date standing as a dateline (its own short line, first 80 chars), after "نشر في", or
    on the closing line after "محدثة حتى"."""
    g = grammar()
    if g.dateline_cue.search(text[max(0, e.start - 25):e.start]):
        return True
    ls = text.rfind("\n", 0, e.start) + 1
    le = text.find("\n", e.end)
    le = len(text) if le < 0 else le
    if not text[le:].strip() and g.closing_cue.search(text[max(ls, e.start - 40):e.start]):
        return True
    line = text[ls:le]
    short_line = len(line.strip()) <= (e.end - e.start) + 25
    return short_line and (ls == 0 or le >= len(text.rstrip()) or e.start < 80)


def infer_pub_date(adoc: AnalyzedDoc, exprs: list[Expr], today: date) -> PubDate:
    """The publication date of ``adoc`` (never ``today``: that is only an upper bound)."""
    doc = adoc.document
    text = adoc.norm.text
    meta = parse_metadata_date(doc.published)
    if meta is not None:
        return _pub(meta, 1, "metadata", [f"metadata published={doc.published}"])
    evidence: list[str] = []
    if doc.published:
        evidence.append(f"metadata published={doc.published!r} is not an ISO date; ignored")

    lower: list[tuple[date, str]] = []
    upper = today
    article_url = url_date(doc.url) if doc.url else None
    tweets: list[date] = []
    for u in _urls(adoc):
        if u == doc.url:
            continue
        for sid in grammar().tweet.findall(u):
            when = tweet_time(int(sid))
            if when is not None:
                tweets.append(when.date())
                evidence.append(f"tweet {sid} posted {when:%Y-%m-%dT%H:%MZ}")
        found = url_date(u)
        if found:
            lower.append((found[0], f"embedded link dated {found[0]:%Y-%m}"
                          + (f"-{found[0]:%d}" if found[1] == 1 else "")))
    if tweets:
        lower.append((max(tweets), "latest embedded tweet"))

    anchored_full: list[tuple[date, str]] = []  # (publication date it implies, surface)
    anchored_partial: list[tuple[Expr, int]] = []  # (day-month without year, days to publication)
    windows: list[tuple[date, date, str]] = []  # "يوم السبت الماضي (18 …)": publication 1-7 days later
    for e in exprs:
        if e.family == "year" and not is_future(text, e):
            lower.append((date(e.year, 1, 1), f"year {e.year} mentioned"))
        elif e.family in ("absolute", "hijri", "range"):
            full = None
            if e.year is not None:
                full = (hijri_to_date(e.year, e.month, e.day) if e.hijri
                        else safe_date(e.year, e.month, e.day))
            shift = _ANCHOR_SHIFT.get(e.anchor or "")
            if shift is None and _is_dateline(text, e):
                shift = 0
            surface = text[e.start:e.end]
            if shift is not None:
                if full:
                    anchored_full.append((full + timedelta(days=shift), surface))
                elif e.year is None:
                    anchored_partial.append((e, shift))
            elif full and e.anchor == "past":
                windows.append((full + timedelta(days=1), full + timedelta(days=7), surface))
            elif full and not is_future(text, e):
                lower.append((full, f"date {full} mentioned"))
        elif e.family == "month" and e.year and not is_future(text, e):
            lower.append((date(e.year, e.month, 1), f"month {e.year}-{e.month:02d} mentioned"))

    wd, wd_notes = _pub_weekday(exprs)
    evidence.extend(wd_notes)
    low = max(lower, default=None)
    if low:
        evidence.append(f"no earlier than {low[0]} ({low[1]})")
    evidence.append(f"no later than the processing date {upper}")

    if anchored_full:
        d, surface = anchored_full[0]
        others = sorted({x for x, _ in anchored_full} - {d})
        if others:
            evidence.append("other dates of writing in the text: " + ", ".join(map(str, others)))
        return _pub(d, 1, "text", evidence + [f"date of writing in the text: {surface}"])
    for lo_w, hi_w, surface in windows:
        if wd is not None:
            fits = [lo_w + timedelta(days=k) for k in range((hi_w - lo_w).days + 1)
                    if (lo_w + timedelta(days=k)).weekday() == wd]
            if len(fits) == 1:
                return _pub(fits[0], 1, "text", evidence + [f"'{surface}' is in the past week; "
                                                            f"the {_WEEKDAY_EN[wd]} after it"])
    if article_url and article_url[1] == 1:
        return _pub(article_url[0], 1, "url", evidence + [f"article URL {doc.url}"])
    if article_url:
        first = article_url[0]
        nxt = safe_date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        low = max(low, (first, "article URL month")) if low else (first, "article URL month")
        upper = min(upper, nxt - timedelta(days=1))

    lo = low[0] if low else date(EARLIEST_YEAR, 1, 1)
    if anchored_partial:
        e, shift = anchored_partial[0]
        cands = [c + timedelta(days=shift) for c in _day_month_candidates(
            e, lo - timedelta(days=shift), upper - timedelta(days=shift), None if shift else wd)]
        surface = text[e.start:e.end]
        if len(cands) == 1:
            src = "weekday" if e.wd is not None else "text"
            return _pub(cands[0], 1, src, evidence + [f"'{surface}': the only fitting year"])
        if cands:
            return _pub(None, None, "unknown", evidence + [f"'{surface}': {len(cands)} years fit"],
                           [c.isoformat() for c in cands[-MAX_CANDIDATES:]])
        evidence.append(f"'{surface}': no year between {lo} and {upper} fits")
    if tweets:
        t = max(tweets)
        if wd is not None:
            d = t + timedelta(days=(wd - t.weekday()) % 7)
            if d <= upper:
                return _pub(d, 1, "tweet-id", evidence + [f"first {_WEEKDAY_EN[wd]} on or after the tweet"])
        return _pub(t, 2, "tweet-id", evidence + ["on or after the embedded tweet (within the week)"])
    if article_url:
        d = article_url[0].replace(day=15)
        return _pub(d, 3, "url", evidence + [f"article URL month {doc.url}"])
    return _pub(None, None, "unknown", evidence)


def _pub(d: date | None, precision: int | None, source: str, evidence: list[str],
         candidates: list[str] | None = None) -> PubDate:
    return PubDate(d.isoformat() if d else None, precision, source, evidence, candidates or [])


def _day_month_candidates(e: Expr, lo: date, hi: date, wd: int | None) -> list[date]:
    out: list[date] = []
    if e.hijri:
        from marsad.recognise.time_resolve import hijri_year_of

        y0, y1 = hijri_year_of(lo), hijri_year_of(hi)
        years = range(y0 or 1400, (y1 or 1500) + 1)
        dates = [hijri_to_date(y, e.month, e.day) for y in years]
    else:
        dates = [safe_date(y, e.month, e.day) for y in range(lo.year, hi.year + 1)]
    want = e.wd if e.wd is not None else wd
    for d in dates:
        if d is not None and lo <= d <= hi and (want is None or d.weekday() == want):
            out.append(d)
    return out


__all__ = ["infer_pub_date", "tweet_time", "url_date", "parse_metadata_date", "last_weekday"]
