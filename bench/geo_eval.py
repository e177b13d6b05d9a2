#!/usr/bin/env python3
"""Print the geoparser's figures on the seeds: reference event places (within 5 km), foreign
resolutions, and place-mention precision/recall against tests/annotations/places.

Usage: .venv/bin/python bench/geo_eval.py [SHARED_DIR]   (default ../shared next to the repo)
"""
from __future__ import annotations

import sys
from pathlib import Path

from marsad.geo.evaluate import check_events, geoparse, mention_pr

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    seeds = shared / "corpus" / "seeds"
    if not seeds.is_dir():
        print(f"geo_eval: {seeds}: not found", file=sys.stderr)
        return 2
    print("(a) core reference events: location_ar recognised and within 5 km of the reference coords")
    rows = check_events(shared / "gold" / "seeds.events.jsonl", seeds)
    for c in rows:
        p = c.found
        res = f"{p.place_id} {p.name_en} ({p.lat:.4f},{p.lon:.4f}) prec {p.geo_precision}" if p and p.lat is not None \
            else (f"{p.place_id} (no point)" if p else "-")
        d = f"{c.distance_km:.1f} km" if c.distance_km is not None else "-"
        print(f"  {'OK ' if c.ok else 'BAD'} {c.event_id:7} {'/'.join(c.location_ar):28} {res:60} {d:>8}  {c.note}")
    print(f"  => {sum(c.ok for c in rows)}/{len(rows)} core events placed correctly")
    foreign = []
    for f in sorted(seeds.glob("*.txt")):
        for p in geoparse(f.read_text(encoding="utf-8"), f.stem).places:
            if p.country != "Syria":
                foreign.append(f"{f.stem[:3]}:{p.orig_start} {p.surface} -> {p.name_en} ({p.country})")
    print("  places resolved outside Syria:", "; ".join(foreign) or "none")
    r = mention_pr(REPO / "tests" / "annotations" / "places", seeds)
    print("(b) place mentions vs tests/annotations/places (span overlap)")
    print(f"  gold {r.gold}, predicted {r.predicted}: precision {r.precision:.3f} ({r.precise}/{r.predicted}), "
          f"recall {r.recall:.3f} ({r.detected}/{r.gold})")
    print(f"  resolution accuracy on detected, resolvable mentions: {r.resolved}/{r.resolvable}")
    for label, items in (("missed", r.misses), ("false positives", r.false_positives), ("wrong id", r.wrong)):
        print(f"  {label}: {len(items)}")
        for x in items:
            print(f"    {x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
