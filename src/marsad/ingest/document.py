"""Build a ``Document`` from decoded text and metadata: hash, language check, date normalisation.

Every reader ends here, so every format gets the same rules: the text is stored exactly as decoded,
the content hash is over its NFC form (two encodings of one article hash the same), documents
that are not mainly Arabic become a ``skipped`` rejection, and a publication date from metadata is
normalised to ISO ``YYYY-MM-DD`` or kept raw in ``meta`` with a warning.
"""
from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from marsad.ingest.language import is_mainly_arabic
from marsad.models import Document, Rejection
from marsad.text.normalize import match_form

_YMD = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])", re.I)
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def content_hash(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def normalise_date(value: Any) -> str | None:
    """ISO date from an ISO string, RFC 822 string, D/M/Y string, struct_time, date or epoch."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return _iso(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, date):  # datetime is a date too
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 < value < 4e10:
            return datetime.fromtimestamp(value, tz=timezone.utc).strftime("%Y-%m-%d")
        return None
    if not isinstance(value, str):
        return None
    s = match_form(value).strip()
    m = _YMD.match(s)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.match(s)
    if m:  # Arabic sources write day/month/year
        return _iso(int(m[3]), int(m[2]), int(m[1]))
    try:
        return parsedate_to_datetime(value).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def make_document(
    text: str,
    *,
    doc_id: str,
    source_path: str,
    raw: bytes | None,
    item: str | None = None,
    warnings: list[str] | None = None,
    published: Any = None,
    **fields: Any,
) -> Document | Rejection:
    """A Document, or a Rejection when the text is empty or not mainly Arabic."""
    if not text or not text.strip():
        return Rejection(source_path, "no text (empty after decoding/extraction)", item=item)
    ok, ratio = is_mainly_arabic(text)
    if not ok:
        return Rejection(source_path, f"not mainly Arabic ({ratio:.0%} Arabic letters)", item=item,
                         severity="skipped")
    warnings = list(warnings or [])
    meta: dict[str, Any] = dict(fields.pop("meta", None) or {})
    iso = normalise_date(published)
    if published not in (None, "") and iso is None:
        meta["published_raw"] = str(published)
        warnings.append(f"publication date {str(published)!r} not understood; kept in meta")
    known = {k: v for k, v in fields.items() if v not in (None, "")}
    return Document(
        doc_id=doc_id,
        text=text,
        source_path=source_path,
        raw=raw,
        published=iso,
        language="ar",
        warnings=warnings,
        meta=meta,
        content_hash=content_hash(text),
        **known,
    )
