"""Integrity of the evaluation set in tests/eval (the references the event extractor is tuned against).

The committed corpus and gold files must be exactly what tests/eval/build_eval.py writes, both modes
must hold the same documents, every reference must rest on words of its report, and the date
knowability claimed per document (in the text / metadata only / nowhere) must hold.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from marsad import evaluate

EVAL = Path(__file__).resolve().parent / "eval"
GAZETTEER = EVAL.parents[1].parent / "shared" / "data" / "gazetteer"

DOCS = evaluate.load_jsonl(EVAL / "gold" / "eval.docs.jsonl")
EVENTS = evaluate.load_jsonl(EVAL / "gold" / "eval.events.jsonl")
JSONL = {o["id"]: o for o in evaluate.load_jsonl(EVAL / "corpus.jsonl")}
TXT = {p.stem: p.read_text(encoding="utf-8") for p in (EVAL / "corpus").glob("*.txt")}


def test_committed_files_are_what_the_builder_writes(tmp_path):
    if not GAZETTEER.is_dir():
        pytest.skip(f"shared gazetteer not present at {GAZETTEER}")
    spec = importlib.util.spec_from_file_location("build_eval", EVAL / "build_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.write(tmp_path)
    rel = ["corpus.jsonl", "gold/eval.docs.jsonl", "gold/eval.events.jsonl",
           *(f"corpus/{n}.txt" for n in sorted(TXT))]
    assert sorted(p.name for p in (tmp_path / "corpus").glob("*.txt")) == sorted(f"{n}.txt" for n in TXT)
    for r in rel:
        assert (tmp_path / r).read_bytes() == (EVAL / r).read_bytes(), f"{r} differs: rerun tests/eval/build_eval.py"


def test_both_modes_hold_the_reference_documents():
    ids = [d["doc"] for d in DOCS]
    assert len(ids) >= 18 and len(set(ids)) == len(ids)
    assert set(ids) == set(TXT) == set(JSONL)
    for d in DOCS:
        assert JSONL[d["doc"]]["published"] == d["published"]
        assert JSONL[d["doc"]]["text"] in TXT[d["doc"]]


def test_references_rest_on_their_report():
    docs = {d["doc"] for d in DOCS}
    for e in EVENTS:
        assert e["doc"] in docs, e["id"]
        text = TXT[e["doc"]]
        for fragment in e["evidence"].split(" ... "):
            assert fragment in text, (e["id"], fragment)
        assert any(evaluate.norm_place(n) in evaluate.norm_place(text) for n in e["location_ar"]), e["id"]
        assert e["event_type"] in {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                   "Protests", "Riots", "Strategic developments"}, e["id"]
        for lat, lon in e["coords"]:
            assert 32.3 < lat < 37.4 and 35.6 < lon < 42.4, e["id"]  # inside Syria's bounding box


def test_date_knowability_matches_the_files():
    events_by_doc = {}
    for e in EVENTS:
        events_by_doc.setdefault(e["doc"], []).append(e)
    for d in DOCS:
        text = TXT[d["doc"]]
        if d["published"] is None:
            # nothing dates these (years in them are background): their references must be undated
            assert not d["dated_in_text"] and JSONL[d["doc"]]["published"] is None, d["doc"]
            assert all(e["event_date"] is None for e in events_by_doc.get(d["doc"], [])), d["doc"]
        elif d["dated_in_text"]:
            assert d["published"][:4] in text, d["doc"]
        else:  # metadata only: the text-only mode cannot know the year
            assert d["published"][:4] not in text, d["doc"]


def test_the_set_covers_what_it_claims():
    subs = {e["sub_event_type"] for e in EVENTS}
    for wanted in ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                   "Suicide bomb", "Abduction/forced disappearance", "Arrests", "Peaceful protest",
                   "Protest with intervention", "Attack", "Looting/property destruction", "Agreement",
                   "Armed clash", "Other"):
        assert wanted in subs, wanted
    incidents = {}
    for e in EVENTS:
        if e["incident"]:
            incidents.setdefault(e["incident"], []).append(e)
    tolls = sorted(e["fatalities"] for e in incidents["INC-AZAZ-CARBOMB"])
    assert tolls == [12, 20, 27, 31] and len({e["doc"] for e in incidents["INC-AZAZ-CARBOMB"]}) == 4
    assert sum(e["disputed"] for e in EVENTS if e["core"]) >= 2
    assert any(not any(e["doc"] == d["doc"] for e in EVENTS) for d in DOCS), "a report with no event at all"
    assert len({e["admin1"] for e in EVENTS}) >= 10
