"""Loading the package's knowledge files (YAML) once, with clear errors naming the file.

Lexicons are data an analyst edits; this module only reads and validates them, and caches the
compiled matchers at module level so no document pays for setup.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

DATA_PACKAGE = "marsad.data"


class KnowledgeError(ValueError):
    """A knowledge file is missing or malformed (message names the file and the reason)."""


def load_yaml(name: str) -> Any:
    """Parse ``src/marsad/data/<name>``; raise KnowledgeError naming the file on any problem."""
    try:
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{name}: knowledge file not found in marsad/data") from exc
    try:
        # libyaml's C loader when the wheel has it (same data, ~10x faster than the pure-Python one)
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{name}: not valid YAML ({exc})") from exc


def require(entry: dict, keys: tuple[str, ...], name: str, index: int) -> None:
    """Raise KnowledgeError when an entry lacks a required key."""
    if not isinstance(entry, dict):
        raise KnowledgeError(f"{name}: entry {index} is not a mapping")
    for k in keys:
        if k not in entry:
            raise KnowledgeError(f"{name}: entry {index} ({entry.get('id', '?')}) lacks '{k}'")


@lru_cache(maxsize=None)
def taxonomy() -> dict[str, dict[str, Any]]:
    """event_type -> {disorder_type, sub_event_types: {sub: {plover: [type, mode]}}}."""
    data = load_yaml("taxonomy.yaml")
    if not isinstance(data, dict) or len(data) != 6:
        raise KnowledgeError("taxonomy.yaml: expected the 6 ACLED event types")
    return data


@lru_cache(maxsize=None)
def sub_to_type() -> dict[str, str]:
    """sub_event_type -> event_type."""
    return {sub: et for et, d in taxonomy().items() for sub in d["sub_event_types"]}


def disorder_type(event_type: str) -> str:
    d = taxonomy().get(event_type)
    return d["disorder_type"] if d else ""


def plover(sub_event_type: str) -> tuple[str, str]:
    """PLOVER (event type, mode) for an ACLED sub-event type."""
    et = sub_to_type().get(sub_event_type)
    if not et:
        return ("OTHER", "")
    p = taxonomy()[et]["sub_event_types"][sub_event_type]["plover"]
    return (p[0], p[1])
