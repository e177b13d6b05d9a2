#!/usr/bin/env python3
"""Do two source trees extract the same events? For speed work: a change that only makes marsad
faster must leave every event field as it was.

    .venv/bin/python scripts/same_events.py /tmp/old/src src [--n 600]

Analyses N generated documents (marsad.bench) with each tree in a fresh process and compares type,
sub-type, actors, place, date, fatalities, dispute, evidence offset and note of every event.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

_CODE = r"""
import sys, json
sys.path.insert(0, sys.argv[1])
from marsad.bench import generate_records
from marsad.models import Document
from marsad.pipeline import analyze
out = []
for r in generate_records(int(sys.argv[2]), 11):
    a = analyze(Document(doc_id=r["id"], text=r["text"], published=r.get("published"), outlet=r.get("outlet")))
    out += [[e.doc_id, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date,
             e.fatalities, e.disputed, e.evidence_start, e.notes] for e in a.events]
print(json.dumps(out, ensure_ascii=False))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--n", type=int, default=600)
    args = ap.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", _CODE, src, str(args.n)], capture_output=True,
                                      text=True, check=True).stdout) for src in (args.old, args.new)]
    a, b = runs
    if a == b:
        print(f"identical: {len(a)} events from {args.n} documents")
        return 0
    print(f"DIFFERENT: {len(a)} vs {len(b)} events")
    for x, y in zip(a, b):
        if x != y:
            print(" old:", x)
            print(" new:", y)
            break
    return 1


if __name__ == "__main__":
    sys.exit(main())
