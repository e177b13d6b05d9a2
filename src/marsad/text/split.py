"""Sentence and clause splitting (stub)."""
from __future__ import annotations

from marsad.models import AnalyzedDoc, Sentence


def split_sentences(adoc: AnalyzedDoc) -> None:
    adoc.sentences = [Sentence(0, len(adoc.norm.text), [(0, len(adoc.norm.text))])]
