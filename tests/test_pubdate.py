"""Publication-date inference: each source in its order of trust, bounds, and refusing to guess."""
from __future__ import annotations

from datetime import date

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.recognise.dates import recognise_dates
from marsad.recognise.time_pubdate import tweet_time, url_date
from marsad.text.split import split_sentences

TODAY = date(2026, 11, 25)


def pub(text: str, published: str | None = None, url: str | None = None, today: date = TODAY):
    adoc = prepare(Document(doc_id="t", text=text, published=published, url=url))
    split_sentences(adoc)
    recognise_dates(adoc, today=today)
    return adoc.pub_date


def test_metadata_wins():
    p = pub("قصف اليوم الخميس، 29 من تموز 2020.", published="2021-07-29")
    assert (p.date, p.precision, p.source) == ("2021-07-29", 1, "metadata")


def test_bad_metadata_is_reported_not_used():
    p = pub("قصف البلدة.", published="yesterday")
    assert p.date is None and any("not an ISO date" in e for e in p.evidence)


def test_snowflake_decoding():
    when = tweet_time(1422313242613882881)
    assert when is not None and when.strftime("%Y-%m-%dT%H:%M") == "2021-08-02T21:47"
    assert tweet_time(20) is None  # a pre-snowflake (sequential) id: no time in it


def test_url_forms():
    assert url_date("https://a.com/2021/08/03/x") == (date(2021, 8, 3), 1)
    assert url_date("https://a.com/news/2021-08-03-x") == (date(2021, 8, 3), 1)
    assert url_date("https://a.com/a/20210803/x.html") == (date(2021, 8, 3), 1)
    assert url_date("https://a.com/wp-content/uploads/2021/08/f.mp4") == (date(2021, 8, 1), 3)
    assert url_date("https://a.com/article/123456") is None


def test_article_url_day():
    p = pub("قصف البلدة اليوم.", url="https://site.net/2021/08/03/qasf")
    assert (p.date, p.precision, p.source) == ("2021-08-03", 1, "url")


def test_article_url_month_only():
    p = pub("قصف البلدة.", url="https://site.net/2021/08/qasf")
    assert (p.date, p.precision, p.source) == ("2021-08-15", 3, "url")


def test_text_date_anchored_to_today_with_year():
    p = pub("قصفت القوات اليوم الخميس 29 تموز 2021 البلدة.")
    assert (p.date, p.source) == ("2021-07-29", "text")


def test_dateline():
    p = pub("دمشق - 29/7/2021\nقصفت القوات البلدة.")
    assert (p.date, p.source) == ("2021-07-29", "text")


def test_published_on_cue():
    p = pub("قصفت القوات البلدة.\nنُشر في 29 تموز 2021 في قسم الأخبار العاجلة والمتابعات اليومية")
    assert (p.date, p.source) == ("2021-07-29", "text")


def test_date_of_yesterday_gives_the_next_day():
    p = pub("قتل شخصان مساء أمس الإثنين، 4 تشرين الأول/أكتوبر 2021، بانفجار.")
    assert (p.date, p.source) == ("2021-10-05", "text")


def test_day_month_of_yesterday_without_year():
    text = "قتل شخصان مساء أمس الأربعاء، 28 من تموز، بانفجار. وكانت التسوية عام 2018."
    assert pub(text).date == "2021-07-29"


def test_past_weekday_with_date_and_weekday_of_writing():
    text = ("شيّع الأهالي، أمس الأحد، ضحايا التفجير الذي وقع يوم السبت الماضي "
            "(18 تشرين الثاني/نوفمبر 2023).")
    assert (pub(text).date, pub(text).source) == ("2023-11-20", "text")


def test_closing_line_update_time():
    text = "ارتفعت الحصيلة إلى 20 قتيلاً.\nالحصيلة محدثة حتى الساعة 20:00 من يوم السبت 18 تشرين الثاني/نوفمبر 2023."
    assert pub(text).date == "2023-11-18"


def test_until_hour_in_the_body_is_not_a_dateline():
    text = ("استمرت الاشتباكات حتى الساعة الثالثة من فجر الخميس 5 آب 2021 في البلدة.\n"
            "وقال ناشطون إن القصف تجدد لاحقاً على الأحياء السكنية في المدينة.")
    assert pub(text).date is None


def test_hijri_anchored_to_today():
    p = pub("قصفت القوات اليوم الخميس 19 ذو الحجة 1442 هـ البلدة.")
    assert p.date == "2021-07-29"


def test_weekday_day_month_bounded_by_background_year():
    text = "قصفت القوات منذ صباح اليوم الخميس، 29 من تموز، البلدة. وكانت التسوية عام 2018."
    p = pub(text)
    assert (p.date, p.precision, p.source) == ("2021-07-29", 1, "weekday")


def test_weekday_day_month_without_bound_lists_candidates():
    p = pub("قصفت القوات منذ صباح اليوم الخميس، 29 من تموز، البلدة.")
    assert p.date is None and p.source == "unknown"
    assert "2021-07-29" in p.candidates and "2010-07-29" in p.candidates


def test_processing_date_is_only_an_upper_bound():
    # In 2028 both 2021 and 2027 fit "Thursday 29 July" after 2018: the date must stay unknown.
    text = "قصفت القوات منذ صباح اليوم الخميس، 29 من تموز، البلدة. وكانت التسوية عام 2018."
    p = pub(text, today=date(2028, 1, 1))
    assert p.date is None and p.candidates == ["2021-07-29", "2027-07-29"]


def test_tweet_plus_night_weekday():
    text = ("شهدت درعا، ليل الإثنين الثلاثاء، اشتباكات.\n"
            "https://twitter.com/someone/status/1422313242613882881?s=20\n")
    p = pub(text)
    assert (p.date, p.precision, p.source) == ("2021-08-03", 1, "tweet-id")


def test_tweet_alone_is_week_precision_lower_bound():
    p = pub("اشتباكات في درعا.\nhttps://x.com/someone/status/1422313242613882881\n")
    assert (p.date, p.precision, p.source) == ("2021-08-02", 2, "tweet-id")


def test_weekday_alone_gives_nothing():
    p = pub("حاولوا، صباح اليوم الخميس، اقتحام البلدة. لأول مرة منذ عام 2018.")
    assert p.date is None and p.source == "unknown"


def test_conflicting_weekdays_are_not_used():
    text = ("مساء أمس الثلاثاء اشتباكات. اليوم الجمعة هدوء.\n"
            "https://twitter.com/someone/status/1422313242613882881\n")
    p = pub(text)
    assert p.precision == 2 and any("conflicting" in e for e in p.evidence)


def test_strong_weekday_cue_beats_night_cue():
    text = ("ليل الإثنين الثلاثاء اشتباكات. اليوم الجمعة هدوء.\n"
            "https://twitter.com/someone/status/1422313242613882881\n")
    assert pub(text).date == "2021-08-06"


def test_no_evidence_never_uses_processing_date():
    p = pub("قصفت القوات البلدة اليوم السبت.")
    assert p.date is None and p.source == "unknown" and p.candidates == []


def test_future_year_is_not_a_lower_bound():
    text = "قصفت القوات منذ صباح اليوم الخميس، 29 من تموز، البلدة. الانتخابات بحلول عام 2025. التسوية عام 2018."
    p = pub(text)
    assert p.date == "2021-07-29"
