"""The fast paths of match_form (memo for short strings, replace for texts) equal str.translate."""
from __future__ import annotations

from marsad.text.normalize import _TABLE, match_form, normalize_view
from marsad.text.view import TextView


def test_match_form_equals_translate_on_every_mapped_character():
    every = "".join(chr(k) for k in _TABLE) + "".join(chr(c) for c in range(0x20, 0x700))
    for text in (every, every[::-1], "وَاستهدفت قوّاتُ «النظام» إدلب ومدينة حماة ABC", "أإآ", "ى"):
        assert match_form(text) == text.translate(_TABLE)
        assert match_form(text) == text.translate(_TABLE)  # second call: memoised when short
    assert match_form("قرية الأتارب") == "قريه الاتارب"


def test_normalize_view_long_text_keeps_offsets():
    text = "قُتل ثلاثة مدنيين في مدينة إدلب. " * 5
    view = normalize_view(TextView(text, list(range(len(text))), len(text)))
    assert view.text == text.translate(_TABLE)
    assert len(view.offsets) == len(view.text) and view.offsets[0] == 0
    assert text[view.offsets[view.text.index("مدينه")]:].startswith("مدينة")
