"""Report stage: one self-contained, offline report.html.

Everything the page needs is inside the file: Leaflet 1.9.4 (BSD-2, vendored in ``assets/``), our own
CSS and JS, a simplified GeoJSON of Syria's 14 governorates (OCHA COD-AB, CC BY 3.0 IGO) as the base
layer instead of map tiles, and the data as JSON in ``<script type="application/json">`` tags. No
CDN, no tile server, no font download: it opens from a USB stick on a machine with no network.

Safety: article text is hostile input. The JSON is escaped so no ``</script>``, ``<!--`` or line
separator in an article can end the data block, and the page's JS inserts every string with
``textContent`` (never ``innerHTML``) and only links ``http(s)`` URLs.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, fields
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

from marsad import jsontext
from marsad.incidents import IncidentResult
from marsad.models import Document, Event

_ASSETS = ("leaflet.css", "leaflet.js", "report.css", "report.js", "syr_admin1.geojson", "template.html")


@lru_cache(maxsize=None)
def asset(name: str) -> str:
    """Text of a vendored or own asset shipped in marsad/report/assets."""
    if name not in _ASSETS:
        raise ValueError(f"unknown report asset {name!r}")
    path = resources.files("marsad.report") / "assets" / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        raise RuntimeError(f"report asset {path} cannot be read ({e}); reinstall marsad") from e


def _leaflet_js() -> str:
    # the source-map comment would make devtools look for a file that is not there
    return re.sub(r"//# sourceMappingURL=\S+", "", asset("leaflet.js"))


def _leaflet_css() -> str:
    # the layer-control and default-marker images are not shipped (circle markers need none)
    return re.sub(r"url\(images/[^)]*\)", "none", asset("leaflet.css"))


def safe_json(obj) -> str:
    """JSON that can sit inside <script type="application/json"> whatever the strings contain."""
    text = jsontext.dumps(obj)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_HTTP = re.compile(r"^https?://", re.I)


def _safe_url(url: str | None) -> str | None:
    return url if url and _HTTP.match(url) else None


def payload(documents: list[Document], events: list[Event], result: IncidentResult) -> dict:
    """The data the page draws: compact, only what the views use."""
    docs = {d.doc_id: {"outlet": d.outlet or d.site_name, "url": _safe_url(d.url), "title": d.title,
                       "published": d.published} for d in documents}
    incidents = []
    inc_names = c_names = None  # field names read once, not per incident (fields() is slow)
    for inc in result.incidents:
        # shallow copies (dataclasses.asdict deep-copies every string: 4x slower on big runs)
        if inc_names is None:
            inc_names = [f.name for f in fields(inc) if f.name != "sources"]
        row = {n: getattr(inc, n) for n in inc_names}
        row["sources"] = []
        for c in inc.sources:
            if c_names is None:
                c_names = [f.name for f in fields(c)]
            src = {n: getattr(c, n) for n in c_names}
            src["url"] = _safe_url(src.get("url"))
            row["sources"].append(src)
        incidents.append(row)
    ev_rows = []
    for e in events:
        ev_rows.append({
            "id": e.event_id_cnty, "doc_id": e.doc_id, "event_date": e.event_date, "time_precision": e.time_precision,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type, "actor1": e.actor1, "actor2": e.actor2,
            "location": e.location, "location_ar": e.location_ar, "admin1": e.admin1,
            "fatalities": e.fatalities, "incident_id": e.incident_id, "disputed": e.disputed,
            "outlet": (docs.get(e.doc_id) or {}).get("outlet") or e.source or None,
        })
    stories = [asdict(s) for s in result.stories]
    return {
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "documents": docs, "incidents": incidents, "events": ev_rows, "stories": stories,
        "framing": result.framing or {},
    }


def render(documents: list[Document], events: list[Event], result: IncidentResult) -> str:
    data = payload(documents, events, result)
    boundaries = json.loads(asset("syr_admin1.geojson"))
    html = asset("template.html")
    parts = {
        "{{LEAFLET_CSS}}": _leaflet_css(),
        "{{REPORT_CSS}}": asset("report.css"),
        "{{DATA}}": safe_json(data),
        "{{BOUNDARIES}}": safe_json(boundaries),
        "{{LEAFLET_JS}}": _leaflet_js(),
        "{{REPORT_JS}}": asset("report.js"),
    }
    # one pass, so a placeholder-looking string inside the data is never expanded
    return re.sub(r"\{\{[A-Z_]+\}\}", lambda m: parts.get(m.group(0), m.group(0)), html)


def write_report(out_dir: Path, documents: list[Document], events: list[Event], result: IncidentResult) -> Path:
    """Write ``out_dir/report.html`` and return its path."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "report.html"
    docs = list(documents.values()) if isinstance(documents, dict) else list(documents)
    path.write_text(render(docs, list(events), result), encoding="utf-8")
    return path
