"""One JSON encoder for every output: exports, store columns and the report's data.

Encoding is a large share of a run's non-analysis time (every event goes out as JSONL, GeoJSON,
a database row and report data), so it goes through orjson, a compiled encoder several times faster
than the standard library's. Output is compact UTF-8 JSON (no ASCII escaping, no spaces);
dataclasses are encoded by their fields (attributes starting with ``_`` are private and left out);
values JSON has no type for (dates, paths, sets) are written as ``str(value)``.
"""
from __future__ import annotations

from typing import Any

import orjson

_OPTIONS = orjson.OPT_NON_STR_KEYS


def dumps_bytes(obj: Any) -> bytes:
    """UTF-8 JSON bytes of ``obj``."""
    return orjson.dumps(obj, default=str, option=_OPTIONS)


def dumps(obj: Any) -> str:
    """JSON text of ``obj``."""
    return orjson.dumps(obj, default=str, option=_OPTIONS).decode("utf-8")


def dumps_line(obj: Any) -> str:
    """JSON text of ``obj`` plus a newline (one JSONL record)."""
    return orjson.dumps(obj, default=str, option=_OPTIONS | orjson.OPT_APPEND_NEWLINE).decode("utf-8")


def dumps_pretty(obj: Any) -> str:
    """Indented JSON text plus a newline, for small files people open (framing.json)."""
    return orjson.dumps(obj, default=str, option=_OPTIONS | orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")


loads = orjson.loads
