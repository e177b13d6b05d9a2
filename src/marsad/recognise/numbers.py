"""Recognise numbers (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def recognise_numbers(adoc: AnalyzedDoc) -> None:
    return None
