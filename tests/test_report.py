"""report.html: self-contained, offline, and safe against hostile article text."""
from __future__ import annotations

import json
import re

from test_incidents_fixtures import CIVS, STATE, ev, seed_like_documents, seed_like_events

from marsad.incidents import link_all
from marsad.models import Document
from marsad.report import safe_json, write_report

HOSTILE = '</script><script>window.pwned=1</script><!-- \u2028 {{DATA}} <img src=x onerror=alert(1)>'


def _data_block(html: str, tag_id: str) -> str:
    m = re.search(r'<script type="application/json" id="%s">(.*?)</script>' % tag_id, html, re.S)
    assert m, f"no {tag_id} block"
    return m.group(1)


def _report(tmp_path, events, docs):
    res = link_all(events, docs)
    return write_report(tmp_path, list(docs.values()), events, res).read_text(encoding="utf-8"), res


def test_report_is_self_contained_and_offline(tmp_path):
    html, res = _report(tmp_path, seed_like_events(), seed_like_documents())
    # no external resource of any kind: scripts, styles, images, fonts, tiles
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', html, re.I)
    assert "{s}.tile" not in html and "unpkg.com" not in html and "cdnjs" not in html
    assert "@import" not in html and "url(images/" not in html and "sourceMappingURL" not in html
    assert "L.circleMarker" in html and 'Leaflet 1.9.4' in html and "CC BY 3.0 IGO" in html
    data = json.loads(_data_block(html, "marsad-data"))
    assert len(data["incidents"]) == len(res.incidents) == 14
    bounds = json.loads(_data_block(html, "marsad-boundaries"))
    assert len(bounds["features"]) == 14
    assert len(html.encode()) < 600_000


def test_hostile_text_cannot_break_out_of_the_data_block(tmp_path):
    docs = {"h": Document(doc_id="h", text="x", outlet=HOSTILE, url="javascript:alert(1)", title=HOSTILE)}
    events = [ev("h-1", "h", "2021-07-29", "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7,
                 evidence=HOSTILE, fat=3)]
    html, _ = _report(tmp_path, events, docs)
    block = _data_block(html, "marsad-data")
    assert "</script" not in block.lower() and "<!--" not in block and "\u2028" not in block
    data = json.loads(block)  # and the escaped block still decodes to the exact original strings
    assert data["incidents"][0]["sources"][0]["evidence_ar"] == HOSTILE
    assert data["documents"]["h"]["url"] is None  # only http(s) links survive
    assert "<script>window.pwned" not in html and "<img src=x" not in html
    assert html.lower().count("<script") == 4  # leaflet, ours, two data blocks: nothing injected
    # the template placeholders inside data are not expanded
    assert "{{DATA}}" in data["incidents"][0]["sources"][0]["evidence_ar"]


def test_safe_json_round_trips():
    obj = {"a": "</script>&<>\u2028\u2029", "b": [1, None, "درعا"]}
    text = safe_json(obj)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == obj


def test_undated_incidents_are_in_the_data(tmp_path):
    html, _ = _report(tmp_path, seed_like_events(), seed_like_documents())
    data = json.loads(_data_block(html, "marsad-data"))
    assert sum(1 for i in data["incidents"] if i["event_date"] is None) == 3
    assert sum(1 for e in data["events"] if e["event_date"] is None) == 3


def test_vendored_assets_and_boundaries():
    from importlib import resources

    assets = resources.files("marsad.report") / "assets"
    geo = json.loads((assets / "syr_admin1.geojson").read_text(encoding="utf-8"))
    assert len(geo["features"]) == 14
    assert all(f["properties"]["ADM1_AR"] and f["properties"]["ADM1_PCODE"].startswith("SY") for f in geo["features"])
    assert len((assets / "syr_admin1.geojson").read_bytes()) < 250_000
    assert 't.version="1.9.4"' in (assets / "leaflet.js").read_text(encoding="utf-8")
    assert "BSD 2-Clause" in (assets / "LEAFLET_LICENSE.txt").read_text(encoding="utf-8")


def test_build_boundaries_simplifies(tmp_path):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts/build_boundaries.py"
    spec = importlib.util.spec_from_file_location("build_boundaries", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    square = [[0, 0], [0.5, 0.0001], [1, 0], [1, 1], [0, 1], [0, 0]]
    src = tmp_path / "in.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ADM1_PCODE": "SY01", "ADM1_EN": "A", "ADM1_AR": "أ", "extra": 1},
         "geometry": {"type": "Polygon", "coordinates": [square]}}]}), encoding="utf-8")
    size = mod.build(src, tmp_path / "out.geojson", 0.01)
    out = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    ring = out["features"][0]["geometry"]["coordinates"][0]
    assert [0.5, 0.0] not in ring and len(ring) == 5 and ring[0] == ring[-1]  # the near-collinear vertex is gone
    assert out["features"][0]["properties"] == {"ADM1_PCODE": "SY01", "ADM1_EN": "A", "ADM1_AR": "أ"}
    assert size == len((tmp_path / "out.geojson").read_bytes())
