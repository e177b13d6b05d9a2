"""Trigger lexicon: classes, stems, proclitics, blocking expressions, taxonomy consistency."""
from marsad.events.knowledge import plover, sub_to_type, taxonomy
from marsad.recognise.triggers import entries, find_triggers
from marsad.text.normalize import match_form


def trig(text):
    t = match_form(text)
    return [(t[s:e], pre, e_.cls) for s, e, pre, form, e_ in find_triggers(t)]


def test_stem_covers_whole_word():
    assert trig("اشتباكات عنيفة") == [("اشتباكات", "", "clash")]


def test_instrument_proclitic_is_kept():
    got = trig("استهدفت بقذائف الهاون")
    assert got[0][2] == "attack"
    assert got[1] == ("بقذائف", "ب", "shelling")


def test_blocking_expressions_shadow_triggers():
    # "فجر اليوم" is dawn, not "detonated"; air defence is not an air strike
    classes = [c[2] for c in trig("فجر اليوم")]
    assert classes == ["block"]
    assert "air" not in [c[2] for c in trig("وسائط الدفاع الجوي")]


def test_specific_forms():
    assert trig("بتفجير انتحاري")[-1][2] == "suicide"
    assert trig("غارات الطيران الحربي الروسي")[0][2] == "air"
    assert trig("اعتقال ناشطين")[0][2] == "arrest"
    assert trig("وقفة احتجاجية")[0][2] == "protest"


def test_taxonomy_has_25_subtypes_and_plover():
    assert len(taxonomy()) == 6
    assert len(sub_to_type()) == 25
    assert plover("Air/drone strike") == ("ASSAULT", "heavy-weapons")
    assert plover("Arrests") == ("COERCE", "arrest")
    assert plover("Peaceful protest")[0] == "PROTEST"


def test_trigger_types_exist_in_taxonomy():
    subs = sub_to_type()
    for e in entries().values():
        assert subs[e.sub_event_type] == e.event_type
