"""The per-document pipeline: a list of small components over one AnalyzedDoc (cf. spaCy).

``analyze`` is pure (document in, analysed document out, no I/O), so the same function runs in a
loop here, in worker processes, or as a Dask task. Reading inputs, the store and the exports live
at the edges (``marsad.runner``).
"""
from __future__ import annotations

from collections.abc import Callable

from marsad.events.extract import extract_events
from marsad.models import AnalyzedDoc, Document
from marsad.recognise.actors import recognise_actors
from marsad.recognise.dates import recognise_dates
from marsad.recognise.modality import recognise_modality
from marsad.recognise.numbers import recognise_numbers
from marsad.recognise.places import recognise_places
from marsad.recognise.triggers import recognise_triggers
from marsad.text.prepare import prepare
from marsad.text.split import split_sentences

Component = Callable[[AnalyzedDoc], None]

# Order matters: later components read what earlier ones wrote. Tokens are not a step: they
# are built on first read (AnalyzedDoc.tokens).
COMPONENTS: list[tuple[str, Component]] = [
    ("sentences", split_sentences),
    ("dates", recognise_dates),
    ("places", recognise_places),
    ("actors", recognise_actors),
    ("numbers", recognise_numbers),
    ("triggers", recognise_triggers),
    ("modality", recognise_modality),
    ("events", extract_events),
]


def analyze(document: Document, until: str | None = None) -> AnalyzedDoc:
    """Run every component (or those up to and including ``until``) over one document."""
    adoc = prepare(document)
    for name, component in COMPONENTS:
        component(adoc)
        if name == until:
            break
    return adoc
