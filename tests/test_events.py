"""Event assembly on short composed reports: roles, places, modality, fatalities, ACLED columns."""
from marsad.models import Document
from marsad.pipeline import analyze


def events(text, published="2021-07-29", outlet="عنب بلدي"):
    return analyze(Document(doc_id="t", text=text, published=published, outlet=outlet)).events


def test_three_towns_taken_are_three_events():
    evs = events("استعادت فصائل الثوار، اليوم الخميس، السيطرة على بلدات السهوة، والجيزة، وكحيل بريف درعا الشرقي.")
    assert sorted(e.location_ar for e in evs) == ["الجيزة", "السهوة", "كحيل"]
    assert {e.sub_event_type for e in evs} == {"Non-state actor overtakes territory"}
    assert {(e.inter1, e.inter2) for e in evs} == {(2, 1)}


def test_government_gain_decides_the_subtype():
    evs = events("سيطرت قوات الفرقة الرابعة التابعة للنظام على بلدة المزيريب غربي درعا.")
    assert [(e.sub_event_type, e.location_ar, e.inter1) for e in evs] == [
        ("Government regains territory", "المزيريب", 1)]


def test_between_x_and_y_gives_both_sides():
    evs = events("شهدت مدينة نوى غربي درعا اشتباكات عنيفة بين قوات النظام السوري وأبناء المنطقة.")
    assert [(e.event_type, e.location_ar) for e in evs] == [("Battles", "نوى")]
    assert sorted([evs[0].inter1, evs[0].inter2]) == [1, 2]  # local fighters coded as an armed group
    assert evs[0].interaction == 12


def test_failed_attempt_is_still_a_clash():
    evs = events("حاولت قوات النظام التقدم باتجاه بلدة طفس دون تحقيق أي تقدم.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Armed clash")]


def test_threat_plan_and_negotiation_make_no_event():
    assert events("هدد وزير الدفاع بحرق بلدة طفس إذا لم يتم التوصل لاتفاق.") == []
    assert events("وتحضّر قوات النظام لعمل عسكري كبير في بلدة طفس.") == []


def test_history_makes_no_event():
    assert events("وكانت قوات النظام سيطرت على بلدة طفس عام 2018.") == []


def test_denial_marks_the_event_disputed():
    evs = events("سيطر أبناء بلدة صيدا على حاجز للأمن العسكري.\nونفت صحيفة الوطن سيطرة أبناء المنطقة على حواجز في ريف درعا.")
    assert len(evs) == 1 and evs[0].disputed and evs[0].disputed_by


def test_named_dead_counted_once_and_shelling_owns_the_deaths():
    text = ("استهدفت قوات الأسد الأحياء السكنية في درعا البلد براجمة صواريخ.\n"
            "وأسفر القصف عن مقتل أحد المدنيين، المدعو أحمد فرحان، فيما قُتل شخص آخر وهو يزن عدنان جراء القصف على درعا البلد.")
    evs = events(text)
    assert [(e.sub_event_type, e.fatalities, e.inter2) for e in evs] == [("Shelling/artillery/missile attack", 2, 7)]
    assert evs[0].civilian_targeting == "Civilian targeting"


def test_passive_agent_and_victims():
    evs = events("قُتل مدنيان جراء غارة جوية لطائرة حربية روسية استهدفت منازل في مدينة أريحا جنوبي إدلب.")
    e = evs[0]
    assert (e.sub_event_type, e.location_ar, e.fatalities) == ("Air/drone strike", "أريحا", 2)
    assert (e.inter1, e.inter2) == (8, 7)


def test_protest_with_solidarity_object_is_not_the_place():
    evs = events("تظاهر العشرات من أهالي مدينة إدلب تضامناً مع درعا.")
    assert [(e.event_type, e.location_ar, e.inter1) for e in evs] == [("Protests", "إدلب", 6)]


def test_arrest_by_state_and_abduction_by_gunmen():
    assert events("اعتقلت قوات النظام ثلاثة شبان في مدينة طفس.")[0].sub_event_type == "Arrests"
    evs = events("اختطف مسلحون مجهولون ثلاثة مدنيين في مدينة طفس.")
    assert (evs[0].event_type, evs[0].inter2) == ("Violence against civilians", 7)


def test_acled_columns_and_offsets():
    text = "شهدت مدينة نوى غربي درعا اشتباكات عنيفة بين قوات النظام السوري وأبناء المنطقة."
    e = events(text)[0]
    assert e.event_id_cnty.startswith("SYR") and e.event_id_cnty == events(text)[0].event_id_cnty
    assert (e.iso, e.country, e.region, e.admin1) == (760, "Syria", "Middle East", "Daraa")
    assert e.disorder_type == "Political violence" and e.event_date == "2021-07-29" and e.year == 2021
    assert e.time_precision == 1 and e.latitude and e.longitude and e.geo_precision
    assert e.source == "عنب بلدي" and e.source_scale == "National"
    assert text[e.evidence_start:e.evidence_end] == e.evidence_ar
    assert e.notes.startswith("On 29 July 2021,") and "Nawa" in e.notes
    assert 0 < e.confidence <= 1


def test_no_date_is_invented():
    e = events("اشتباكات عنيفة اليوم السبت في مدينة نوى.", published=None, outlet=None)[0]
    assert e.event_date is None and e.year is None


def test_assassination_of_a_former_fighter_is_an_attack_with_one_death():
    evs = events("اغتال مجهولون القيادي السابق في فصائل المعارضة أبو علي بإطلاق النار عليه في بلدة اليادودة بريف درعا.")
    assert [(e.event_type, e.sub_event_type, e.fatalities, e.inter2) for e in evs] == [
        ("Violence against civilians", "Attack", 1, 7)]


def test_toll_in_a_later_sentence_goes_to_the_battle():
    text = ("دارت اشتباكات عنيفة بين مقاتلي هيئة تحرير الشام وقوات النظام في مدينة كفرنبل جنوبي إدلب.\n"
            "وأعلنت الهيئة مقتل 7 عناصر من قوات النظام.")
    evs = events(text)
    assert [(e.event_type, e.location_ar, e.fatalities) for e in evs] == [("Battles", "كفرنبل", 7)]


def test_possessive_duals_and_civilian_victims():
    evs = events("قتلت امرأة وطفلاها جراء قصف مدفعي لقوات النظام على مدينة أريحا.")
    assert [(e.sub_event_type, e.fatalities, e.inter1, e.inter2) for e in evs] == [
        ("Shelling/artillery/missile attack", 3, 1, 7)]


def test_protest_demand_names_no_second_actor_and_threat_adds_nothing():
    evs = events("نفّذ العشرات من أهالي مدينة السويداء وقفة احتجاجية للمطالبة بإسقاط النظام.\n"
                 "وهدد ناشطون بتصعيد الاحتجاجات في حال عدم الاستجابة.")
    assert [(e.event_type, e.inter1, e.inter2) for e in evs] == [("Protests", 6, None)]


def test_state_media_wording():
    text = ("استشهد مدني وأصيب ثلاثة آخرون جراء اعتداء إرهابيين بالقذائف الصاروخية على حي الميدان في مدينة حلب.\n"
            "وذكر مراسل سانا أن وحدات من الجيش العربي السوري ردت على مصادر إطلاق القذائف في ريف حلب الغربي.")
    evs = events(text, outlet="سانا")
    first = evs[0]
    assert (first.sub_event_type, first.inter1, first.inter2, first.fatalities, first.wounded) == (
        "Shelling/artillery/missile attack", 2, 7, 1, 3)
    assert any(t["loaded"] for t in first.actor_terms)  # "إرهابيين" is a partisan term
    assert evs[1].inter1 == 1


def test_denial_by_a_foreign_ministry_disputes_the_strike():
    text = ("نفت وزارة الدفاع الروسية استهداف طائراتها لسوق شعبي في مدينة معرة النعمان.\n"
            "وكانت مصادر محلية قد أفادت بمقتل 12 مدنياً بغارات روسية على السوق في مدينة معرة النعمان صباح اليوم.")
    evs = events(text)
    assert [(e.sub_event_type, e.fatalities, e.disputed, e.inter1) for e in evs] == [
        ("Air/drone strike", 12, True, 8)]


def test_tolls_rising_sources_and_more_dead():
    rising = ("قُتل 9 أشخاص بانفجار سيارة مفخخة في مدينة اعزاز.\n"
              "وارتفعت حصيلة ضحايا التفجير إلى 20 قتيلاً.")
    assert [e.fatalities for e in events(rising)] == [20]
    sources = "قُتل 5 مدنيين بغارة جوية على مدينة أريحا، فيما قال المرصد إن الغارة أسفرت عن مقتل 7 مدنيين."
    assert [e.fatalities for e in events(sources)] == [5]  # the lowest of two sources
    more = ("قُتل 3 مدنيين بقصف مدفعي لقوات النظام على مدينة الأتارب.\n"
            "كما قُتل عنصر من الدفاع المدني جراء القصف على مدينة الأتارب.")
    assert [e.fatalities for e in events(more)] == [4]
