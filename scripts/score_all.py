#!/usr/bin/env python3
"""Run marsad on the seed articles and on the evaluation set, in both modes, and print the scores.

Four runs, each into its own folder under a temporary directory (or ``--keep DIR``):

    seeds / text       ../shared/corpus/seeds          scored against ../shared/gold   (name seeds)
    seeds / metadata   ../shared/corpus/seeds.jsonl    scored against ../shared/gold   (name seeds)
    eval  / text       tests/eval/corpus               scored against tests/eval/gold  (name eval)
    eval  / metadata   tests/eval/corpus.jsonl         scored against tests/eval/gold  (name eval)

Each run is the real command (``python -m marsad.cli run INPUT --out DIR --quiet``) and is scored
with ``marsad.evaluate.score`` (the same figures as ../shared/tools/score_events.py).

    .venv/bin/python scripts/score_all.py                 # the table
    .venv/bin/python scripts/score_all.py --details       # plus missed / false positive / wrong fields
    .venv/bin/python scripts/score_all.py --json          # one JSON object per row
    .venv/bin/python scripts/score_all.py --only eval     # only the rows whose label starts with "eval"
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from marsad import evaluate  # noqa: E402

COLUMNS = [  # (figure key, column header)
    ("f1", "F1"), ("precision", "prec"), ("recall", "rec"), ("sub_event_acc", "sub"), ("actor_acc", "actor"),
    ("fatalities_acc", "fatal"), ("date_acc", "date"), ("invented_date_rate", "invent"),
    ("geo_within_5km", "geo5"), ("disputed_flagged", "disp"), ("incident_pair_recall", "incR"),
    ("incident_pair_precision", "incP"), ("matched", "match"), ("gold_core", "core"), ("false_pos", "FP"),
    ("missed", "miss"),
]


def runs(shared: Path) -> list[tuple[str, Path, Path, str]]:
    """(label, input, gold folder, gold name) for every row: seeds, eval and the held-out sets."""
    return [
        ("seeds/text", shared / "corpus" / "seeds", shared / "gold", "seeds"),
        ("seeds/metadata", shared / "corpus" / "seeds.jsonl", shared / "gold", "seeds"),
        ("eval/text", REPO / "tests" / "eval" / "corpus", REPO / "tests" / "eval" / "gold", "eval"),
        ("eval/metadata", REPO / "tests" / "eval" / "corpus.jsonl", REPO / "tests" / "eval" / "gold", "eval"),
    ] + [
        # held-out sets written by people who never saw the extractor (tests/holdout/README.md)
        (f"{d.name}/{mode}", d / src, d / "gold", d.name)
        for d in sorted((REPO / "tests" / "holdout").glob("blind*")) if (d / "gold").is_dir()
        for mode, src in (("text", "corpus"), ("metadata", "corpus.jsonl"))
    ]


def run_marsad(inputs: Path, out: Path) -> int:
    """``marsad run`` as a user types it; its messages go to our stderr."""
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "run", str(inputs), "--out", str(out), "--quiet"],
                       stdout=subprocess.DEVNULL, stderr=sys.stderr)
    return r.returncode


def fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--keep", type=Path, help="write the run folders here instead of a temporary directory")
    ap.add_argument("--details", action="store_true", help="list missed references, false positives, wrong fields")
    ap.add_argument("--json", action="store_true", help="print one JSON object per row")
    ap.add_argument("--only", default="", help="only rows whose label starts with this (seeds, eval, eval/text ...)")
    a = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="marsad-score-") as tmp:
        base = a.keep or Path(tmp)
        rows, status = [], 0
        for label, inputs, gold_dir, name in runs(a.shared):
            if not label.startswith(a.only):
                continue
            if not inputs.exists():
                print(f"score_all: {label}: {inputs} not found, row skipped", file=sys.stderr)
                status = 1
                continue
            out = base / label.replace("/", "_")
            rc = run_marsad(inputs, out)
            if not (out / "events.jsonl").is_file():
                print(f"score_all: {label}: marsad run exited {rc} without writing events.jsonl", file=sys.stderr)
                status = 1
                continue
            m = evaluate.match(gold_dir, out / "events.jsonl", name)
            rows.append((label, evaluate.figures(m), m, rc))

        if a.json:
            for label, r, _, rc in rows:
                print(json.dumps(dict(run=label, run_exit=rc, **r), ensure_ascii=False))
        else:
            width = max([len(label) for label, *_ in rows] + [5])
            print(" ".join([f"{'run':{width}}", *(f"{h:>6}" for _, h in COLUMNS)]))
            for label, r, _, rc in rows:
                mark = "" if rc == 0 else f"  (marsad run exit {rc})"
                print(" ".join([f"{label:{width}}", *(f"{fmt(r[k]):>6}" for k, _ in COLUMNS)]) + mark)
        if a.details:
            for label, _, m, _ in rows:
                print(f"\n######## {label}")
                print(evaluate.details(m))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
