"""Actor dictionary: clitics, sub-units, loaded terms, longest match, validation."""
import pytest

from marsad.events.knowledge import KnowledgeError, require
from marsad.recognise.actors import entries, find_actors
from marsad.text.normalize import match_form


def names(text):
    t = match_form(text)
    return [(t[s:e], a.name, a.inter, a.subunit, a.loaded) for s, e, a in find_actors(t)]


def test_proclitics_and_subunit():
    got = names("وللفرقة الرابعة وبالميليشيات")
    assert got[0][1:4] == ("Military Forces of Syria (2000-)", 1, "4th Division")
    assert got[1][1] == "Pro-Government Militia (Syria)"


def test_longest_form_wins_and_feminine_verb_subject():
    got = names("واستهدفت قوات النظام السوري المتواجدة في حاجز الري")
    assert [g[0] for g in got] == ["قوات النظام السوري"]


def test_loaded_terms_are_flagged():
    got = names("قصفت قوات الأسد مواقع الإرهابيين بدعم من المحتل الروسي")
    assert [(g[1], g[4]) for g in got] == [
        ("Military Forces of Syria (2000-)", True),
        ("Opposition Rebels (Syria)", True),
        ("Military Forces of Russia (2000-)", True),
    ]


def test_word_boundaries():
    # "نصرة لدرعا" (in support of Daraa) is not the Nusra Front; "يقصف" holds no actor
    assert names("قطع محتجون الطريق نصرة لدرعا")[-1][1] == "Protesters (Syria)"
    assert names("نظاميون") == []


def test_attached_pronoun_stem():
    assert names("قوات النظام وميليشياته الشيعية")[1][1:] == ("Pro-Government Militia (Syria)", 3, None, True)


def test_every_entry_has_valid_inter():
    ents = entries()
    assert len(ents) > 30
    assert all(1 <= e.inter <= 8 for e in ents.values() if e.group != "block")


def test_a_blocked_phrase_shadows_the_actor_word_inside_it():
    from marsad.recognise.actors import find_actors
    from marsad.text.normalize import match_form
    assert find_actors(match_form("طالبوا بفدية قدرها 40 ألف دولار أمريكي")) == []
    assert [e.actor_id for _, _, e in find_actors(match_form("قصفت القوات الأمريكية الموقع"))] != []


def test_bad_entry_is_named():
    with pytest.raises(KnowledgeError, match="actors.yaml: entry 3 .*lacks 'inter'"):
        require({"id": "x", "name": "X", "forms": []}, ("id", "name", "inter"), "actors.yaml", 3)


def test_turkish_backed_factions_are_the_national_army():
    from marsad.recognise.actors import find_actors
    from marsad.text.normalize import match_form
    got = [e.name for _, _, e in find_actors(match_form("اختطفت دورية تابعة لفصيل السلطان مراد مواطناً"))]
    assert "Syrian National Army" in got
    got = [e.name for _, _, e in find_actors(match_form("أطلق حرس الحدود التركي النار"))]
    assert got == ["Military Forces of Turkey (2016-)"]


def test_a_head_noun_before_its_owner_is_the_owners():
    """"جنود الاحتلال الإسرائيلي": the soldiers are Israel's, not the generic Syrian "جنود"."""
    from marsad.recognise.actors import find_actors
    from marsad.text.normalize import match_form

    def names(text):
        return [(e.name, e.inter) for _, _, e in find_actors(match_form(text))]

    assert names("أطلق جنود الاحتلال الإسرائيلي النار على راعٍ قرب بلدة حضر")[0] == ("Military Forces of Israel", 8)
    assert names("هاجم عناصر قسد حاجزاً لقوات النظام")[0][1] == 2
    assert names("انتشر جنود في محيط البلدة") == [("Military Forces of Syria (2000-)", 1)]  # alone: the usual side
