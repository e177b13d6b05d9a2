"""Recognise dates (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def recognise_dates(adoc: AnalyzedDoc) -> None:
    return None
