"""Per-seed table of publication dates and event dates, text-only and with metadata (issue 4).

Usage: .venv/bin/python scripts/date_table.py [SHARED_DIR] [--today YYYY-MM-DD] [--mentions] [--eval]

--eval runs the project's evaluation set (tests/eval) instead of the seeds: text-only rows are
expected to find the gold publication date where the gold says the text carries it
(``dated_in_text``), and no date otherwise.

Event spans are located from the gold events' evidence (first words of the first fragment) only
to ask ``date_for_span`` what it would answer there; nothing from gold feeds the pipeline.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from marsad.models import Document
from marsad.pipeline import prepare
from marsad.recognise.dates import date_for_span, recognise_dates
from marsad.text.normalize import match_form
from marsad.text.split import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def locate(norm: str, evidence: str) -> tuple[int, int] | None:
    """Matching-form span of the gold evidence's opening words (shorter prefixes if needed)."""
    first = evidence.split("...")[0]
    words = [w.strip("\"“”«»'") for w in match_form(first).split()]
    words = [w for w in words if w]
    for n in (6, 5, 4, 3, 2):
        probe = " ".join(words[:n])
        i = norm.replace('"', "").find(probe)
        if probe and i >= 0:
            # map back across removed quotes: count quotes before the hit
            stripped, k = 0, 0
            for k, ch in enumerate(norm):
                if ch != '"':
                    if stripped == i:
                        break
                    stripped += 1
            return k, k + len(probe)
    return None


def analyse(text: str, published: str | None, doc_id: str, today: date):
    adoc = prepare(Document(doc_id=doc_id, text=text, published=published))
    split_sentences(adoc)
    recognise_dates(adoc, today=today)
    return adoc


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv and not argv[0].startswith("--") else ROOT.parent / "shared"
    today = date.today()
    if "--today" in argv:
        today = date.fromisoformat(argv[argv.index("--today") + 1])
    if "--eval" in argv:
        base = ROOT / "tests/eval"
        meta_file, txt_dir = base / "corpus.jsonl", base / "corpus"
        docs_file, events_file = base / "gold/eval.docs.jsonl", base / "gold/eval.events.jsonl"
    else:
        meta_file, txt_dir = shared / "corpus/seeds.jsonl", shared / "corpus/seeds"
        docs_file, events_file = shared / "gold/seeds.docs.jsonl", shared / "gold/seeds.events.jsonl"
    seeds = {json.loads(l)["id"]: json.loads(l) for l in meta_file.open(encoding="utf-8")}
    gold_docs = {json.loads(l)["doc"]: json.loads(l) for l in docs_file.open(encoding="utf-8")}
    gold_events: dict[str, list[dict]] = {}
    for line in events_file.open(encoding="utf-8"):
        ev = json.loads(line)
        gold_events.setdefault(ev["doc"], []).append(ev)
    print(f"processing date bound: {today}")
    print(f"{'doc':<5} {'mode':<9} {'published':<11} {'prec':<4} {'source':<9} {'events ok':<10} event dates")
    total_ok = total = 0
    pub_ok = pub_total = 0
    for path in sorted(txt_dir.glob("*.txt")):
        doc_id = path.stem
        text = path.read_text(encoding="utf-8")
        gdoc = gold_docs.get(doc_id, {})
        # text mode: the date the text itself carries (the seeds' gold has no dated_in_text field:
        # there the text-only expectation is the issue's: 000 and 004 dated, the rest unknown).
        text_pub = gdoc.get("published") if gdoc.get("dated_in_text", doc_id[:3] in ("000", "004")) else None
        for mode, published in (("text", None), ("metadata", seeds[doc_id].get("published"))):
            adoc = analyse(text, published, doc_id, today)
            pd = adoc.pub_date
            expect_pub = text_pub if mode == "text" else (published or None)
            pub_good = pd.date == expect_pub
            pub_ok += pub_good
            pub_total += 1
            cells, ok = [], 0
            events = gold_events.get(doc_id, [])
            for ev in events:
                span = locate(adoc.norm.text, ev["evidence"])
                if span is None:
                    cells.append(f"{ev['id']}:?")
                    continue
                t = date_for_span(adoc, *span)
                dated = text_pub if mode == "text" else published
                want = ev["event_date"] if dated else None
                good = _within(t.date, want, max(1, ev["date_tolerance_days"]) if mode == "text" and dated
                               else ev["date_tolerance_days"])
                good = good and not t.background
                ok += good
                cells.append(f"{ev['id'][4:]}={t.date or '-'}{'' if good else '!'}")
            total_ok += ok
            total += len(events)
            print(f"{doc_id[:4]:<5} {mode:<9} {(pd.date or 'unknown') + ('' if pub_good else '!'):<11} "
                  f"{pd.precision or '-'!s:<4} "
                  f"{pd.source:<9} {ok}/{len(events):<8} {' '.join(cells)}")
            if "--mentions" in argv:
                for m in adoc.dates:
                    print(f"      [{m.orig_start}:{m.orig_end}] {m.surface!r} -> {m.date} p{m.precision} "
                          f"±{m.tolerance_days} {m.kind}{' BACKGROUND' if m.background else ''} {m.note}")
                print("      evidence:", "; ".join(pd.evidence), "| candidates:", pd.candidates)
    print(f"publication dates as expected: {pub_ok}/{pub_total}; events dated as expected: {total_ok}/{total}")
    print("('!' marks a miss; the expected text-only event date is the gold date where the text dates the article)")
    return 0


def _within(got: str | None, want: str | None, tol: int) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    return abs((date.fromisoformat(got) - date.fromisoformat(want)).days) <= tol


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
