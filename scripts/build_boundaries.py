#!/usr/bin/env python3
"""Build the report's offline base layer: Syria's 14 governorates, simplified.

Reads the OCHA COD-AB admin-1 polygons (CC BY 3.0 IGO) prepared under ../shared/data/gazetteer and writes
src/marsad/report/assets/syr_admin1.geojson, small enough to inline in every report.html (< 250 KB).
Simplification is Douglas-Peucker in degrees (default 0.004°, about 400 m: invisible at country zoom)
followed by rounding to 3 decimals; rings that collapse below 4 points keep their original vertices.

usage: scripts/build_boundaries.py [SRC] [DEST] [--tolerance DEG]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared/data/gazetteer/ocha_boundaries/syr_admin1_compact.geojson"
DEFAULT_DEST = ROOT / "src/marsad/report/assets/syr_admin1.geojson"
KEEP = ("ADM1_PCODE", "ADM1_EN", "ADM1_AR")
MAX_BYTES = 250_000


def _perp(p, a, b) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points: list, tol: float) -> list:
    """Iterative Douglas-Peucker (no recursion limit on long rings)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(points, keep) if k]


def ring(r: list, tol: float) -> list:
    out = simplify(r, tol)
    if len(out) < 4:
        out = r
    res = []
    for x, y in out:
        q = [round(x, 3), round(y, 3)]
        if not res or res[-1] != q:
            res.append(q)
    if res[0] != res[-1]:
        res.append(res[0])
    return res


def build(src: Path, dest: Path, tol: float) -> int:
    try:
        data = json.loads(src.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise SystemExit(f"{src}: cannot read GeoJSON ({e})")
    feats = []
    for f in data.get("features", []):
        g = f["geometry"]
        if g["type"] == "Polygon":
            coords = [ring(r, tol) for r in g["coordinates"]]
        elif g["type"] == "MultiPolygon":
            coords = [[ring(r, tol) for r in poly] for poly in g["coordinates"]]
        else:
            raise SystemExit(f"{src}: unexpected geometry {g['type']}")
        props = {k: f["properties"].get(k) for k in KEEP}
        feats.append({"type": "Feature", "properties": props, "geometry": {"type": g["type"], "coordinates": coords}})
    out = {
        "type": "FeatureCollection",
        "attribution": "OCHA COD-AB Syria admin-1 (v02, 2020-12-17), CC BY 3.0 IGO; simplified",
        "features": feats,
    }
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    dest.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC)
    ap.add_argument("dest", nargs="?", type=Path, default=DEFAULT_DEST)
    ap.add_argument("--tolerance", type=float, default=0.004)
    a = ap.parse_args(argv)
    size = build(a.src, a.dest, a.tolerance)
    print(f"{a.dest}: {size} bytes")
    if size > MAX_BYTES:
        print(f"warning: larger than {MAX_BYTES} bytes; raise --tolerance", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
