"""Recognise actors (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def recognise_actors(adoc: AnalyzedDoc) -> None:
    return None
