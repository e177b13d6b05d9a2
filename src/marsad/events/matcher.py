"""Whole-word lexicon matching over the matching form, with Arabic proclitics.

Every lexicon (actors, triggers, modality) is a list of Arabic forms. They are compiled once into a
pyahocorasick automaton over ``match_form``; a raw substring hit is accepted only when
- what precedes it inside the same word is a valid proclitic stack (و ف + ب ل ك + ال, or لل), and
- it ends at a word boundary, unless the form ends in ``*`` (a stem: any suffix allowed, so
  ``اشتباك*`` covers اشتباكات, ``ميليشيا*`` covers ميليشياته).
A leading ``ال`` in a form is optional in the text (``الجيش السوري`` also matches ``جيش سوري`` after
a clitic such as بـ/لـ, and ``للجيش`` through لل). Overlapping hits resolve leftmost-longest.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ahocorasick

from marsad.text.normalize import squash

_PROCLITICS: set[str] = set()
for _c in ("", "و", "ف"):
    for _p in ("", "ب", "ل", "ك"):
        for _a in ("", "ال"):
            _PROCLITICS.add(_c + _p + _a)
    _PROCLITICS.add(_c + "لل")


def is_letter(ch: str) -> bool:
    """Arabic or Latin letter or digit: a character that continues a word."""
    return ch.isalnum()


@dataclass(slots=True)
class Hit:
    start: int  # start of the matched form (after proclitics)
    end: int
    word_start: int  # start of the word, proclitics included
    prefix: str  # the proclitic stack
    form: str  # the lexicon key that matched
    payloads: list[Any]


class Lexicon:
    """A compiled lexicon: forms -> payloads, scanned with word and clitic rules."""

    def __init__(self, entries: list[tuple[str, Any]], source: str = "lexicon"):
        self.source = source
        table: dict[str, tuple[bool, list[Any]]] = {}
        for form, payload in entries:
            stem = form.strip().endswith("*")
            key = squash(form.strip().rstrip("*"))
            if not key:
                raise ValueError(f"{source}: empty form for {payload!r}")
            if key.startswith("ال") and len(key) > 4:
                key = key[2:]
            old = table.get(key)
            if old:
                old[1].append(payload)
                table[key] = (old[0] or stem, old[1])
            else:
                table[key] = (stem, [payload])
        self.automaton = ahocorasick.Automaton()
        for key, (stem, payloads) in table.items():
            self.automaton.add_word(key, (key, stem, payloads))
        if table:
            self.automaton.make_automaton()
        self.size = len(table)

    def scan(self, text: str) -> list[Hit]:
        """All accepted hits, leftmost-longest, non-overlapping."""
        if not self.size:
            return []
        hits: list[Hit] = []
        n = len(text)
        proclitics = _PROCLITICS
        append = hits.append
        for end_idx, (key, stem, payloads) in self.automaton.iter(text):
            end = end_idx + 1
            # the end test first: it rejects most raw hits (a form inside a longer word) cheaply
            if not stem and end < n and text[end].isalnum():
                # the accusative alif (tanween): "سوقاً"، "شخصاً" are the forms سوق، شخص
                if text[end] == "ا" and not (end + 1 < n and text[end + 1].isalnum()) and not key.endswith("ا"):
                    end += 1
                else:
                    continue
            start = end_idx + 1 - len(key)
            ws = start
            while ws > 0 and text[ws - 1].isalnum() and start - ws <= 5:  # is_letter, inlined: hot loop
                ws -= 1
            if ws > 0 and text[ws - 1].isalnum():
                continue
            prefix = text[ws:start]
            if prefix not in proclitics:
                continue
            if stem:  # a stem covers its whole word (اشتباك* -> اشتباكات)
                while end < n and text[end].isalnum():
                    end += 1
            append(Hit(start, end, ws, prefix, key, payloads))
        hits.sort(key=lambda h: (h.word_start, -(h.end - h.word_start)))
        out: list[Hit] = []
        last_end = -1
        for h in hits:
            if h.word_start >= last_end:
                out.append(h)
                last_end = h.end
        return out
