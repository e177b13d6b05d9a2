"""Measure the geoparser on annotated texts: reference event places and mention precision/recall.

Kept in the package (not in a test) so the same numbers come out of ``bench/geo_eval.py``, the
tests and any later regression check.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from marsad.geo.gazetteer import km
from marsad.models import AnalyzedDoc, PlaceMention
from marsad.text.normalize import squash


def geoparse(text: str, doc_id: str = "doc") -> AnalyzedDoc:
    """prepare + sentence/token components + recognise_places (nothing else of the pipeline)."""
    from marsad.recognise.places import recognise_places
    from marsad.text.prepare import prepare_text

    adoc = prepare_text(text, doc_id)
    recognise_places(adoc)
    return adoc


def _key(s: str) -> str:
    k = squash(s)
    return k[2:] if k.startswith("ال") else k


@dataclass
class EventCheck:
    event_id: str
    location_ar: list[str]
    found: PlaceMention | None
    distance_km: float | None
    ok: bool
    note: str


def check_events(gold_events: Path, seeds_dir: Path, max_km: float = 5.0, core_only: bool = True) -> list[EventCheck]:
    """For each reference event: is one of its location_ar names recognised, and within max_km?"""
    out = []
    cache: dict[str, AnalyzedDoc] = {}
    for line in gold_events.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ev = json.loads(line)
        if core_only and not ev.get("core"):
            continue
        doc = ev["doc"]
        if doc not in cache:
            cache[doc] = geoparse((seeds_dir / f"{doc}.txt").read_text(encoding="utf-8"), doc)
        names = {_key(n) for n in ev["location_ar"]}
        names |= {_key(n.split(" ", 1)[1]) for n in ev["location_ar"] if n.startswith("حي ")}
        hits = [p for p in cache[doc].places
                if _key(p.surface) in names or _key(p.name_ar) in names
                or any(_key(n) in names for n in [p.surface.split(" ", 1)[-1]])]
        coords = ev.get("coords") or []
        best, best_d = None, None
        for p in hits:
            if p.lat is None:
                continue
            d = min((km(p.lat, p.lon, a, b) for a, b in coords), default=None)
            if best is None or (d is not None and (best_d is None or d < best_d)):
                best, best_d = p, d
        if best is None and hits:
            best = hits[0]
        if best is None:
            out.append(EventCheck(ev["id"], ev["location_ar"], None, None, False, "place not recognised"))
            continue
        in_syria = best.country == "Syria"
        if coords:
            ok = in_syria and best_d is not None and best_d <= max_km
            note = "within %.0f km" % max_km if ok else "too far or no point"
        else:
            ok = in_syria and best.lat is not None
            note = "no reference coords: recognised in Syria (precision %d)" % best.geo_precision
        out.append(EventCheck(ev["id"], ev["location_ar"], best, best_d, ok, note))
    return out


@dataclass
class PRResult:
    gold: int
    predicted: int
    detected: int  # gold mentions overlapped by a prediction
    precise: int  # predictions overlapping a gold mention
    resolved: int  # detected gold mentions whose prediction has an acceptable id
    resolvable: int  # detected gold mentions that have an acceptable id in the gazetteer
    misses: list[str]
    false_positives: list[str]
    wrong: list[str]

    @property
    def precision(self) -> float:
        return self.precise / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.detected / self.gold if self.gold else 0.0


def mention_pr(annotations: Path, seeds_dir: Path) -> PRResult:
    """Place-mention P/R (span overlap) and resolution accuracy against hand annotations.

    Predictions counted: Syrian places below country level (the annotations leave out countries).
    """
    r = PRResult(0, 0, 0, 0, 0, 0, [], [], [])
    for f in sorted(annotations.glob("*.jsonl")):
        doc = f.stem
        text = (seeds_dir / f"{doc}.txt").read_text(encoding="utf-8")
        gold = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        preds = [p for p in geoparse(text, doc).places if p.country == "Syria" and p.kind != "country"]
        r.gold += len(gold)
        r.predicted += len(preds)
        for g in gold:
            m = [p for p in preds if p.orig_start < g["end"] and g["start"] < p.orig_end]
            if not m:
                r.misses.append(f"{doc}:{g['start']} {g['surface']}")
                continue
            r.detected += 1
            if g["ids"]:
                r.resolvable += 1
                if m[0].place_id in g["ids"]:
                    r.resolved += 1
                else:
                    r.wrong.append(f"{doc}:{g['start']} {g['surface']} -> {m[0].place_id} (want {g['ids']})")
        for p in preds:
            if any(p.orig_start < g["end"] and g["start"] < p.orig_end for g in gold):
                r.precise += 1
            else:
                r.false_positives.append(f"{doc}:{p.orig_start} {p.surface} -> {p.place_id}")
    return r
