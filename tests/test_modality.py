"""Modality cues: kinds and who."""
from marsad.recognise.modality import find_modality
from marsad.text.normalize import match_form


def kinds(text):
    t = match_form(text)
    return [(k, t[w[0]:w[1]] if w else None) for _, _, k, w in find_modality(t)]


def test_kinds():
    assert ("denial", "الصحيفه") in kinds("ونفت الصحيفة سيطرة أبناء المنطقة")
    assert kinds("هدد الوزير بحرق المنطقة")[0][0] == "threat"
    assert kinds("وتحضّر قوات النظام لعمل عسكري")[0][0] == "plan"
    assert kinds("فشل المفاوضات")[0][0] == "failure"
    assert "negotiation" in [k for k, _ in kinds("فشل المفاوضات")]
    assert kinds("دون تحقيق أي تقدم")[0][0] == "failure"
    assert kinds("زعمت حسابات مقربة")[0][0] == "claim"


def test_attribution_keeps_the_source():
    got = kinds("وبحسب “تجمع أحرار حوران” استهدفت")
    assert got[0] == ("attribution", '"تجمع احرار حوران"')


def test_years_mark_background():
    assert ("background", None) in kinds("منذ اتفاق التسوية عام 2018")


def test_recognised_who_is_original_text():
    from marsad.models import Document
    from marsad.pipeline import analyze

    a = analyze(Document(doc_id="m", text="وبحسب “تجمع أحرار حوران” استهدفت قوات الأسد البلدة", published="2021-07-29"))
    assert a.modality[0].who == "“تجمع أحرار حوران”"
