"""``date_for_span``: sentence, then paragraph, then publication date; background; never a guess."""
from __future__ import annotations

from datetime import date

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.recognise.dates import date_for_span, recognise_dates
from marsad.text.normalize import match_form
from marsad.text.split import split_sentences

TODAY = date(2026, 11, 25)


def at(text: str, word: str, published: str | None = "2021-07-29", nth: int = 0):
    adoc = prepare(Document(doc_id="t", text=text, published=published))
    split_sentences(adoc)
    recognise_dates(adoc, today=TODAY)
    norm, w = adoc.norm.text, match_form(word)
    i = -1
    for _ in range(nth + 1):
        i = norm.index(w, i + 1)
    return date_for_span(adoc, i, i + len(w))


def test_sentence_expression_governs():
    t = at("قصفت القوات البلدة مساء أمس الأربعاء.", "قصفت")
    assert (t.date, t.precision, t.source) == ("2021-07-28", 1, "sentence")


def test_nearest_preceding_expression_wins():
    text = "قصفت القوات البلدة صباح اليوم، ثم اندلعت اشتباكات مساء أمس في القرية."
    assert at(text, "قصفت").date == "2021-07-29"
    assert at(text, "القريه").date == "2021-07-28"


def test_paragraph_expression_carries_to_later_sentences():
    text = "اندلعت اشتباكات يوم الإثنين الماضي في البلدة. وقتل شخصان في القصف.\nوفي خبر آخر قتل مدني."
    assert (at(text, "وقتل").date, at(text, "وقتل").source) == ("2021-07-26", "paragraph")
    t = at(text, "مدني")
    assert (t.date, t.source) == ("2021-07-29", "publication")


def test_background_since_month():
    t = at("وكانت القوات فرضت حصاراً على البلد منذ حزيران الماضي.", "حصارا")
    assert t.background and t.precision == 3


def test_background_pluperfect():
    t = at("وكانت القوات قد سيطرت على البلدة الأحد الماضي.", "سيطرت")
    assert t.background and t.date == "2021-07-25"


def test_relative_clause_event_is_not_background_and_takes_its_own_date():
    text = "شيّع الأهالي، أمس الأحد، ضحايا التفجير الذي استهدف سوقاً في المدينة يوم السبت الماضي."
    t = at(text, "التفجير", published="2023-11-20")
    assert (t.date, t.background) == ("2023-11-18", False)
    assert at(text, "شيّع", published="2023-11-20").date == "2023-11-19"


def test_background_year_marks_historical_event():
    t = at("سيطرت قوات النظام على المدينة عام 2018 بدعم روسي.", "سيطرت")
    assert t.background and t.date is None


def test_reference_point_year_does_not_make_event_historical():
    t = at("استهدفت القوات الأحياء بالصواريخ، لأول مرة منذ عقد اتفاق التسوية عام 2018.", "استهدفت")
    assert not t.background and (t.date, t.source) == ("2021-07-29", "publication")


def test_year_in_another_clause_does_not_govern():
    t = at("سقطت الحواجز تباعاً، والمشمولين باتفاق التسوية المعقود عام 2018.", "سقطت")
    assert not t.background and t.date == "2021-07-29"


def test_report_time_used_only_when_nothing_else():
    text = "أفادت المصادر، في وقت سابق اليوم الخميس، بمقتل عنصرين، مساء أمس الأربعاء، بهجوم."
    assert at(text, "مقتل").date == "2021-07-28"
    t = at("أفادت المصادر، في وقت سابق اليوم، بمقتل عنصرين.", "مقتل")
    assert (t.date, t.source) == ("2021-07-29", "sentence")


def test_unknown_publication_gives_none_never_today():
    t = at("قصفت القوات البلدة صباح اليوم.", "قصفت", published=None)
    assert t.date is None and t.precision is None and t.mention is not None
    t = at("قصفت القوات البلدة.", "قصفت", published=None)
    assert (t.date, t.source) == (None, "unknown")


def test_publication_precision_carries():
    adoc = prepare(Document(doc_id="t", text="قصفت القوات البلدة.", url="https://s.net/2021/08/x"))
    split_sentences(adoc)
    recognise_dates(adoc, today=TODAY)
    t = date_for_span(adoc, 0, 4)
    assert (t.date, t.precision, t.tolerance_days, t.source) == ("2021-08-15", 3, 15, "publication")
