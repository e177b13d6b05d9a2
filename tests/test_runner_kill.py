"""Kill ``marsad run`` with SIGKILL midway, run again: every document exactly once, none lost."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from marsad.bench import write_corpus

N = 200

# The same CLI, with analysis slowed down so that "midway" is reliably reachable.
SLOW_MARSAD = """
import sys, time
import marsad.pipeline as p
_analyze = p.analyze
def slow(doc, *a, **k):
    time.sleep(0.02)
    return _analyze(doc, *a, **k)
p.analyze = slow
from marsad.cli import app
sys.argv[0] = "marsad"
app()
"""


def _count(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return con.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        con.close()


def test_sigkill_midway_then_rerun_stores_every_document_once(tmp_path, run_cli):
    corpus = write_corpus(tmp_path / "corpus", N)
    out = tmp_path / "out"
    db = out / "marsad.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_MARSAD, "run", str(corpus), "--out", str(out), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                stored = _count(db)
                if stored >= 20:
                    break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed midway"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    killed_at = _count(db)
    assert 20 <= killed_at < N, killed_at
    assert not (out / "documents.jsonl").exists()  # exports were never reached

    res = run_cli("run", corpus, "--out", out, "--quiet")
    assert res.returncode == 0, res.stderr
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("select doc_id from documents")]
    hashes = [r[0] for r in con.execute("select content_hash from documents")]
    assert len(ids) == N and len(set(ids)) == N and len(set(hashes)) == N
    assert set(ids) == {f"gen{i:06d}" for i in range(N)}
    # events: no document's events stored twice
    dup = con.execute("select count(*) from (select doc_id, event_id_cnty from events "
                      "group by doc_id, event_id_cnty having count(*) > 1)").fetchone()[0]
    assert dup == 0
    statuses = [r[0] for r in con.execute("select status from runs order by id")]
    assert statuses == ["interrupted", "ok"]  # the killed run is marked when the next run starts
    docs = [json.loads(x)["doc_id"] for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(docs) == sorted(ids)

    again = run_cli("run", corpus, "--out", out, "--quiet")
    assert again.returncode == 0
    assert con.execute("select count(*) from documents").fetchone()[0] == N
    con.close()
