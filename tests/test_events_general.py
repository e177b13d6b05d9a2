"""General mechanisms found on a blind set, each checked on a sentence written for this test (not the
blind text): weapon decides the type, the place of a remote attack is its target, aggregates and
background are not events, protests with intervention, foreign forces by nationality, tolls."""
from marsad.models import Document
from marsad.pipeline import analyze


def evs(text: str, pub: str | None = "2024-05-12"):
    return analyze(Document(doc_id="t", text=text, published=pub)).events


def subs(text: str, pub: str | None = "2024-05-12"):
    return [(e.sub_event_type, e.location_ar) for e in evs(text, pub)]


def test_regime_drone_on_civilian_car_is_air_strike_on_civilians():
    es = evs("استهدف الطيران المسيّر التابع لجيش النظام، مساء اليوم، دراجة نارية مدنية قرب بلدة سرمين "
             "في ريف إدلب، ما أدى إلى مقتل مدني.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Air/drone strike", 1, 7)]


def test_empty_containers_are_not_bombs():
    es = evs("قطع العشرات من أهالي حي الميدان الطريق العام في مدينة دير الزور حاملين عبوات فارغة "
             "احتجاجاً على انقطاع الغاز.")
    assert [e.sub_event_type for e in es] == ["Peaceful protest"]


def test_freeing_hostages_is_not_territory():
    es = evs("هاجم مسلحون من فصيل محلي مقراً لعصابة خطف في بلدة القريا، واندلعت اشتباكات بين الطرفين "
             "تمكن خلالها الفصيل من تحرير المخطوفين الثلاثة.")
    assert [e.sub_event_type for e in es] == ["Armed clash"]
