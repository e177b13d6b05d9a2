"""Resolve scanned temporal expressions to ACLED dates, given the publication date.

ACLED time_precision: 1 a day, 2 a week (or weekend), 3 a month; week- and month-level dates are
coded on the middle of the period, as ACLED does. ``tolerance_days`` says how far the true day may
be from ``date``: a night spanning two days is dated to the later day with tolerance 1.

When the publication date is unknown, relative expressions stay unresolved (``date`` None):
nothing here ever falls back to the processing date.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from marsad.recognise.time_lexicon import grammar
from marsad.recognise.time_scan import Expr

_MIN_TOL = {1: 0, 2: 3, 3: 15}
_WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Resolved:
    date: date | None
    precision: int | None
    tolerance: int = 0
    kind: str = ""  # absolute|relative|weekday|night|vague|year|report|anchor
    note: str = ""
    year_only: int | None = None  # a year named without day or month ("عام 2018")


def last_weekday(ref: date, wd: int, strictly_before: bool = False) -> date:
    """The most recent day with weekday ``wd`` on or before ``ref`` (strictly before if asked)."""
    back = (ref.weekday() - wd) % 7
    if strictly_before and back == 0:
        back = 7
    return ref - timedelta(days=back)


def next_weekday(ref: date, wd: int) -> date:
    ahead = (wd - ref.weekday()) % 7 or 7
    return ref + timedelta(days=ahead)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def hijri_to_date(y: int, m: int, d: int) -> date | None:
    """Gregorian date of a Hijri (Umm al-Qura) date, None outside the supported range."""
    try:
        return Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _period(anchor_first: date, last: date, part: str | None) -> tuple[date, int]:
    """Date and tolerance for start/middle/end of the period [anchor_first, last]."""
    span = (last - anchor_first).days
    if part == "start":
        return anchor_first + timedelta(days=min(2, span)), 3
    if part == "end":
        return last - timedelta(days=min(2, span)), 3
    return anchor_first + timedelta(days=span // 2), max(3, (span + 1) // 2)


def _month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _month_result(y: int, m: int, part: str | None, kind: str, note: str) -> Resolved:
    first, last = _month_bounds(y, m)
    if part:
        d, tol = _period(first, last, part)
        return Resolved(d, 2, tol, kind, note)
    return Resolved(date(y, m, 15), 3, 15, kind, note)


def resolve(e: Expr, pub: date | None, pub_precision: int | None) -> Resolved:
    """Calendar date of one expression relative to the publication date ``pub`` (may be None)."""
    lex = grammar().lex
    fam = e.family
    if fam in ("absolute", "range"):
        r = _absolute(e, pub)
        if r.date is not None and fam == "range":
            span = e.day - e.day0
            if span == 1:
                r.tolerance, r.note = 1, (r.note + "; " if r.note else "") + "two-day span; dated to its later day"
            else:
                r.date = r.date - timedelta(days=span)
                r.precision, r.tolerance = (1 if span <= 3 else 2), span
                r.note = (r.note + "; " if r.note else "") + f"span of {span + 1} days; dated to its first day"
        if r.date is not None and e.anchor == "night":
            r.kind, r.tolerance = "night", max(r.tolerance, 1)
        if r.date is not None and e.wd is not None and fam == "absolute" and r.date.weekday() != e.wd:
            r.note = (r.note + "; " if r.note else "") + f"text names {_WEEKDAY_EN[e.wd]}, the date is not one"
        return r
    if fam == "hijri":
        if e.year is not None:
            d = hijri_to_date(e.year, e.month, e.day)
            return Resolved(d, 1 if d else None, 0, "absolute", "Hijri")
        hy = hijri_year_of(pub) if pub else None
        if hy is None:
            return Resolved(None, None, 0, "absolute", "Hijri day and month without a year")
        d = hijri_to_date(hy, e.month, e.day)
        if d is None or d > pub + timedelta(days=7):
            d = hijri_to_date(hy - 1, e.month, e.day)
        return Resolved(d, 1 if d else None, 0, "absolute", "Hijri; year taken from the publication date")
    if fam == "year":
        return Resolved(None, None, 0, "year", f"year {e.year}", year_only=e.year)
    if fam == "yearrel":
        if pub is None:
            return Resolved(None, None, 0, "year", "year relative to an unknown publication date")
        y = pub.year - 1 if e.rel == "past" else pub.year + 1 if e.rel == "future" else pub.year
        if e.part:
            first, last = date(y, 1, 1), date(y, 12, 31)
            span = {"start": (first, date(y, 2, 28)), "end": (date(y, 11, 1), last)}.get(e.part)
            if span:
                return Resolved(None, None, 0, "year", f"{e.part} of {y}", year_only=y)
        return Resolved(None, None, 0, "year", f"year {y}", year_only=y)
    if fam == "month":
        if e.year is not None:
            return _month_result(e.year, e.month, e.part, "absolute", "month and year")
        if pub is None or pub_precision == 3 and e.rel != "current":
            return Resolved(None, None, 0, "vague", "month without a year; publication date unknown")
        y = pub.year
        if e.rel == "past":
            if e.month >= pub.month:
                y -= 1
        elif e.rel == "future":
            if e.month <= pub.month:
                y += 1
        elif e.month > pub.month:
            y -= 1  # "منذ حزيران" / "في آب" without a qualifier: the most recent one
        return _month_result(y, e.month, e.part, "relative", "month named without a year")
    if pub is None:
        note = "relative to an unknown publication date"
        if e.wd is not None:
            note += f"; weekday {_WEEKDAY_EN[e.wd2 if e.wd2 is not None else e.wd]}"
        return Resolved(None, None, 0, _kind(e), note)
    if fam == "monthrel":
        k = -1 if e.rel == "past" else 1 if e.rel == "future" else 0
        y, m = _shift_month(pub.year, pub.month, k)
        if pub_precision == 3 and k == 0 and not e.part:
            return Resolved(pub, 3, 15, "relative", "this month")
        return _month_result(y, m, e.part, "relative", "month relative to publication")
    coarse = pub_precision is not None and pub_precision > 1
    if coarse:
        # Only the week or month of publication is known: a day-level expression gets that precision.
        return Resolved(pub, pub_precision, _MIN_TOL[pub_precision], _kind(e),
                        "publication date known only to the week/month")
    if fam == "week":
        week_first = last_weekday(pub, lex.week_start)
        k = -7 if e.rel == "past" else 7 if e.rel == "future" else 0
        first = week_first + timedelta(days=k)
        last = first + timedelta(days=6)
        if e.part == "end":
            d = first + timedelta(days=(lex.weekend_day - first.weekday()) % 7)
            return Resolved(d, 2, 1, "vague", "weekend")
        d, tol = _period(first, last, e.part)
        return Resolved(d, 2, tol, "vague", "week relative to publication")
    if fam == "ago":
        n = e.n
        if e.unit == "hour":
            return Resolved(pub, 1, 1, "relative", "hours before publication")
        if e.unit == "day":
            if n is None:
                return Resolved(pub - timedelta(days=3), 2, 3, "vague", "a few days before publication")
            return Resolved(pub - timedelta(days=n), 1, 1 if n > 2 else 0, "relative", f"{n} days before")
        if e.unit == "week":
            k = n or 2
            return Resolved(pub - timedelta(days=7 * k), 2, 3, "vague", f"{n or 'some'} weeks before")
        if e.unit == "month":
            y, m = _shift_month(pub.year, pub.month, -(n or 2))
            return Resolved(safe_date(y, m, min(pub.day, 28)), 3, 15, "vague", f"{n or 'some'} months before")
        y = pub.year - (n or 2)
        return Resolved(None, None, 0, "year", f"{n or 'some'} years before", year_only=y)
    if fam in ("today", "report", "tonight", "hours"):
        d, note = pub, ""
        if e.wd is not None and pub.weekday() != e.wd:
            d = last_weekday(pub, e.wd)
            note = f"weekday {_WEEKDAY_EN[e.wd]} does not fall on the publication date"
        tol = 1 if fam in ("tonight", "hours") or note else 0
        return Resolved(d, 1, tol, _kind(e), note)
    if fam == "yesterday":
        d, note = pub - timedelta(days=1), ""
        if e.wd is not None and d.weekday() != e.wd:
            d = last_weekday(pub, e.wd, strictly_before=True)
            note = f"weekday {_WEEKDAY_EN[e.wd]} is not the day before publication"
        return Resolved(d, 1, 1 if note else 0, "relative", note)
    if fam == "dby":
        return Resolved(pub - timedelta(days=2), 1, 0, "relative", "")
    if fam == "last_night":
        return Resolved(pub, 1, 1, "night", "night before publication; dated to its later day")
    if fam == "night":
        wd = e.wd2 if e.wd2 is not None else e.wd
        d = last_weekday(pub, wd)
        return Resolved(d, 1, 1, "night", "night spanning two days; dated to its later day")
    if fam == "weekday":
        if e.rel == "future":
            return Resolved(next_weekday(pub, e.wd), 1, 0, "weekday", "future")
        d = last_weekday(pub, e.wd, strictly_before=e.rel == "past")
        return Resolved(d, 1, 0, "weekday", "")
    return Resolved(None, None, 0, _kind(e), f"unhandled family {fam}")


def _absolute(e: Expr, pub: date | None) -> Resolved:
    if e.year is not None:
        d = safe_date(e.year, e.month, e.day)
        return Resolved(d, 1 if d else None, 0, "absolute", "" if d else "no such day")
    if pub is None:
        return Resolved(None, None, 0, "absolute", "day and month without a year; publication date unknown")
    d = safe_date(pub.year, e.month, e.day)
    if d is None or d > pub + timedelta(days=7):
        d = safe_date(pub.year - 1, e.month, e.day)
    return Resolved(d, 1 if d else None, 0, "absolute", "year taken from the publication date")


def _kind(e: Expr) -> str:
    return {"report": "report", "night": "night", "last_night": "night", "weekday": "weekday",
            "week": "vague", "hours": "relative"}.get(e.family, "relative")
