"""The time lexicon (``data/time.yaml``) loaded once and compiled into the date grammar's regexes.

Words live in the data file so an analyst can add a month spelling or a day-part word without
touching code; this module only turns them into matching-form alternations. Everything is built
on first use and cached for the life of the process (no per-document setup).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick
import yaml

from marsad.text.normalize import squash

DATA_FILE = "time.yaml"


class TimeLexiconError(ValueError):
    """The time lexicon file is missing a section or holds a malformed entry."""


@dataclass(frozen=True)
class TimeLexicon:
    months: dict[str, int]  # matching form -> Gregorian month number
    hijri_months: dict[str, int]
    weekdays: dict[str, int]  # matching form (with ال) -> Python weekday
    ambiguous_weekdays: frozenset[str]
    units: dict[str, tuple[str, int]]  # unit word -> (day|hour|week|month|year, implied count)
    number_words: dict[str, int]
    ordinal_days: dict[str, int]
    week_start: int
    weekend_day: int
    words: dict[str, tuple[str, ...]]  # every plain word list, in matching form
    period_parts: dict[str, str]  # word -> start|middle|end


def _alt(words) -> str:
    """Regex alternation of matching-form phrases, longest first, spaces as runs of whitespace."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split(" ")) for w in items) + ")"


def _words(data: dict, key: str, path: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise TimeLexiconError(f"{path}: section '{key}' must be a non-empty list")
    return tuple(squash(str(v)) for v in value)


def _numbered(data: dict, key: str, path: str, lo: int, hi: int) -> dict[str, int]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise TimeLexiconError(f"{path}: section '{key}' must map numbers to lists of names")
    out: dict[str, int] = {}
    for num, names in value.items():
        if not isinstance(num, int) or not lo <= num <= hi or not isinstance(names, list):
            raise TimeLexiconError(f"{path}: '{key}' entry {num!r} must be {lo}..{hi}: [names]")
        for name in names:
            out[squash(str(name))] = num
    return out


def load_lexicon(path: str | Path | None = None) -> TimeLexicon:
    """Read and check the lexicon file (the packaged one by default)."""
    if path is None:
        text = resources.files("marsad.data").joinpath(DATA_FILE).read_text(encoding="utf-8") \
            if _has_package_data() else (Path(__file__).parent.parent / "data" / DATA_FILE).read_text(
                encoding="utf-8")
        where = f"marsad/data/{DATA_FILE}"
    else:
        where = str(path)
        text = Path(path).read_text(encoding="utf-8")
    try:
        # libyaml's parser when installed (same SafeConstructor, ~10x faster to load), else pure Python
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise TimeLexiconError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise TimeLexiconError(f"{where}: expected a mapping of sections")
    months = _numbered(data, "months", where, 1, 12)
    hijri = _numbered(data, "hijri_months", where, 1, 12)
    weekdays = _numbered(data, "weekdays", where, 0, 6)
    units: dict[str, tuple[str, int]] = {}
    for word, spec in (data.get("units") or {}).items():
        if not (isinstance(spec, list) and len(spec) == 2
                and spec[0] in ("day", "hour", "week", "month", "year") and isinstance(spec[1], int)):
            raise TimeLexiconError(f"{where}: units entry {word!r} must be [day|hour|week|month|year, count]")
        units[squash(word)] = (spec[0], spec[1])
    numbers = {squash(k): int(v) for k, v in (data.get("number_words") or {}).items()}
    ordinals = {squash(k): int(v) for k, v in (data.get("ordinal_days") or {}).items()}
    parts: dict[str, str] = {}
    for where_in, names in (data.get("period_parts") or {}).items():
        if where_in not in ("start", "middle", "end"):
            raise TimeLexiconError(f"{where}: period_parts key {where_in!r} must be start|middle|end")
        for name in names:
            parts[squash(name)] = where_in
    plain = ("day_parts", "today", "tonight", "yesterday", "day_before_yesterday", "last_night",
             "recent_hours", "report_today", "past_words", "future_words", "current_words",
             "vague_counts", "year_cues", "anchor_cues", "background_cues", "future_cues",
             "dateline_cues", "closing_cues", "ambiguous_weekdays")
    words = {k: _words(data, k, where) for k in plain}
    return TimeLexicon(
        months=months,
        hijri_months=hijri,
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(words["ambiguous_weekdays"]),
        units=units,
        number_words=numbers,
        ordinal_days=ordinals,
        week_start=int(data.get("week_start", 6)),
        weekend_day=int(data.get("weekend_day", 4)),
        words=words,
        period_parts=parts,
    )


def _has_package_data() -> bool:
    try:
        return resources.files("marsad.data").joinpath(DATA_FILE).is_file()
    except (ModuleNotFoundError, TypeError):
        return False


@dataclass(frozen=True)
class Grammar:
    """Compiled regexes of the date grammar over the matching form."""

    lex: TimeLexicon
    patterns: tuple[tuple[str, re.Pattern], ...]  # (family, regex), every one with group "x"
    starters: dict[str, tuple[tuple[str, re.Pattern], ...]]  # first word -> the families it may open
    digit_families: tuple[tuple[str, re.Pattern], ...]  # families that open with a number
    automaton: ahocorasick.Automaton  # starter words with their clitics -> (length, families)
    url: re.Pattern
    url_ymd: re.Pattern
    url_compact: re.Pattern
    tweet: re.Pattern
    background_cue: re.Pattern
    future_cue: re.Pattern
    anchor_cue: re.Pattern
    dateline_cue: re.Pattern
    closing_cue: re.Pattern


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar (built once per process)."""
    lex = load_lexicon()
    w = lex.words
    MON = _alt(lex.months)
    HMON = _alt(lex.hijri_months)
    WD = _alt(lex.weekdays)
    PARTS = _alt(w["day_parts"])
    PAST, FUT, CUR = _alt(w["past_words"]), _alt(w["future_words"]), _alt(w["current_words"])
    REL = rf"(?:(?P<past>{PAST})|(?P<fut>{FUT})|(?P<cur>{CUR}))"
    PP = _alt(lex.period_parts)
    UNITS = _alt(lex.units)
    NUMW = _alt(list(lex.number_words) + list(w["vague_counts"]))
    DAY = r"(?<![\d/.:\-])(?P<d>[0-3]?\d)(?!\d)"
    MONTHS = rf"(?P<m>{MON})(?:\s*[/(\-]\s*(?P<m2>{MON})\s*\)?)?"
    YEAR = r"(?:\s*[,،]?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*م(?!\w))?)"
    B = r"(?<!\w)"  # start of a word
    E = r"(?!\w)"
    CL = r"(?:[وف]?[بل]?)"  # conjunction / preposition clitics left outside the expression
    fam: list[tuple[str, str]] = [
        ("absolute", rf"{DAY}\s*(?:من\s+)?(?:شهر\s+)?{MONTHS}{YEAR}?"),
        ("range", rf"(?<![\d/.:\-])(?P<d0>[0-3]?\d)\s*(?:-|/|و|الي|حتي)\s*(?P<d>[0-3]?\d)(?!\d)\s*"
                  rf"(?:من\s+)?(?:شهر\s+)?{MONTHS}{YEAR}?"),
        ("ordinal", rf"(?P<first>{_alt(lex.ordinal_days)})\s+من\s+(?:شهر\s+)?{MONTHS}{YEAR}?"),
        ("hijri", rf"{DAY}\s*(?:من\s+)?(?:شهر\s+)?(?P<hm>{HMON})"
                  r"(?:\s*(?:عام\s+|سنه\s+)?(?P<y>1[3-5]\d\d)(?!\d))?(?:\s*ه(?!\w))?"),
        ("numeric", r"(?<![\w/.\-])(?P<a>\d{1,4})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{2,4})(?![\d/.\-]?\d)"),
        ("month", rf"(?:(?P<since>منذ)\s+|(?P<pp>{PP})\s+)?(?:شهر\s+)?{MONTHS}"
                  rf"(?:{YEAR}|\s+{REL})"),
        ("month", rf"(?:(?P<since>منذ)\s+|(?P<pp>{PP})\s+|(?<=في )|(?<=خلال )|(?<=حتي )|(?<=شهر ))"
                  rf"(?:شهر\s+)?{MONTHS}(?!\s*[/(]?\s*\d)"),
        ("year", rf"(?P<since>منذ\s+)?(?:{_alt(w['year_cues'])})\s*(?P<y>(?:19|20)\d\d)(?!\d)"),
        ("year", r"(?P<since>منذ)\s+(?P<y>(?:19|20)\d\d)(?![\d/.\-])"),
        ("yearrel", rf"(?:(?P<pp>{PP})\s+)?(?:العام|السنه|عام)\s+{REL}|(?:(?P<pp2>{PP})\s+)?هذا\s+العام"),
        ("report", rf"{_alt(w['report_today'])}(?:\s+(?P<wd>{WD}))?"),
        ("today", rf"(?:(?P<since>منذ)\s+)?(?:(?P<part>{PARTS})\s+)?(?:يوم\s+)?{_alt(w['today'])}"
                  rf"(?:\s+(?P<wd>{WD}))?"),
        ("tonight", rf"{_alt(w['tonight'])}"),
        ("dby", rf"(?:(?P<part>{PARTS})\s+)?(?:يوم\s+)?{_alt(w['day_before_yesterday'])}(?:\s+(?P<wd>{WD}))?"),
        ("yesterday", rf"(?:(?P<part>{PARTS})\s+)?{_alt(w['yesterday'])}(?:\s+(?P<wd>{WD}))?"),
        ("last_night", rf"{_alt(w['last_night'])}(?:\s+(?P<wd>{WD}))?"),
        ("night", rf"(?:ليل|ليله|منتصف\s+ليل|منتصف\s+ليله)\s+(?:يوم\s+)?(?P<wd>{WD})"
                  rf"(?:\s*(?:-|/|و|،|,|علي|الي)?\s*(?P<wd2>{WD}))?"),
        ("weekday", rf"(?:(?P<part>{PARTS})\s+)?(?P<yawm>يوم\s+)?(?P<wd>{WD})(?:\s+{REL})?"),
        ("ago", rf"(?P<pre>منذ|قبل)\s+(?:(?:نحو|حوالي|قرابه)\s+)?(?:(?P<n>\d{{1,3}}|{NUMW})\s+)?(?P<u>{UNITS})"
                r"(?!\s+(?:من|علي)\s)"),
        ("hours", rf"{_alt(w['recent_hours'])}"),
        ("week", rf"(?:(?P<pp>{PP})\s+)?الاسبوع\s+{REL}|(?P<pp2>{PP})\s+(?:هذا\s+)?الاسبوع"
                 r"|هذا\s+الاسبوع"),
        ("monthrel", rf"(?:(?P<pp>{PP})\s+)?الشهر\s+{REL}|(?P<pp2>{PP})\s+(?:هذا\s+)?الشهر|هذا\s+الشهر"),
    ]
    compiled = tuple((name, re.compile(rf"{B}{CL}(?P<x>{body}){E}")) for name, body in fam)
    starters, digits = _starters(lex, compiled)
    automaton = ahocorasick.Automaton()
    for word, tries in starters.items():
        for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            form = clitic + word
            prev = automaton.get(form, (0, ()))[1]
            automaton.add_word(form, (len(form), prev + tuple(t for t in tries if t not in prev)))
    automaton.make_automaton()
    return Grammar(
        lex=lex,
        patterns=compiled,
        starters=starters,
        digit_families=digits,
        automaton=automaton,
        url=re.compile(r"(?:https?://|www\.)[^\s<>\"'«»“”\[\]]+", re.I),
        url_ymd=re.compile(r"/((?:19|20)\d\d)[/\-_](\d{1,2})(?:[/\-_](\d{1,2}))?(?=[/\-_.?#]|$)"),
        url_compact=re.compile(r"(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?![\d])"),
        tweet=re.compile(r"(?:twitter\.com|x\.com)/(?:[^/\s]+|i/web)/status(?:es)?/(\d{12,20})", re.I),
        background_cue=re.compile(rf"{B}{_alt(w['background_cues'])}{E}"),
        future_cue=re.compile(rf"{B}{CL}{_alt(w['future_cues'])}{E}"),
        anchor_cue=re.compile(rf"{B}{CL}{_alt(w['anchor_cues'])}{E}"),
        dateline_cue=re.compile(rf"{B}{_alt(w['dateline_cues'])}"),
        closing_cue=re.compile(rf"{B}{_alt(w['closing_cues'])}"),
    )


def _firsts(words) -> set[str]:
    return {w.split(" ")[0] for w in words}


def _starters(lex: TimeLexicon, compiled) -> tuple[dict, tuple]:
    """Which families a word may open, so the scanner runs each regex only where it can match.

    Trying ~20 regexes at every character costs milliseconds per article; trying the two or three
    that can start with the word at hand costs microseconds.
    """
    w = lex.words
    pp, parts = set(lex.period_parts), _firsts(w["day_parts"])
    months = _firsts(lex.months)
    wds = set(lex.weekdays)
    opens: dict[str, set[str]] = {
        "ordinal": set(lex.ordinal_days),
        "month": {"منذ", "شهر"} | pp | months,
        "year": {"منذ"} | set(w["year_cues"]),
        "yearrel": pp | {"العام", "السنه", "عام", "هذا"},
        "report": _firsts(w["report_today"]),
        "today": {"منذ", "يوم"} | parts | _firsts(w["today"]),
        "tonight": _firsts(w["tonight"]),
        "dby": parts | {"يوم"} | _firsts(w["day_before_yesterday"]),
        "yesterday": parts | _firsts(w["yesterday"]),
        "last_night": _firsts(w["last_night"]),
        "night": {"ليل", "ليله", "منتصف"},
        "weekday": parts | {"يوم"} | wds,
        "ago": {"منذ", "قبل"},
        "hours": _firsts(w["recent_hours"]),
        "week": pp | {"الاسبوع", "هذا"},
        "monthrel": pp | {"الشهر", "هذا"},
    }
    table: dict[str, list] = {}
    for name, rx in compiled:
        for word in opens.get(name, ()):
            lst = table.setdefault(word, [])
            if (name, rx) not in lst:
                lst.append((name, rx))
    digits = tuple((n, rx) for n, rx in compiled if n in ("absolute", "hijri", "numeric", "range"))
    return {k: tuple(v) for k, v in table.items()}, digits
