"""marsad.evaluate must give exactly the figures of the project's reference scorer.

The reference scorer is ``<repo>/../shared/tools/score_events.py``; it is imported by path and both
are run on many prediction files built from the reference events (perfect, empty, wrong type,
moved places, optional-only matches, incidents, bad values) and on real ``marsad run`` outputs.
"""
from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from marsad import evaluate

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS_GOLD = SHARED / "gold"
EVAL_GOLD = REPO / "tests" / "eval" / "gold"

GOLD_SETS = [(SEEDS_GOLD, "seeds"), (EVAL_GOLD, "eval")]


def _reference_scorer():
    path = SHARED / "tools" / "score_events.py"
    if not path.is_file():
        pytest.skip(f"reference scorer not present at {path}")
    spec = importlib.util.spec_from_file_location("score_events_reference", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def ref():
    return _reference_scorer()


def _gold(gold_dir: Path, name: str) -> list[dict]:
    return evaluate.load_jsonl(gold_dir / f"{name}.events.jsonl")


def _pred_from_gold(g: dict) -> dict:
    """The prediction a perfect system would write for a reference event."""
    lat, lon = (g["coords"][0] if g.get("coords") else (None, None))
    return dict(doc_id=g["doc"], event_type=g["event_type"], sub_event_type=g["sub_event_type"],
                event_date=g["event_date"], time_precision=1, location_ar=g["location_ar"][0],
                latitude=lat, longitude=lon, admin1=g["admin1"], inter1=g["inter1"], inter2=g["inter2"],
                fatalities=g["fatalities"], incident_id=g["incident"], disputed=g["disputed"],
                evidence_ar=g["evidence"])


def _write(tmp_path: Path, name: str, preds: list[dict]) -> Path:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    return path


def _shift(p: dict, km_north: float) -> dict:
    """The prediction moved north by ``km_north`` km, under a name no reference uses."""
    q = dict(p, location_ar="مكان مجهول")
    if q["latitude"] is not None:
        q["latitude"] += km_north / 111.2
    return q


def _variants(gold: list[dict]) -> dict[str, list[dict]]:
    perfect = [_pred_from_gold(g) for g in gold]
    core = [p for p, g in zip(perfect, gold) if g["core"]]
    return {
        "perfect": perfect,
        "perfect_core_only": core,
        "empty": [],
        "wrong_type_every_third": [dict(p, event_type="Riots") if i % 3 == 0 else p for i, p in enumerate(perfect)],
        "moved_7km_unnamed": [_shift(p, 7) for p in perfect],
        "moved_15km_unnamed": [_shift(p, 15) for p in perfect],
        "moved_4km_unnamed": [_shift(p, 4) for p in perfect],
        "optional_only": [p for p, g in zip(perfect, gold) if not g["core"]],
        "duplicated": perfect + perfect,
        "wrong_fields": [dict(p, sub_event_type="Attack", inter1=5, inter2=3, fatalities=(p["fatalities"] or 0) + 1,
                              event_date="2000-01-01", disputed=not p["disputed"]) for p in perfect],
        "one_incident_for_all": [dict(p, incident_id="X") for p in perfect],
        "no_incidents": [dict(p, incident_id=None) for p in perfect],
        "incident_per_doc": [dict(p, incident_id=p["doc_id"]) for p in perfect],
        "dates_everywhere": [dict(p, event_date="2021-07-29", time_precision=None) for p in perfect],
        "dates_month_precision": [dict(p, event_date="2021-07-29", time_precision=3) for p in perfect],
        "string_codes_and_bad_dates": [dict(p, inter1=str(p["inter1"]), event_date="29/07/2021") for p in perfect],
        "no_points": [dict(p, latitude=None, longitude=None) for p in perfect],
        "unknown_doc": [dict(p, doc_id="not_a_reference_doc") for p in perfect] + core[:2],
        "swapped_battle_sides": [dict(p, inter1=p["inter2"], inter2=p["inter1"]) for p in perfect],
    }


@pytest.mark.parametrize("gold_dir,name", GOLD_SETS)
def test_synthetic_predictions_score_identically(ref, tmp_path, gold_dir, name):
    gold = _gold(gold_dir, name)
    for label, preds in _variants(gold).items():
        path = _write(tmp_path, label, preds)
        assert evaluate.score(gold_dir, path, name) == ref.score(str(gold_dir), str(path), name), label


@pytest.mark.parametrize("gold_dir,name", GOLD_SETS)
def test_random_perturbations_score_identically(ref, tmp_path, gold_dir, name):
    """Many random mixtures of the perturbations above, including reordering."""
    gold = _gold(gold_dir, name)
    docs = sorted({g["doc"] for g in gold})
    rng = random.Random(20261125)
    types = ["Battles", "Explosions/Remote violence", "Protests", "Violence against civilians", "Strategic developments"]
    for trial in range(40):
        preds = []
        for g in gold:
            if rng.random() < 0.2:
                continue
            p = _pred_from_gold(g)
            r = rng.random()
            if r < 0.15:
                p["event_type"] = rng.choice(types)
            elif r < 0.3:
                p = _shift(p, rng.uniform(0, 20))
            elif r < 0.4:
                p["sub_event_type"] = "Armed clash"
            elif r < 0.5:
                p["event_date"] = rng.choice([None, "2021-07-28", "2021-08-03", ""])
            for k in ("inter1", "inter2"):
                if rng.random() < 0.15:
                    p[k] = rng.choice([None, 1, 2, 3, 5, 6, 7, 8])
            if rng.random() < 0.2:
                p["fatalities"] = rng.choice([None, 0, 1, 2, 12])
            p["incident_id"] = rng.choice([None, g["incident"], "A", "B"])
            p["disputed"] = rng.random() < 0.5
            p["time_precision"] = rng.choice([None, 1, 2, 3])
            preds.append(p)
            if rng.random() < 0.1:
                preds.append(dict(p))
        for _ in range(rng.randint(0, 6)):  # spurious events
            preds.append(dict(doc_id=rng.choice(docs), event_type=rng.choice(types), sub_event_type="Armed clash",
                              event_date=rng.choice([None, "2021-07-29"]), location_ar="درعا",
                              latitude=32.62, longitude=36.10, inter1=1, inter2=2, fatalities=None))
        rng.shuffle(preds)
        path = _write(tmp_path, f"random{trial}", preds)
        assert evaluate.score(gold_dir, path, name) == ref.score(str(gold_dir), str(path), name), trial


def test_figures_mean_what_they_say(tmp_path):
    """Not only equal to the reference: the key figures behave as documented."""
    gold = _gold(EVAL_GOLD, "eval")
    v = _variants(gold)
    perfect = evaluate.score(EVAL_GOLD, _write(tmp_path, "p", v["perfect"]), "eval")
    assert (perfect["f1"], perfect["false_pos"], perfect["missed"]) == (1.0, 0, 0)
    assert perfect["fatalities_acc"] == perfect["actor_acc"] == perfect["sub_event_acc"] == 1.0
    assert perfect["incident_pair_recall"] == perfect["incident_pair_precision"] == 1.0
    assert perfect["disputed_flagged"] == 1.0 and perfect["invented_date_rate"] == 0.0

    empty = evaluate.score(EVAL_GOLD, _write(tmp_path, "e", []), "eval")
    assert (empty["f1"], empty["recall"], empty["matched"], empty["sub_event_acc"]) == (0.0, 0.0, 0, None)
    assert empty["missed"] == empty["gold_core"] == sum(g["core"] for g in gold)

    near = evaluate.score(EVAL_GOLD, _write(tmp_path, "n", v["moved_7km_unnamed"]), "eval")
    far = evaluate.score(EVAL_GOLD, _write(tmp_path, "f", v["moved_15km_unnamed"]), "eval")
    assert near["matched"] == sum(1 for g in gold if g["coords"]) and near["geo_within_5km"] == 0.0
    # 15 km off only matches where another reference of the same document lies nearby
    assert far["matched"] < near["matched"] // 3 and far["false_pos"] == len(v["moved_15km_unnamed"]) - far["matched"]

    optional = evaluate.score(EVAL_GOLD, _write(tmp_path, "o", v["optional_only"]), "eval")
    # optional references never count as misses nor their predictions as false positives (a few of
    # these predictions are taken first by a core reference of the same type and place)
    assert optional["false_pos"] == 0 and optional["precision"] == 1.0 and optional["recall"] < 0.2

    undatable = {d["doc"] for d in evaluate.load_jsonl(EVAL_GOLD / "eval.docs.jsonl") if d["published"] is None}
    assert undatable, "the eval set must have documents that cannot be dated"
    dated = evaluate.score(EVAL_GOLD, _write(tmp_path, "d", v["dates_everywhere"]), "eval")
    assert dated["invented_date_rate"] == 1.0
    month = evaluate.score(EVAL_GOLD, _write(tmp_path, "m", v["dates_month_precision"]), "eval")
    assert month["invented_date_rate"] == 0.0


def test_details_lists_misses_false_positives_and_wrong_fields(tmp_path):
    gold = _gold(EVAL_GOLD, "eval")
    preds = [_pred_from_gold(g) for g in gold]
    first_core = next(g for g in gold if g["core"])
    preds = [p for p in preds if p["evidence_ar"] != first_core["evidence"]]
    wrong = next(p for p in preds if p["fatalities"])
    wrong["fatalities"] += 5
    preds.append(dict(doc_id="ev22_manbij_threats", event_type="Battles", sub_event_type="Armed clash",
                      location_ar="منبج", latitude=None, longitude=None, evidence_ar="معارك عنيفة مع قسد"))
    m = evaluate.match(EVAL_GOLD, _write(tmp_path, "x", preds), "eval")
    text = evaluate.details(m)
    assert f"MISSED [{first_core['id']}]" in text and first_core["evidence"] in text
    assert "FALSE+ Battles / Armed clash @ منبج" in text and "«معارك عنيفة مع قسد»" in text
    assert f"fatalities {wrong['fatalities']}, want {wrong['fatalities'] - 5}" in text


def test_cli_prints_the_reference_layout(ref, tmp_path):
    """`marsad evaluate` prints what `score_events.py` prints, and accepts a folder or a file."""
    preds = [_pred_from_gold(g) for g in _gold(SEEDS_GOLD, "seeds")][::2]
    out = tmp_path / "run"
    out.mkdir()
    _write(out, "events", preds)
    mine = subprocess.run([sys.executable, "-m", "marsad.cli", "evaluate", str(SEEDS_GOLD), str(out)],
                          capture_output=True, text=True, check=True).stdout
    theirs = subprocess.run([sys.executable, str(SHARED / "tools" / "score_events.py"), str(SEEDS_GOLD),
                             str(out / "events.jsonl")], capture_output=True, text=True, check=True).stdout
    assert mine == theirs
    mine_json = subprocess.run([sys.executable, "-m", "marsad.cli", "evaluate", str(SEEDS_GOLD),
                                str(out / "events.jsonl"), "--json"], capture_output=True, text=True, check=True).stdout
    assert json.loads(mine_json) == ref.score(str(SEEDS_GOLD), str(out / "events.jsonl"))


def test_bad_input_names_the_file(tmp_path):
    bad = tmp_path / "events.jsonl"
    bad.write_text('{"doc_id": "x"}\nnot json\n', encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "evaluate", str(SEEDS_GOLD), str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and f"{bad}:2: not valid JSON" in r.stderr
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "evaluate", str(tmp_path / "nogold"), str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "seeds.docs.jsonl: no such file" in r.stderr


RUN_INPUTS = [
    ("seeds_txt", SHARED / "corpus" / "seeds", SEEDS_GOLD, "seeds"),
    ("seeds_jsonl", SHARED / "corpus" / "seeds.jsonl", SEEDS_GOLD, "seeds"),
    ("eval_txt", REPO / "tests" / "eval" / "corpus", EVAL_GOLD, "eval"),
    ("eval_jsonl", REPO / "tests" / "eval" / "corpus.jsonl", EVAL_GOLD, "eval"),
]


@pytest.mark.parametrize("label,inputs,gold_dir,name", RUN_INPUTS, ids=[r[0] for r in RUN_INPUTS])
def test_both_scorers_agree_on_a_marsad_run(ref, tmp_path, label, inputs, gold_dir, name):
    if not inputs.exists():
        pytest.skip(f"{inputs} not present")
    out = tmp_path / label
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "run", str(inputs), "--out", str(out), "--quiet"],
                       capture_output=True, text=True)
    # 1 = some document's analysis failed (that is the pipeline's tests' business); the scorers must
    # still agree on whatever events.jsonl the run wrote
    assert r.returncode in (0, 1), r.stderr
    events = out / "events.jsonl"
    assert events.is_file(), "marsad run must write events.jsonl"
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert {d["doc_id"] for d in docs} == {d["doc"] for d in evaluate.load_jsonl(gold_dir / f"{name}.docs.jsonl")}
    assert evaluate.score(gold_dir, events, name) == ref.score(str(gold_dir), str(events), name)
