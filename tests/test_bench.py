"""Benchmark smoke test (not timed): it runs and prints both figures; generated documents are usable."""
from __future__ import annotations

import re
import subprocess
import sys

from marsad.bench import generate_records
from marsad.ingest.language import is_mainly_arabic


def test_generated_documents_are_distinct_varied_arabic():
    recs = generate_records(50, seed=3)
    texts = [r["text"] for r in recs]
    assert len(set(texts)) == 50
    assert all(is_mainly_arabic(t)[0] for t in texts)
    assert len({t.splitlines()[0] for t in texts}) > 10  # leads vary
    assert generate_records(5, seed=3) == recs[:5]  # repeatable


def test_bench_prints_rates_and_peak_memory(repo_root):
    res = subprocess.run([sys.executable, str(repo_root / "bench" / "run.py"), "--n", "20"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    analyse = re.search(r"analyse only : 20 docs in [\d.]+ s = ([\d.]+) docs/s .*peak RSS (\d+) MB", res.stdout)
    e2e = re.search(r"end to end   : 20 docs in [\d.]+ s = ([\d.]+) docs/s .*exit 0; peak RSS (\d+) MB", res.stdout)
    warm = re.search(r"end to end, warm: 20 docs in [\d.]+ s = ([\d.]+) docs/s \(([\d.]+) per CPU-second\)", res.stdout)
    assert analyse and e2e and warm, res.stdout
    assert float(analyse[1]) > 0 and int(e2e[2]) > 0 and float(warm[2]) > 0
