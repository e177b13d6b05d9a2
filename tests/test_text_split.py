"""Sentence, clause and paragraph splitting of the matching form."""
from __future__ import annotations

from marsad.text.split import split_text


def sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_text(text)]


def test_basic_sentences_and_clauses():
    t = "قصفت الطائرات البلدة، وقتل مدنيان؛ وجرح آخرون. ثم توقف القصف! هل انتهى؟ لا"
    ss = split_text(t)
    assert [t[s.start:s.end] for s in ss] == ["قصفت الطائرات البلدة، وقتل مدنيان؛ وجرح آخرون.",
                                              "ثم توقف القصف!", "هل انتهى؟", "لا"]
    assert [t[a:b] for a, b in ss[0].clauses] == ["قصفت الطائرات البلدة", "وقتل مدنيان", "وجرح آخرون"]


def test_line_breaks_end_sentences_and_count_paragraphs():
    t = "عنوان الخبر\n\nالفقرة الأولى بلا نقطة\nالفقرة الثانية. جملة ثانية.\n"
    ss = split_text(t)
    assert [t[s.start:s.end] for s in ss] == ["عنوان الخبر", "الفقرة الأولى بلا نقطة", "الفقرة الثانية.",
                                              "جملة ثانية."]
    assert [s.paragraph for s in ss] == [0, 1, 2, 2]


def test_no_split_inside_numbers_and_dates():
    t = "ارتفع العدد إلى 3.5 مليون في 29/7/2021 و2021-07-29 و29.07.2021 وبلغ 1,200 شخص. انتهى"
    assert sents(t) == [t[: t.index(" انتهى")], "انتهى"]
    s = split_text(t)[0]
    assert len(s.clauses) == 1  # the comma inside 1,200 is not a clause break


def test_no_split_after_one_letter_abbreviation():
    t = "التقى د. أحمد مع م. خالد في U.S. embassy. ثم غادر"
    assert sents(t) == ["التقى د. أحمد مع م. خالد في U.S. embassy.", "ثم غادر"]


def test_no_split_inside_quotes():
    t = 'قال الناشط: "الوضع صعب. القصف مستمر!" وغادر. ثم عاد'
    assert sents(t) == ['قال الناشط: "الوضع صعب. القصف مستمر!" وغادر.', "ثم عاد"]


def test_sentence_end_takes_closing_quote():
    t = 'وقالت الصحيفة "استهدفنا مصادر النيران." وأضافت أمراً آخر.'
    # the full stop is inside the quote: no break there
    assert sents(t) == [t]
    t2 = 'كتب "انتهت المعركة". ثم صمت'
    assert sents(t2) == ['كتب "انتهت المعركة".', "ثم صمت"]


def test_unclosed_quote_does_not_swallow_the_line():
    t = 'قال "الوضع صعب. ثم غادر'
    assert sents(t) == ['قال "الوضع صعب.', "ثم غادر"]


def test_dot_runs_are_clause_breaks_only():
    t = "قوات الأسد تحاول اقتحام درعا.. وإطلاق معركة الكرامة"
    ss = split_text(t)
    assert len(ss) == 1 and [t[a:b] for a, b in ss[0].clauses] == ["قوات الأسد تحاول اقتحام درعا",
                                                                   "وإطلاق معركة الكرامة"]


def test_missing_space_after_full_stop_still_splits():
    assert sents("قتل شخصان.وجرح ثلاثة") == ["قتل شخصان.", "وجرح ثلاثة"]


def test_offsets_are_trimmed_and_inside_text():
    t = "  جملة أولى.   جملة ثانية  \n"
    for s in split_text(t):
        assert t[s.start] != " " and t[s.end - 1] != " "
        for a, b in s.clauses:
            assert s.start <= a < b <= s.end
