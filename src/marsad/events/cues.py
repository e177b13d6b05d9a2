"""Word lists of the context rules (data/context_cues.yaml), as regular-expression alternations.

The lists are knowledge an analyst can extend; the patterns that place them (a proclitic before,
the words allowed between a cue and the act) are grammar and stay in marsad.events.extract.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.events.knowledge import KnowledgeError, load_yaml
from marsad.text.normalize import squash

FILE = "context_cues.yaml"


@lru_cache(maxsize=1)
def _lists() -> dict[str, list[str]]:
    data = load_yaml(FILE)
    if not isinstance(data, dict) or not all(isinstance(v, list) and v for v in data.values()):
        raise KnowledgeError(f"{FILE}: expected a mapping name -> non-empty list of forms")
    return {k: [str(w) for w in v] for k, v in data.items()}


def alt(name: str) -> str:
    """``(?:w1|w2\\S*|…)`` for list ``name``: forms in the matching form, longest first, a trailing
    * as any suffix."""
    try:
        forms = _lists()[name]
    except KeyError as exc:
        raise KnowledgeError(f"{FILE}: no list named {name!r}") from exc
    parts = []
    for w in forms:
        stem = w.endswith("*")
        key = squash(w.rstrip("*"))
        parts.append((len(key), re.escape(key).replace(r"\ ", " ") + (r"\S*" if stem else "")))
    return "(?:" + "|".join(p for _, p in sorted(parts, key=lambda x: -x[0])) + ")"
