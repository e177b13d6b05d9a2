"""Recognise triggers (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def recognise_triggers(adoc: AnalyzedDoc) -> None:
    return None
