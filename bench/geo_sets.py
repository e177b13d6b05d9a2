#!/usr/bin/env python3
"""Reference-event places on other annotated sets (blind sets, tests/eval): for each core event,
is one of its location_ar names recognised and within 5 km of its coords (geoparser only, no
event extraction)?

Usage: .venv/bin/python bench/geo_sets.py GOLD_EVENTS_JSONL CORPUS_DIR [GOLD CORPUS ...]
  e.g. bench/geo_sets.py tests/eval/gold/eval.events.jsonl tests/eval/corpus
"""
from __future__ import annotations

import sys
from pathlib import Path

from marsad.geo.evaluate import check_events


def main(argv: list[str]) -> int:
    if not argv or len(argv) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    for gold, corpus in zip(argv[::2], argv[1::2]):
        g, c = Path(gold), Path(corpus)
        if not g.is_file() or not c.is_dir():
            print(f"geo_sets: {g} or {c}: not found", file=sys.stderr)
            return 2
        rows = check_events(g, c)
        print(f"{g}: {sum(r.ok for r in rows)}/{len(rows)} core events placed correctly")
        for r in rows:
            p = r.found
            if r.ok and p is not None and p.geo_precision == 1:
                continue
            res = f"{p.place_id} ({p.kind}) prec {p.geo_precision}" if p else "-"
            d = f"{r.distance_km:.1f} km" if r.distance_km is not None else "-"
            print(f"  {'OK ' if r.ok else 'BAD'} {r.event_id:8} {'/'.join(r.location_ar):28} {res:48} {d:>8}  {r.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
