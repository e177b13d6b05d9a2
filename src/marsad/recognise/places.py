"""Recognise places (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def recognise_places(adoc: AnalyzedDoc) -> None:
    return None


def explain(text: str) -> str:
    """Human-readable list of the place mentions in ``text`` (stub)."""
    return "(geoparser not built yet)"
