"""The held-out reference sets are well formed: a broken set would score the pipeline wrongly."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.text.normalize import squash

HOLDOUT = Path(__file__).parent / "holdout"
SETS = sorted(d for d in HOLDOUT.glob("blind*") if (d / "gold").is_dir())
FIELDS = {"id", "doc", "event_date", "date_tolerance_days", "event_type", "sub_event_type", "alt_sub_event_types",
          "alt_types", "inter1", "inter2", "location_ar", "admin1", "fatalities", "core", "incident", "disputed",
          "evidence"}  # coords only "where added" (../shared/gold/README.md): a place off the gazetteer has none
TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_held_out_sets():
    assert len(SETS) >= 2


@pytest.mark.parametrize("root", SETS, ids=lambda d: d.name)
def test_set_is_consistent(root: Path):
    name = root.name
    docs = {d["doc"]: d for d in _lines(root / "gold" / f"{name}.docs.jsonl")}
    events = _lines(root / "gold" / f"{name}.events.jsonl")
    records = {r["id"]: r for r in _lines(root / "corpus.jsonl")}
    files = {p.stem: p.read_text(encoding="utf-8") for p in (root / "corpus").glob("*.txt")}
    assert set(docs) == set(records) == set(files)
    assert len({e["id"] for e in events}) == len(events)
    for e in events:
        assert FIELDS <= set(e), e["id"]
        assert e["doc"] in docs and e["event_type"] in TYPES and e["location_ar"], e["id"]
        for inter in (e["inter1"], e["inter2"]):
            assert inter is None or 1 <= inter <= 8, e["id"]
        text = squash(files[e["doc"]])
        assert squash(records[e["doc"]]["text"]) == text, e["doc"]
        for piece in e["evidence"].split("..."):
            assert squash(piece.strip(" .،")) in text, (e["id"], piece)
        for lat, lon in e.get("coords") or []:
            assert 32.0 < lat < 37.5 and 35.5 < lon < 42.5, e["id"]  # inside Syria's bounding box
