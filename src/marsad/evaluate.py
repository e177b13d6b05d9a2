"""Score a run's events against hand-coded reference events.

This re-implements, figure for figure, the project's reference scorer
``../shared/tools/score_events.py`` (its docstring and ``../shared/gold/README.md`` define the
rules); ``tests/test_evaluate.py`` checks that both give identical results. Why a copy: the
``marsad evaluate`` command must work from an installed package, and the per-event listing
(``--details``) needs the individual matches, which the reference scorer does not expose.

Rules, per document (a gold set NAME is ``GOLD_DIR/NAME.docs.jsonl`` + ``NAME.events.jsonl``):

* Only predictions whose ``doc_id`` is a reference document are considered.
* A prediction can match a reference when its ``event_type`` is the reference's or one of its
  ``alt_types``, and its place matches: the normalised Arabic ``location_ar`` equals one of the
  reference names, or it lies within 10 km of one of the reference ``coords``.
* References are taken in file order, core ones first; each takes, among the still-free matching
  predictions, the one with the right sub-event type, then the right date (then file order).
* An unmatched core reference is a miss; an unmatched optional (non-core) one is not. A prediction
  left free is a false positive; one matched to an optional reference is not.

Figures (same keys, order and rounding as the reference scorer): precision = matched pairs /
(pairs + false positives); recall = matched core / core; sub-event, date (within the reference's
tolerance), actor-group, fatalities and 5 km geo accuracy over matched core pairs; the rate of
dated predictions (day precision or unknown) in documents that cannot be dated; pairwise incident
recall/precision over all matched pairs; the share of disputed core references flagged.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

_AR_DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")
_SPACES = re.compile(r"\s+")
_ALEFS = re.compile("[إأآٱ]")

PLACE_KM = 10  # a prediction this close to a reference point is at the right place
GEO_KM = 5  # geo accuracy: the prediction's point this close to a reference point

# ACLED inter codes -> the coarse actor groups the actor accuracy compares.
_GROUP = {1: "state", 2: "armed", 3: "armed", 4: "armed", 5: "crowd", 6: "crowd", 7: "civilians", 8: "external"}


class EvaluationError(ValueError):
    """A gold or prediction file is missing or malformed (the message names the file)."""


# --------------------------------------------------------------------------------------------
# small helpers, each identical in behaviour to its counterpart in score_events.py
# --------------------------------------------------------------------------------------------
def norm_place(name: str | None) -> str:
    """Loose Arabic place-name form: no diacritics/tatweel, one alef, ه for ة, ي for ى, no leading ال."""
    if not name:
        return ""
    s = _AR_DIACRITICS.sub("", name)
    s = _ALEFS.sub("ا", s).replace("ة", "ه").replace("ى", "ي")
    s = _SPACES.sub(" ", s).strip()
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in s.split(" "))


def km(a: Iterable[float], b: Iterable[float]) -> float:
    """Great-circle distance in kilometres (haversine, Earth diameter 12742 km)."""
    (la1, lo1), (la2, lo2) = a, b
    p = math.pi / 180
    h = math.sin((la2 - la1) * p / 2) ** 2 + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def actor_group(inter: Any) -> str | None:
    """ACLED inter code -> state / armed / crowd / civilians / external (None if unknown)."""
    return _GROUP.get(inter)


def _has_point(p: dict) -> bool:
    return p.get("latitude") is not None and p.get("longitude") is not None


def place_match(g: dict, p: dict) -> bool:
    """Same place: an equal normalised name, or within PLACE_KM of a reference point."""
    if norm_place(p.get("location_ar")) in {norm_place(n) for n in g["location_ar"]}:
        return True
    return _has_point(p) and any(km(c, (p["latitude"], p["longitude"])) <= PLACE_KM for c in g.get("coords") or [])


def accepted_types(g: dict) -> set[str]:
    return {g["event_type"]} | {t for t, _ in g.get("alt_types") or []}


def accepted_subs(g: dict) -> list[str]:
    """The reference's sub-event type, its accepted alternatives, and those of its alt_types."""
    return [g["sub_event_type"], *g.get("alt_sub_event_types", []), *(s for _, s in g.get("alt_types") or [])]


def _days_apart(a: Any, b: Any) -> int:
    """Days between two ISO dates; 99 when either is not a valid date (never within tolerance)."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except (TypeError, ValueError):
        return 99


def date_ok(g: dict, p: dict) -> bool:
    return p.get("event_date") is not None and _days_apart(p["event_date"], g["event_date"]) <= g["date_tolerance_days"]


def actors_ok(g: dict, p: dict) -> bool:
    """Actor groups agree; for Battles with two sides the sides are an unordered pair."""
    if g["event_type"] == "Battles" and g["inter2"] is not None:
        got = sorted(str(actor_group(p.get(k))) for k in ("inter1", "inter2"))
        want = sorted(str(actor_group(g[k])) for k in ("inter1", "inter2"))
        return got == want
    return actor_group(p.get("inter1")) == actor_group(g["inter1"]) and (
        g["inter2"] is None or actor_group(p.get("inter2")) == actor_group(g["inter2"]))


def fatalities_ok(g: dict, p: dict) -> bool:
    return (p.get("fatalities") or 0) == g["fatalities"]


def geo_ok(g: dict, p: dict) -> bool:
    return _has_point(p) and min(km(c, (p["latitude"], p["longitude"])) for c in g["coords"]) <= GEO_KM


def load_jsonl(path: Path) -> list[dict]:
    """Objects of a JSON-lines file (blank lines skipped); a bad line is an error naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: no such file")
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise EvaluationError(f"{path}:{i}: not valid JSON ({e.msg})") from None
            if not isinstance(obj, dict):
                raise EvaluationError(f"{path}:{i}: expected a JSON object")
            out.append(obj)
    return out


# --------------------------------------------------------------------------------------------
# matching
# --------------------------------------------------------------------------------------------
@dataclass
class Matching:
    """The outcome of matching predictions to references, kept for the figures and the listing."""

    docs: dict[str, dict]
    preds: list[dict]  # predictions of reference documents, in file order
    pairs: list[tuple[dict, dict]] = field(default_factory=list)  # (reference, prediction)
    missed: list[dict] = field(default_factory=list)  # unmatched core references
    false_pos: list[dict] = field(default_factory=list)  # unmatched predictions


def match(gold_dir: str | Path, pred_path: str | Path, name: str = "seeds") -> Matching:
    """Match the predictions of ``pred_path`` to the references ``gold_dir/name.*.jsonl``."""
    gold_dir = Path(gold_dir)
    docs = {d["doc"]: d for d in load_jsonl(gold_dir / f"{name}.docs.jsonl")}
    gold = load_jsonl(gold_dir / f"{name}.events.jsonl")
    preds = [p for p in load_jsonl(Path(pred_path)) if p.get("doc_id") in docs]
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    pred_by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        gold_by_doc[g["doc"]].append(g)
    for p in preds:
        pred_by_doc[p["doc_id"]].append(p)
    m = Matching(docs=docs, preds=preds)
    for doc in docs:
        free = list(pred_by_doc[doc])
        for g in sorted(gold_by_doc[doc], key=lambda g: not g["core"]):
            types = accepted_types(g)
            cand = [p for p in free if p.get("event_type") in types and place_match(g, p)]
            if cand:
                subs = accepted_subs(g)
                best = min(cand, key=lambda p: (p.get("sub_event_type") not in subs,
                                                p.get("event_date") != g["event_date"]))
                free.remove(best)
                m.pairs.append((g, best))
            elif g["core"]:
                m.missed.append(g)
        m.false_pos.extend(free)
    return m


# --------------------------------------------------------------------------------------------
# figures
# --------------------------------------------------------------------------------------------
def _rate(flags: Iterable[bool]) -> float | None:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else None


def _r3(x: float | None) -> float | None:
    """Round to 3 places, keeping None (the reference scorer's ``x and round(x, 3)``)."""
    return x and round(x, 3)


def _incident_pairs(labels: list[Any]) -> set[tuple[int, int]]:
    """Index pairs (i < j) of matched events that carry the same, non-empty incident label."""
    return {(i, j) for i in range(len(labels)) for j in range(i + 1, len(labels)) if labels[i] and labels[i] == labels[j]}


def figures(m: Matching) -> dict:
    """The reference scorer's figures for a matching, with its keys, order and rounding."""
    fp, fn = len(m.false_pos), len(m.missed)
    tp = sum(1 for g, _ in m.pairs if g["core"])
    prec = len(m.pairs) / (len(m.pairs) + fp) if m.pairs or fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    core = [(g, p) for g, p in m.pairs if g["core"]]

    sub = _rate(p.get("sub_event_type") in accepted_subs(g) for g, p in core)
    dated = _rate(date_ok(g, p) for g, p in core if g["event_date"])
    undatable = [p for p in m.preds if m.docs[p["doc_id"]]["published"] is None]
    invented = _rate(bool(p.get("event_date")) and p.get("time_precision") in (None, 1) for p in undatable)
    actor = _rate(actors_ok(g, p) for g, p in core)
    fat = _rate(fatalities_ok(g, p) for g, p in core if g["fatalities"] is not None)
    geo = _rate(geo_ok(g, p) for g, p in core if g.get("coords"))

    gold_inc = _incident_pairs([g.get("incident") for g, _ in m.pairs])
    pred_inc = _incident_pairs([p.get("incident_id") for _, p in m.pairs])
    both = gold_inc & pred_inc
    disputed = _rate(bool(p.get("disputed")) for g, p in core if g["disputed"])
    return dict(docs=len(m.docs), gold_core=tp + fn, predicted=len(m.preds), matched=len(m.pairs), false_pos=fp,
                missed=fn, precision=round(prec, 3), recall=round(rec, 3), f1=round(f1, 3),
                sub_event_acc=_r3(sub), date_acc=_r3(dated),
                invented_date_rate=None if invented is None else round(invented, 3),
                actor_acc=_r3(actor), fatalities_acc=_r3(fat), geo_within_5km=_r3(geo),
                incident_pair_recall=len(both) / len(gold_inc) if gold_inc else None,
                incident_pair_precision=len(both) / len(pred_inc) if pred_inc else None,
                disputed_flagged=disputed)


def score(gold_dir: str | Path, pred_events_jsonl: str | Path, name: str = "seeds") -> dict:
    """Figures of ``pred_events_jsonl`` against ``gold_dir/name.*.jsonl`` (as score_events.score)."""
    return figures(match(gold_dir, pred_events_jsonl, name))


# --------------------------------------------------------------------------------------------
# the per-event listing behind --details
# --------------------------------------------------------------------------------------------
def _pred_line(p: dict) -> str:
    return (f"{p.get('event_type')} / {p.get('sub_event_type')} @ {p.get('location_ar')} {p.get('event_date')}"
            f" inter {p.get('inter1')}-{p.get('inter2')} fat {p.get('fatalities')}")


def _gold_line(g: dict) -> str:
    return (f"[{g['id']}{'' if g['core'] else ', optional'}] {g['event_type']} / {g['sub_event_type']}"
            f" @ {'|'.join(g['location_ar'])} {g['event_date']} inter {g['inter1']}-{g['inter2']} fat {g['fatalities']}")


def _pair_problems(g: dict, p: dict) -> list[str]:
    """What is wrong with a matched core pair, in the terms of the figures."""
    out = []
    if p.get("sub_event_type") not in accepted_subs(g):
        out.append(f"sub-event {p.get('sub_event_type')!r}, want {g['sub_event_type']!r}")
    if g["event_date"] and not date_ok(g, p):
        out.append(f"date {p.get('event_date')}, want {g['event_date']} (±{g['date_tolerance_days']})")
    if not actors_ok(g, p):
        out.append(f"actors {p.get('inter1')}-{p.get('inter2')}, want {g['inter1']}-{g['inter2']}")
    if g["fatalities"] is not None and not fatalities_ok(g, p):
        out.append(f"fatalities {p.get('fatalities')}, want {g['fatalities']}")
    if g.get("coords") and not geo_ok(g, p):
        where = (f"{p['latitude']:.4f},{p['longitude']:.4f}" if _has_point(p) else "no point")
        out.append(f"point {where} more than {GEO_KM} km from {g['coords']}")
    if g["disputed"] and not p.get("disputed"):
        out.append("not flagged disputed")
    return out


def details(m: Matching) -> str:
    """Per document: missed core references, false positives and faulty matches, with evidence."""
    lines: list[str] = []
    for doc in m.docs:
        missed = [g for g in m.missed if g["doc"] == doc]
        fps = [p for p in m.false_pos if p["doc_id"] == doc]
        faulty = [(g, p, probs) for g, p in m.pairs if g["doc"] == doc and g["core"]
                  for probs in [_pair_problems(g, p)] if probs]
        if not (missed or fps or faulty):
            continue
        lines.append(f"== {doc}")
        for g in missed:
            lines.append(f"  MISSED {_gold_line(g)}")
            lines.append(f"         «{g['evidence']}»")
        for p in fps:
            lines.append(f"  FALSE+ {_pred_line(p)}")
            if p.get("evidence_ar"):
                lines.append(f"         «{p['evidence_ar']}»")
        for g, p, probs in faulty:
            lines.append(f"  WRONG  {_gold_line(g)}")
            lines.append(f"         got {_pred_line(p)}: " + "; ".join(probs))
    return "\n".join(lines) if lines else "(every reference matched, no false positive, no faulty field)"


# --------------------------------------------------------------------------------------------
# command
# --------------------------------------------------------------------------------------------
def events_path(out: str | Path) -> Path:
    """A marsad output folder means its events.jsonl; a file path is taken as it is."""
    out = Path(out)
    return out / "events.jsonl" if out.is_dir() else out


def format_figures(r: dict) -> str:
    """The reference scorer's text layout: one ``key value`` line per figure, then ``F1 x``."""
    return "\n".join([*(f"{k:24} {v}" for k, v in r.items()), f"F1 {r['f1']}"])


def main(gold_dir: str | Path, out_dir: str | Path, name: str = "seeds", as_json: bool = False,
         show_details: bool = False) -> dict:
    """``marsad evaluate``: print the figures (and optionally the listing); exit 1 on a bad file."""
    try:
        m = match(gold_dir, events_path(out_dir), name)
    except EvaluationError as e:
        print(f"marsad evaluate: {e}", file=sys.stderr)
        raise SystemExit(1) from None
    r = figures(m)
    print(json.dumps(r, ensure_ascii=False) if as_json else format_figures(r))
    if show_details:
        print(details(m), file=sys.stderr if as_json else sys.stdout)
    return r
