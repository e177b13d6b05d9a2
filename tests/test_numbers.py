"""Counts: digits, number words, duals, named dead, at least, ranges, vague, subsets."""
from marsad.recognise.numbers import scan_numbers
from marsad.text.normalize import match_form


def nums(text):
    t = match_form(text)
    return [(f["value"], f["vague"], f["role"], f["at_least"], f["name"]) for _, _, f in scan_numbers(t)]


def test_digits_and_noun_role():
    assert nums("ارتفعت الخسائر إلى 12 قتيلاً")[0][:3] == (12, None, "killed")


def test_number_words():
    assert nums("قتل اثنا عشر مدنياً")[0][:3] == (12, None, "killed")
    assert nums("مقتل خمسة وعشرين شخصاً")[0][0] == 25
    assert nums("أصيب ثلاثة أشخاص")[0][:3] == (3, None, "wounded")


def test_duals():
    assert nums("بمقتل عنصرين من قوات النظام")[0][:3] == (2, None, "killed")
    assert nums("استشهد مدنيان")[0][:3] == (2, None, "killed")


def test_at_least_keeps_the_number():
    assert nums("ما أدى لمقتل شخصين على الأقل")[0][:4] == (2, None, "killed", True)


def test_named_dead():
    got = nums("أسفر عن مقتل أحد المدنيين، المدعو أحمد فرحان")
    assert got[0][0] == 1 and got[0][2] == "killed" and got[0][4].startswith("احمد")


def test_vague_and_subset():
    assert nums("وقتلها العشرات من قوات الأسد")[0][:3] == (None, "عشرات", "killed")
    roles = [n[2] for n in nums("قتل 20 شخصاً بينهم 5 أطفال")]
    assert roles == ["killed", "subset"]


def test_range_takes_the_lowest():
    assert nums("مقتل 5 إلى 7 أشخاص")[0][0] == 5


def test_coordinated_count_shares_the_verb():
    got = nums("قُتل خلالها ستة عناصر من قوات النظام واثنان من مقاتلي الهيئة")
    assert [(g[0], g[2]) for g in got] == [(6, "killed"), (2, "killed")]


def test_dual_pronoun_and_more_person_nouns():
    assert nums("ما أدى إلى مقتلهما")[0][:3] == (2, None, "killed")
    assert nums("مقتل ممرضة وإصابة ستة أشخاص")[:2] == [(1, None, "killed", False, None), (6, None, "wounded", False, None)]


def test_dual_pronoun_after_a_count_is_not_counted_again():
    from marsad.recognise.numbers import scan_numbers
    from marsad.text.normalize import match_form
    got = [(f["value"], f["role"]) for _, _, f in scan_numbers(match_form("لقي ثلاثة من المهربين حتفهم واثنان من الحراس حتفهما"))]
    assert got.count((2, "killed")) == 1


def test_coordinated_singular_person_is_one_more_dead():
    from marsad.recognise.numbers import scan_numbers
    from marsad.text.normalize import match_form
    got = [(f["value"], f["role"]) for _, _, f in scan_numbers(match_form("قُتل جندي من قوات النظام وطفل بقصف"))]
    assert got == [(1, "killed"), (1, "killed")]


def test_one_person_killed_after_the_killers():
    from marsad.recognise.numbers import scan_numbers
    from marsad.text.normalize import match_form
    got = [(f["value"], f["role"]) for _, _, f in scan_numbers(match_form("قتل مسلحون مجهولون شاباً في البلدة"))]
    assert got == [(1, "killed")]


def test_singular_pronoun_on_a_death_word_counts_one_unless_counted():
    from marsad.recognise.numbers import scan_numbers
    from marsad.text.normalize import match_form
    got = [(f["value"], f["role"]) for _, _, f in scan_numbers(match_form("أطلقوا النار عليه ما أدى لمقتله"))]
    assert got == [(1, "killed")]
    got = [(f["value"], f["role"]) for _, _, f in scan_numbers(match_form("قُتل شاب بعد خطفه، وعُثر عليه بعد مقتله"))]
    assert got == [(1, "killed")]


def test_unit_numbers_and_lam_words_are_not_tolls():
    from marsad.recognise.numbers import scan_numbers
    from marsad.text.normalize import match_form
    t = match_form("استهدفت الفصائل مواقع لقوات النظام في الفوج 46 وأعلنت مقتل عنصرين")
    assert [(f["value"], f["role"]) for _, _, f in scan_numbers(t)] == [(2, "killed")]


def test_dual_martyrs_and_dead_nouns():
    from marsad.recognise.numbers import scan_numbers
    from marsad.text.normalize import match_form
    for text in ("ما أدى إلى ارتقاء شهيدين من العسكريين", "أسفر القصف عن سقوط قتيلين"):
        got = [(f["value"], f["role"]) for _, _, f in scan_numbers(match_form(text))]
        assert got == [(2, "killed")], text
