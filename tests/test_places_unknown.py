"""Places the gazetteer lacks, named after a place-type word (marsad.geo.unknown), on own sentences."""
from __future__ import annotations

from marsad.geo.evaluate import geoparse
from marsad.geo.gazetteer import gazetteer


def unk(text: str):
    return [p for p in geoparse(text).places if p.place_id.startswith("unk:")]


def test_unknown_village_after_cue_takes_the_countryside_anchor():
    ps = unk("قُتل مدني بقصف مدفعي على قرية الحميرة الفوقا بريف إدلب الجنوبي صباح اليوم")
    assert len(ps) == 1
    p = ps[0]
    assert p.name_ar == "الحميرة الفوقا" and p.kind == "village"
    assert p.place_id == "unk:SY07:الحميرة الفوقا" and p.admin1 == "Idlib"
    assert p.geo_precision == 2 and p.anchor_id == "SY07"
    idlib = gazetteer()["gn169389"]  # Idlib governorate's point is its capital's
    assert (p.lat, p.lon) == (idlib.lat, idlib.lon)
    assert p.confidence < 0.6 and "not in the gazetteer" in p.reason


def test_unknown_name_with_prefix_word_and_direction_anchor():
    ps = unk("اشتباكات عنيفة على محور كفر نوران غربي حلب")
    assert [p.name_ar for p in ps] == ["كفر نوران"]
    assert ps[0].relation == "west of" and ps[0].admin1 == "Aleppo"


def test_diacritics_are_removed_from_the_unknown_name():
    ps = unk("سقطت قذائف على بلدة كفرْ حمرة بريف حلب الشمالي")
    assert ps and ps[0].name_ar == "كفر حمرة"


def test_unknown_name_stops_before_adjectives_and_time_words():
    ps = unk("داهمت دورية قرية الفرحانية الواقعة شرقي حمص اليوم")
    assert [p.name_ar for p in ps] == ["الفرحانية"]
    ps = unk("قصفت المدفعية بلدة زبدين الأحد في ريف دمشق")
    assert [p.name_ar for p in ps] == ["زبدين"]


def test_unknown_items_of_a_plural_list_with_known_ones():
    ps = geoparse("قصفت قوات النظام قرى الجيزة، والبويضة الشمالية، وزيزون، والمطوق بريف درعا").places
    names = {p.name_ar: p for p in ps}
    assert names["الجيزة"].place_id == "gn169017" and names["زيزون"].place_id == "sup-zayzun"
    for n in ("البويضة الشمالية", "المطوق"):
        assert names[n].place_id == f"unk:SY12:{n}" and names[n].geo_precision == 2
        assert names[n].kind == "village" and names[n].admin1 == "Daraa"


def test_dual_cue_list_of_two_unknown_names():
    ps = unk("سقطت قذائف على بلدتي الشيخ مسكين وعتمان شمالي درعا")
    # الشيخ مسكين is in the gazetteer; عتمان may not be: whatever is unknown is in Daraa
    assert all(p.admin1 == "Daraa" for p in ps)
    ps = unk("سقطت قذائف على قريتي الزهيرية والحمدانية في ريف حماة")
    assert [p.name_ar for p in ps] == ["الزهيرية", "الحمدانية"] and all(p.admin1 == "Hama" for p in ps)


def test_unknown_without_any_anchor_uses_dominant_governorate():
    text = "تظاهر أهالي السويداء أمس. وفي المساء هاجم مسلحون قرية الدويرة فجراً."
    ps = unk(text)
    assert [p.name_ar for p in ps] == ["الدويرة"]
    assert ps[0].admin1_pcode == "SY13" and "dominant governorate" in ps[0].reason


def test_unknown_quarter_takes_the_city_named_before():
    ps = unk("خرج أهالي مدينة الرقة في تظاهرة جابت حي البريد")
    assert ps and ps[0].kind == "neighbourhood" and ps[0].anchor_id == "gn172955"


def test_no_unknown_place_from_ordinary_words_after_a_cue():
    assert unk("بقي حي يرزق بعد القصف على درعا") == []
    assert unk("نزح السكان إلى مخيم للنازحين قرب مدينة إدلب") == []
    assert unk("قصف على مدينة كبيرة في ريف حلب") == []
    assert unk("قتل شخص في القرية المجاورة لمدينة حماة") == []


def test_known_names_are_not_reported_as_unknown():
    assert unk("قصفت المدفعية بلدة المزيريب ومدينة نوى بريف درعا الغربي") == []


def test_no_unknown_place_without_any_syrian_place():
    assert unk("زار الوفد قرية صغيرة ثم قرية الحمراء") == []


def test_outskirts_of_an_unknown_village_is_near():
    ps = unk("سقطت قذائف على أطراف بلدة عين الذهب. وفي ريف إدلب قتل مدني")
    assert [p.name_ar for p in ps] == ["عين الذهب"] and ps[0].relation == "near"


def test_last_item_of_a_list_before_a_comma():
    ps = unk("قصفت القوات بقذائف الهاون قرى الجيزة والمطوق وشوارغة، دون ورود معلومات في ريف درعا")
    assert [p.name_ar for p in ps] == ["المطوق", "شوارغة"]


def test_front_word_needs_a_name_with_al_or_a_prefix():
    assert unk("غارات على محاور تحرك المسلحين في ريف حماة") == []
    assert unk("قتلى على جبهة النصرة في ريف حماة") == []
    assert [p.name_ar for p in unk("اشتباكات على محور الملاجة في ريف إدلب الجنوبي")] == ["الملاجة"]


def test_a_village_known_only_in_another_governorate_becomes_an_unknown_village_there():
    p = next(p for p in geoparse("سقطت قذائف على قرية الحمدانية في ريف حماة الشمالي").places
             if p.surface == "الحمدانية")
    assert p.place_id == "unk:SY05:الحمدانية" and p.kind == "village" and p.geo_precision == 2


def test_verbs_particles_ordinals_and_pronoun_forms_after_a_cue_are_not_names():
    for t in ("قتل طفل في قرية تابعة لناحية المزيريب",
              "وفي قرية ثانية بريف درعا الغربي قتل شاب",
              "خرجت مظاهرة في مدينة لا يزيد عدد سكانها عن ألف في ريف درعا",
              "قصفت المدفعية بلدة يقطنها آلاف النازحين في ريف إدلب",
              "انفجرت سيارة في مدينة تخضع لسيطرة الفصائل بريف حلب",
              "قتل عنصر على محور الطريق الدولي في ريف إدلب"):
        assert unk(t) == [], t


def test_camp_name_unknown_to_the_gazetteer():
    ps = unk("احترقت خيام في مخيم التح على الحدود التركية في ريف إدلب الشمالي")
    assert [(p.name_ar, p.kind, p.admin1) for p in ps] == [("التح", "camp", "Idlib")]


def test_quarter_known_only_in_another_city_follows_the_text():
    # الصالحية is a Damascus quarter in the gazetteer; here it is one of Hasakah
    p = next(p for p in geoparse("مداهمات في حي الصالحية بمدينة الحسكة").places if "الصالحية" in p.surface)
    assert p.place_id == "unk:SY08:الصالحية" and p.kind == "neighbourhood" and p.geo_precision == 2
    assert p.anchor_id == "gn173811"
    q = next(p for p in geoparse("مداهمات في حي الصالحية بدمشق").places if "الصالحية" in p.surface)
    assert q.place_id == "cur-damascus-salihiyah"


def test_aleppo_quarter_name_after_another_city_without_aleppo_in_the_article():
    ps = geoparse("خرج أهالي مدينة الرقة في تظاهرة جابت حي الزهور").places
    p = next(p for p in ps if "الزهور" in p.surface)
    assert p.place_id.startswith("unk:SY11:") and p.anchor_id == "gn172955"
    ps = geoparse("قصف على حي الزهور في مدينة حلب").places
    assert next(p for p in ps if "الزهور" in p.surface).place_id.startswith("N")


def test_quarter_of_an_unnamed_city_in_the_same_governorate_keeps_its_entry():
    # Daraa city is not named (only the governorate), the city just before is Jasim: still Daraa al-Balad
    ps = geoparse("اجتمع وجهاء مدينة جاسم بريف درعا الشمالي، ثم انتقل الوفد إلى درعا البلد").places
    assert any(p.place_id == "sup-daraa-al-balad" for p in ps)


def test_unknown_city_abroad_is_not_a_syrian_place():
    assert unk("سقطت قذيفة على مدينة أورفا التركية، بعد قصف على ريف حلب") == []
    assert unk("وصل الوفد إلى مدينة أورفا في تركيا بعد زيارة حلب") == []


def test_known_name_of_another_governorate_in_a_list_with_unknown_names_follows_the_region():
    # the gazetteer's only المنصورة is in Raqqa; here it is a village of the Ghab plain (Hama)
    ps = {p.surface: p for p in geoparse("قصف على قرى الزيارة والمنصورة وخربة الناقوس في سهل الغاب").places}
    assert ps["الزيارة"].admin1 == "Hama" and ps["الزيارة"].place_id.startswith("gn")
    assert ps["المنصورة"].place_id == "unk:SY05:المنصورة" and ps["المنصورة"].kind == "village"
    assert ps["خربة الناقوس"].place_id == "unk:SY05:خربة الناقوس"


def test_far_namesake_in_a_village_list_is_placed_in_the_articles_governorate():
    text = ("قصفت القوات التركية بقذائف الهاون قرى مرعناز والمالكية وشوارغة، دون ورود معلومات عن إصابات. "
            "وتقع القرى قرب مدينة تل رفعت بريف حلب الشمالي.")
    ps = {p.surface: p for p in geoparse(text).places}
    assert ps["المالكية"].place_id == "unk:SY02:المالكية" and ps["المالكية"].kind == "village"
    # the same name alone, in a Hasakah article, stays the Hasakah city
    q = {p.surface: p for p in geoparse("اشتباكات في مدينة المالكية بريف الحسكة").places}
    assert q["المالكية"].place_id == "gn173530"


def test_sheikh_prefix_takes_the_next_word():
    ps = unk("قتل طفل في قرية الشيخ عيسى التابعة لناحية تل رفعت")
    assert [p.name_ar for p in ps] == ["الشيخ عيسى"] and ps[0].admin1 == "Aleppo"


def test_far_namesake_placed_by_a_direction_is_another_village():
    # the gazetteer's only الحواش is in Homs, ~50 km from Hama
    p = next(p for p in geoparse("قصفت المدفعية قرية الحواش، شمال غربي حماة").places if p.surface == "الحواش")
    assert p.place_id == "unk:SY05:الحواش" and p.relation == "north-west of" and p.geo_precision == 2


def test_quarter_cue_before_a_town_name_inside_another_city():
    p = next(p for p in geoparse("سقط صاروخ على حي الحمراء وسط دمشق").places if p.surface == "الحمراء")
    assert p.kind == "neighbourhood" and p.admin1 == "Damascus" and p.place_id == "unk:SY01:الحمراء"


def test_far_place_in_the_stated_direction_keeps_its_entry():
    # النبك (Rif Dimashq) is ~70 km north of Damascus: the direction agrees, so it stays the town
    p = next(p for p in geoparse("اشتباكات في مدينة النبك شمال دمشق").places if p.surface == "النبك")
    assert p.place_id == "gn173193"


def test_adjectives_and_activity_nouns_after_a_cue_are_not_names():
    for t in ("أقام الفصيل مخيم تدريب لعناصره في ريف حلب الشمالي",
              "أصيب شخص في حي شعبي وسط مدينة حمص",
              "تعرضت قرية درزية في ريف السويداء لهجوم",
              "وصلت قافلة مساعدات إلى مدينة منكوبة في ريف حلب",
              "قصفت الطائرات بلدة تلو الأخرى في ريف حماة"):
        assert unk(t) == [], t
