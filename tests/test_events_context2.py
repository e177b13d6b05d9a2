"""Sentences that recall, explain or surround an event without telling a new one (round 3 of blind
error analysis). Each sentence is written for this test, never taken from a blind set."""
from marsad.models import Document
from marsad.pipeline import analyze


def evs(text: str, pub: str | None = "2023-04-10"):
    return analyze(Document(doc_id="t", text=text, published=pub)).events


def test_civilians_leaving_through_a_corridor_are_not_a_protest():
    assert evs("خرج مئات المدنيين اليوم من بلدة كفربطنا عبر ممر آمن باتجاه مراكز الإيواء في ريف دمشق.") == []


def test_people_going_out_to_demonstrate_still_protest():
    es = evs("خرج مئات من أهالي مدينة سلمية اليوم في مظاهرة طالبوا فيها بتحسين الخدمات.")
    assert [e.sub_event_type for e in es] == ["Peaceful protest"]


def test_charges_against_a_cell_tell_no_new_act():
    es = evs("اعتقلت الشرطة اليوم ثلاثة شبان في مدينة جاسم، متهمين بتنفيذ عمليات خطف وتفجير عبوات استهدفت دوريات.")
    assert [e.sub_event_type for e in es] == ["Arrests"]


def test_an_act_named_as_what_should_be_done_instead_is_no_event():
    assert evs("أصدر وجهاء بلدة القريا اليوم بياناً طالبوا فيه لبنان بالحوار بدلاً من قصف القرى الحدودية.") == []


def test_the_place_of_an_avenged_act_is_not_the_event_place():
    es = evs("قصفت المدفعية التركية اليوم قرى في ريف تل رفعت، رداً على هجوم صاروخي استهدف مدينة كلس.")
    assert [(e.sub_event_type, e.location_ar) for e in es] == [("Shelling/artillery/missile attack", "تل رفعت")]


def test_talks_venue_is_not_where_a_battle_happens():
    es = evs("هاجمت الفصائل اليوم مواقع قوات النظام بعد أسبوع من محادثات جنيف، دون أن تذكر المصادر المكان.")
    assert all(e.location_ar != "جنيف" for e in es)


def test_place_hit_is_the_one_exposed_not_the_destination_of_the_displaced():
    es = evs("تعرضت بلدة تل تمر شمالي الحسكة لقصف مدفعي تركي اليوم، وسط نزوح عائلات باتجاه مدينة الحسكة.")
    assert [(e.location_ar, e.inter1) for e in es] == [("تل تمر", 8)]


def test_a_backer_named_with_supported_from_is_not_a_party():
    es = evs("سيطر مقاتلو العشائر اليوم على بلدة الشحيل بعد اشتباكات مع قوات سوريا الديمقراطية المدعومة من "
             "الولايات المتحدة.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Non-state actor overtakes territory", 4, 2)]


def test_possessive_capture_noun_keeps_the_announcing_subject():
    es = evs("أعلن مقاتلو العشائر اليوم سيطرتهم على بلدة الشحيل بعد اشتباكات مع قوات سوريا الديمقراطية.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Non-state actor overtakes territory", 4, 2)]


def test_similar_strikes_in_the_next_clause_keep_the_attacker():
    es = evs("قُتل أربعة مدنيين اليوم جراء غارات روسية على بلدة كفرنبل، في حين أصيب آخرون بغارات مماثلة على بلدة حاس.")
    assert sorted((e.location_ar, e.inter1) for e in es) == [("حاس", 8), ("كفرنبل", 8)]


def test_nationality_told_as_likely_names_the_attacker():
    es = evs("قُتل خمسة مدنيين اليوم جراء غارات جوية يرجح أنها تركية استهدفت منازل في بلدة الدرباسية.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Air/drone strike", 8, 7)]


def test_air_cover_of_a_capture_is_part_of_the_battle():
    es = evs("سيطرت قوات سوريا الديمقراطية اليوم على بلدة الشحيل بعد اشتباكات عنيفة مع تنظيم داعش، "
             "وسط إسناد جوي من طيران التحالف الدولي.")
    assert [e.event_type for e in es] == ["Battles"]


def test_helicopters_that_did_not_intervene_make_no_fight():
    assert evs("حلقت مروحيات تابعة للتحالف الدولي اليوم فوق بلدات ريف الحسكة، دون أن تتدخل في المعارك.") == []


def test_correspondent_place_is_not_the_event_place():
    es = evs("قُتل ثلاثة مدنيين اليوم بقصف مدفعي على بلدة الحراك.\n"
             "وقال مراسل درعا 24 إن القصف دمر منزلين.")
    assert [e.location_ar for e in es] == ["الحراك"]


def test_a_sentence_opening_with_witnessed_places_its_protest():
    es = evs("قُتل شاب اليوم برصاص مجهولين في بلدة القريا.\n"
             "وشهدت ساحة الكرامة وسط مدينة السويداء اليوم وقفة احتجاجية شارك فيها العشرات.")
    assert [(e.sub_event_type, e.location_ar) for e in es if e.event_type == "Protests"] == [("Peaceful protest", "الكرامة")]


def test_tribe_named_fighters_are_identity_militia():
    es = evs("طرد مقاتلو قبيلة البكارة اليوم عناصر قسد من بلدة الشحيل بعد اشتباكات عنيفة.")
    assert es and all(e.inter1 == 4 for e in es)


def test_a_regional_tally_over_days_is_no_event():
    assert evs("أعلنت وزارة الدفاع التركية أنها حيدت 9 إرهابيين في شمال سوريا خلال اليومين الماضيين.") == []


def test_fighters_captured_in_a_battle_toll_are_part_of_the_battle():
    es = evs("اندلعت اشتباكات عنيفة اليوم في بلدة اللطامنة أسفرت عن مقتل عدد من عناصر النظام وأسر آخرين.")
    assert [e.event_type for e in es] == ["Battles"]


def test_fire_under_which_a_side_withdrew_is_a_cause_not_an_event():
    es = evs("انسحبت الفصائل اليوم من بلدة كرناز تحت وطأة القصف الجوي المكثف.")
    assert all(e.event_type != "Explosions/Remote violence" for e in es)


def test_the_bombing_comes_at_a_time_is_context():
    es = evs("قتل أربعة مدنيين اليوم بتفجير سيارة مفخخة في بلدة معدان.\n"
             "ويأتي التفجير في وقت تخوض فيه قسد معاركها ضد التنظيم شرقي دير الزور.")
    assert [(e.sub_event_type, e.location_ar) for e in es] == [("Remote explosive/landmine/IED", "معدان")]


def test_count_before_a_post_posed_death_verb_is_the_toll():
    es = evs("قالت مصادر محلية إن أربعة مدنيين قُتلوا وأصيب ستة آخرون جراء قذائف صاروخية سقطت على حي الحمدانية.")
    assert [(e.fatalities, e.inter2) for e in es] == [(4, 7)]


def test_withdrawal_under_fire_then_entry_is_a_capture():
    es = evs("انسحبت الفصائل اليوم من بلدة اللطامنة تحت وطأة القصف المكثف، لتدخلها قوات النظام.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Government regains territory", 1, 2)]


def test_crowd_beating_before_police_step_in_is_mob_violence():
    es = evs("تجمع عشرات من الأهالي الغاضبين حول شاب في بلدة الشدادي، وانهالوا عليه بالضرب، "
             "قبل أن تتدخل قوى الأمن وتنقله إلى المستشفى.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Mob violence", 5, 7)]


def test_the_place_a_battle_aims_to_relieve_is_not_its_place():
    es = evs("سيطرت الفصائل اليوم على بلدة خطاب بعد اشتباكات مع قوات النظام.\n"
             "وكانت الفصائل قد أطلقت المعركة فجر اليوم، فيما اعتبر قياديون أن الهدف منها تخفيف الضغط عن الغوطة الشرقية.")
    assert [e.location_ar for e in es] == ["خطاب"]


def test_jordanian_strikes_by_adjective():
    es = evs("قُتل خمسة مدنيين اليوم جراء غارات أردنية استهدفت منازل في بلدة ملح بريف السويداء.")
    assert [(e.actor1, e.inter2) for e in es] == [("Military Forces of Jordan (1999-)", 7)]


def test_arms_seized_after_a_capture_are_its_spoils():
    es = evs("سيطر مقاتلو العشائر اليوم على بلدة الشحيل بعد اشتباكات مع قسد.\n"
             "وقال مصدر إن المقاتلين طردوا عناصر قسد من البلدة، واستولوا على عربتين وكميات من الذخائر.")
    assert [e.sub_event_type for e in es] == ["Non-state actor overtakes territory"]


def test_withdrawal_of_the_expelled_is_no_handover():
    es = evs("سيطر مقاتلو العشائر اليوم على بلدة الشحيل بعد اشتباكات مع قسد.\n"
             "وقال مصدر لمراسلنا في الحسكة إن المقاتلين طردوا عناصر قسد، بعد أن انسحب العناصر باتجاه حقل نفطي.")
    assert [e.sub_event_type for e in es] == ["Non-state actor overtakes territory"]
