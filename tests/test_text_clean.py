"""Cleaning: links, shortcodes and trailers leave the prose, offsets still point into the original."""
from __future__ import annotations

from pathlib import Path

from marsad.text.clean import clean

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
if not SEEDS.exists():
    SEEDS = Path("/work/shared/corpus/seeds")


def seed(prefix: str) -> str:
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def check_offsets(text: str, r) -> None:
    """Every view char is the original char at its offset, or a separator at a removed region's start."""
    starts = {a: rep for a, _, rep in r.removed}
    for ch, off in zip(r.view.text, r.view.offsets):
        assert ch == text[off] or (off in starts and ch == starts[off])


def test_seed_000_links_and_caption():
    text = seed("000")
    r = clean(text)
    assert "https://twitter.com/912615M/status/1422313242613882881?s=20" in r.links
    mp4 = [u for u in r.links if u.endswith(".mp4")]
    assert len(mp4) == 1 and mp4[0].startswith("https://video.stepvideograph.net/wp-content/uploads/2021/08/")
    assert mp4[0] in text  # complete, as written
    assert r.captions == ["درعا.. نسف مقر للمخابرات الجوية في داعل وتوقعات بعمل عسكري كبير (فيديو)"]
    assert "http" not in r.view.text and "[caption" not in r.view.text and "[/caption]" not in r.view.text
    assert "نسف مقر للمخابرات" not in r.view.text
    assert "نصرة لدرعا." in r.view.text and "\n\n" not in r.view.text
    check_offsets(text, r)


def test_seed_002_source_line_and_trailer():
    text = seed("002")
    r = clean(text)
    assert r.outlet_hint == "السورية نت"
    assert "قد يعجبك أيضا" not in r.view.text and "المصدر السورية نت" not in r.view.text
    assert r.trailers == ["المصدر السورية نت", "قد يعجبك أيضا"]
    assert r.view.text.rstrip().endswith("الأمر الذي رفضته اللجان المركزية.")
    check_offsets(text, r)


def test_seed_001_reported_source_is_not_a_trailer():
    r = clean(seed("001"))
    assert r.outlet_hint is None and r.trailers == [] and r.removed == []
    assert "وأضاف المصدر: أن فصائل" in r.view.text


def test_source_colon_form_and_prose_starting_with_source():
    r = clean("نص الخبر هنا.\nالمصدر: عنب بلدي\n")
    assert r.outlet_hint == "عنب بلدي" and r.view.text == "نص الخبر هنا.\n"
    r = clean("المصدر أكد أن القصف استمر طوال الليل على أحياء المدينة.\n")
    assert r.outlet_hint is None and r.removed == []
    for prose in ["مصدر عسكري قال إن القصف استمر", "المصدر العسكري نفى ذلك", "المصدر ذاته أكد الخبر"]:
        r = clean(prose)
        assert r.outlet_hint is None and r.view.text == prose, prose
    r = clean("نص الخبر.\nمصدر: وكالة سانا\n")
    assert r.outlet_hint == "وكالة سانا"
    r = clean("نص الخبر.\nالمصدر: https://www.enabbaladi.net/archives/1\n")
    assert r.outlet_hint == "enabbaladi.net" and r.links == ["https://www.enabbaladi.net/archives/1"]


def test_read_also_with_headline_and_related_block():
    text = ("قصفت قوات النظام بلدة النعيمة.\nاقرأ أيضاً: مقتل مدنيين في قصف على ريف إدلب\n"
            "واستمرت الاشتباكات حتى المساء.\nقد يعجبك أيضا\nعنوان أول قصير\n\nعنوان ثان قصير\n")
    r = clean(text)
    assert r.view.text == "قصفت قوات النظام بلدة النعيمة.\nواستمرت الاشتباكات حتى المساء.\n"
    assert "عنوان أول قصير" in r.trailers
    check_offsets(text, r)


def test_share_follow_and_tweet_embed_lines():
    text = ("قتل شخصان في قصف على مدينة نوى.\nشارك هذا المقال على فيسبوك تويتر واتساب\n"
            "تابعونا على تلغرام\n"
            "— تجمع أحرار حوران (@horan_free) July 29, 2021\n"
            "وأفاد ناشطون بمقتل مدني.\n")
    r = clean(text)
    assert r.view.text == "قتل شخصان في قصف على مدينة نوى.\nوأفاد ناشطون بمقتل مدني.\n"
    assert any("@horan_free" in t for t in r.trailers)


def test_share_and_follow_words_in_prose_are_kept():
    for text in ["شارك مئات المدنيين في مظاهرة وسط مدينة درعا.", "تابعوا سيرهم نحو مدينة بصرى الشام.",
                 "فيسبوك تحذف حسابات ناشطين سوريين"]:
        assert clean(text).view.text == text


def test_inline_url_and_shortcodes_leave_separator():
    text = "قال الناشط (https://t.co/abc) إن القصف استمر.[embed]https://youtu.be/x1[/embed]وتابع"
    r = clean(text)
    assert r.links == ["https://t.co/abc", "https://youtu.be/x1"]
    assert "استمر. وتابع" in r.view.text  # not glued
    assert "(" in r.view.text and ")" in r.view.text  # the bracket belongs to the prose
    check_offsets(text, r)


def test_url_trailing_punctuation_stays_in_prose():
    r = clean("انظر الرابط https://example.org/a/b، ثم تابع.")
    assert r.links == ["https://example.org/a/b"]
    assert r.view.text == "انظر الرابط ، ثم تابع."


def test_lone_shortcodes_and_html_tags():
    text = 'نص أول [gallery ids="1,2,3"] نص ثان <iframe src="https://www.youtube.com/embed/x"></iframe>'
    r = clean(text)
    assert "gallery" not in r.view.text and "iframe" not in r.view.text
    assert r.links == ["https://www.youtube.com/embed/x"]
    check_offsets(text, r)


def test_no_debris_is_identity():
    text = "استهدفت قوات النظام بلدة المزيريب بقذائف المدفعية."
    r = clean(text)
    assert r.view.text == text and r.view.offsets == list(range(len(text))) and r.removed == []
