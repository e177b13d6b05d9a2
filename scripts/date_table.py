"""Per-seed table of publication dates and event dates, text-only and with metadata (issue 4).

Usage: .venv/bin/python scripts/date_table.py [SHARED_DIR] [--today YYYY-MM-DD] [--mentions]

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
    seeds = {json.loads(l)["id"]: json.loads(l) for l in (shared / "corpus/seeds.jsonl").open(encoding="utf-8")}
    gold_events: dict[str, list[dict]] = {}
    for line in (shared / "gold/seeds.events.jsonl").open(encoding="utf-8"):
        ev = json.loads(line)
        gold_events.setdefault(ev["doc"], []).append(ev)
    print(f"processing date bound: {today}")
    print(f"{'doc':<5} {'mode':<9} {'published':<11} {'prec':<4} {'source':<9} {'events ok':<10} event dates")
    total_ok = total = 0
    for path in sorted((shared / "corpus/seeds").glob("*.txt")):
        doc_id = path.stem
        text = path.read_text(encoding="utf-8")
        for mode, published in (("text", None), ("metadata", seeds[doc_id].get("published"))):
            adoc = analyse(text, published, doc_id, today)
            pd = adoc.pub_date
            cells, ok = [], 0
            events = gold_events.get(doc_id, [])
            for ev in events:
                span = locate(adoc.norm.text, ev["evidence"])
                if span is None:
                    cells.append(f"{ev['id']}:?")
                    continue
                t = date_for_span(adoc, *span)
                want = ev["event_date"] if mode == "metadata" else None
                if mode == "text":
                    good = (t.date is None) if doc_id[:3] != "000" and doc_id[:3] != "004" else \
                        _within(t.date, ev["event_date"], max(1, ev["date_tolerance_days"]))
                else:
                    good = _within(t.date, want, ev["date_tolerance_days"]) if want else t.date is None
                good = good and not t.background
                ok += good
                cells.append(f"{ev['id'][4:]}={t.date or '-'}{'' if good else '!'}")
            total_ok += ok
            total += len(events)
            print(f"{doc_id[:3]:<5} {mode:<9} {pd.date or 'unknown':<11} {pd.precision or '-'!s:<4} "
                  f"{pd.source:<9} {ok}/{len(events):<8} {' '.join(cells)}")
            if "--mentions" in argv:
                for m in adoc.dates:
                    print(f"      [{m.orig_start}:{m.orig_end}] {m.surface!r} -> {m.date} p{m.precision} "
                          f"±{m.tolerance_days} {m.kind}{' BACKGROUND' if m.background else ''} {m.note}")
                print("      evidence:", "; ".join(pd.evidence), "| candidates:", pd.candidates)
    print(f"events dated as expected: {total_ok}/{total}")
    return 0


def _within(got: str | None, want: str | None, tol: int) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    return abs((date.fromisoformat(got) - date.fromisoformat(want)).days) <= tol


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
