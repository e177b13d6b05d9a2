"""Tokens with proclitic readings."""
from __future__ import annotations

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.text.tokens import PREFIXES, clitic_readings, tokenize


def test_readings_unsplit_first_and_stacks():
    assert clitic_readings("وبالرقه") == [("", "وبالرقه"), ("و", "بالرقه"), ("وب", "الرقه"), ("وبال", "رقه")]
    assert clitic_readings("بدرعا") == [("", "بدرعا"), ("ب", "درعا")]
    assert ("لل", "نظام") in clitic_readings("للنظام")
    assert ("فلل", "معارضه") in clitic_readings("فللمعارضه")
    assert ("ولل", "نظام") in clitic_readings("وللنظام")
    assert ("كال", "عاده") in clitic_readings("كالعاده")
    assert ("فال", "قوات") in clitic_readings("فالقوات")


def test_stem_keeps_two_letters():
    assert clitic_readings("بل") == [("", "بل")]
    assert clitic_readings("وال") == [("", "وال"), ("و", "ال")]
    assert ("وال", "ي") not in clitic_readings("والي")


def test_lam_alef_lam_is_not_a_prefix_and_non_arabic_not_split():
    assert "لال" not in PREFIXES and "ولال" not in PREFIXES
    assert {"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "وبال", "فلل", "ولل", "وب",
            "ول", "فب"} <= set(PREFIXES)
    assert clitic_readings("2021") == [("", "2021")]
    assert clitic_readings("bomb") == [("", "bomb")]


def test_tokenize_offsets_map_to_original():
    text = "وَاستهدفت قوات النظام بالمدفعيّة بلدة «المزيريب» في 29 تموز."
    adoc = prepare(Document("t", text))
    tokenize(adoc)
    words = [t.text for t in adoc.tokens]
    assert words == ["واستهدفت", "قوات", "النظام", "بالمدفعيه", "بلده", "المزيريب", "في", "29", "تموز"]
    tok = adoc.tokens[3]
    assert adoc.surface(tok.start, tok.end) == "بالمدفعيّة"
    assert ("بال", "مدفعيه") in tok.readings
    stem_start = tok.start + len("بال")
    assert adoc.surface(stem_start, tok.end) == "مدفعيّة"
