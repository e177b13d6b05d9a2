"""Column order of the exported files (documented in the README's output schema)."""
from __future__ import annotations

import dataclasses

from marsad.models import Event

# ACLED's 31 columns, in ACLED's order.
ACLED_COLUMNS: list[str] = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip

# marsad's own columns, after ACLED's.
MARSAD_COLUMNS: list[str] = [
    "doc_id", "location_ar", "evidence_ar", "evidence_start", "evidence_end", "incident_id",
    "disputed", "confidence",
]  # fmt: skip

EVENT_COLUMNS: list[str] = ACLED_COLUMNS + MARSAD_COLUMNS

# events.jsonl also carries the detail fields of models.Event, after the columns above.
EVENT_DETAIL_FIELDS: list[str] = [f.name for f in dataclasses.fields(Event) if f.name not in EVENT_COLUMNS]

DOCUMENT_FIELDS: list[str] = [
    "doc_id", "title", "outlet", "published", "url", "links", "language", "warnings",
    "published_source", "published_precision", "source_path",
]  # fmt: skip

_missing = [c for c in EVENT_COLUMNS if c not in {f.name for f in dataclasses.fields(Event)}]
assert not _missing, f"models.Event lacks export columns {_missing}"
