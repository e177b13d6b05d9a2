#!/usr/bin/env python3
"""Print documents/second and peak memory of marsad on N generated documents.

    .venv/bin/python bench/run.py --n 2000 --cores 1
"""
from __future__ import annotations

import argparse

from marsad.bench import main

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="number of generated documents (default 2000)")
    ap.add_argument("--cores", type=int, default=1, help="worker processes for the analyse-only figure (default 1)")
    ap.add_argument("--seed", type=int, default=7, help="RNG seed of the generator (default 7)")
    args = ap.parse_args()
    main(args.n, cores=args.cores, seed=args.seed)
