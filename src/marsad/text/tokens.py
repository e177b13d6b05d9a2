"""Tokens with clitic readings (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc


def tokenize(adoc: AnalyzedDoc) -> None:
    adoc.tokens = []
