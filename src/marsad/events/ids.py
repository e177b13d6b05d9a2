"""Stable identifiers: the same article gives the same event ids on every run."""
from __future__ import annotations

import hashlib

ISO3 = {760: "SYR", 422: "LBN", 400: "JOR", 368: "IRQ", 792: "TUR", 376: "ISR", 275: "PSE", 682: "SAU"}


def event_id(doc_id: str, event_type: str, place_key: str, date: str | None, iso: int = 760) -> str:
    """ACLED-style event_id_cnty: ISO3 + 8 digits from a hash of document, type, place and date."""
    h = hashlib.sha1(f"{doc_id}|{event_type}|{place_key}|{date or ''}".encode("utf-8")).hexdigest()
    return f"{ISO3.get(iso, 'XXX')}{int(h[:12], 16) % 10**8:08d}"
