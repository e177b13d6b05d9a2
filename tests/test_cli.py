"""The ``marsad`` command end to end: help, exit codes, bad inputs, progress, the seed corpus checks."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

AR = ("شهدت مدينة نوى غربي درعا اشتباكات عنيفة بين قوات النظام السوري وشبان من أهالي المدينة، "
      "وقتل ثلاثة مدنيين جراء القصف المدفعي على الأحياء السكنية.")


def _doc_lines(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def _count(out: Path, table: str) -> int:
    con = sqlite3.connect(out / "marsad.sqlite")
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("sub", [[], ["run"], ["geo"], ["evaluate"], ["bench"]])
def test_help_on_every_subcommand(run_cli, sub):
    res = run_cli(*sub, "--help")
    assert res.returncode == 0, res.stderr
    assert "Usage" in res.stdout
    if sub == ["run"]:
        assert "--out" in res.stdout and "--quiet" in res.stdout


@pytest.mark.parametrize("args", [["run"], ["run", "x.txt"], ["run", "x.txt", "--out"], ["run", "--bogus"]])
def test_usage_errors_exit_2(run_cli, args, tmp_path):
    res = run_cli(*args)
    assert res.returncode == 2
    assert "Usage" in res.stderr or "Error" in res.stderr


def test_out_pointing_at_a_file_is_a_usage_error(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    res = run_cli("run", tmp_path / "a.txt", "--out", tmp_path / "a.txt")
    assert res.returncode == 2 and "--out" in res.stderr


def test_good_input_exits_0_and_second_run_adds_nothing(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    out = tmp_path / "out"
    first = run_cli("run", tmp_path / "a.txt", "--out", out)
    assert first.returncode == 0, first.stderr
    assert "outputs in" in first.stdout and "1 documents (1 new" in first.stdout
    events = _count(out, "events")
    second = run_cli("run", tmp_path / "a.txt", "--out", out)
    assert second.returncode == 0
    assert "(0 new, 1 already stored" in second.stdout
    assert _count(out, "documents") == 1 and _count(out, "events") == events
    for name in ("documents.jsonl", "events.jsonl", "events.csv", "events.geojson", "incidents.jsonl",
                 "stories.jsonl", "framing.json", "report.html", "marsad.sqlite"):
        assert (out / name).exists(), name


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str, int]]:
    """name -> (path, expected words in the reason, expected exit code)."""
    d = tmp / "bad"
    d.mkdir()
    cases: dict[str, tuple[Path, str, int]] = {}

    def add(name, filename, content, words, code=1):
        p = d / filename
        if isinstance(content, bytes):
            p.write_bytes(content)
        elif content is not None:
            p.write_text(content, encoding="utf-8")
        cases[name] = (p, words, code)

    add("empty", "empty.txt", b"", "empty")
    add("binary", "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary")
    add("undecodable", "undecodable.txt", b"\x81\x8d\x8f\x90\x9d\xfa\xff\xfe" * 20, "undecodable")
    add("truncated_html", "cut.html", f"<html><head><title>خبر</title></head><body><article><p>{AR}</p><p>{AR}", "truncated")
    add("feed_no_entries", "empty.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>قناة</title>'
        "<link>http://x</link><description>d</description></channel></rss>", "no entries")
    add("non_arabic", "english.txt", "Clashes broke out in the city of Nawa west of Daraa on Monday. " * 5,
        "not mainly arabic", code=0)
    add("missing", "does-not-exist.txt", None, "no such file")
    return cases


CASES = ["empty", "binary", "undecodable", "truncated_html", "feed_no_entries", "non_arabic", "missing"]


@pytest.mark.parametrize("case", CASES)
def test_each_bad_input_is_named_with_its_reason_and_the_run_goes_on(run_cli, tmp_path, case):
    path, words, code = _bad_inputs(tmp_path)[case]
    good = tmp_path / "good.txt"
    good.write_text(AR, encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("run", path, good, "--out", out)
    assert res.returncode == code, res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith(f"marsad: {path}")]
    assert len(lines) == 1, res.stderr
    assert words in lines[0].lower(), lines[0]
    assert [d["doc_id"] for d in _doc_lines(out)] == ["good"]  # the good file was still processed


def test_malformed_json_line_among_good_ones(run_cli, tmp_path):
    p = tmp_path / "feed.jsonl"
    good = [json.dumps({"id": f"j{i}", "text": AR + f" ({i})", "outlet": "منفذ"}, ensure_ascii=False) for i in range(3)]
    p.write_text("\n".join([good[0], '{"id": "broken", "text": "نص', good[1], good[2]]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("run", p, "--out", out)
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith("marsad:")]
    assert len(lines) == 1 and str(p) in lines[0] and lines[0].count("line 2") == 1 and "json" in lines[0].lower()
    assert [d["doc_id"] for d in _doc_lines(out)] == ["j0", "j1", "j2"]


def test_fifty_megabyte_file_is_rejected_without_stopping(run_cli, tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1000 * 1000)
    good = tmp_path / "good.txt"
    good.write_text(AR, encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("run", tmp_path, "--out", out)
    assert res.returncode == 1
    lines = [ln for ln in res.stderr.splitlines() if ln.startswith(f"marsad: {big}")]
    assert len(lines) == 1 and "too large" in lines[0]
    assert [d["doc_id"] for d in _doc_lines(out)] == ["good"]


def test_all_bad_inputs_together_one_line_each(run_cli, tmp_path):
    cases = _bad_inputs(tmp_path)
    good = tmp_path / "bad" / "good.txt"
    good.write_text(AR, encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("run", tmp_path / "bad", cases["missing"][0], "--out", out)
    assert res.returncode == 1
    for name, (path, words, _) in cases.items():
        lines = [ln for ln in res.stderr.splitlines() if ln.startswith(f"marsad: {path}")]
        assert len(lines) == 1 and words in lines[0].lower(), (name, res.stderr)
    assert [d["doc_id"] for d in _doc_lines(out)] == ["good"]
    con = sqlite3.connect(out / "marsad.sqlite")
    assert con.execute("select count(*) from rejections").fetchone()[0] == len(cases)


def _corpus(tmp_path: Path, n: int) -> Path:
    d = tmp_path / "many"
    d.mkdir()
    for i in range(n):
        (d / f"d{i:02d}.txt").write_text(f"{AR}\nالخبر رقم {i}", encoding="utf-8")
    return d


def test_progress_bar_on_stderr_and_quiet_silences_it(run_cli, tmp_path):
    corpus = _corpus(tmp_path, 12)
    tty = {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1", "COLUMNS": "120", "TERM": "xterm-256color"}
    loud = run_cli("run", corpus, "--out", tmp_path / "o1", env=tty)
    assert loud.returncode == 0
    assert "ingest + analyse" in loud.stderr  # the rich bar, drawn on stderr
    quiet = run_cli("run", corpus, "--out", tmp_path / "o2", "--quiet", env=tty)
    assert quiet.returncode == 0
    assert quiet.stderr == "" and quiet.stdout == ""
    assert len(_doc_lines(tmp_path / "o2")) == 12


def test_few_documents_show_no_progress_bar(run_cli, tmp_path):
    corpus = _corpus(tmp_path, 2)
    res = run_cli("run", corpus, "--out", tmp_path / "o", env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"})
    assert res.returncode == 0 and "ingest + analyse" not in res.stderr


# The checks the project runs on the shared seed corpus -------------------------------------------

@pytest.mark.parametrize("source", ["corpus/seeds", "corpus/seeds.jsonl"])
def test_seed_corpus_documents_outlet_links_and_rerun(run_cli, shared_dir, tmp_path, source):
    out = tmp_path / "out"
    res = run_cli("run", shared_dir / source, "--out", out)
    assert res.returncode == 0, res.stderr
    docs = {d["doc_id"]: d for d in _doc_lines(out)}
    assert len(docs) == 5
    d002 = next(d for k, d in docs.items() if k.startswith("002"))
    text002 = next((shared_dir / "corpus/seeds").glob("002_*.txt")).read_text(encoding="utf-8")
    source_lines = [ln for ln in text002.splitlines() if "المصدر" in ln]
    assert d002["outlet"] and any(d002["outlet"] in ln for ln in source_lines), d002["outlet"]
    d000 = next(d for k, d in docs.items() if k.startswith("000"))
    assert d000["links"] and all(u.startswith("http") for u in d000["links"])
    assert any("stepvideograph" in u for u in d000["links"])
    n_events = _count(out, "events")
    again = run_cli("run", shared_dir / source, "--out", out)
    assert again.returncode == 0
    assert len(_doc_lines(out)) == 5 and _count(out, "documents") == 5 and _count(out, "events") == n_events
    assert "(0 new, 5 already stored" in again.stdout
