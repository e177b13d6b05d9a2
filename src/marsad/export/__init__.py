"""Export stage: the output folder's files, written atomically (temp file + rename).

``write_exports(out_dir, docs, events, result)`` writes documents.jsonl, events.jsonl, events.csv,
events.geojson, incidents.jsonl, stories.jsonl and framing.json and returns their paths.
"""
from __future__ import annotations

from pathlib import Path

from marsad.export.schema import ACLED_COLUMNS, DOCUMENT_FIELDS, EVENT_COLUMNS, MARSAD_COLUMNS
from marsad.export.writers import (
    document_record,
    event_record,
    write_dataclass_jsonl,
    write_documents,
    write_events_csv,
    write_events_geojson,
    write_events_jsonl,
    write_json,
)
from marsad.incidents import IncidentResult
from marsad.models import Event
from marsad.store.base import StoredDoc


def write_exports(
    out_dir: Path,
    docs: list[StoredDoc],
    events: list[Event],
    result: IncidentResult,
    incident_rows: list[dict] | list[str] | None = None,
    story_rows: list[dict] | list[str] | None = None,
) -> dict[str, Path]:
    """Write every output file; ``*_rows`` are the incidents/stories already converted to dicts, or
    already encoded as JSON text (``writers.encode_record``), so the store and the export share one encoding."""
    out = Path(out_dir)
    return {
        "documents": write_documents(out / "documents.jsonl", docs),
        "events_jsonl": write_events_jsonl(out / "events.jsonl", events),
        "events_csv": write_events_csv(out / "events.csv", events),
        "events_geojson": write_events_geojson(out / "events.geojson", events),
        "incidents": write_dataclass_jsonl(out / "incidents.jsonl", incident_rows if incident_rows is not None else result.incidents),
        "stories": write_dataclass_jsonl(out / "stories.jsonl", story_rows if story_rows is not None else result.stories),
        "framing": write_json(out / "framing.json", result.framing),
    }


__all__ = [
    "ACLED_COLUMNS", "MARSAD_COLUMNS", "EVENT_COLUMNS", "DOCUMENT_FIELDS", "write_exports",
    "document_record", "event_record",
]  # fmt: skip
