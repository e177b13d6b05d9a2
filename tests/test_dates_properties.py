"""Properties of date mentions over generated texts, and lexicon-file errors."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.text.clean import clean, view_of
from marsad.recognise.dates import recognise_dates
from marsad.recognise.time_lexicon import TimeLexiconError, load_lexicon
from marsad.text.normalize import match_form
from marsad.text.split import split_sentences

FRAGMENTS = ["اليوم الخميس", "29 من تموز", "مساء أمس الثلاثاء", "ليل الإثنين الثلاثاء", "عام 2018",
             "منذ حزيران الماضي", "الأسبوع الماضي", "٢٩/٧/٢٠٢١", "20 ذو الحجة 1442", "قصفت القوات",
             "البلدة", "25 عنصراً", "صاروخ عمر", "في وقت سابق اليوم", "منذ ثلاثة أيام", "،", ".", "\n",
             "https://twitter.com/a/status/1422313242613882881", "يوليو (تموز) 2021"]
MARKS = ["", "\u064e", "\u0650", "\u0652", "\u0651", "\u0640"]


@st.composite
def texts(draw):
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12))
    out = []
    for p in parts:
        chars = []
        for ch in p:
            chars.append(ch)
            if "\u0621" <= ch <= "\u064a":
                chars.append(draw(st.sampled_from(MARKS)))
        out.append("".join(chars))
    return " ".join(out)


@settings(max_examples=150, deadline=None)
@given(texts(), st.sampled_from([None, "2021-07-29"]))
def test_offsets_round_trip_and_never_today(text, published):
    adoc = prepare(Document(doc_id="p", text=text, published=published))
    split_sentences(adoc)
    recognise_dates(adoc, today=date(2026, 11, 25))
    for m in adoc.dates:
        assert text[m.orig_start:m.orig_end] == m.surface
        removed = clean(text).removed
        assert view_of(text, removed, m.orig_start, m.orig_end) == adoc.norm.text[m.start:m.end]
        if not any(a < m.orig_end and m.orig_start < b for a, b, _ in removed):
            assert match_form(m.surface) == adoc.norm.text[m.start:m.end]
        assert m.date != "2026-11-25"
        if m.date is None:
            assert m.precision is None
    assert adoc.pub_date.date != "2026-11-25"
    if published is None and adoc.pub_date.date is None:
        assert all(m.date is None for m in adoc.dates if m.kind not in ("absolute",))


def test_lexicon_errors_name_the_file(tmp_path):
    bad = tmp_path / "time.yaml"
    bad.write_text("months: [not, a, mapping]\n", encoding="utf-8")
    with pytest.raises(TimeLexiconError, match=str(bad)):
        load_lexicon(bad)
    bad.write_text("months: {13: [x]}\n", encoding="utf-8")
    with pytest.raises(TimeLexiconError, match="months"):
        load_lexicon(bad)
    bad.write_text("a: [\n", encoding="utf-8")
    with pytest.raises(TimeLexiconError, match="not valid YAML"):
        load_lexicon(bad)


def test_packaged_lexicon_loads():
    lex = load_lexicon()
    assert lex.months["تموز"] == 7 and lex.months["جويليه"] == 7 and lex.hijri_months["ذو الحجه"] == 12
