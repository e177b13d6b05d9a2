"""Property tests: every span of the matching form maps back to the original.

Invariants (see docs/text.md):
1. ``normalize_view`` alone: for every span [s, e) of the matching form with original span [a, b),
   ``match_form(original[a:b]) == norm[s:e]``. Dropped characters (diacritics, tatweel) inside the
   span are in original[a:b] and vanish again under match_form; nothing is invented.
2. ``clean`` then ``normalize_view``: the same holds once the regions ``clean`` removed are applied
   to original[a:b] (each replaced by its recorded separator, "" or one space/newline). So a span
   that crosses no removed region satisfies invariant 1 exactly, and no character of the original
   ever vanishes without being listed in ``removed``.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.text.clean import clean, view_of
from marsad.text.normalize import match_form, normalize_view
from marsad.text.split import split_text
from marsad.text.tokens import tokenize
from marsad.text.view import TextView

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآٱءؤئ"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640\u200f\u00a0"
DIGITS = "٠١٢٣٤٥٦٧٨٩۴0123456789"
PUNCT = "،؛؟.!:,-–—\"“”«»'()/ "
LATIN = "abcXYZ"
CHARS = LETTERS + MARKS + DIGITS + PUNCT + LATIN + "\n\n  "
PIECES = [
    "https://twitter.com/a/status/1422313242613882881?s=20", "http://x.org/درعا_a.mp4", "www.a.com",
    "[caption id=\"attachment_1\" align=\"aligncenter\"]", "[/caption]", "[embed]", "[/embed]", "[gallery]",
    "<p>", "</p>", "<iframe src=\"https://y.org/e\">", "\nالمصدر: عنب بلدي\n", "\nقد يعجبك أيضا\n",
    "\nاقرأ أيضاً: عنوان\n", "\nشارك على فيسبوك\n", "— اسم (@user) July 29, 2021", "3.5", "29/7/2021",
]
texts = st.lists(st.one_of(st.text(alphabet=CHARS, max_size=8), st.sampled_from(PIECES)), max_size=14).map("".join)


def spans(n: int):
    step = max(1, n // 25)
    for s in range(0, n + 1, step):
        for e in range(s, n + 1, step):
            yield s, e


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalize_view_spans_map_back_exactly(text):
    norm = normalize_view(TextView.identity(text))
    assert norm.text == match_form(text)
    assert all(x < y for x, y in zip(norm.offsets, norm.offsets[1:]))
    for s, e in spans(len(norm.text)):
        a, b = norm.orig_span(s, e)
        assert match_form(text[a:b]) == norm.text[s:e]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_clean_then_normalize_spans_map_back(text):
    r = clean(text)
    norm = normalize_view(r.view)
    assert all(x < y for x, y in zip(norm.offsets, norm.offsets[1:]))
    assert all(a < b <= c for (a, b, _), (c, _, _) in zip(r.removed, r.removed[1:]))
    assert view_of(text, r.removed, 0, len(text)) == norm.text  # nothing lost silently
    for s, e in spans(len(norm.text)):
        a, b = norm.orig_span(s, e)
        assert view_of(text, r.removed, a, b) == norm.text[s:e]
        if not any(ra < b and a < rb for ra, rb, _ in r.removed):
            assert match_form(text[a:b]) == norm.text[s:e]
    for link in r.links:
        assert link in text and link not in r.view.text


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentences_and_tokens_are_well_formed(text):
    adoc = prepare(Document("p", text))
    tokenize(adoc)
    sents = split_text(adoc.norm.text)
    prev = 0
    for snt in sents:
        assert prev <= snt.start < snt.end <= len(adoc.norm.text)
        assert all(snt.start <= a < b <= snt.end for a, b in snt.clauses)
        prev = snt.end
    for tok in adoc.tokens:
        assert adoc.norm.text[tok.start:tok.end] == tok.text
        assert tok.readings[0] == ("", tok.text)
        a, b = adoc.orig_span(tok.start, tok.end)
        assert match_form(text[a:b]) == tok.text  # tokens never straddle a removed region
