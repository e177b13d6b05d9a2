"""Recognise modality cues (src/marsad/data/modality.yaml): attribution, claim, denial, threat,
plan, negotiation, negation, failure, background.

A cue changes whether and how the event in its clause is recorded (marsad.events.modality applies
the rules). ``who`` holds the words right after an attribution, claim or denial cue (the source or
the denier, e.g. بحسب «تجمع أحرار حوران»، نفت الصحيفة).
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.events.knowledge import KnowledgeError, load_yaml
from marsad.events.matcher import Lexicon
from marsad.models import AnalyzedDoc, ModalityMention

FILE = "modality.yaml"
KINDS = ("attribution", "claim", "denial", "threat", "plan", "negotiation", "negation", "failure", "background",
         "reaction", "background_opener", "accident")
_WHO = re.compile(r"[^،,.؛:\n]{0,40}")
_FUNCTION = {"ان", "اي", "عن", "الي", "في", "ل", "بان", "انه", "انها", "ايضا", "المصدر", "المصادر", "اليوم", "امس", "قد"}
_SOURCE_NOUNS = ("مصادر", "مراسل", "ناشطون", "ناشطين", "شبكات", "تداول")
_YEAR = re.compile(r"(?:عام|سنه|العام)\s+(?:19|20)\d\d")
# aggregates and past events told as context, never an event of the article's day:
# "بعد أقل من شهر على انفجار …" (an earlier event), "منذ مطلع العام الجاري" (a running total),
# "71 عملية اغتيال" (a count of operations), "في عمليات متفرقة" (unspecified operations)
_AGGREGATE = [  # (a word the text must hold, pattern): each pattern starts with a literal, so it scans fast
    ("بعد", re.compile(
        r"(?<!\S)بعد\s+(?:اقل من\s+|اكثر من\s+|نحو\s+|قرابه\s+|حوالي\s+)?(?:\S+\s+)?"
        r"(?:يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات)\s+(?:علي|من)(?=\s)")),
    ("مطلع", re.compile(r"(?:منذ|خلال)\s+مطلع\s+(?:العام|السنه|الشهر|الاسبوع)")),
    ("بدايه", re.compile(r"(?:منذ|خلال)\s+بدايه\s+(?:العام|السنه|الشهر|الاسبوع)")),
    ("الماضي", re.compile(r"(?:خلال|طيله|طوال)\s+(?:العام|الشهر|الاسبوع)\s+(?:الماضي|المنصرم|الفائت)")),
    ("", re.compile(r"(?<![\d\S])\d+\s+(?:عمليه|عمليات|حادثه|حوادث|حاله|حالات)(?=\s|$)")),
    ("متفرقه", re.compile(r"(?:عمليات|هجمات|غارات|حوادث)\s+متفرقه")),
    ("منفصله", re.compile(r"(?:عمليات|هجمات|غارات|حوادث)\s+منفصله")),
]


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = load_yaml(FILE)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{FILE}: expected a mapping kind -> forms")
    bad = set(data) - set(KINDS)
    if bad:
        raise KnowledgeError(f"{FILE}: unknown modality kinds {sorted(bad)}; allowed: {', '.join(KINDS)}")
    return Lexicon([(form, kind) for kind, forms in data.items() for form in forms], FILE)


_NONSPACE = re.compile(r"\S+")


@lru_cache(maxsize=1 << 14)
def _first_trigger(words: str) -> int | None:
    """Where the first trigger word starts in a few words after a cue (None: none); cached, since the
    same source names ("المرصد السوري لحقوق") follow cues in article after article."""
    from marsad.recognise.triggers import lexicon as triggers

    hits = triggers().scan(words)
    return hits[0].word_start if hits else None


def _who_span(text: str, end: int) -> tuple[int, int] | None:
    """The source or party named right after a cue: a quoted name, else up to three words,
    stopping before the first trigger word (نفت الصحيفة | سيطرة …)."""
    m = _WHO.match(text, end)
    if not m or not m.group().strip():
        return None
    a = end + len(m.group()) - len(m.group().lstrip())
    if text[a:a + 1] == '"':
        q = text.find('"', a + 1)
        if 0 < q <= a + 60:
            return a, q + 1
    words = []
    for w in list(_NONSPACE.finditer(text[a:m.end()]))[:3]:
        if w.group().strip('"').lstrip("و") in _FUNCTION:
            break  # "قال … إن"، "أفادت … عن": the report follows, not a name
        words.append(w)
    if not words:
        return None
    b = a + words[-1].end()
    first = _first_trigger(text[a:b])
    if first is not None:
        b = a + first
    b = len(text[:b].rstrip())
    return (a, b) if b > a else None


def find_modality(text: str) -> list[tuple[int, int, str, tuple[int, int] | None]]:
    """(start, end, kind, who span) for every cue, plus "عام NNNN" year phrases as background."""
    out = []
    seen = set()
    for h in lexicon().scan(text):
        kind = h.payloads[0]
        who = _who_span(text, h.end) if kind in ("attribution", "claim", "denial") else None
        if kind == "attribution" and text[h.start:h.end].startswith(_SOURCE_NOUNS):
            who = (h.start, h.end)  # "مصادر محلية"، "مراسلنا": the cue names the source
        elif kind == "denial" and text[h.start:h.end].startswith(("عار", "لا ", "ليس ")):
            who = None  # "ما يُتداول عارٍ عن الصحة": a predicate; what follows it names no denier
        out.append((h.word_start, h.end, kind, who))
        seen.add((h.word_start, h.end))
    for key, pat in _AGGREGATE:
        if key and key not in text:
            continue
        for m in pat.finditer(text):
            if (m.start(), m.end()) not in seen:
                out.append((m.start(), m.end(), "background", None))
    for m in _YEAR.finditer(text):
        if (m.start(), m.end()) not in seen:
            out.append((m.start(), m.end(), "background", None))
    out.sort(key=lambda x: (x[0], x[1]))
    return out


def recognise_modality(adoc: AnalyzedDoc) -> None:
    """Fill adoc.modality; ``who`` is the original text of the named source or party."""
    res: list[ModalityMention] = []
    for s, e, kind, who in find_modality(adoc.norm.text):
        a, b = adoc.orig_span(s, e)
        name = adoc.surface(*who) if who else None
        res.append(ModalityMention(s, e, a, b, adoc.document.text[a:b], kind=kind, who=name))
    adoc.modality = res
