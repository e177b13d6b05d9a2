"""The first step of every analysis: clean and normalise a document, keeping offsets.

It lives in the text layer (not in ``marsad.pipeline``) so that a single stage's tools — ``marsad
geo``, the geoparser benchmark — can prepare text without importing every later stage.
"""
from __future__ import annotations

from marsad.models import AnalyzedDoc, Document
from marsad.text.clean import clean
from marsad.text.normalize import normalize_view
from marsad.text.split import split_sentences


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


def prepare_text(text: str, doc_id: str = "text") -> AnalyzedDoc:
    """A bare text prepared and split into sentences: what a recogniser needs to run on its own."""
    adoc = prepare(Document(doc_id=doc_id, text=text))
    split_sentences(adoc)
    return adoc
