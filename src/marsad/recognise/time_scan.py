"""Find temporal expressions in the matching form, before anything is resolved to a calendar date.

Scanning and resolving are separate because the publication date is itself inferred from these
expressions ("اليوم الخميس، 29 من تموز" + "عام 2018"), and only then can "أمس" be resolved.
Each regex family of ``time_lexicon.grammar()`` yields candidates; overlaps keep the longest
(then earliest) one; a weekday/"اليوم" directly followed by a day-month date is merged with it
into one expression, so "اليوم الخميس، 29 من تموز" is one mention that says both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.recognise.time_lexicon import Grammar, grammar


@dataclass(slots=True)
class Expr:
    start: int  # matching offsets of the expression (clitics و/ف/ب/ل excluded)
    end: int
    family: str  # absolute|ordinal|hijri|numeric|month|year|yearrel|report|today|tonight|dby|yesterday|
    #             last_night|night|weekday|ago|hours|week|monthrel
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hijri: bool = False
    wd: int | None = None  # weekday named (Python numbering)
    wd2: int | None = None  # second weekday of a night "ليل الإثنين الثلاثاء"
    rel: str | None = None  # past|future|current
    part: str | None = None  # start|middle|end of a week/month/year
    day_part: str | None = None  # صباح، مساء … (kept for the note)
    since: bool = False  # "منذ …"
    today: bool = False  # anchored to the publication day ("اليوم الخميس، 29 من تموز")
    n: int | None = None  # count for "منذ ثلاثة أيام"; None = vague ("منذ أيام")
    unit: str | None = None  # day|hour|week|month|year
    explicit_yawm: bool = False
    day0: int | None = None  # first day of a range "28-29 آب"
    anchor: str | None = None  # a date tied to the day of writing: today|yesterday|night|past


_PRIORITY = {"range": 0, "absolute": 0, "hijri": 0, "numeric": 0, "ordinal": 0, "report": 1, "night": 1,
             "last_night": 1, "dby": 1, "month": 2, "today": 2, "yesterday": 2, "week": 2,
             "monthrel": 2, "yearrel": 2, "hours": 2, "ago": 2, "year": 3, "tonight": 4, "weekday": 4}
_SEP = re.compile(r"[\s،,]*")
_DIGITS = re.compile(r"\d+")


def _rel(m: re.Match) -> str | None:
    gd = m.groupdict()
    if gd.get("past"):
        return "past"
    if gd.get("fut"):
        return "future"
    if gd.get("cur"):
        return "current"
    return None


def _month(g: Grammar, m: re.Match) -> int | None:
    first = g.lex.months.get(_squash_ws(m.group("m")))
    second = m.groupdict().get("m2")
    if second is not None and g.lex.months.get(_squash_ws(second)) != first:
        return None  # "تموز/آب" is two months, not one month in two systems
    return first


def _squash_ws(s: str) -> str:
    return " ".join(s.split())


def _build(g: Grammar, family: str, m: re.Match, text: str) -> Expr | None:
    lex = g.lex
    gd = m.groupdict()
    x0, x1 = m.span("x")
    e = Expr(x0, x1, family)
    if gd.get("wd"):
        e.wd = lex.weekdays[_squash_ws(gd["wd"])]
    if gd.get("part"):
        e.day_part = _squash_ws(gd["part"])
    pp = gd.get("pp") or gd.get("pp2")
    if pp:
        e.part = lex.period_parts[_squash_ws(pp)]
    e.rel = _rel(m)
    e.since = bool(gd.get("since"))
    if family == "range":
        e.month = _month(g, m)
        e.day0, e.day = int(gd["d0"]), int(gd["d"])
        e.year = int(gd["y"]) if gd.get("y") else None
        if e.month is None or not 1 <= e.day0 < e.day <= 31:
            return None
    elif family in ("absolute", "ordinal"):
        e.month = _month(g, m)
        if e.month is None:
            return None
        e.day = lex.ordinal_days[_squash_ws(gd["first"])] if family == "ordinal" else int(gd["d"])
        e.year = int(gd["y"]) if gd.get("y") else None
        e.family = "absolute"
        if not 1 <= e.day <= 31:
            return None
    elif family == "hijri":
        e.hijri = True
        e.month = lex.hijri_months[_squash_ws(gd["hm"])]
        e.day = int(gd["d"])
        e.year = int(gd["y"]) if gd.get("y") else None
        if not 1 <= e.day <= 30:
            return None
    elif family == "numeric":
        a, b, c = gd["a"], int(gd["b"]), gd["c"]
        if len(a) == 4:
            e.year, e.month, e.day = int(a), b, int(c)
        elif len(c) == 4:
            e.day, e.month, e.year = int(a), b, int(c)
        else:
            return None  # "3/7/21": too easily a score or a ratio
        token_start = text.rfind(" ", 0, x0) + 1
        if "://" in text[token_start:x0] or "www." in text[token_start:x0]:
            return None
        if not (1 <= e.month <= 12 and 1 <= e.day <= 31 and 1900 <= e.year <= 2100):
            return None
        e.family = "absolute"
    elif family == "month":
        e.month = _month(g, m)
        if e.month is None:
            return None
        e.year = int(gd["y"]) if gd.get("y") else None
    elif family == "year":
        e.year = int(gd["y"])
    elif family == "night":
        if e.wd is not None and gd.get("wd2"):
            e.wd2 = lex.weekdays[_squash_ws(gd["wd2"])]
            if e.wd2 != (e.wd + 1) % 7:
                return None  # two unrelated weekdays: let the weekday family read them
    elif family == "weekday":
        e.explicit_yawm = bool(gd.get("yawm"))
        word = _squash_ws(gd["wd"])
        if not (e.day_part or e.explicit_yawm or e.rel):
            if word in lex.ambiguous_weekdays:
                return None
            after = text[x1:x1 + 2].lstrip(" ")
            before = text[max(0, x0 - 2):x0].rstrip(" ")
            if not (after[:1] in ("،", ",", ".", "") or after[:1].isdigit() or before[-1:] in ("،", ",")):
                return None
    elif family == "ago":
        unit, implied = lex.units[_squash_ws(gd["u"])]
        e.unit = unit
        n = gd.get("n")
        if n is None:
            e.n = implied or None
        elif n.isdigit():
            e.n = int(n)
        else:
            e.n = lex.number_words.get(_squash_ws(n))  # None for بضعة / عدة
        e.since = gd["pre"] == "منذ"
    if family in ("today", "report"):
        e.today = True
        e.anchor = "today"
    return e


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _try(g: Grammar, text: str, pos: int, tries, found: list[Expr]) -> None:
    for family, rx in tries:
        m = rx.match(text, pos)
        if m is not None:
            e = _build(g, family, m, text)
            if e is not None:
                found.append(e)


def scan(text: str) -> list[Expr]:
    """Temporal expressions of a matching-form text, in text order, without overlaps."""
    g = grammar()
    found: list[Expr] = []
    for end, (length, tries) in g.automaton.iter(text):
        pos = end - length + 1
        if (pos > 0 and _is_word(text[pos - 1])) or (end + 1 < len(text) and _is_word(text[end + 1])):
            continue
        _try(g, text, pos, tries, found)
    for d in _DIGITS.finditer(text):
        pos = d.start()
        if pos > 0 and _is_word(text[pos - 1]):
            # "و29 تموز", "ب29 تموز": a one-letter clitic glued to the number
            if text[pos - 1] in "وفبل" and (pos < 2 or not _is_word(text[pos - 2])):
                pos -= 1
            else:
                continue
        _try(g, text, pos, g.digit_families, found)
    found.sort(key=lambda e: (e.start, -(e.end - e.start), _PRIORITY.get(e.family, 5)))
    kept: list[Expr] = []
    for e in found:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    return _merge(kept, text)


_ANCHOR_OF = {"today": "today", "report": "today", "yesterday": "yesterday", "night": "night",
              "last_night": "night"}


def _merge(exprs: list[Expr], text: str) -> list[Expr]:
    """Fold a day word directly followed by a calendar date into one expression.

    "اليوم الخميس، 29 من تموز", "أمس الإثنين، 4 تشرين الأول 2021", "ليل الإثنين الثلاثاء 28-29 آب",
    "يوم السبت الماضي (18 تشرين الثاني 2023)": the date says which day, the day word says how that
    day relates to the day of writing (``anchor``), which is what dates the article.
    """
    out: list[Expr] = []
    for e in exprs:
        prev = out[-1] if out else None
        gap = text[prev.end:e.start] if prev is not None else ""
        if (prev is not None and e.family in ("absolute", "hijri", "range") and e.wd is None
                and _SEP.fullmatch(gap.replace("(", "", 1))
                and (prev.family in _ANCHOR_OF or (prev.family == "weekday" and prev.rel != "future"))):
            e.start = prev.start
            e.wd = prev.wd2 if prev.wd2 is not None else prev.wd
            e.since, e.day_part = prev.since, prev.day_part
            e.anchor = _ANCHOR_OF.get(prev.family) or ("past" if prev.rel == "past" else None)
            e.today = e.anchor == "today"
            if "(" in gap and text[e.end:e.end + 1] == ")":
                e.end += 1
            out[-1] = e
            continue
        out.append(e)
    return out
