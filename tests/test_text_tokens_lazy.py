"""adoc.tokens is built on first read and equals what the tokenizer builds from the matching form."""
from __future__ import annotations

from marsad.models import Document
from marsad.pipeline import analyze, prepare
from marsad.text.tokens import tokenize_text

TEXT = "وَاستهدفت قوات النظام بالمدفعيّة بلدة «المزيريب» في 29 تموز."


def test_tokens_are_built_on_first_read_only():
    adoc = prepare(Document("t", TEXT))
    assert "tokens" not in vars(adoc)  # nothing built yet
    toks = adoc.tokens
    assert "tokens" in vars(adoc) and adoc.tokens is toks  # built once, then cached
    assert toks == tokenize_text(adoc.norm.text)
    assert [t.text for t in toks][:3] == ["واستهدفت", "قوات", "النظام"]
    assert ("و", "استهدفت") in toks[0].readings


def test_analysis_does_not_build_tokens():
    adoc = analyze(Document("t", TEXT))
    assert "tokens" not in vars(adoc)
    assert len(adoc.tokens) == 9
