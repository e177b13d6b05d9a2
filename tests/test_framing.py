"""Framing: terms per outlet per actor, counted per article and per event."""
from __future__ import annotations

from test_incidents_fixtures import REBELS, STATE, ev

from marsad.incidents.framing import UNKNOWN, build_framing
from marsad.models import Document


def test_terms_per_outlet_with_counts_and_loaded_marks():
    docs = {"a": Document(doc_id="a", text="x", outlet="A"), "b": Document(doc_id="b", text="x", outlet="A"),
            "c": Document(doc_id="c", text="x", outlet="C"), "u": Document(doc_id="u", text="x")}
    assad = {"actor": STATE, "term": "ميليشيات الأسد", "loaded": True}
    regime = {"actor": STATE, "term": "قوات النظام", "loaded": False}
    army = {"actor": STATE, "term": "الجيش العربي السوري", "loaded": False}
    rebels = {"actor": REBELS, "term": "الإرهابيين", "loaded": True}
    events = [
        ev("a1", "a", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2, terms=[assad, regime]),
        ev("a2", "a", "2021-07-29", "Armed clash", "saida", STATE, 1, REBELS, 2, terms=[assad]),
        ev("b1", "b", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2, terms=[assad]),
        ev("c1", "c", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2, terms=[army, rebels]),
        ev("u1", "u", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2, terms=[regime, {"actor": "", "term": "x"}]),
    ]
    f = build_framing(events, docs)
    a = f["outlets"]["A"]
    assert a["articles"] == 2 and a["events"] == 3
    rows = {r["term"]: r for r in a["actors"][STATE]}
    assert rows["ميليشيات الأسد"] == {"term": "ميليشيات الأسد", "loaded": True, "articles": 2, "events": 3}
    assert rows["قوات النظام"]["articles"] == 1 and not rows["قوات النظام"]["loaded"]
    assert a["actors"][STATE][0]["term"] == "ميليشيات الأسد"  # most used first
    assert a["loaded_share"] == round(2 / 3, 3)
    c = f["outlets"]["C"]
    assert c["actors"][REBELS][0]["loaded"] and c["loaded_share"] == 0.5
    assert f["outlets"][UNKNOWN]["actors"][STATE][0]["term"] == "قوات النظام"
    assert "" not in f["outlets"][UNKNOWN]["actors"]
    assert f["actors"][STATE] == {"A": ["ميليشيات الأسد", "قوات النظام"], "C": ["الجيش العربي السوري"], UNKNOWN: ["قوات النظام"]}


def test_no_terms_gives_empty_actor_tables():
    docs = {"a": Document(doc_id="a", text="x", outlet="A")}
    f = build_framing([ev("a1", "a", None, "Armed clash", "balad", STATE, 1)], docs)
    assert f["outlets"]["A"]["actors"] == {} and f["outlets"]["A"]["loaded_share"] is None
