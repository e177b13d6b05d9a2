"""The geoparser on the five seed articles: reference event places and annotated mentions.

Needs the shared read-only data next to the repository (../shared); skipped where it is absent.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.geo.evaluate import check_events, geoparse, mention_pr

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds not available")


def test_every_core_event_place_is_found_within_5_km():
    rows = check_events(SHARED / "gold" / "seeds.events.jsonl", SEEDS, max_km=5.0)
    assert len(rows) >= 20
    bad = [(r.event_id, r.location_ar, r.note) for r in rows if not r.ok]
    assert bad == []


def test_no_seed_place_is_resolved_outside_syria_except_russia():
    foreign = set()
    for f in SEEDS.glob("*.txt"):
        for p in geoparse(f.read_text(encoding="utf-8"), f.stem).places:
            if p.country != "Syria":
                foreign.add(p.country)
    assert foreign <= {"Russia"}


def test_every_syrian_mention_has_a_point():
    for f in SEEDS.glob("*.txt"):
        for p in geoparse(f.read_text(encoding="utf-8"), f.stem).places:
            if p.country == "Syria" and p.kind not in ("country", "area"):
                assert p.lat is not None and p.lon is not None, (f.stem, p.surface)


def test_mention_precision_recall_against_annotations():
    r = mention_pr(REPO / "tests" / "annotations" / "places", SEEDS)
    assert r.gold > 100
    assert r.precision >= 0.95, r.false_positives
    assert r.recall >= 0.9, r.misses
    assert r.resolved / r.resolvable >= 0.95, r.wrong
