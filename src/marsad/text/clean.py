"""Cleaning that keeps offsets (stub: replaced by the text-layer work)."""
from __future__ import annotations

from dataclasses import dataclass, field

from marsad.text.view import TextView


@dataclass
class CleanResult:
    view: TextView
    links: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    trailers: list[str] = field(default_factory=list)
    outlet_hint: str | None = None


def clean(text: str) -> CleanResult:
    return CleanResult(TextView.identity(text))
