"""Table-driven tests of the date grammar: four month systems, Hijri, relative expressions, traps.

Every case builds a real AnalyzedDoc (prepare → split_sentences → recognise_dates) and asserts the
resolved date, the precision, and that the original offsets slice exactly the expected surface
at its place in the original text (texts carry diacritics, hamza variants, Arabic-Indic digits
and clitics so the offset map is exercised).
"""
from __future__ import annotations

from datetime import date

import pytest

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.recognise.dates import recognise_dates
from marsad.text.split import split_sentences

TODAY = date(2026, 11, 25)  # processing-date bound, pinned so results do not drift with the clock
THU = "2021-07-29"  # a Thursday
TUE = "2021-08-03"  # a Tuesday
WED = "2021-07-28"


def run(text: str, published: str | None = THU):
    adoc = prepare(Document(doc_id="t", text=text, published=published))
    split_sentences(adoc)
    recognise_dates(adoc, today=TODAY)
    return adoc


def find(adoc, surface: str):
    hits = [m for m in adoc.dates if m.surface == surface]
    assert hits, f"no mention {surface!r}; got {[m.surface for m in adoc.dates]}"
    return hits[0]


# (text, published, expected surface, date, precision)
CASES = [
    # Levantine / Iraqi months
    ("قُتل مدنيان في 29 تموز 2021 بقصف.", None, "29 تموز 2021", "2021-07-29", 1),
    ("وقع الهجوم في ٢٩ تمّوز ٢٠٢١ صباحاً.", None, "٢٩ تمّوز ٢٠٢١", "2021-07-29", 1),
    ("جرى ذلك يوم 3 كانون الثاني 2020.", None, "3 كانون الثاني 2020", "2020-01-03", 1),
    ("في 14 شباط 2019 بدأت الحملة.", None, "14 شباط 2019", "2019-02-14", 1),
    ("منذ 15 آذار 2011 والاحتجاجات مستمرة.", None, "15 آذار 2011", "2011-03-15", 1),
    ("في 7 نيسان 2017 قصفت الطائرات.", None, "7 نيسان 2017", "2017-04-07", 1),
    ("وفي 1 أيار 2020 انسحبت القوات.", None, "1 أيار 2020", "2020-05-01", 1),
    ("بتاريخ 22 حزيران 2021 اندلعت اشتباكات.", None, "22 حزيران 2021", "2021-06-22", 1),
    ("في 5 آب 2021 قتل شخص.", None, "5 آب 2021", "2021-08-05", 1),
    ("في 9 أيلول 2018 سيطرت القوات.", None, "9 أيلول 2018", "2018-09-09", 1),
    ("في 9 تشرين الأول 2019 بدأت العملية.", None, "9 تشرين الأول 2019", "2019-10-09", 1),
    ("في 20 تشرين الثاني 2015 حصل ذلك.", None, "20 تشرين الثاني 2015", "2015-11-20", 1),
    ("في 31 كانون الأول 2020 انفجرت عبوة.", None, "31 كانون الأول 2020", "2020-12-31", 1),
    ("اليوم الخميس، 29 من تموز، شنت القوات حملة.", THU, "اليوم الخميس، 29 من تموز", "2021-07-29", 1),
    ("في 29 من شهر تموز الجاري قتل شخص.", THU, "29 من شهر تموز", "2021-07-29", 1),
    ("في الأوّل من آب 2021 سقطت قذيفة.", None, "الأوّل من آب 2021", "2021-08-01", 1),
    # Egyptian / Gulf months
    ("في 29 يوليو 2021 هاجم مسلحون حاجزاً.", None, "29 يوليو 2021", "2021-07-29", 1),
    ("في 3 أغسطس 2021 قتل شخص.", None, "3 أغسطس 2021", "2021-08-03", 1),
    ("في 3 اغسطس 2021 قتل شخص.", None, "3 اغسطس 2021", "2021-08-03", 1),
    ("في 12 يونيه 2021 اندلعت مظاهرة.", None, "12 يونيه 2021", "2021-06-12", 1),
    ("في 12 يوليه 2021 اندلعت مظاهرة.", None, "12 يوليه 2021", "2021-07-12", 1),
    ("في 2 يناير 2022 قصف.", None, "2 يناير 2022", "2022-01-02", 1),
    ("في 28 فبراير 2022 قصف.", None, "28 فبراير 2022", "2022-02-28", 1),
    ("في 6 إبريل 2021 قصف.", None, "6 إبريل 2021", "2021-04-06", 1),
    ("في 6 أبريل 2021 قصف.", None, "6 أبريل 2021", "2021-04-06", 1),
    ("في 17 سبتمبر 2020 قصف.", None, "17 سبتمبر 2020", "2020-09-17", 1),
    ("في 30 نوفمبر 2020 قصف.", None, "30 نوفمبر 2020", "2020-11-30", 1),
    ("في 25 ديسمبر 2020 قصف.", None, "25 ديسمبر 2020", "2020-12-25", 1),
    # both orders of the two-system spelling
    ("في 29 يوليو (تموز) 2021 قصف.", None, "29 يوليو (تموز) 2021", "2021-07-29", 1),
    ("في 29 تموز/يوليو 2021 قصف.", None, "29 تموز/يوليو 2021", "2021-07-29", 1),
    # Maghrebi months
    ("في 20 جانفي 2021 احتجاج.", None, "20 جانفي 2021", "2021-01-20", 1),
    ("في 12 فيفري 2021 احتجاج.", None, "12 فيفري 2021", "2021-02-12", 1),
    ("في 5 أفريل 2021 احتجاج.", None, "5 أفريل 2021", "2021-04-05", 1),
    ("في 1 ماي 2021 احتجاج.", None, "1 ماي 2021", "2021-05-01", 1),
    ("في 15 جوان 2021 احتجاج.", None, "15 جوان 2021", "2021-06-15", 1),
    ("في 25 جويلية 2021 احتجاج.", None, "25 جويلية 2021", "2021-07-25", 1),
    ("في 3 أوت 2021 احتجاج.", None, "3 أوت 2021", "2021-08-03", 1),
    # numeric and ISO
    ("بتاريخ 29/7/2021 قتل شخص.", None, "29/7/2021", "2021-07-29", 1),
    ("بتاريخ 2021-07-29 قتل شخص.", None, "2021-07-29", "2021-07-29", 1),
    ("بتاريخ ٢٩/٠٧/٢٠٢١ قتل شخص.", None, "٢٩/٠٧/٢٠٢١", "2021-07-29", 1),
    # Hijri
    ("في 20 ذو الحجة 1442 هـ قصف.", None, "20 ذو الحجة 1442 هـ", "2021-07-30", 1),
    ("في 19 ذي الحجّة 1442 قصف.", None, "19 ذي الحجّة 1442", "2021-07-29", 1),
    ("في 1 رمضان 1442 هـ قصف.", None, "1 رمضان 1442 هـ", "2021-04-13", 1),
    # months without a day
    ("قصف في حزيران الماضي.", THU, "حزيران الماضي", "2021-06-15", 3),
    ("في شهر يوليو 2021 قصف.", None, "شهر يوليو 2021", "2021-07-15", 3),
    ("في مطلع آب المقبل تبدأ.", THU, "مطلع آب المقبل", "2021-08-03", 2),
    # relative to the publication date
    ("قُتل شخص اليوم في درعا.", THU, "اليوم", "2021-07-29", 1),
    ("قصفت القوات أمسِ البلدة.", THU, "أمسِ", "2021-07-28", 1),
    ("وقصفت بالأمس البلدة.", THU, "الأمس", "2021-07-28", 1),
    ("وقع هجوم يوم أمس في درعا.", THU, "يوم أمس", "2021-07-28", 1),
    ("قصفت القوات أوّل أمس البلدة.", THU, "أوّل أمس", "2021-07-27", 1),
    ("قصفت القوات أول من أمس البلدة.", THU, "أول من أمس", "2021-07-27", 1),
    ("اندلعت اشتباكات الليلةَ الماضية في درعا.", THU, "الليلةَ الماضية", "2021-07-29", 1),
    ("شهدت درعا، ليل الإثنين الثلاثاء، اشتباكات.", TUE, "ليل الإثنين الثلاثاء", "2021-08-03", 1),
    ("شهدت درعا ليلة الأحد - الاثنين اشتباكات.", TUE, "ليلة الأحد - الاثنين", "2021-08-02", 1),
    ("حاولوا، صباحَ اليوم الخميس، اقتحام البلدة.", THU, "صباحَ اليوم الخميس", "2021-07-29", 1),
    ("تجددت الاشتباكات ظُهر اليوم الأربعاء.", WED, "ظُهر اليوم الأربعاء", "2021-07-28", 1),
    ("وقتل عنصران، مساءَ أمسِ الثلاثاءِ، بهجوم.", WED, "مساءَ أمسِ الثلاثاءِ", "2021-07-27", 1),
    ("لم تصل حتى مساء أمسْ لأي اتفاق.", TUE, "مساء أمسْ", "2021-08-02", 1),
    ("ودخل الاتفاق، يوم الإثنين الماضي، حيز التنفيذ.", WED, "يوم الإثنين الماضي", "2021-07-26", 1),
    ("تم التوصل إليه الأحد الماضي.", THU, "الأحد الماضي", "2021-07-25", 1),
    ("ستعقد جولة الجمعة المقبلة.", THU, "الجمعة المقبلة", "2021-07-30", 1),
    ("وقال المتحدث، الخميس، إن القصف مستمر.", THU, "الخميس", "2021-07-29", 1),
    ("ونهاية الأسبوع الماضي، توصل الطرفان إلى اتفاق.", WED, "نهاية الأسبوع الماضي", "2021-07-23", 2),
    ("قصف متكرر الأسبوع الماضي على البلدة.", WED, "الأسبوع الماضي", "2021-07-21", 2),
    ("تحاول القوات منذ أسبوع التقدم.", THU, "منذ أسبوع", "2021-07-22", 2),
    ("قتل شخص منذ ثلاثة أيام.", THU, "منذ ثلاثة أيام", "2021-07-26", 1),
    ("قتل شخص قبل يومين.", THU, "قبل يومين", "2021-07-27", 1),
    ("فرضت القوات حصاراً منذ حزيران الماضي.", THU, "منذ حزيران الماضي", "2021-06-15", 3),
    ("قتل 12 عنصراً خلال الساعات الماضية.", WED, "خلال الساعات الماضية", "2021-07-28", 1),
    ("بدأت الحملة مطلع الشهر الجاري.", THU, "مطلع الشهر الجاري", "2021-07-03", 2),
    ("قصفت القوات البلدة مطلعَ الشهر.", THU, "مطلعَ الشهر", "2021-07-03", 2),
    ("قصفت القوات البلدة الشهر الماضي.", THU, "الشهر الماضي", "2021-06-15", 3),
    ("أفادت المصادر، في وقت سابق اليوم، بمقتل شخص.", THU, "في وقت سابق اليوم", "2021-07-29", 1),
    ("قصفت القوات البلدة فجر اليوم.", THU, "فجر اليوم", "2021-07-29", 1),
    ("الخميس 29 تموز 2021", None, "الخميس 29 تموز 2021", "2021-07-29", 1),
]


@pytest.mark.parametrize("text,published,surface,want,precision", CASES, ids=[c[2] for c in CASES])
def test_expression(text, published, surface, want, precision):
    adoc = run(text, published)
    m = find(adoc, surface)
    assert (m.date, m.precision) == (want, precision)
    assert text[m.orig_start:m.orig_end] == surface
    assert m.orig_start == text.index(surface)


# Traps: nothing in ``forbidden`` may become (part of) a date mention.
TRAPS = [
    ("أسروا كافة عناصره وعددهم 25 عنصراً مع ضابطين.", "25 عنصراً"),
    ("قصف الثوار التجمعات بصاروخ “عمر” محلي الصنع.", "عمر"),
    ("على أن يتم تثبيت 3 نقاط عسكرية في المنطقة.", "3 نقاط"),
    ("صد أكثر من 13 محاولة اقتحام.", "13 محاولة"),
    ("قال رجب طيب أردوغان إن بلاده مستعدة.", "رجب"),
    ("وقتل الشاب محمد رمضان برصاص قناص.", "رمضان"),
    ("بلغت الخسائر صفر إصابات.", "صفر"),
    ("الخلاف بين الاثنين مستمر.", "الاثنين"),
    ("وارتفع العدد إلى 2018 شخصاً.", "2018"),
    ("مارس الجنود الضغط على الأهالي.", "مارس"),
    ("سجل 3/4 السكان أسماءهم.", "3/4"),
]


@pytest.mark.parametrize("text,forbidden", TRAPS, ids=[t[1] for t in TRAPS])
def test_trap_is_not_a_date(text, forbidden):
    adoc = run(text)
    a = text.index(forbidden)
    b = a + len(forbidden)
    assert not [m for m in adoc.dates if m.orig_start < b and m.orig_end > a], adoc.dates


def test_year_inside_later_article_is_background():
    adoc = run("استهدفت القوات الأحياء، بعد فشل التسوية التي وقعت عام 2018 برعاية روسية.", THU)
    m = find(adoc, "عام 2018")
    assert m.background and m.date is None and m.precision is None


def test_since_month_is_background_month_precision():
    adoc = run("وكانت القوات فرضت حصاراً على البلد منذ حزيران الماضي.", THU)
    m = find(adoc, "منذ حزيران الماضي")
    assert m.background and m.precision == 3


def test_last_week_is_week_precision_not_background():
    adoc = run("قصف متكرر الأسبوع الماضي على البلدة.", WED)
    m = find(adoc, "الأسبوع الماضي")
    assert m.precision == 2 and not m.background and m.tolerance_days >= 3


def test_night_spanning_two_days_has_tolerance_one():
    m = find(run("شهدت درعا، ليل الإثنين الثلاثاء، اشتباكات.", TUE), "ليل الإثنين الثلاثاء")
    assert m.tolerance_days == 1 and m.kind == "night"


@pytest.mark.parametrize("text,surface", [
    ("قُتل شخص اليوم في درعا.", "اليوم"),
    ("قصفت القوات أمسِ البلدة.", "أمسِ"),
    ("ودخل الاتفاق، يوم الإثنين الماضي، حيز التنفيذ.", "يوم الإثنين الماضي"),
    ("قصف في حزيران الماضي.", "حزيران الماضي"),
    ("في 29 من تموز قصف.", "29 من تموز"),
])
def test_relative_without_publication_date_stays_unresolved(text, surface):
    m = find(run(text, None), surface)
    assert m.date is None and m.precision is None


def test_weekday_kept_when_unresolved():
    m = find(run("حاولوا، صباح اليوم الخميس، اقتحام البلدة.", None), "صباح اليوم الخميس")
    assert m.date is None and "Thursday" in m.note


def test_weekday_mismatch_moves_to_the_named_day():
    # metadata says Friday, the text says "اليوم الخميس": the event is on Thursday.
    m = find(run("حاولوا، صباح اليوم الخميس، اقتحام البلدة.", "2021-07-30"), "صباح اليوم الخميس")
    assert m.date == "2021-07-29" and m.tolerance_days == 1


def test_suite_size():
    assert len(CASES) + len(TRAPS) >= 60
