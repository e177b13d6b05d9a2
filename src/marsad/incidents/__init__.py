"""Incidents stage: cross-source merge, story clusters and framing.

``link_all`` runs after every document is stored: it needs all the events at once. It sets
``incident_id`` on every event (singleton incidents for events no other article reports) and
returns the incidents, the story clusters and the framing table. See docs/report.md for the rules.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.incidents.claims import build_incident
from marsad.incidents.framing import build_framing
from marsad.incidents.merge import cluster, event_key, incident_id
from marsad.incidents.stories import cluster_stories
from marsad.models import Document, Event, Incident, Story


@dataclass
class IncidentResult:
    incidents: list[Incident] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    framing: dict[str, Any] = field(default_factory=dict)


def link_incidents(events: list[Event], documents: dict[str, Document]) -> list[Incident]:
    """Merge events into incidents and set ``event.incident_id`` on every event."""
    keys = [event_key(e, i) for i, e in enumerate(events)]
    if len(set(keys)) != len(keys):
        # event_id_cnty should be unique; fall back to positional keys so ids stay distinct
        keys = [f"{k}#{i}" for i, k in enumerate(keys)]
    incidents = []
    for group in cluster(events, keys):
        members = [events[i] for i in group]
        mkeys = [keys[i] for i in group]
        iid = incident_id(mkeys)
        for e in members:
            e.incident_id = iid
        incidents.append(build_incident(iid, members, mkeys, documents))
    incidents.sort(key=lambda inc: (inc.event_date or "9999", inc.incident_id))
    return incidents


def link_all(events: list[Event], documents: dict[str, Document]) -> IncidentResult:
    """Set ``incident_id`` on each event and return incidents, stories and framing."""
    incidents = link_incidents(events, documents)
    return IncidentResult(
        incidents=incidents,
        stories=cluster_stories(documents, incidents),
        framing=build_framing(events, documents),
    )
