"""Ingest: every format, and one clear rejection per bad input while the rest goes on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.ingest import iter_inputs
from marsad.ingest.document import content_hash, normalise_date
from marsad.models import Document, Rejection

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
if not SHARED.exists():
    SHARED = Path("/work/shared/corpus")

AR = ("شنت قوات النظام منذ صباح اليوم الخميس حملة عسكرية على درعا البلد من محوري القبة وحاجز القصاد، "
      "ما أدى لمقتل شخصين على الأقل وإصابة آخرين بجروح متفاوتة.")
AR2 = "استهدفت قوات النظام بلدة المزيريب بقذائف المدفعية، فيما شهدت مدينة نوى اشتباكات عنيفة."


def run(*paths, **kw) -> tuple[list[Document], list[Rejection]]:
    items = list(iter_inputs([str(p) for p in paths], **kw))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Rejection)]


def only_rejection(path, **kw) -> Rejection:
    docs, rej = run(path, **kw)
    assert docs == [] and len(rej) == 1, (docs, rej)
    assert rej[0].path == str(path)
    return rej[0]


# --- txt and encodings -------------------------------------------------------------------------

def test_txt_utf8_and_bom(tmp_path):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + AR.encode("utf-8"))
    docs, rej = run(tmp_path)
    assert rej == []
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[1].text == AR  # BOM removed, text otherwise exact
    assert docs[0].content_hash == docs[1].content_hash == content_hash(AR)
    assert docs[0].raw == AR.encode("utf-8")
    assert docs[0].language == "ar" and docs[0].warnings == []
    assert docs[0].source_path == str(tmp_path / "a.txt")


@pytest.mark.parametrize("enc", ["cp1256", "iso8859_6"])
@pytest.mark.parametrize("text", [AR, "قصف على درعا"])
def test_txt_arabic_code_pages_detected_with_warning(tmp_path, enc, text):
    p = tmp_path / f"old_{enc}.txt"
    p.write_bytes(text.encode(enc))
    docs, rej = run(p)
    assert rej == []
    assert docs[0].text == text
    assert any(enc in w and "not UTF-8" in w for w in docs[0].warnings), docs[0].warnings


def test_txt_utf16_with_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(AR.encode("utf-16"))
    docs, rej = run(p)
    assert rej == [] and docs[0].text == AR


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert "empty file" in only_rejection(p).reason


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b"  \n\n\t ")
    assert "empty file" in only_rejection(p).reason


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r = only_rejection(p)
    assert "binary file" in r.reason and r.severity == "error"


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(b"\x81\x8d\x8f\x90\x9d\xfa\xff\xfe" * 20)
    assert "undecodable bytes" in only_rejection(p).reason


def test_not_arabic_is_skipped_not_error(tmp_path):
    p = tmp_path / "english.txt"
    p.write_text("Government forces shelled the town of Nawa on Thursday, killing two civilians.")
    r = only_rejection(p)
    assert r.severity == "skipped"
    assert r.reason.startswith("not mainly Arabic (") and "% Arabic letters" in r.reason


def test_file_over_limit_is_rejected_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:  # sparse 50 MB file
        f.seek(50_000_000 - 1)
        f.write(b"\0")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    r = only_rejection(p)
    assert "too large" in r.reason and "50.0 MB" in r.reason and "20.0 MB limit" in r.reason


def test_max_bytes_is_configurable(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(AR, encoding="utf-8")
    assert "too large" in only_rejection(p, max_bytes=10).reason


def test_missing_path():
    r = only_rejection(Path("/nonexistent/marsad/input.txt"))
    assert r.reason == "no such file or directory"


def test_empty_folder(tmp_path):
    (tmp_path / "in").mkdir()
    assert "empty folder" in only_rejection(tmp_path / "in").reason


def test_unsupported_extension_named_is_error_in_folder_is_note(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.4")
    r = only_rejection(p)
    assert "unsupported file type '.pdf'" in r.reason and r.severity == "error"
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    docs, rej = run(tmp_path)
    assert [d.doc_id for d in docs] == ["a"]
    assert len(rej) == 1 and rej[0].severity == "skipped"


def test_folder_is_recursive_sorted_and_goes_on_after_bad_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a.txt").write_text(AR2, encoding="utf-8")
    (tmp_path / "b" / "bad.txt").write_bytes(b"")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(AR, encoding="utf-8")
    docs, rej = run(tmp_path, tmp_path / "missing.txt")
    assert [d.doc_id for d in docs] == ["a", "z"]
    assert [Path(r.path).name for r in rej] == ["bad.txt", "missing.txt"]


# --- html --------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>قصف على درعا البلد - عنب بلدي</title>
<meta property="og:title" content="قصف على درعا البلد">
<meta property="og:site_name" content="عنب بلدي">
<meta property="og:url" content="https://www.enabbaladi.net/archives/12345">
<meta property="article:published_time" content="2021-07-29T10:15:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><article><h1>قصف على درعا البلد</h1>
<p>{p1}</p><p>{p2}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML.format(p1=AR, p2=AR2), encoding="utf-8")
    docs, rej = run(p)
    assert rej == []
    d = docs[0]
    assert d.doc_id == "page"
    assert AR in d.text and AR2 in d.text
    assert "الرئيسية" not in d.text and "جميع الحقوق" not in d.text
    assert d.title == "قصف على درعا البلد"
    assert d.published == "2021-07-29"
    assert d.url == "https://www.enabbaladi.net/archives/12345"
    assert d.site_name == "عنب بلدي" and d.outlet == "عنب بلدي"
    assert d.raw == p.read_bytes()


def test_html_declared_cp1256(tmp_path):
    p = tmp_path / "old.html"
    page = HTML.format(p1=AR, p2=AR2).replace('charset="utf-8"', 'charset="windows-1256"')
    p.write_bytes(page.encode("cp1256"))
    docs, rej = run(p)
    assert rej == [] and AR in docs[0].text
    assert any("windows-1256" in w for w in docs[0].warnings)


def test_truncated_html(tmp_path):
    p = tmp_path / "cut.htm"
    full = HTML.format(p1=AR, p2=AR2)
    p.write_text(full[: full.index("</article>")], encoding="utf-8")
    assert "truncated HTML" in only_rejection(p).reason


def test_html_ending_inside_a_tag(tmp_path):
    p = tmp_path / "cut2.html"
    p.write_text(f"<p>{AR}</p><p class=\"x", encoding="utf-8")
    assert "truncated HTML: the file ends inside a tag" in only_rejection(p).reason


def test_html_without_text(tmp_path):
    p = tmp_path / "nav.html"
    p.write_text("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
    assert "no main text" in only_rejection(p).reason


# --- json / jsonl ------------------------------------------------------------------------------

def test_jsonl_bad_line_rejected_good_lines_kept(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": AR, "outlet": "عنب بلدي", "published": "2021-07-29",
                    "url": "https://example.org/1", "title": "عنوان"}, ensure_ascii=False),
        '{"id": "x2", "text": "نص مقطوع',
        "",
        json.dumps({"text": AR2, "published": "29/07/2021"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    docs, rej = run(p)
    assert [d.doc_id for d in docs] == ["x1", "feed-4"]
    assert docs[0].outlet == "عنب بلدي" and docs[0].url == "https://example.org/1" and docs[0].title == "عنوان"
    assert docs[0].published == "2021-07-29" and docs[1].published == "2021-07-29"
    assert docs[0].raw == lines[0].encode("utf-8")
    assert len(rej) == 1 and rej[0].item == "line 2" and "malformed JSON on line 2" in rej[0].reason


def test_jsonl_object_without_text(tmp_path):
    p = tmp_path / "f.jsonl"
    p.write_text(json.dumps({"id": "a", "body": AR}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = only_rejection(p)
    assert "no 'text' field" in r.reason and r.item == "line 1"


def test_json_single_object_and_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"text": AR}, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": AR}, {"text": AR2}],
                                                   ensure_ascii=False), encoding="utf-8")
    docs, rej = run(tmp_path)
    assert rej == []
    assert [d.doc_id for d in docs] == ["m1", "many-1", "one"]


def test_json_file_holding_json_lines_and_empty_list(tmp_path):
    p = tmp_path / "lines.json"
    p.write_text(json.dumps({"id": "l1", "text": AR}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "l2", "text": AR2}, ensure_ascii=False) + "\n", encoding="utf-8")
    docs, rej = run(p)
    assert rej == [] and [d.doc_id for d in docs] == ["l1", "l2"]
    q = tmp_path / "none.json"
    q.write_text("[]")
    assert "empty" in only_rejection(q).reason


def test_malformed_json_file(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"text": "نص', encoding="utf-8")
    assert "malformed JSON" in only_rejection(p).reason


def test_unparseable_date_kept_in_meta_with_warning(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "d", "text": AR, "published": "الخميس الماضي"}, ensure_ascii=False))
    docs, _ = run(p)
    assert docs[0].published is None
    assert docs[0].meta["published_raw"] == "الخميس الماضي"
    assert any("not understood" in w for w in docs[0].warnings)


def test_seeds_jsonl_and_txt_agree():
    docs_j, rej_j = run(SHARED / "seeds.jsonl")
    docs_t, rej_t = run(SHARED / "seeds")
    assert rej_j == [] and rej_t == []
    assert [d.doc_id for d in docs_j] == [d.doc_id for d in docs_t] and len(docs_t) == 5
    assert [d.content_hash for d in docs_j] == [d.content_hash for d in docs_t]
    by_id = {d.doc_id: d for d in docs_j}
    assert by_id["000_691386a7a91dcac9"].published == "2021-08-03"
    assert by_id["001_2758e8d0fd9f7e12"].outlet is None


# --- feeds -------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>شبكة أخبار درعا</title><link>https://example.org</link>
<item><title>قصف على نوى</title><link>https://example.org/a</link><guid>urn:a</guid>
<pubDate>Thu, 29 Jul 2021 09:30:00 +0300</pubDate><description><![CDATA[<p>{p1}</p><p>{p2}</p>]]></description></item>
<item><title>English item</title><link>https://example.org/b</link>
<description>Government forces shelled the town on Thursday.</description></item>
<item><title>بلا معرف</title><description>{p2}</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>عنب بلدي</title><id>urn:feed</id><updated>2021-07-29T12:00:00Z</updated>
<entry><title>اشتباكات في درعا</title><id>tag:enab,2021:1</id><link href="https://example.org/atom/1"/>
<updated>2021-07-29T12:00:00Z</updated><summary>ملخص قصير جداً عن الاشتباكات في درعا البلد</summary>
<content type="html">&lt;p&gt;{p1}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries(tmp_path):
    p = tmp_path / "news.rss"
    p.write_text(RSS.format(p1=AR, p2=AR2), encoding="utf-8")
    docs, rej = run(p)
    assert [d.doc_id for d in docs] == ["urn:a", "news-2"]
    a = docs[0]
    assert a.text == AR + "\n" + AR2  # HTML stripped, paragraphs as lines
    assert a.url == "https://example.org/a" and a.published == "2021-07-29"
    assert a.outlet == "شبكة أخبار درعا" and a.title == "قصف على نوى"
    assert len(rej) == 1 and rej[0].severity == "skipped" and rej[0].item == "entry 1"


def test_atom_prefers_content_over_summary(tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text(ATOM.format(p1=AR), encoding="utf-8")
    docs, rej = run(p)
    assert rej == []
    assert docs[0].text == AR and docs[0].doc_id == "tag:enab,2021:1"
    assert docs[0].outlet == "عنب بلدي" and docs[0].published == "2021-07-29"
    assert docs[0].url == "https://example.org/atom/1"


def test_feed_without_entries(tmp_path):
    p = tmp_path / "empty.xml"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>لا شيء</title></channel></rss>')
    assert "feed has no entries" in only_rejection(p).reason


def test_xml_that_is_not_a_feed(tmp_path):
    p = tmp_path / "junk.xml"
    p.write_text("this is < not xml at all", encoding="utf-8")
    r = only_rejection(p)
    assert "feed" in r.reason


# --- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value,iso", [
    ("2021-07-29", "2021-07-29"),
    ("2021-07-29T10:15:00+03:00", "2021-07-29"),
    ("٢٠٢١/٠٧/٢٩", "2021-07-29"),
    ("29/7/2021", "2021-07-29"),
    ("Thu, 29 Jul 2021 09:30:00 +0300", "2021-07-29"),
    ("2021-02-30", None),
    ("yesterday", None),
])
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso
