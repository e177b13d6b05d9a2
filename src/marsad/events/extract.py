"""Assemble events from recognised mentions (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def extract_events(adoc: AnalyzedDoc) -> None:
    adoc.events = []
