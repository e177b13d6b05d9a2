"""Incidents stage: cross-source merge, story clusters and framing (stub until built)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.models import Document, Event, Incident, Story


@dataclass
class IncidentResult:
    incidents: list[Incident] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    framing: dict[str, Any] = field(default_factory=dict)


def link_all(events: list[Event], documents: dict[str, Document]) -> IncidentResult:
    """Set ``incident_id`` on each event and return incidents, stories and framing."""
    return IncidentResult()
