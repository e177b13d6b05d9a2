"""Documents without a metadata title get their headline line or caption as title; metadata wins."""
from __future__ import annotations

import json

from marsad.runner import run_corpus
from marsad.text.clean import clean, title_candidate


def _title(text: str) -> str | None:
    c = clean(text)
    return title_candidate(c.view.text, c.captions)


def test_headline_line_is_the_title():
    text = "قصف مدفعي على بلدة المزيريب.. ومقتل مدنيين\n\nقصفت قوات النظام بلدة المزيريب صباح اليوم، ما أدى لمقتل مدنيين."
    assert _title(text) == "قصف مدفعي على بلدة المزيريب.. ومقتل مدنيين"


def test_a_first_sentence_is_not_a_title_but_a_caption_is():
    body = "قصفت قوات النظام بلدة المزيريب صباح اليوم، ما أدى لمقتل مدنيين.\nوأضاف المصدر أن القصف مستمر."
    assert _title(body) is None
    captioned = body + '\n[caption id="attachment_1" align="aligncenter"]<img src="x.jpg"> قصف المزيريب بالمدفعية[/caption]'
    assert _title(captioned) == "قصف المزيريب بالمدفعية"


def test_titles_in_documents_jsonl(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "اشتباكات في درعا البلد\n\nاندلعت اشتباكات عنيفة في درعا البلد صباح اليوم بين قوات النظام وأبناء المنطقة.\n",
        encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps(
        {"id": "b", "title": "عنوان من البيانات", "text": "عنوان في النص\n\nاندلعت اشتباكات عنيفة في مدينة نوى اليوم."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_corpus([str(tmp_path / "in")], tmp_path / "out", quiet=True) == 0
    titles = {d["doc_id"]: d["title"] for d in map(json.loads, (tmp_path / "out" / "documents.jsonl").open(encoding="utf-8"))}
    assert titles == {"a": "اشتباكات في درعا البلد", "b": "عنوان من البيانات"}
