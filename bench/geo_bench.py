#!/usr/bin/env python3
"""Geoparser throughput and gazetteer cost.

Measures, in one fresh process: gazetteer + curated + cue load time, matcher (automaton) build
time, memory added by both (tracemalloc), and documents/second of recognise_places alone over the
five seed texts repeated (cleaning/normalising done beforehand, so the figure is the geoparser's).

Usage: .venv/bin/python bench/geo_bench.py [--n 2000] [SHARED_DIR]
"""
from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", nargs="?", default=str(REPO.parent / "shared"))
    ap.add_argument("--n", type=int, default=2000, help="documents to geoparse")
    a = ap.parse_args()
    seeds = sorted((Path(a.shared) / "corpus" / "seeds").glob("*.txt"))
    if not seeds:
        print(f"geo_bench: no seed texts under {a.shared}/corpus/seeds")
        return 2
    texts = [p.read_text(encoding="utf-8") for p in seeds]

    from marsad.recognise import places as P  # noqa: F401  (import cost is not the gazetteer's)
    from marsad.text.prepare import prepare_text
    from marsad.geo.gazetteer import cues, gazetteer

    t0 = time.perf_counter()
    g = gazetteer()
    cues()
    t1 = time.perf_counter()
    P._matcher()
    t2 = time.perf_counter()
    print(f"gazetteer: {len(g)} places, load {1000 * (t1 - t0):.1f} ms, automaton build {1000 * (t2 - t1):.1f} ms")
    # memory: load again from scratch under tracemalloc (Python objects; the automaton's C memory
    # is not traced, so its size is reported by pyahocorasick itself)
    gazetteer.cache_clear()
    cues.cache_clear()
    P._matcher.cache_clear()
    tracemalloc.start()
    gazetteer()
    cues()
    mt = P._matcher()
    mem, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    auto = mt.automaton.get_stats().get("total_size", 0)
    print(f"memory: {mem / 2**20:.1f} MiB Python objects (peak {peak / 2**20:.1f} MiB) + automaton "
          f"{auto / 2**20:.1f} MiB, {len(mt.table)} name keys")

    docs = [prepare_text(t, f"d{i}") for i, t in enumerate(texts)]
    chars = sum(len(d.norm.text) for d in docs)
    for d in docs:  # warm-up
        P.recognise_places(d)
    t0 = time.perf_counter()
    mentions = 0
    for i in range(a.n):
        d = docs[i % len(docs)]
        P.recognise_places(d)
        mentions += len(d.places)
    dt = time.perf_counter() - t0
    print(f"recognise_places: {a.n} docs (avg {chars // len(docs)} chars, {mentions / a.n:.1f} mentions/doc) "
          f"in {dt:.2f} s = {a.n / dt:.0f} docs/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
