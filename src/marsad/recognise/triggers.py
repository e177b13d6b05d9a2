"""Recognise event triggers from the trigger lexicon (src/marsad/data/triggers.yaml).

A trigger is an Arabic expression that names a kind of event (اشتباكات، قصف، غارة، اعتقال …). The
lexicon gives each a *class* and a default ACLED type; the event assembler (marsad.events) decides
the final type from cues around it (who gains, who is targeted, instrument, modality).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.events.knowledge import KnowledgeError, load_yaml, require, sub_to_type
from marsad.events.matcher import Lexicon
from marsad.models import AnalyzedDoc, TriggerMention

FILE = "triggers.yaml"


@dataclass(frozen=True)
class TriggerEntry:
    trigger_id: str
    cls: str
    event_type: str
    sub_event_type: str
    strength: int
    place_exclude: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=None)
def entries() -> dict[str, TriggerEntry]:
    data = load_yaml(FILE)
    if not isinstance(data, list):
        raise KnowledgeError(f"{FILE}: expected a list of trigger entries")
    out: dict[str, TriggerEntry] = {}
    subs = sub_to_type()
    for i, e in enumerate(data):
        require(e, ("class", "event_type", "sub_event_type", "strength", "forms"), FILE, i)
        if subs.get(e["sub_event_type"]) != e["event_type"]:
            raise KnowledgeError(f"{FILE}: entry {i} ({e['class']}): '{e['sub_event_type']}' is not a "
                                 f"sub-event type of '{e['event_type']}' in taxonomy.yaml")
        tid = f"{e['class']}#{i}"
        out[tid] = TriggerEntry(tid, e["class"], e["event_type"], e["sub_event_type"], int(e["strength"]),
                                tuple(e.get("place_exclude") or ()))
    return out


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = load_yaml(FILE)
    return Lexicon([(form, f"{e['class']}#{i}") for i, e in enumerate(data) for form in e["forms"]], FILE)


def entry_of(m: TriggerMention) -> TriggerEntry:
    # called many times per trigger by the event rules: the table is bound once, not looked up each time
    global _TABLE
    if _TABLE is None:
        _TABLE = entries()
    return _TABLE[m.trigger_id]


_TABLE: dict[str, TriggerEntry] | None = None


def find_triggers(text: str) -> list[tuple[int, int, str, str, TriggerEntry]]:
    """(word_start, end, proclitics, form, entry); the strongest sense of an ambiguous form wins."""
    ents = entries()
    out = []
    for h in lexicon().scan(text):
        best = max((ents[p] for p in h.payloads), key=lambda e: e.strength)
        out.append((h.word_start, h.end, h.prefix, h.form, best))
    return out


def recognise_triggers(adoc: AnalyzedDoc) -> None:
    """Fill adoc.triggers; cues carry the class, strength and proclitics (ب marks an instrument)."""
    out: list[TriggerMention] = []
    for start, end, prefix, form, e in find_triggers(adoc.norm.text):
        a, b = adoc.orig_span(start, end)
        out.append(TriggerMention(start, end, a, b, adoc.document.text[a:b], trigger_id=e.trigger_id,
                                  event_type=e.event_type, sub_event_type=e.sub_event_type, lemma=form,
                                  cues=[f"class:{e.cls}", f"strength:{e.strength}", f"prefix:{prefix}"]))
    adoc.triggers = out
