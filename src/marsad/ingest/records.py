"""JSON Lines and JSON exports: objects with ``text`` and optional id, title, url, published, outlet.

A malformed line is one rejection naming the line; the good lines around it are still used (a
crawler's export with one broken record should not cost the other records).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.ingest.decode import decode_bytes
from marsad.ingest.document import make_document
from marsad.ingest.errors import InputError
from marsad.models import Document, Rejection

_FIELDS = ("title", "url", "outlet")


def _from_object(obj: Any, *, path: Path, doc_id: str, item: str, raw: bytes,
                 warnings: list[str]) -> Document | Rejection:
    if not isinstance(obj, dict):
        return Rejection(str(path), f"{item}: expected a JSON object, got {type(obj).__name__}", item=item)
    text = obj.get("text")
    if not isinstance(text, str):
        why = "no 'text' field" if text is None else f"'text' is {type(text).__name__}, not a string"
        return Rejection(str(path), f"{item}: {why}", item=item)
    fields = {k: obj[k] for k in _FIELDS if isinstance(obj.get(k), str)}
    extra = {k: v for k, v in obj.items() if k not in ("id", "text", "published", *_FIELDS)}
    if obj.get("id") not in (None, ""):
        doc_id = str(obj["id"])
    return make_document(text, doc_id=doc_id, source_path=str(path), raw=raw, item=item,
                         warnings=warnings, published=obj.get("published"), meta=extra, **fields)


def read_jsonl(path: Path, data: bytes) -> Iterator[Document | Rejection]:
    text, warnings = decode_bytes(data)
    seen = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        item = f"line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejection(str(path), f"malformed JSON on {item}: {err.msg.removesuffix(' at')} at column {err.colno}", item=item)
            continue
        yield _from_object(obj, path=path, doc_id=f"{path.stem}-{lineno}", item=item,
                           raw=line.encode("utf-8"), warnings=warnings)
    if not seen:
        raise InputError("empty file (no JSON lines)")


def read_json(path: Path, data: bytes) -> Iterator[Document | Rejection]:
    text, warnings = decode_bytes(data)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        if sum(1 for ln in text.splitlines() if ln.strip()) > 1 and text.lstrip().startswith("{"):
            yield from read_jsonl(path, data)  # JSON Lines saved as .json
            return
        raise InputError(f"malformed JSON: {err.msg.removesuffix(' at')} at line {err.lineno}, column {err.colno}") from None
    if isinstance(value, list):
        if not value:
            raise InputError("JSON list is empty: no documents")
        for i, obj in enumerate(value):
            raw = json.dumps(obj, ensure_ascii=False).encode("utf-8")
            yield _from_object(obj, path=path, doc_id=f"{path.stem}-{i}", item=f"item {i}", raw=raw,
                               warnings=warnings)
    else:
        yield _from_object(value, path=path, doc_id=path.stem, item="object", raw=data, warnings=warnings)
