"""Writers for the output folder: documents, events (JSONL, CSV, GeoJSON), incidents, stories, framing.

Every file is written even when empty, so downstream tools can rely on the schema.
"""
from __future__ import annotations

import csv
import dataclasses
import operator
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.export.atomic import atomic_open
from marsad.jsontext import dumps, dumps_line, dumps_pretty
from marsad.export.schema import DOCUMENT_FIELDS, EVENT_COLUMNS, EVENT_DETAIL_FIELDS
from marsad.models import Event
from marsad.store.base import StoredDoc


_json_line = dumps_line


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def document_record(stored: StoredDoc) -> dict[str, Any]:
    """One documents.jsonl record: metadata plus what analysis found (outlet, date, links)."""
    d = stored.document
    published, source, precision = stored.pub_date, stored.pub_date_source, stored.pub_date_precision
    if not published and d.published:
        published, source, precision = d.published, "metadata", 1
    rec = {
        "doc_id": d.doc_id,
        "title": d.title or stored.derived_title,
        "outlet": d.outlet or stored.derived_outlet or d.site_name,
        "published": published,
        "url": d.url,
        "links": unique(list(d.links) + list(stored.derived_links)),
        "language": d.language,
        "warnings": list(d.warnings) + ([f"analysis failed: {stored.analysis_error}"] if stored.analysis_error else []),
        "published_source": source if published else "unknown",
        "published_precision": precision if published else None,
        "source_path": d.source_path,
    }
    return {k: rec[k] for k in DOCUMENT_FIELDS}


_ALL_EVENT_KEYS = EVENT_COLUMNS + EVENT_DETAIL_FIELDS
# attrgetter reads all the fields in C, as one tuple (about 2x faster than a getattr per field)
_GET_ALL = operator.attrgetter(*_ALL_EVENT_KEYS)
_GET_COLUMNS = operator.attrgetter(*EVENT_COLUMNS)


def event_record(ev: Event, detail: bool = True) -> dict[str, Any]:
    """The event's export fields in column order (a shallow read: asdict's deep copy is slow)."""
    if detail:
        return dict(zip(_ALL_EVENT_KEYS, _GET_ALL(ev)))
    return dict(zip(EVENT_COLUMNS, _GET_COLUMNS(ev)))


_CSV_PLAIN = frozenset({str, int, float})


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return dumps(value)
    return value


def _write_lines(fh, lines: Iterable[str], chunk: int = 512) -> None:
    """Write lines in chunks: one write per line costs as much as encoding it; memory stays bounded."""
    buf: list[str] = []
    for line in lines:
        buf.append(line)
        if len(buf) >= chunk:
            fh.write("".join(buf))
            buf.clear()
    fh.write("".join(buf))


def write_documents(path: Path, docs: list[StoredDoc]) -> Path:
    with atomic_open(path) as fh:
        _write_lines(fh, (_json_line(document_record(s)) for s in docs))
    return path


def write_events_jsonl(path: Path, events: list[Event]) -> Path:
    with atomic_open(path) as fh:
        _write_lines(fh, (_json_line(event_record(ev)) for ev in events))
    return path


def write_events_csv(path: Path, events: list[Event]) -> Path:
    with atomic_open(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(EVENT_COLUMNS)
        for ev in events:  # str/int/float cells go out as they are (bool, None, lists need _csv_cell)
            w.writerow([v if type(v) in _CSV_PLAIN else _csv_cell(v) for v in _GET_COLUMNS(ev)])
    return path


def write_events_geojson(path: Path, events: list[Event]) -> Path:
    """A Point per event; an event without coordinates keeps its feature with ``geometry: null``."""
    features = []
    for ev in events:
        geom = None
        if ev.latitude is not None and ev.longitude is not None:
            geom = {"type": "Point", "coordinates": [ev.longitude, ev.latitude]}
        features.append({"type": "Feature", "geometry": geom, "properties": event_record(ev, detail=False)})
    with atomic_open(path) as fh:
        fh.write(dumps_line({"type": "FeatureCollection", "features": features}))
    return path


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # dataclass type -> its field names (fields() is slow)


def to_plain(value: Any) -> Any:
    """Dataclasses (nested too) to dicts, lists/tuples to lists; other values are shared, not copied
    (``dataclasses.asdict`` deep-copies every value, several times slower on thousands of incidents)."""
    t = type(value)
    if t in _SCALARS:
        return value
    names = _FIELD_NAMES.get(t)
    if names is None:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            names = _FIELD_NAMES[t] = tuple(f.name for f in dataclasses.fields(value))
        elif isinstance(value, (list, tuple)):
            return [v if type(v) in _SCALARS else to_plain(v) for v in value]
        elif isinstance(value, dict):
            return {k: v if type(v) in _SCALARS else to_plain(v) for k, v in value.items()}
        else:
            return value
    return {n: to_plain(getattr(value, n)) for n in names}


def encode_record(item: Any) -> str:
    """JSON text of a dataclass (nested ones too) or dict: the same value as ``as_record(item)``,
    encoded without building the intermediate dicts (the encoder reads dataclass fields itself)."""
    return dumps(item)


def as_record(item: Any) -> dict[str, Any]:
    """A dataclass (nested ones too) as a dict; a dict passes through (already converted once)."""
    return item if isinstance(item, dict) else to_plain(item)


def write_dataclass_jsonl(path: Path, items: list[Any]) -> Path:
    """One line per item: a dataclass, a dict, or a ``str`` that is already its JSON (``encode_record``)."""
    with atomic_open(path) as fh:
        _write_lines(fh, (item + "\n" if isinstance(item, str) else _json_line(as_record(item)) for item in items))
    return path


def write_json(path: Path, obj: Any) -> Path:
    with atomic_open(path) as fh:
        fh.write(dumps_pretty(obj))
    return path
