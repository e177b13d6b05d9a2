"""Cross-source incident linking (stub)."""
from __future__ import annotations

from marsad.models import Document, Event, Incident


def link_incidents(events: list[Event], documents: dict[str, Document]) -> list[Incident]:
    return []
