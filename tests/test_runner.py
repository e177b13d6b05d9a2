"""run_corpus in-process: per-document failures, re-run policy, ids, doc_id collisions."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from marsad.models import AnalyzedDoc, Document, Event
from marsad.pipeline import prepare
from marsad.runner import run_corpus

AR = "شهدت مدينة درعا اشتباكات عنيفة بين قوات النظام وأهالي المنطقة، وقتل ثلاثة مدنيين جراء القصف."


def _corpus(tmp_path: Path, n: int = 3) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"doc{i}.txt").write_text(f"{AR}\nالخبر رقم {i}.", encoding="utf-8")
    return d


def fake_analyzer(n_events: int, label: str = "Battles", fail_on: str | None = None):
    """An analyzer producing ``n_events`` events per document (no dependency on the real recognisers)."""

    def analyze(doc: Document) -> AnalyzedDoc:
        if doc.doc_id == fail_on:
            raise ValueError(f"component exploded on {doc.doc_id}")
        adoc = prepare(doc)
        adoc.events = [Event(doc_id=doc.doc_id, event_type=label) for _ in range(n_events)]
        return adoc

    return analyze


def _docs(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def _events(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]


def test_events_are_stored_with_unique_ids_and_sources(tmp_path):
    out = tmp_path / "out"
    assert run_corpus([str(_corpus(tmp_path))], out, quiet=True, analyze=fake_analyzer(2)) == 0
    evs = _events(out)
    assert len(evs) == 6
    assert len({e["event_id_cnty"] for e in evs}) == 6
    assert {e["event_id_cnty"] for e in evs if e["doc_id"] == "doc0"} == {"doc0-1", "doc0-2"}
    assert all(e["timestamp"] > 0 for e in evs)
    assert (out / "report.html").exists() and (out / "events.geojson").exists()


def test_one_failing_document_is_reported_and_kept(tmp_path, capsys):
    out = tmp_path / "out"
    code = run_corpus([str(_corpus(tmp_path))], out, quiet=True, analyze=fake_analyzer(1, fail_on="doc1"))
    assert code == 1
    err = capsys.readouterr().err
    assert "doc1" in err and "analysis failed: ValueError: component exploded on doc1" in err
    docs = {d["doc_id"]: d for d in _docs(out)}
    assert set(docs) == {"doc0", "doc1", "doc2"}  # the failing one is stored, nothing lost
    assert docs["doc1"]["warnings"] and "analysis failed" in docs["doc1"]["warnings"][0]
    assert sorted(e["doc_id"] for e in _events(out)) == ["doc0", "doc2"]
    # the next run re-analyses it from the stored text; with the bug fixed, its events appear
    assert run_corpus([str(tmp_path / "in")], out, quiet=True, analyze=fake_analyzer(1)) == 0
    assert sorted(e["doc_id"] for e in _events(out)) == ["doc0", "doc1", "doc2"]
    assert not {d["doc_id"]: d for d in _docs(out)}["doc1"]["warnings"]


def test_rerun_adds_nothing_but_reanalyses(tmp_path):
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    run_corpus([str(corpus)], out, quiet=True, analyze=fake_analyzer(1, "Battles"))
    run_corpus([str(corpus)], out, quiet=True, analyze=fake_analyzer(2, "Protests"))
    assert len(_docs(out)) == 3
    evs = _events(out)
    assert len(evs) == 6 and {e["event_type"] for e in evs} == {"Protests"}  # improved code shows
    con = sqlite3.connect(out / "marsad.sqlite")
    assert con.execute("select count(*) from documents").fetchone()[0] == 3
    assert con.execute("select count(*) from events").fetchone()[0] == 6
    statuses = [r[0] for r in con.execute("select status from runs order by id")]
    assert statuses == ["ok", "ok"]


def test_no_reanalyse_keeps_stored_events(tmp_path):
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    run_corpus([str(corpus)], out, quiet=True, analyze=fake_analyzer(1, "Battles"))
    (corpus / "new.txt").write_text(AR + "\nخبر جديد.", encoding="utf-8")
    run_corpus([str(corpus)], out, quiet=True, reanalyse=False, analyze=fake_analyzer(1, "Protests"))
    by_doc = {e["doc_id"]: e["event_type"] for e in _events(out)}
    assert by_doc == {"doc0": "Battles", "doc1": "Battles", "doc2": "Battles", "new": "Protests"}


def test_same_doc_id_with_different_text_is_kept_apart(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text(AR, encoding="utf-8")
    (b / "x.txt").write_text(AR + " وأصيب آخرون.", encoding="utf-8")
    out = tmp_path / "out"
    assert run_corpus([str(a), str(b)], out, quiet=True, analyze=fake_analyzer(1)) == 0
    docs = _docs(out)
    assert len(docs) == 2 and docs[0]["doc_id"] == "x" and docs[1]["doc_id"].startswith("x~")
    assert "already used" in docs[1]["warnings"][0]


def test_summary_names_outputs_and_counts(tmp_path, capsys):
    out = tmp_path / "out"
    run_corpus([str(_corpus(tmp_path))], out, analyze=fake_analyzer(1, "Battles"))
    printed = capsys.readouterr().out
    assert f"outputs in {out}" in printed and "events.csv" in printed and "report.html" in printed
    assert "3 documents (3 new, 0 already stored), 3 events" in printed and "Battles 3" in printed


def test_a_reader_bug_stops_the_walk_but_keeps_and_exports_what_was_stored(tmp_path, monkeypatch, capsys):
    import marsad.ingest as ingest

    def broken_inputs(paths, max_bytes):
        yield Document(doc_id="ok", text=AR)
        raise RuntimeError("reader bug")

    monkeypatch.setattr(ingest, "iter_inputs", broken_inputs)
    out = tmp_path / "out"
    assert run_corpus(["whatever"], out, quiet=True, analyze=fake_analyzer(1)) == 1
    assert "reading inputs stopped: RuntimeError: reader bug" in capsys.readouterr().err
    assert [d["doc_id"] for d in _docs(out)] == ["ok"]


def test_a_document_the_store_refuses_is_reported_and_the_run_goes_on(tmp_path, capsys):
    def analyze(doc):
        adoc = prepare(doc)
        # an int too large for SQLite's INTEGER: the store refuses this document's events
        adoc.events = [Event(doc_id=doc.doc_id, fatalities=2**70 if doc.doc_id == "doc1" else 1)]
        return adoc

    out = tmp_path / "out"
    assert run_corpus([str(_corpus(tmp_path))], out, quiet=True, analyze=analyze) == 1
    err = capsys.readouterr().err
    assert "doc doc1: could not store" in err
    assert [d["doc_id"] for d in _docs(out)] == ["doc0", "doc2"]


def test_failing_incident_linking_still_writes_the_other_outputs(tmp_path, monkeypatch, capsys):
    import marsad.incidents as incidents

    def broken(events, documents):
        raise KeyError("cluster")

    monkeypatch.setattr(incidents, "link_all", broken)
    out = tmp_path / "out"
    assert run_corpus([str(_corpus(tmp_path))], out, quiet=True, analyze=fake_analyzer(1)) == 1
    assert "marsad: incidents: linking failed" in capsys.readouterr().err
    assert len(_events(out)) == 3 and all(e["incident_id"] is None for e in _events(out))
    assert (out / "incidents.jsonl").read_text() == "" and (out / "report.html").exists()
