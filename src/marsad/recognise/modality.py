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
KINDS = ("attribution", "claim", "denial", "threat", "plan", "negotiation", "negation", "failure", "background")
_WHO = re.compile(r"[^،,.؛:\n]{0,40}")
_YEAR = re.compile(r"(?:عام|سنه|العام)\s+(?:19|20)\d\d")


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = load_yaml(FILE)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{FILE}: expected a mapping kind -> forms")
    bad = set(data) - set(KINDS)
    if bad:
        raise KnowledgeError(f"{FILE}: unknown modality kinds {sorted(bad)}; allowed: {', '.join(KINDS)}")
    return Lexicon([(form, kind) for kind, forms in data.items() for form in forms], FILE)


def find_modality(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, kind, who) for every cue, plus "عام NNNN" year phrases as background."""
    out = []
    for h in lexicon().scan(text):
        kind = h.payloads[0]
        who = None
        if kind in ("attribution", "claim", "denial"):
            m = _WHO.match(text, h.end)
            who = " ".join(m.group().split()[:3]) if m else None
        out.append((h.word_start, h.end, kind, who or None))
    for m in _YEAR.finditer(text):
        out.append((m.start(), m.end(), "background", None))
    out.sort()
    return out


def recognise_modality(adoc: AnalyzedDoc) -> None:
    res: list[ModalityMention] = []
    for s, e, kind, who in find_modality(adoc.norm.text):
        a, b = adoc.orig_span(s, e)
        res.append(ModalityMention(s, e, a, b, adoc.document.text[a:b], kind=kind, who=who))
    adoc.modality = res
