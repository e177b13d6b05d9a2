"""Event rules read from context: warning shots, ceasefires, accidents, running totals, ranges,
quoted names, fronted places, antecedent acts, tolls of things. Sentences are composed for the
tests (none comes from a reference set)."""
from __future__ import annotations

from marsad.models import Document
from marsad.pipeline import analyze

PUB = "2023-05-10"  # a Wednesday


def events(text: str, pub: str | None = PUB):
    return analyze(Document(doc_id="t", text=text, published=pub)).events


def test_warning_shots_to_disperse_a_protest_are_an_intervention_not_a_clash():
    evs = events("أطلق عناصر الشرطة النار في الهواء لتفريق العشرات من أهالي بلدة جاسم الذين تجمعوا "
                 "احتجاجاً على الاعتقالات، اليوم الأربعاء.")
    assert [(e.event_type, e.sub_event_type, e.location_ar) for e in evs] == [
        ("Protests", "Protest with intervention", "جاسم")]


def test_a_ceasefire_with_an_adjective_is_an_agreement_not_firing():
    evs = events("أعلنت وزارة الدفاع وقفاً شاملاً لإطلاق النار في مدينة السويداء اليوم الأربعاء.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Strategic developments", "Agreement")]


def test_a_crash_by_technical_fault_is_no_event():
    assert events("سقطت طائرة مروحية تابعة لقوات النظام قرب مدينة حماة بسبب عطل فني، ما أدى إلى مقتل "
                  "طاقمها، اليوم الأربعاء.") == []
    # without a stated accident the crash is still recorded
    assert events("سقطت طائرة مروحية تابعة لقوات النظام قرب مدينة حماة، اليوم الأربعاء.") != []


def test_a_running_total_since_the_fighting_began_is_no_event():
    assert events("ارتفعت حصيلة الاشتباكات بين قوات النظام وفصائل المعارضة في ريف إدلب الجنوبي إلى 60 "
                  "قتيلاً منذ اندلاعها قبل أسبوع.") == []


def test_a_range_glued_to_its_conjunction_counts_the_lowest():
    evs = events("وقالت مصادر محلية إن ما بين 4 و6 عناصر من قوات النظام قُتلوا في الاشتباكات مع فصائل "
                 "المعارضة في بلدة كفرنبل اليوم الأربعاء.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 4)]


def test_the_verb_after_a_parenthetical_subset_makes_the_count_a_toll():
    evs = events("وأفاد المرصد بأن سبعة أشخاص، بينهم طفلان، قُتلوا في قصف مدفعي لقوات النظام على بلدة "
                 "كفرنبل اليوم الأربعاء.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Shelling/artillery/missile attack", 7)]


def test_a_claimed_tally_in_whole_countries_is_no_event_and_targets_are_not_dead():
    assert events("زعمت وزارة الدفاع التركية أنها حيّدت 40 إرهابياً ودمرت 30 هدفاً في سوريا والعراق.") == []
    nums = analyze(Document(doc_id="t", text="ودمرت الطائرات 30 هدفاً للتنظيم.")).numbers
    assert [n.role for n in nums] == ["count"]


def test_an_earlier_dated_act_named_as_antecedent_is_not_news():
    assert events("وجاء الهجوم عقب تفجير سيارة مفخخة في مدينة اعزاز في 2 أيار الجاري.") == []
    # the same act told as news of the day is recorded
    assert events("انفجرت سيارة مفخخة في مدينة اعزاز اليوم الأربعاء.") != []


def test_a_longer_actor_inside_a_quantified_hit_is_the_actor():
    evs = events("واندلعت اشتباكات بين عناصر من الجيش السوري الحر وقوات النظام في محيط مدينة الرستن "
                 "اليوم الأربعاء.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Opposition Rebels (Syria)", "Military Forces of Syria (2000-)")]


def test_a_place_word_opening_a_quoted_name_is_no_place():
    evs = events("وتوصل وجهاء مدينة داريا إلى اتفاق مع النظام، بحسب ما أكده عضو في المجلس المحلي "
                 "لـ«الغوطة الآن» اليوم الأربعاء.")
    assert [e.location_ar for e in evs] == ["داريّا"]


def test_a_fronted_town_beats_the_ends_of_a_road_after_the_act():
    evs = events("وفي مدينة تلبيسة، شنت قوات الأمن حملة مداهمات واعتقالات طالت 20 شاباً، وسط انتشار "
                 "للحواجز على الطريق الدولي حمص - حماة، اليوم الأربعاء.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Arrests", "تلبيسة")]


def test_a_running_total_since_a_weekday_is_no_toll_and_weekdays_are_no_counts():
    evs = events("وكان مسلحون مجهولون قد اختطفوا أمس الثلاثاء أربعة مدنيين قرب بلدة الصورة الصغيرة.\n"
                 "وارتفعت حصيلة القتلى منذ الأحد إلى 89 شخصاً على الأقل.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Abduction/forced disappearance", 0)]
    nums = analyze(Document(doc_id="t", text="وقعت الاشتباكات منذ الأحد ويوم الاثنين.")).numbers
    assert nums == []


def test_fighting_going_on_since_a_past_day_is_dated_the_day_of_writing():
    evs = events("وتتواصل منذ فجر الأحد الاشتباكات بين قوات النظام وفصائل المعارضة في محيط بلدة كفرنبل.")
    assert [(e.sub_event_type, e.event_date) for e in evs] == [("Armed clash", PUB)]


def test_who_fired_in_a_relative_clause_is_the_act_told_not_another():
    evs = events("وقُتل طبيب برصاص قناص في مدينة درعا صباح اليوم، ولم تُعرف الجهة التي أطلقت النار.")
    assert [e.event_type for e in evs] == ["Violence against civilians"]


def test_arson_in_a_riot_is_the_riot_and_backers_join_the_side_they_support():
    evs = events("تجمع العشرات من الأهالي الغاضبين أمام مقر المجلس المحلي في مدينة الباب اليوم، ورشقوه "
                 "بالحجارة وأضرموا النار في مدخله.")
    assert [e.event_type for e in evs] == ["Riots"]
    evs = events("تمكنت قوات النظام، بدعم جوي روسي كثيف، من السيطرة على بلدة كفرنبل اليوم الأربعاء، بعد "
                 "معارك مع فصائل المعارضة.")
    assert [(e.sub_event_type, e.actor1, e.assoc_actor_1) for e in evs] == [
        ("Government regains territory", "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)")]


def test_a_protest_is_not_dropped_for_a_clash_the_sentence_says_did_not_happen():
    evs = events("نظّم العشرات من أهالي بلدة جاسم وقفة احتجاجية أمام مبنى البلدية اليوم الأربعاء، ولم تُسجّل "
                 "أي مواجهات مع عناصر الأمن.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Peaceful protest", "جاسم")]


def test_a_crash_blamed_on_a_fault_later_in_its_sentence_is_no_event():
    assert events("سقطت مروحية عسكرية قرب بلدة السعن اليوم الأربعاء، ما أدى لمقتل طاقمها، ووفقاً لمصادر "
                  "محلية فإن سبب السقوط عطل فني.") == []


def test_moving_the_wounded_tells_no_new_act():
    evs = events("أصيب ثلاثة محتجين بجروح جراء إطلاق عناصر الحراسة النار على المتظاهرين في مدينة السويداء "
                 "اليوم الأربعاء. ونُقل الجرحى إلى المشفى الوطني في المدينة.")
    assert [e.event_type for e in evs] == ["Protests"]


def test_fighters_taken_in_a_fight_and_what_set_it_off_are_no_events_of_their_own():
    evs = events("سيطر مقاتلون من أبناء العشائر على بلدة ذيبان اليوم الأربعاء، بعد اشتباكات مع قسد اندلعت "
                 "عقب اعتقال قائد المجلس العسكري.\nوقال مصدر إن المقاتلين أسروا عدداً من عناصر قسد في البلدة.")
    assert {e.event_type for e in evs} == {"Battles"}


def test_a_crowd_storming_an_office_turns_the_demonstration_into_one_riot():
    evs = events("خرج مئات الشبان في مظاهرة غاضبة في مدينة هجين اليوم الأربعاء، قبل أن يقتحم عدد منهم مقراً "
                 "لـ«قسد» في المدينة ويضرموا النار فيه بعد نهب محتوياته.")
    assert [(e.event_type, e.actor1) for e in evs] == [("Riots", "Rioters (Syria)")]


def test_a_body_owned_by_a_non_state_group_is_that_group():
    evs = events("اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ثلاثة ناشطين في مدينة إدلب اليوم الأربعاء.")
    assert [(e.actor1, e.assoc_actor_1, e.actor2) for e in evs] == [
        ("Hayat Tahrir al Sham", "", "Civilians (Syria)")]


def test_a_bomb_planted_by_someone_on_a_patrol_hits_the_patrols_owner():
    evs = events("انفجرت عبوة ناسفة زرعها مجهولون على جانب الطريق بدورية لقوات النظام قرب بلدة داعل اليوم الأربعاء.")
    assert [(e.actor1, e.inter1, e.actor2, e.inter2) for e in evs] == [
        ("Unidentified Armed Group (Syria)", 3, "Military Forces of Syria (2000-)", 1)]


def test_state_media_restoring_security_is_a_recapture_but_an_aim_to_restore_is_not():
    evs = events("أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى بلدة كنسبا في ريف اللاذقية اليوم الأربعاء.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Government regains territory", "Military Forces of Syria (2000-)")]
    assert events("وقال المحافظ إن الدولة ماضية في إعادة الأمن والاستقرار إلى بلدة كنسبا.") == []


def test_a_prison_mutiny_is_one_riot_and_warning_shots_on_protesters_are_no_lethal_force():
    evs = events("يواصل مئات المعتقلين في سجن حماة المركزي استعصاءهم لليوم الرابع، بعد أن سيطروا على أجنحة من المبنى.")
    assert [e.event_type for e in evs] == ["Riots"]
    evs = events("أطلق جنود إسرائيليون الرصاص في الهواء لتفريق محتجين تجمعوا في قرية الحميدية اليوم الأربعاء، ما أدى "
                 "إلى إصابة شاب بجروح طفيفة.")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Protest with intervention")]


def test_a_committee_named_for_talks_does_not_suppress_the_act():
    evs = events("اغتال مسلحون مجهولون مساء اليوم الأربعاء قيادياً سابقاً، وهو عضو في لجنة التفاوض المركزية، بعد "
                 "استهدافه بعدة طلقات نارية في مدينة طفس.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Attack", "طفس")]


def test_a_place_inside_a_quoted_outlet_name_is_no_place():
    evs = events("اختطف مسلحون مجهولون شاباً من بلدة إنخل اليوم الأربعاء، وقال أحد أقاربه لـ«سهل حوران» إن "
                 "الخاطفين طالبوا بفدية قدرها 40 ألف دولار أمريكي.")
    assert [(e.location_ar.replace("إ", "ا"), e.actor1) for e in evs] == [("انخل", "Unidentified Armed Group (Syria)")]


def test_a_weapon_named_with_state_media_targets_decides_the_type_and_bani_opens_a_name():
    evs = events("وحدات من الجيش العربي السوري استهدفت بالمدفعية والصواريخ تجمعات وأوكاراً للإرهابيين في حي بني "
                 "زيد بمدينة حلب اليوم الأربعاء.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Shelling/artillery/missile attack", "بني زيد")]


def test_weapons_seized_in_an_arrest_raid_are_the_raid():
    evs = events("اعتقلت دوريات الأمن العام أربعة مطلوبين خلال مداهمة في بلدة القرداحة اليوم الأربعاء، وضبطت "
                 "بحوزتهم أسلحة خفيفة وقنابل يدوية.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_blasts_told_with_strikes_and_an_attack_named_again_at_country_level_add_nothing():
    evs = events("هزت انفجارات ضخمة فجر اليوم الأربعاء محيط بلدة قدسيا، إثر غارات نفذتها طائرات حربية إسرائيلية.\n"
                 "وقال نائب وزير الخارجية إن الهجوم «إعلان حرب» على سوريا.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Air/drone strike", "Military Forces of Israel")]


def test_freeing_a_kidnapped_person_takes_no_territory():
    evs = events("أعلنت قيادة الأمن الداخلي تحرير الشاب علي يوسف في بلدة الشيخ بدر اليوم الأربعاء، بعد ثلاثة أيام "
                 "من اختطافه على يد عصابة.")
    assert all(e.event_type != "Battles" for e in evs)


def test_a_party_saying_it_has_no_information_of_the_dead_disputes_the_strike():
    evs = events("قُتل 8 مدنيين بغارات لطائرات التحالف الدولي على بلدة الشعفة اليوم الأربعاء.\n"
                 "في المقابل، قال متحدث باسم التحالف إنه «لا يملك معلومات» تؤكد سقوط ضحايا مدنيين في الغارات.")
    assert [(e.sub_event_type, e.disputed) for e in evs] == [("Air/drone strike", True)]


def test_a_sources_body_speaks_and_the_act_has_its_own_agent():
    # "مصدر في قيادة الشرطة": the police speak; the shells were fired by the gunmen named after them
    evs = events("وأفاد مصدر في قيادة الشرطة بأن قذيفتي هاون أطلقهما مسلحون سقطتا في حي الميدان بدمشق، "
                 "ما تسبب بإصابة ثلاثة مدنيين، اليوم الأربعاء.")
    assert [(e.sub_event_type, e.inter1) for e in evs] == [("Shelling/artillery/missile attack", 2)]
    assert "Police" not in evs[0].actor1
    # with a pronoun after the complementizer the speaker's body did the act itself
    evs = events("وقال مسؤول في قوات سوريا الديمقراطية إنهم اعتقلوا خمسة من عناصر تنظيم داعش في بلدة "
                 "الشحيل اليوم الأربعاء.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Arrests", "QSD: Syrian Democratic Forces")]


def test_a_car_bomb_driven_by_a_suicide_bomber_is_a_suicide_bomb():
    evs = events("شن مسلحون هجوماً على حاجز لقوات النظام في مدينة الميادين بدأ بتفجير سيارة مفخخة يقودها "
                 "انتحاري، اليوم الأربعاء.")
    assert "Suicide bomb" in [e.sub_event_type for e in evs]
    assert "Remote explosive/landmine/IED" not in [e.sub_event_type for e in evs]


def test_a_bracketed_name_says_which_body_acts():
    evs = events("اندلعت اشتباكات عنيفة بين خلايا تنظيم داعش وقوات الأمن الداخلي (الأسايش) في مدينة الحسكة، "
                 "اليوم الأربعاء.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in evs] == [("Armed clash", 2, 2)]
    assert "QSD: Syrian Democratic Forces" in (evs[0].actor1, evs[0].actor2)
    # the same actor glossed with its unit keeps the unit
    evs = events("قصفت قوات النظام (الفرقة الرابعة) بلدة طفس بقذائف المدفعية اليوم الأربعاء.")
    assert [(e.actor1, "(4th Division)" in e.notes) for e in evs] == [("Military Forces of Syria (2000-)", True)]


def test_backers_glued_to_their_preposition_join_the_side_they_back():
    evs = events("سيطرت الفصائل المدعومة بالقوات التركية على مدينة سراقب بعد معارك مع قوات النظام، اليوم الأربعاء.")
    assert [(e.sub_event_type, e.inter1, e.inter2) for e in evs] == [("Non-state actor overtakes territory", 2, 1)]
    assert "Turkey" in evs[0].assoc_actor_1


def test_the_map_of_control_is_no_capture():
    evs = events("تواصلت الاشتباكات بين قوات النظام وفصائل المعارضة على محور النيرب شرقي إدلب من دون أي تغيير "
                 "في خريطة السيطرة، اليوم الأربعاء.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_joint_patrol_of_two_forces_is_one_actor_and_its_arrests_take_civilians():
    evs = events("داهمت دورية مشتركة من «قوات سوريا الديمقراطية» (قسد) والتحالف الدولي منازل في بلدة الشحيل، "
                 "واعتقلت خمسة شبان، اليوم الأربعاء.")
    assert [(e.sub_event_type, e.actor1, e.inter2) for e in evs] == [
        ("Arrests", "QSD: Syrian Democratic Forces", 7)]
    assert "Coalition" in evs[0].assoc_actor_1


def test_rioters_are_always_the_first_actor_of_a_riot():
    evs = events("تجمع العشرات من أهالي بلدة الشحيل وقطعوا الطريق العام بالإطارات المشتعلة ورشقوا عربات «قسد» "
                 "بالحجارة، اليوم الأربعاء.")
    riots = [e for e in evs if e.event_type == "Riots"]
    assert [(e.inter1, e.inter2) for e in riots] == [(5, 2)]


def test_fire_opened_on_a_demonstration_is_force_against_the_protest():
    evs = events("وفي مدينة تلبيسة، فتح عناصر الأمن نيرانهم على مظاهرة خرجت عقب صلاة الجمعة، ما أدى إلى مقتل "
                 "شابين، اليوم الأربعاء.")
    assert [(e.event_type, e.sub_event_type, e.inter1, e.inter2, e.fatalities) for e in evs] == [
        ("Protests", "Excessive force against protesters", 6, 1, 2)]


def test_the_fight_told_before_takes_the_toll_it_resulted_in():
    evs = events("اندلعت اشتباكات عنيفة بين عناصر داعش وقوات سوريا الديمقراطية في مدينة الحسكة مساء أمس الثلاثاء.\n"
                 "وأسفرت الاشتباكات حتى ظهر اليوم عن سقوط ما بين 12 و15 قتيلاً من الطرفين.")
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in evs] == [("Armed clash", "2023-05-09", 12)]


def test_a_claim_about_the_attack_just_told_is_no_second_event():
    evs = events("فجّر انتحاري سيارة مفخخة عند حاجز لقوات سوريا الديمقراطية في بلدة الكرامة اليوم الأربعاء، ما أدى "
                 "إلى مقتل ثلاثة عناصر، فيما زعم تنظيم داعش أن الهجوم أوقع أكثر من 15 قتيلاً.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 3)]


def test_a_detention_before_a_killing_and_detentions_named_in_a_demand_are_no_arrests():
    evs = events("وتداولت صفحات محلية أنباء عن مقتل شابين برصاص عناصر الأمن بعد توقيفهما عند حاجز في بلدة "
                 "القطيلبية اليوم الأربعاء.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 2)]
    evs = events("نظم العشرات وقفة احتجاجية في مدينة القرداحة اليوم الأربعاء، طالبوا فيها بالإفراج عن أبنائهم "
                 "الذين اعتقلوا خلال الحملات الأمنية الأخيرة.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]


def test_a_report_called_devoid_of_truth_is_disputed():
    evs = events("وتداولت صفحات محلية أنباء عن مقتل شابين برصاص عناصر الأمن في بلدة القطيلبية اليوم الأربعاء. "
                 "غير أن مصدراً في مديرية أمن اللاذقية قال إن «ما يُتداول عارٍ تماماً عن الصحة»، موضحاً أن "
                 "الشابين «قُتلا خلال تبادل لإطلاق النار مع دورية».")
    attacks = [e for e in evs if e.sub_event_type == "Attack"]
    assert [(e.location_ar, e.disputed) for e in attacks] == [("القطيلبية", True)]
    assert attacks[0].disputed_by == ["عارٍ تماماً عن الصحة"]


def test_peacekeepers_taken_by_gunmen_are_abducted_and_their_force_name_is_no_fight():
    evs = events("احتجز مسلحون اليوم الأربعاء 43 عنصراً من قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف) في محيط "
                 "مدينة القنيطرة.")
    assert [(e.sub_event_type, e.inter2) for e in evs] == [("Abduction/forced disappearance", 8)]
    assert "UN peacekeepers" in evs[0].notes


def test_a_persons_home_town_in_apposition_and_a_building_name_are_not_the_place():
    evs = events("أقدم مسلحون مجهولون على خطف الشاب عمر الزعبي، وهو من أبناء بلدة المسيفرة في ريف درعا الشرقي، "
                 "مساء الثلاثاء، أثناء مروره بسيارته قرب مدينة شهبا.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Abduction/forced disappearance", "شهبا")]
    evs = events("وفي مدينة السويداء، نظم العشرات وقفة احتجاجية أمام مبنى المحافظة، اليوم الأربعاء.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Peaceful protest", "السويداء")]


def test_a_massacre_by_aircraft_is_an_air_strike_with_its_toll():
    evs = events("ارتكبت طائرات الاحتلال الروسي مجزرة جديدة في مدينة معرة النعمان صباح اليوم الأربعاء، راح ضحيتها "
                 "ستة مدنيين.\nوأفاد ناشطون بأن المقاتلات الروسية استهدفت بأربع غارات متتالية سوق الهال وسط المدينة.")
    assert [(e.sub_event_type, e.inter1, e.inter2, e.fatalities) for e in evs] == [("Air/drone strike", 8, 7, 6)]


def test_the_device_told_before_and_the_named_among_the_dead_make_no_new_event():
    evs = events("قتل ثلاثة عناصر من قوات النظام مساء أمس الثلاثاء إثر انفجار عبوة ناسفة استهدفت سيارة عسكرية قرب "
                 "بلدة المزيريب.\nوقال مراسل محلي إن العبوة كانت مزروعة على جانب الطريق، وانفجرت لحظة مرور السيارة، "
                 "مضيفاً أن سيارات الإسعاف نقلت القتلى إلى المشفى الوطني في مدينة درعا.")
    assert [(e.sub_event_type, e.location_ar, e.fatalities) for e in evs] == [
        ("Remote explosive/landmine/IED", "المزيريب", 3)]
    evs = events("قُتل ثلاثة مدنيين بقصف مدفعي على مدينة معرة النعمان اليوم الأربعاء.\nوأوضح الدفاع المدني أن من بين "
                 "القتلى الشاب محمد الحسين، الذي كان يعمل في فرن المدينة.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Shelling/artillery/missile attack", 3)]


def test_an_arrest_attempted_is_no_arrest():
    evs = events("قُتل عنصران من الأمن العسكري مساء أمس الثلاثاء خلال اشتباك مع مسلحين محليين في مدينة نوى، إثر "
                 "محاولة دورية أمنية اعتقال أحد المطلوبين.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 2)]


def test_a_bomber_of_a_group_makes_the_group_the_attacker():
    evs = events("فجّر انتحاري من مرتزقة داعش سيارة مفخخة عند حاجز لقواتنا في بلدة الكرامة اليوم الأربعاء، ما أدى إلى "
                 "مقتل ثلاثة أشخاص.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Suicide bomb", "Islamic State (Syria)")]


def test_an_area_named_by_its_towns_is_one_more_place_of_the_list():
    evs = events("خرجت مظاهرات حاشدة في مدينة الرستن وبلدات الحولة اليوم الأربعاء، رفع المشاركون فيها لافتات تندد "
                 "بالقصف.")
    assert [(e.sub_event_type, e.location_ar) for e in evs] == [("Peaceful protest", "الرستن"),
                                                                ("Peaceful protest", "الحولة")]


def test_a_crash_told_as_an_accident_in_the_body_is_none_in_the_title_either():
    evs = events("كمين لخلايا داعش يقتل ثمانية عناصر في بادية السخنة.. وسقوط مروحية قرب التيفور\n\n"
                 "قُتل ثمانية عناصر من قوات النظام بكمين نصبته خلايا تنظيم داعش في بادية السخنة اليوم الأربعاء.\n"
                 "وفي سياق آخر، سقطت مروحية تابعة لقوات النظام قرب مطار التيفور بسبب عطل فني.")
    assert [e.event_type for e in evs] == ["Battles"]


def test_the_deniers_own_version_disputes_the_report_not_another_fight():
    evs = events("قُتل عنصران من الأمن العام بهجوم على حاجز عند مدخل بلدة عين الشرقية، فيما قُتل أحد المهاجمين خلال "
                 "الاشتباك، اليوم الأربعاء.\nوألقت الدوريات القبض على 11 مطلوباً في ريف جبلة.\n"
                 "وتداولت صفحات محلية أنباء عن مقتل شابين برصاص عناصر الأمن في بلدة القطيلبية. غير أن مصدراً أمنياً "
                 "قال إن «ما يُتداول عارٍ تماماً عن الصحة»، موضحاً أن الشابين «قُتلا خلال تبادل لإطلاق النار مع دورية».")
    got = {(e.sub_event_type, e.location_ar): (e.disputed, e.fatalities) for e in evs}
    assert got[("Attack", "القطيلبية")] == (True, 2)
    assert not any(d for (sub, _), (d, _) in got.items() if sub != "Attack")
    assert got[("Arrests", "جبلة")][1] == 0
