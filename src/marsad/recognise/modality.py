"""Recognise modality (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def recognise_modality(adoc: AnalyzedDoc) -> None:
    return None
