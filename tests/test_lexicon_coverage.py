"""Vocabulary coverage of the lexicons (triggers.yaml, actors.yaml, modality.yaml).

Each test is a sentence written for this file (not from a seed or evaluation article) in a wording
the extractor used to miss: a verb conjugation, a synonym used by another outlet, another name of an
actor. Where the whole pipeline is cheap to run, the test asserts the event it yields; for the
lexicon entries themselves it asserts the class / actor the matcher finds, and for ambiguous words
that nothing fires on their everyday sense.
"""
from __future__ import annotations

import pytest

from marsad.models import Document
from marsad.pipeline import analyze
from marsad.recognise.actors import find_actors
from marsad.recognise.triggers import find_triggers
from marsad.text.normalize import match_form


def events(text: str):
    return analyze(Document(doc_id="cov", text=text, outlet="عنب بلدي", published="2021-07-29")).events


def classes(text: str) -> list[str]:
    return [e.cls for *_, e in find_triggers(match_form(text))]


def actors(text: str) -> list[tuple[str, int]]:
    return [(e.name, e.inter) for _, _, e in find_actors(match_form(text))]


def one(text: str):
    es = events(text)
    assert len(es) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in es]
    return es[0]


# ---- triggers: the act ------------------------------------------------------------------------

def test_air_raid_verb_and_warplanes():
    e = one("أغارت طائرات حربية روسية، مساء الثلاثاء، على أطراف بلدة كفرنبل جنوبي إدلب، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert (e.sub_event_type, e.inter1, e.inter2, e.fatalities) == ("Air/drone strike", 8, 7, 3)
    assert e.actor1 == "Military Forces of Russia (2000-)"
    for t in ("قصفت مقاتلات حربية مواقع في ريف حماة", "شن سلاح الجو الروسي غارات", "استهدفت قاذفات روسية المنطقة",
              "طائرات بدون طيار فوق المدينة"):
        assert "air" in classes(t), t


def test_pounding_salvoes_and_dual_shells_are_shelling():
    e = one("دكت مدفعية قوات النظام بلدة البارة في جبل الزاوية صباح اليوم.")
    assert (e.sub_event_type, e.inter1) == ("Shelling/artillery/missile attack", 1)
    for t in ("رمايات مدفعية على القرية", "صليات صاروخية على المدينة", "سقطت قذيفتان على الحي", "أطلقت صاروخين"):
        assert "shelling" in classes(t), t
    # the bare verb دكّ has other senses: only its inflected forms are triggers; "المدافع" is also "the defender",
    # "قاذفات اللهب" flamethrowers, "سلاح الجو" drills too
    assert classes("دك الباب") == []
    assert events("المدافع عن حقوق الإنسان زار مدينة حمص.") == []
    assert events("تحدث الناشط عن قاذفات اللهب في معرض دمشق.") == []
    assert events("أعلنت وزارة الدفاع أن سلاح الجو نفذ تدريبات في مطار حماة العسكري.") == []
    assert events("وصلت طائرات روسية محملة بالمساعدات إلى مطار حلب.") == []  # aircraft alone: no strike
    assert events("نفذت وحدات من الجيش رمايات تدريبية في ريف حمص.") == []  # training fire


def test_explosion_plurals_and_dual_bombs():
    e = one("سمع دوي انفجارات في مدينة الباب شرقي حلب، تبين أنها ناجمة عن انفجار عبوتين ناسفتين.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert set(classes("انفجار سيارة ملغمة")) == {"ied"}
    # defusing is disrupted weapons use; the adjective after it does not start a new bomb
    assert classes("فككت وحدات الهندسة عبوة ناسفة") != ["disrupted", "ied"]


def test_skirmishes_are_a_clash():
    e = one("اندلعت مناوشات بين قوات النظام وفصائل المعارضة على محور بلدة كبانة بريف اللاذقية.")
    assert (e.sub_event_type, e.inter1, e.inter2) == ("Armed clash", 1, 2)


def test_opening_fire_with_the_subject_between_verb_and_object():
    e = one("فتح مسلحون مجهولون النار على سيارة مدنية قرب بلدة طفس، ما أدى لمقتل سائقها.")
    assert (e.sub_event_type, e.inter2, e.fatalities) == ("Attack", 7, 1)
    # a ceasefire "على جميع الجبهات" stays an agreement, not a shooting
    assert classes("أعلنت الفصائل وقف إطلاق النار على جميع الجبهات") == ["agreement"]


def test_death_and_wound_wordings_are_casualty_cues():
    for t in ("فارق الحياة", "ارتقى ثلاثة عناصر", "لقيت مصرعها", "توفي متأثرا بجراحه", "قضى نحبه", "سقط قتيلا"):
        assert classes(t) and classes(t)[0] == "kill", t
    # "قضى" also means "spent" or "ruled", even with a person after it
    assert classes("قضى ليلته في المنزل") == []
    assert events("قضى شاب عشر سنوات في سجن صيدنايا قبل الإفراج عنه في مدينة دمشق.") == []


def test_taken_to_an_unknown_place():
    assert "abduct" in classes("اختطفه مسلحون واقتادوه إلى جهة مجهولة")
    assert "abduct" in classes("ولا يزال مصيره مجهولا")
    # by state forces it is still an arrest
    e = one("اعتقلت دورية للأمن العسكري شابا في بلدة الصنمين واقتادته إلى جهة مجهولة.")
    assert (e.sub_event_type, e.inter1, e.inter2) == ("Arrests", 1, 7)


def test_raid_campaigns_are_arrests():
    for t in ("حملة مداهمات في الحي", "قبضت على ثلاثة", "بعد اعتقاله"):
        assert "arrest" in classes(t), t


def test_protesters_burning_and_smashing_riot():
    e = one("أحرق متظاهرون إطارات السيارات وأقدموا على تكسير واجهة مبنى البلدية في مدينة السويداء.")
    assert e.event_type == "Riots"
    assert "riot" in classes("ورمي الحجارة على السيارات")


def test_a_fist_fight_is_mob_violence_not_an_armed_clash():
    e = one("وقع اشتباك بالأيدي بين عناصر من قسد وأهالي بلدة الشحيل.")
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")


def test_crowds_gathering_protest():
    e = one("احتشد المئات في ساحة مدينة إدلب احتجاجا على غلاء الأسعار.")
    assert (e.sub_event_type, e.inter1) == ("Peaceful protest", 6)
    assert "protest" in classes("نفذ الأهالي إضرابا عاما")
    # a crowd at a match, or troops massing, is no protest
    assert events("احتشد الجمهور في ملعب مدينة حلب لمتابعة المباراة.") == []


def test_seizing_houses_is_looting():
    e = one("استولت ميليشيا لواء فاطميون على منازل المهجرين في مدينة الميادين ونهبوا محتوياتها.")
    assert (e.sub_event_type, e.inter1) == ("Looting/property destruction", 3)


def test_new_headquarters():
    e = one("اتخذت الفرقة الرابعة من مدرسة بلدة المزيريب مقرا لها.")
    assert (e.sub_event_type, e.inter1) == ("Headquarters or base established", 1)
    assert "hq" in classes("حولتها إلى ثكنة عسكرية")
    # hitting a headquarters is not founding one
    assert "hq" not in classes("استهدفت مقرا عسكريا")
    # an organisation based somewhere (present tense) founds nothing today
    assert events("تتخذ المنظمة من مدينة غازي عنتاب مقرا لها منذ سنوات.") == []


def test_handing_over_positions_is_a_transfer():
    assert "withdraw" in classes("سلمت الفصائل مواقعها إلى الجيش")
    assert "withdraw" in classes("تسلمت مواقع المعارضة قوات النظام")
    # receiving anything else is no transfer of territory
    assert events("تسلم الجيش شحنة من المساعدات الإنسانية في مدينة درعا.") == []


def test_lines_risks_and_mock_raids_name_no_event():
    assert classes("على مقربة من خط وقف إطلاق النار") == ["block"]
    assert classes("غارات وهمية فوق المدينة") == ["block"]
    assert classes("يطالب بتحييد المدنيين عن القتال")[0] == "block"
    assert classes("مناوشات كلامية بين النواب") == ["block"]


@pytest.mark.parametrize("text,cls", [
    ("هجم مسلحون على الحاجز", "attack"), ("يقتحمون البلدة", "attack"),
    ("قصفت بقنابل عنقودية", "shelling"), ("فجروا أنفسهم", "suicide"),
    ("اغتيل القيادي مساء أمس", "sniping"), ("بعد تصفيته", "sniping"),
    ("أدى إلى مقتله", "kill"), ("توصلوا إلى اتفاق يقضي", "agreement"),
    ("سرقوا محتويات المحل", "looting"), ("قصف طيران النظام البلدة", "air"), ("رمى قنبلة على المحل", "grenade"),
    ("هجوم بغاز الخردل", "chemical"), ("قوصوا عليه شباب مسلحين", "attack"), ("تعرض للضرب على يد عناصر الحاجز", "beating"), ("إبطال مفعولها", "disrupted"), ("اغتصبها عنصران", "sexual"),
])
def test_conjugations_and_pronoun_forms(text, cls):
    assert cls in classes(text)


# ---- actors -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,inter", [
    ("وحدات من الجيش العربي السوري", "Military Forces of Syria (2000-)", 1),
    ("قوات سهيل الحسن", "Military Forces of Syria (2000-)", 1),
    ("فرع الأمن الجنائي", "Police Forces of Syria (2000-)", 1),
    ("عناصر الدفاع الوطني", "NDF: National Defence Forces", 3),
    ("لواء زينبيون", "Liwa Zainebiyoun", 3),
    ("المقاومة الإسلامية", "Hezbollah", 3),
    ("المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", 3),
    ("فلول التنظيم", "Islamic State (Syria)", 2),
    ("الخلايا النائمة", "Islamic State (Syria)", 2),
    ("الفصائل الموالية لتركيا", "Syrian National Army", 2),
    ("مرتزقة الاحتلال التركي", "Syrian National Army", 2),
    ("ميليشيات الاحتلال التركي", "Syrian National Army", 2),  # not a pro-government militia
    ("الاحتلال الأمريكي", "Military Forces of the United States (2021-)", 8),
    ("إرهابيي", "Opposition Rebels (Syria)", 2),
    ("مجلس منبج العسكري", "QSD: Syrian Democratic Forces", 2),
    ("قوى الأمن الداخلي (الأسايش)", "QSD: Syrian Democratic Forces", 2),
    ("قوى الأمن الداخلي في درعا", "Police Forces of Syria (2000-)", 1),
    ("حزب العمال الكردستاني", "PKK: Kurdistan Workers Party", 2),
    ("الحزب الإسلامي التركستاني", "Turkistan Islamic Party", 2),
    ("مسلحين من أبناء إحدى العشائر", "Arab Tribal Militia (Syria)", 4),
    ("حركة رجال الكرامة", "Men of Dignity Movement", 4),
    ("الجيش الروسي", "Military Forces of Russia (2000-)", 8),
    ("مجموعة فاغنر", "Wagner Group", 8),
    ("الطيران الأميركي", "Military Forces of the United States (2021-)", 8),
    ("عدوان صهيوني", "Military Forces of Israel", 8),
    ("حرس الحدود الأردني", "Military Forces of Jordan (1999-)", 8),
    ("طائرات مجهولة الهوية", "Unidentified Military Forces", 8),
    ("مزارعا", "Civilians (Syria)", 7),
    ("صاحب المحل", "Civilians (Syria)", 7),
    ("المعتصمون", "Protesters (Syria)", 6),
])
def test_actor_names(text, name, inter):
    assert actors(text)[0] == (name, inter)


def test_loaded_names_are_flagged():
    got = {e.name: e.loaded for _, _, e in find_actors(match_form("قصفت ميليشيات الاحتلال التركي مواقع الاحتلال الأمريكي"))}
    assert got == {"Syrian National Army": True, "Military Forces of the United States (2021-)": True}


def test_unknown_drone_stays_an_unidentified_armed_group():
    # non-state groups fly drones too; only warplanes are certainly a state's
    assert actors("طائرة مسيرة مجهولة")[0][0] == "Unidentified Armed Group (Syria)"


def test_everyday_senses_are_no_actor():
    assert actors("طالب الأهالي بحل المشكلة") == [("Civilians (Syria)", 7)]  # الأهالي only; طالب = demanded
    assert actors("خرجت مظاهرة نصرة لدرعا") == []
    assert actors("استقبلوا الوفد بحماس") == []  # "with enthusiasm", not Hamas
    assert actors("قتل شاب من عشيرة البكارة") == [("Civilians (Syria)", 7)]  # a tribesman victim is a civilian


def test_unclaimed_warplanes_strike_is_external():
    e = one("استهدفت طائرات مجهولة الهوية رتلا للميليشيات الإيرانية قرب مدينة البوكمال.")
    assert (e.sub_event_type, e.actor1, e.inter1, e.inter2) == ("Air/drone strike", "Unidentified Military Forces", 8, 3)


# ---- modality ---------------------------------------------------------------------------------

def test_intention_is_a_plan_not_an_event():
    es = events("وتتحدث أنباء عن نيتها اقتحام بلدة تسيل في ريف درعا الغربي.")
    assert es == []


def test_similar_past_attacks_are_background():
    es = events("يذكر أن المنطقة شهدت خلال العامين الماضيين اعتداءات مماثلة استهدفت حافلات تقل مدنيين في بادية حمص.")
    assert es == []


def test_refuting_is_a_denial():
    from marsad.recognise.modality import lexicon
    kinds = [p for h in lexicon().scan(match_form("وفندت الوزارة الرواية")) for p in h.payloads]
    assert "denial" in kinds
