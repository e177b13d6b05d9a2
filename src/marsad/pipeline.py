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
from marsad.text.clean import clean
from marsad.text.normalize import normalize_view
from marsad.text.split import split_sentences
from marsad.text.tokens import tokenize

Component = Callable[[AnalyzedDoc], None]

# Order matters: later components read what earlier ones wrote.
COMPONENTS: list[tuple[str, Component]] = [
    ("sentences", split_sentences),
    ("tokens", tokenize),
    ("dates", recognise_dates),
    ("places", recognise_places),
    ("actors", recognise_actors),
    ("numbers", recognise_numbers),
    ("triggers", recognise_triggers),
    ("modality", recognise_modality),
    ("events", extract_events),
]


def prepare(document: Document) -> AnalyzedDoc:
    """Clean and normalise, keeping offsets; no recognition yet."""
    cleaned = clean(document.text)
    return AnalyzedDoc(
        document=document,
        clean=cleaned.view,
        norm=normalize_view(cleaned.view),
        links=cleaned.links,
        captions=cleaned.captions,
        outlet_hint=cleaned.outlet_hint,
    )


def analyze(document: Document, until: str | None = None) -> AnalyzedDoc:
    """Run every component (or those up to and including ``until``) over one document."""
    adoc = prepare(document)
    for name, component in COMPONENTS:
        component(adoc)
        if name == until:
            break
    return adoc
