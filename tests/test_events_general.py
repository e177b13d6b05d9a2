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


def test_running_totals_are_not_events_and_do_not_feed_tolls():
    text = ("قُتل شاب برصاص مجهولين، صباح اليوم، في بلدة الصنمين بريف درعا الشمالي.\n"
            "ووثّق ناشطون منذ مطلع العام الجاري 45 عملية اغتيال في المحافظة، أسفرت عن مقتل 38 شخصاً.")
    es = evs(text)
    assert [(e.sub_event_type, e.fatalities) for e in es] == [("Attack", 1)]


def test_an_earlier_event_told_as_context_is_not_an_event():
    text = ("انفجرت عبوة ناسفة بسيارة مدنية في مدينة جرابلس شرقي حلب، ما أدى إلى مقتل شخصين.\n"
            "ويأتي الانفجار بعد أسبوعين من تفجير سيارة مفخخة في مدينة اعزاز.")
    assert [(e.sub_event_type, e.location_ar, e.fatalities) for e in evs(text)] == [
        ("Remote explosive/landmine/IED", "جرابلس", 2)]


def test_unspecified_operations_are_not_an_event():
    text = "أعلنت وزارة الدفاع التركية أن قواتها حيّدت 12 إرهابياً في عمليات متفرقة شمال سوريا."
    assert evs(text) == []


def test_missiles_do_not_demote_an_air_strike():
    es = evs("شنّت طائرات حربية غارات جوية بصواريخ موجهة على مواقع قرب بلدة معرة مصرين شمالي إدلب.")
    assert [e.sub_event_type for e in es] == ["Air/drone strike"]


def test_clash_that_won_the_town_is_part_of_its_capture():
    text = ("سيطرت فصائل المعارضة على قرية الحاضر جنوبي حلب عقب اشتباكات عنيفة مع قوات النظام، "
            "انسحبت على إثرها الأخيرة باتجاه مدينة السفيرة.\nوقُتل في الاشتباكات أربعة عناصر من قوات النظام.")
    es = evs(text)
    assert [(e.sub_event_type, e.location_ar, e.fatalities) for e in es] == [
        ("Non-state actor overtakes territory", "الحاضر", 4)]


def test_shelling_place_is_the_target_not_the_source():
    text = ("تعرّضت أطراف بلدة كفرنبل لقصف صاروخي مصدره مواقع قوات النظام في ريف حماة الشمالي، "
            "دون وقوع إصابات.")
    assert subs(text) == [("Shelling/artillery/missile attack", "كفرنبل")]


def test_where_a_strike_reached_beats_the_wider_area():
    text = ("شنّت طائرات حربية غارات على مواقع في محيط مدينة حلب، طالت إحداها مستودعاً قرب بلدة السفيرة.")
    assert subs(text) == [("Air/drone strike", "السفيرة")]


def test_villages_listed_together_are_one_event_towns_are_not():
    one = evs("قصفت القوات التركية بقذائف المدفعية قرى تل طويل والدردارة في ريف تل تمر، دون وقوع إصابات.")
    assert len(one) == 1
    two = evs("شن الطيران الحربي الروسي غارات على أطراف بلدتي سرمين وبنش شرقي إدلب.")
    assert sorted(e.location_ar for e in two) == ["بنش", "سرمين"]


def test_crowd_beating_a_man_is_mob_violence():
    es = evs("لقي رجل حتفه بعد أن انهال عليه عشرات الأهالي بالضرب في حي الميدان بمدينة حمص، إثر اتهامه بسرقة "
             "هاتف محمول.")
    assert [(e.sub_event_type, e.inter1, e.inter2, e.fatalities) for e in es] == [("Mob violence", 5, 7, 1)]


def test_dispersed_protest_is_one_event_with_the_intervening_force():
    text = ("تظاهر العشرات من أهالي مدينة السلمية أمام مبنى المحافظة احتجاجاً على غلاء الأسعار، "
            "وفرّقت قوات الأمن المتظاهرين بالهراوات واعتقلت خمسة من المحتجين.")
    es = evs(text)
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Protest with intervention", 6, 1)]


def test_force_on_protesters_told_next_folds_into_the_protest_and_a_denial_disputes_it():
    text = ("فضّت الشرطة العسكرية، ظهر اليوم، وقفة احتجاجية لأهالي المعتقلين في مدينة الباب بريف حلب.\n"
            "وقال ناشطون إن عناصر الشرطة انهالوا بالضرب على المحتجين واعتقلوا أربعة منهم.\n"
            "في المقابل، نفت الشرطة العسكرية في بيان اعتقال أي شخص.")
    es = evs(text)
    assert [(e.sub_event_type, e.location_ar, e.disputed) for e in es] == [
        ("Protest with intervention", "الباب", True)]


def test_interception_is_one_strike_by_the_launching_side():
    text = ("أسقطت وسائط الدفاع الجوي، مساء اليوم، ثلاث طائرات مسيّرة أطلقها الإرهابيون باتجاه بلدة محردة "
            "في ريف حماة، دون وقوع أضرار.")
    es = evs(text)
    assert [(e.sub_event_type, e.location_ar, e.inter1) for e in es] == [("Air/drone strike", "محردة", 2)]
    text2 = "تصدّت وسائط دفاعنا الجوي لعدوان إسرائيلي بالصواريخ استهدف موقعاً عسكرياً قرب بلدة الكسوة."
    assert [(e.sub_event_type, e.inter1) for e in evs(text2)] == [("Air/drone strike", 8)]


def test_agreement_referred_to_is_not_a_new_agreement():
    text = ("قصفت قوات النظام بلدة كنصفرة جنوبي إدلب، رغم اتفاق وقف إطلاق النار الموقّع في موسكو.")
    assert [e.event_type for e in evs(text)] == ["Explosions/Remote violence"]


def test_retaliation_names_the_attack_before_and_starts_a_new_act():
    text = ("هاجم مقاتلون من المعارضة نقطة لقوات النظام قرب بلدة كفرنبودة.\n"
            "ورداً على الهجوم، قصفت قوات النظام بالمدفعية بلدة الهبيط، ما أدى إلى جرح ثلاثة مدنيين.")
    got = subs(text)
    assert ("Shelling/artillery/missile attack", "الهبيط") in got


def test_explosion_hits_vehicle_of_a_force_which_is_the_target():
    text = "انفجرت عبوة ناسفة بسيارة عسكرية تابعة للأمن العسكري قرب بلدة الكرك الشرقي في ريف درعا."
    es = evs(text)
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Remote explosive/landmine/IED", 3, 1)]


def test_same_day_takes_the_day_just_told():
    text = ("اعتقلت قوات النظام، فجر أمس الأربعاء، خمسة شبان في مدينة التل بريف دمشق.\n"
            "وفي مدينة دوما، احتجّ العشرات مساء اليوم ذاته على انقطاع الكهرباء.")
    es = evs(text, "2024-05-16")
    assert {e.event_date for e in es} == {"2024-05-15"}


def test_another_strike_and_the_strike_named_as_subject_of_the_toll():
    text = ("شنّت طائرات إسرائيلية غارات جوية على مواقع قرب مدينة القصير، فيما استهدفت أخرى مستودعاً "
            "تستخدمه مجموعات موالية لإيران في بلدة القصير الغربية.\n"
            "وقال المرصد إن الضربة على القصير أسفرت عن مقتل ثلاثة مقاتلين على الأقل.")
    es = evs(text)
    assert all(e.event_type == "Explosions/Remote violence" for e in es)
    assert any(e.inter1 == 8 and e.fatalities == 3 for e in es)


def test_a_strike_referred_to_is_not_a_new_event():
    text = ("قُتل عنصران من قسد بضربة لطائرة مسيّرة تركية استهدفت سيارتهما قرب بلدة تل تمر.\n"
            "وتأتي الضربة في وقت تشهد فيه العلاقات بين أنقرة وواشنطن توتراً.")
    assert subs(text) == [("Air/drone strike", "تل تمر")]


def test_a_word_inside_a_place_name_is_not_an_actor():
    es = evs("سقطت قذيفة هاون على حي سكني في منطقة السيدة زينب جنوبي دمشق، ما أدى إلى مقتل طفل.")
    assert [(e.sub_event_type, e.location_ar) for e in es] == [("Shelling/artillery/missile attack", "السيدة زينب")]


def test_standing_control_in_the_present_is_not_a_capture():
    text = "وتسيطر فصائل الجيش الوطني على مدينة عفرين منذ العملية العسكرية التركية عام 2018."
    assert evs(text, None) == []


def test_victims_named_before_their_death_word_are_the_target():
    es = evs("لقي مزارع وابنه حتفهما جراء انفجار لغم أرضي في أرض زراعية قرب بلدة معدان شرقي الرقة.")
    assert [(e.sub_event_type, e.inter2, e.fatalities) for e in es] == [("Remote explosive/landmine/IED", 7, 2)]


def test_attackers_dead_told_later_add_to_the_toll():
    text = ("قُتل ثلاثة عناصر من قوات النظام، فجر اليوم، في هجوم شنّه مقاتلون من هيئة تحرير الشام على نقطة "
            "عسكرية قرب بلدة سلمى.\nوذكرت الهيئة أن مقاتليها اشتبكوا مع عناصر النقطة، مؤكدة مقتل أحد المهاجمين.")
    assert [(e.sub_event_type, e.fatalities) for e in evs(text)] == [("Armed clash", 4)]


def test_protest_against_an_attack_keeps_its_own_place():
    text = ("خرج المئات من أهالي مدينة الحسكة في مظاهرة جابت شوارع المدينة، منددين بالصمت الدولي إزاء "
            "الهجمات التركية على بلدة تل تمر.")
    assert subs(text) == [("Peaceful protest", "الحسكة")]


def test_the_operation_referred_to_keeps_its_day():
    text = ("اغتال مسلحون مجهولون، صباح اليوم، مختار بلدة نصيب بإطلاق النار عليه وسط البلدة.\n"
            "ولم تتبنَّ أي جهة عملية الاغتيال، فيما قال أقاربه إنه كان قد تلقى تهديدات بالقتل قبل أشهر.")
    es = evs(text)
    assert [(e.sub_event_type, e.location_ar, e.event_date) for e in es] == [("Attack", "نصيب", "2024-05-12")]


def test_agreement_with_both_sides_takes_the_sides_of_the_fight():
    text = ("اندلعت اشتباكات عنيفة بين فصيل محلي وعصابة مسلحة في بلدة عريقة بريف السويداء، قُتل خلالها اثنان.\n"
            "وفي المساء، توصّل وجهاء عريقة إلى اتفاق مع الطرفين يقضي بوقف إطلاق النار.")
    ag = [e for e in evs(text) if e.sub_event_type == "Agreement"]
    assert len(ag) == 1 and ag[0].inter1 in (2, 3, 4) and ag[0].inter2 in (2, 3, 4)
    clash = [e for e in evs(text) if e.sub_event_type == "Armed clash"]
    assert [(e.inter1, e.inter2, e.fatalities) for e in clash] == [(2, 3, 2)]  # "بين X وY": two sides


def test_gunmen_killing_a_young_man_is_an_attack_with_one_dead():
    es = evs("قتل مسلحون مجهولون شاباً في بلدة نوى بريف درعا الغربي، وجرح اثنان آخران.")
    assert [(e.sub_event_type, e.inter1, e.inter2, e.fatalities) for e in es] == [("Attack", 3, 7, 1)]


def test_live_fire_killing_protesters_is_excessive_force():
    es = evs("أطلقت قوات الأمن الرصاص الحي على متظاهرين في مدينة درعا، ما أدى إلى مقتل متظاهرين اثنين.")
    assert [(e.sub_event_type, e.inter2, e.fatalities) for e in es] == [("Excessive force against protesters", 1, 2)]


def test_interception_target_after_the_missiles():
    es = evs("تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية استهدفت مطار حماة العسكري.")
    assert [(e.sub_event_type, e.inter1) for e in es] == [("Air/drone strike", 8)]


def test_source_phrase_ends_where_a_new_place_noun_starts():
    text = "قصفت قوات النظام انطلاقاً من مواقعها في مدينة سراقب قرية آفس شرقي إدلب."
    assert subs(text) == [("Shelling/artillery/missile attack", "آفس")]


def test_a_definite_act_that_opens_the_article_is_new():
    text = ("وقُتل أربعة أشخاص على الأقل في الهجوم الذي استهدف حافلة قرب مدينة تدمر، وفق وكالة سانا.")
    assert [e.fatalities for e in evs(text)] == [4]


def test_entry_under_a_settlement_is_a_non_violent_transfer():
    text = "دخلت وحدات من الشرطة العسكرية الروسية إلى مدينة الصنمين بموجب اتفاق تسوية مع الأهالي."
    assert [e.sub_event_type for e in evs(text)] == ["Non-violent transfer of territory"]


def test_a_falling_shell_is_shelling_not_a_fall_of_territory():
    es = evs("قُتل طفل وأصيبت والدته بجروح إثر سقوط قذيفة هاون على حي الميدان في دمشق.")
    assert [(e.sub_event_type, e.fatalities) for e in es] == [("Shelling/artillery/missile attack", 1)]


def test_two_air_raids_in_the_dual():
    es = evs("نفذت طائرات التحالف الدولي غارتين على مواقع لتنظيم داعش قرب بلدة السخنة.")
    assert [(e.sub_event_type, e.inter1) for e in es] == [("Air/drone strike", 8)]


def test_toll_constructions():
    cases = [
        ("أسفر انفجار سيارة مفخخة في مدينة الباب عن سقوط 12 قتيلاً و30 جريحاً.", 12),
        ("قتل 7 مدنيين وجرح 15 آخرون في قصف على مدينة إدلب، فيما ارتفعت الحصيلة لاحقاً إلى 9 قتلى.", 9),
        ("أودى القصف المدفعي على مدينة أريحا جنوبي إدلب بحياة أربعة مدنيين.", 4),
        ("قُتل أحد عشر عنصراً من قوات النظام في كمين لتنظيم داعش قرب مدينة تدمر.", 11),
        ("قتل مدنيان اثنان في قصف على مدينة معرة النعمان جنوبي إدلب.", 2),
    ]
    for text, want in cases:
        assert [e.fatalities for e in evs(text)] == [want], text


def test_a_force_right_after_a_kill_verb_is_the_killer():
    es = evs("قتلت القوات الأمريكية قيادياً في تنظيم داعش بغارة لطائرة مسيرة قرب مدينة الباب شرقي حلب.")
    assert [(e.sub_event_type, e.inter1, e.actor2) for e in es] == [
        ("Air/drone strike", 8, "Islamic State (Syria)")]


def test_foreign_forces_by_nationality():
    for text in ("استهدف قصف مدفعي تركي قرى في ريف منبج شرقي حلب.",
                 "قصف الاحتلال التركي بالمدفعية بلدة عين عيسى شمال الرقة.",
                 "تعرضت مدينة تل رفعت شمالي حلب لقصف بالمسيرات التركية."):
        assert [e.inter1 for e in evs(text)] == [8], text


def test_police_dispersing_a_demonstration_is_the_intervening_force():
    es = evs("فرّقت الشرطة بالغاز المسيل للدموع تظاهرة لطلاب الجامعة أمام مبنى المحافظة في مدينة حمص.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in es] == [("Protest with intervention", 6, 1)]


def test_arrest_of_people_who_took_part_in_a_protest_is_an_arrest():
    es = evs("اعتقلت هيئة تحرير الشام ثلاثة ناشطين شاركوا في مظاهرة مناهضة لها في مدينة سرمين شرقي إدلب.")
    assert [e.sub_event_type for e in es] == ["Arrests"]


def test_release_after_a_detention_is_not_an_arrest():
    assert evs("أفرجت هيئة تحرير الشام عن ناشط إعلامي بعد اعتقال دام أسبوعين في سجونها بمدينة إدلب.") == []


def test_a_patrol_moving_in_takes_no_ground():
    assert evs("دخلت دورية للشرطة العسكرية الروسية إلى بلدة طفس غربي درعا.") == []
    es = evs("تقدمت قوات النظام باتجاه قرية الحويز في سهل الغاب، وسط اشتباكات مع الفصائل.")
    assert [e.sub_event_type for e in es] == ["Armed clash"]


def test_nationality_right_after_the_weapon_is_the_attacker():
    for text in ("قتل ثلاثة أشقاء في غارة روسية على مدينة معرة النعمان جنوبي إدلب.",
                 "أسفرت الغارات الروسية على مدينة إدلب عن مقتل 10 مدنيين."):
        assert [(e.sub_event_type, e.inter1, e.inter2) for e in evs(text)] == [("Air/drone strike", 8, 7)], text


def test_one_dead_and_a_toll_raised_in_a_later_sentence():
    assert [e.fatalities for e in evs("سقط قتيل وثلاثة جرحى في قصف لقوات النظام على مدينة أريحا جنوبي إدلب.")] == [1]
    text = ("قُتل 3 مدنيين وجُرح 7 في قصف لقوات النظام على مدينة الأتارب غربي حلب.\n"
            "وقال الدفاع المدني إن حصيلة القتلى ارتفعت إلى 5 بعد وفاة جريحين.")
    assert [e.fatalities for e in evs(text)] == [5]


def test_pluperfect_report_of_days_before_is_context():
    text = ("قُتل عنصران من الميليشيات الموالية لإيران بغارة لطائرة مسيرة قرب مدينة البوكمال، صباح اليوم الثلاثاء.\n"
            "وكان المرصد قد وثّق يوم السبت الماضي مقتل خمسة عناصر بغارات مماثلة قرب مدينة الميادين.")
    es = evs(text, "2024-05-14")
    assert [(e.location_ar, e.fatalities) for e in es] == [("البوكمال", 2)]


def test_state_media_destroying_hideouts_is_a_clash():
    es = evs("دمرت وحدات من الجيش العربي السوري أوكاراً للإرهابيين في محيط بلدة اللطامنة بريف حماة الشمالي "
             "وقضت على عدد منهم.")
    assert [(e.sub_event_type, e.inter1) for e in es] == [("Armed clash", 1)]


def test_unidentified_armed_group_is_coded_3_and_a_crowd_beating_is_no_protest():
    es = evs("اغتال مسلحون مجهولون شاباً في بلدة طفس غربي درعا.")
    assert [(e.actor1, e.inter1) for e in es] == [("Unidentified Armed Group (Syria)", 3)]
    text = "تجمهر الأهالي حول رجل في حي الميدان بمدينة حمص وأوسعوه ضرباً بالعصي بعد اتهامه بالسرقة."
    assert [e.sub_event_type for e in evs(text)] == ["Mob violence"]


def test_truce_between_two_groups_of_one_side():
    text = "أعلنت هيئة تحرير الشام والجبهة الوطنية للتحرير التوصل إلى هدنة في بلدة دارة عزة غربي حلب."
    ag = [e for e in evs(text) if e.sub_event_type == "Agreement"]
    assert [(e.actor1, e.actor2) for e in ag] == [("Hayat Tahrir al Sham", "National Front for Liberation")]
    text = "وقعت قسد ومجلس عشائر دير الزور اتفاق مصالحة في بلدة الشحيل برعاية التحالف الدولي."
    assert subs(text) == [("Agreement", "الشحيل")]


def test_a_force_and_its_own_auxiliaries_are_one_side():
    es = evs("قصف جيش الاحتلال التركي ومرتزقته بالمدفعية الثقيلة قرية مريمين بريف عفرين شمالي حلب.")
    assert [(e.inter1, e.actor2) for e in es] == [(8, "")]
    es = evs("أطلق حرس الحدود التركي النار على شبان أثناء محاولتهم عبور الحدود قرب بلدة خربة الجوز غربي إدلب، "
             "ما أدى لمقتل شاب.")
    assert [(e.sub_event_type, e.inter1) for e in es] == [("Attack", 8)]


def test_a_denial_far_from_any_event_disputes_nothing():
    text = ("قصفت قوات النظام بالمدفعية بلدة كنصفرة في جبل الزاوية جنوبي إدلب، ما أدى إلى جرح مدني.\n"
            + "وتشهد المنطقة توتراً متزايداً منذ أشهر في ظل تعثر المفاوضات السياسية وغياب أي أفق للحل. " * 8
            + "\nومن جهة أخرى، نفت وزارة الدفاع الروسية مشاركة طائراتها في أي غارات على المنطقة.")
    assert [e.disputed for e in evs(text)] == [False]


def test_a_threat_participle_makes_no_event():
    text = ("خطف مسلحون مجهولون شاباً من أمام منزله في مدينة جرمانا بريف دمشق.\n"
            "وطالب الخاطفون عائلته بفدية، مهددين بتصفيته في حال إبلاغ الشرطة.")
    assert [e.sub_event_type for e in evs(text)] == ["Abduction/forced disappearance"]


def test_what_was_exposed_to_an_attack_is_its_target():
    text = ("تعرض رتل عسكري لقوات النظام لهجوم بعبوة ناسفة قرب بلدة موحسن شرقي دير الزور، "
            "ما أدى لمقتل ثلاثة عناصر.")
    assert [(e.sub_event_type, e.inter2, e.fatalities) for e in evs(text)] == [
        ("Remote explosive/landmine/IED", 1, 3)]


def test_fighters_killed_by_named_gunmen_is_a_clash():
    es = evs("قُتل عنصران من الجيش الوطني على يد مسلحين مجهولين في مدينة عفرين شمالي حلب.")
    assert [(e.sub_event_type, e.fatalities) for e in es] == [("Armed clash", 2)]


def test_a_protests_motive_gives_it_neither_dead_nor_day():
    es = evs("تظاهر العشرات في مدينة جاسم شمالي درعا، احتجاجاً على مقتل شاب برصاص قوات النظام قبل يومين.")
    assert [(e.sub_event_type, e.fatalities, e.event_date) for e in es] == [("Peaceful protest", 0, "2024-05-12")]


def test_verbal_attacks_and_metaphors_are_not_fights():
    assert evs("شنّ رئيس الائتلاف الوطني هجوماً حاداً على الحكومة المؤقتة في مدينة اعزاز خلال مؤتمر صحفي.") == []
    assert evs("تستمر معركة الأسعار في أسواق دمشق مع انهيار قيمة الليرة السورية.") == []


def test_a_condemnation_and_a_ceasing_fight_are_not_events():
    assert evs("أدانت الخارجية الفرنسية القصف الروسي على مدينة إدلب، داعية إلى وقف فوري لإطلاق النار.") == []
    assert evs("عادت عشرات العائلات النازحة إلى قرى ريف حماة الشمالي بعد توقف المعارك.") == []


def test_a_toll_told_apart_goes_to_the_compatible_act():
    text = ("اندلعت اشتباكات بين قوات النظام وفصائل المعارضة على محور كفرنبل جنوبي إدلب.\n"
            "وفي وقت لاحق، قصفت قوات النظام بالمدفعية مدينة أريحا جنوبي إدلب.\n"
            "وأفاد الدفاع المدني بمقتل ثلاثة مدنيين وإصابة خمسة آخرين.")
    got = {e.sub_event_type: e.fatalities for e in evs(text)}
    assert got == {"Armed clash": 0, "Shelling/artillery/missile attack": 3}


def test_a_fight_with_no_sides_of_its_own_takes_the_two_groups_named():
    text = ("أعلنت هيئة تحرير الشام والجبهة الوطنية للتحرير التوصل إلى هدنة في بلدة دارة عزة غربي حلب "
            "بعد اشتباكات استمرت يومين.")
    clash = [e for e in evs(text) if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.actor2) for e in clash] == [("Hayat Tahrir al Sham", "National Front for Liberation")]


def test_a_charge_names_an_act_without_telling_it():
    text = "شنت قسد حملة مداهمات في بلدة الشحيل اعتقلت خلالها 15 شاباً بتهمة المشاركة في الاشتباكات مع قواتها."
    assert [e.sub_event_type for e in evs(text)] == ["Arrests"]


def test_a_coordinated_capture_keeps_its_subject_and_the_losers_withdrawal_is_part_of_it():
    text = ("اقتحمت قوات النظام بلدة الكرك الشرقي بعد قصف مدفعي عنيف، وسيطرت عليها بعد انسحاب "
            "المقاتلين المحليين.")
    got = {e.sub_event_type: (e.inter1, e.inter2) for e in evs(text)}
    assert got.get("Government regains territory") == (1, 2)
    assert "Non-violent transfer of territory" not in got


def test_whose_men_were_hit_is_not_who_acts():
    es = evs("فجّر انتحاري حزاماً ناسفاً في تجمع لعناصر قسد في بلدة الشدادي جنوب الحسكة، ما أدى إلى مقتل ستة منهم.")
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in es] == [
        ("Suicide bomb", "QSD: Syrian Democratic Forces", 6)]


def test_defusing_a_bomb_named_after_the_defusers_is_disrupted_weapons_use():
    es = evs("فككت فرق الهندسة التابعة للجيش الوطني عبوة ناسفة مزروعة على طريق مدينة جرابلس شرقي حلب.")
    assert [e.sub_event_type for e in es] == ["Disrupted weapons use"]


def test_repression_named_as_a_motive_is_no_intervention():
    es = evs("تظاهر العشرات في مدينة بصرى الشام تنديداً بقمع المتظاهرين في مدينة درعا.")
    assert [(e.sub_event_type, e.location_ar) for e in es] == [("Peaceful protest", "بصرى الشام")]


def test_violent_crowds_are_one_riot_by_rioters():
    es = evs("أحرق محتجون غاضبون إطارات السيارات ورشقوا مبنى البلدية بالحجارة في مدينة شهبا، احتجاجاً على "
             "تردي الأوضاع المعيشية.")
    assert [(e.sub_event_type, e.inter1) for e in es] == [("Violent demonstration", 5)]
    es = evs("هاجم مئات الأهالي مخفر الشرطة في مدينة شهبا وأحرقوه بعد وفاة موقوف داخله.")
    assert [(e.sub_event_type, e.inter1, e.fatalities) for e in es] == [("Violent demonstration", 5, 0)]
