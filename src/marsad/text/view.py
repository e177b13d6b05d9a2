"""A string derived from an original text, with a per-character map back to original offsets.

Derivations (cleaning, normalising) only delete characters or replace one character by one
character, never expand one into several. That keeps the map a plain list of ints and makes the
round trip exact: every span of a view maps to one contiguous substring of the original.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TextView:
    text: str
    offsets: list[int]  # offsets[i] = original offset of text[i]
    original_length: int = 0

    @classmethod
    def identity(cls, text: str) -> "TextView":
        return cls(text, list(range(len(text))), len(text))

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering view[start:end]; an empty span maps to an empty one."""
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def derive(self, keep: list[tuple[int, str]]) -> "TextView":
        """A new view from (index in this view, replacement char) pairs, in order."""
        return TextView(
            "".join(ch for _, ch in keep),
            [self.offsets[i] for i, _ in keep],
            self.original_length,
        )
