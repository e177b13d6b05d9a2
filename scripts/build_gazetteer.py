#!/usr/bin/env python3
"""Build src/marsad/data/gazetteer.tsv from the public source files in ../shared/data/gazetteer.

Why a build step: the sources (OCHA/OpenSyria admin units, GeoNames towns, a hand-cited locality
supplement, OCHA Aleppo neighbourhoods) overlap and disagree. This script joins them once into one
compact table that ships inside the package, so a fresh install needs nothing else:

- every admin unit (governorate, district, sub-district) with its P-code and area centroid;
- every GeoNames town with its point, linked to its sub-district by name or nearest centroid;
- every supplement locality, merged into the GeoNames town of the same name when there is one
  (the GeoNames point wins, the supplement adds spellings), otherwise a new entry with the page's
  point or, when the page gave none, its parent's point flagged ``approx`` (resolved at precision 2);
- Aleppo city neighbourhoods with their centres.

Curated additions (src/marsad/data/places_curated.tsv) are *not* merged here: they are read at run
time so an analyst's edit takes effect without rebuilding.

Usage: python scripts/build_gazetteer.py [SOURCE_DIR] [--out PATH]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from marsad.text.normalize import squash  # noqa: E402

COLUMNS = [
    "id", "kind", "name_ar", "names_ar", "name_en", "lat", "lon", "coord_source", "approx",
    "admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode", "parent_id",
    "population", "source",
]

# Supplement spells a few governorates differently from the OCHA admin file.
ADMIN1_ALIASES = {"suwayda": "As-Suwayda", "raqqa": "Raqqa", "ar-raqqa": "Raqqa",
                  "deir-ez-zor": "Deir ez-Zor", "idleb": "Idlib", "rural damascus": "Rif Dimashq"}
SEAT_PREFIXES = ("مركز ", "ناحية ", "منطقة ", "محافظة ")


def fail(path: Path, reason: str) -> None:
    raise SystemExit(f"build_gazetteer: {path}: {reason}")


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        fail(path, "missing source file")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def bare(name: str) -> str:
    """Matching key without the article, for joining sources that disagree on ال."""
    s = squash(re.sub(r"\s*\(.*?\)\s*", " ", name))
    return s[2:] if s.startswith("ال") and len(s) > 4 else s


def clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\(.*?\)", "", name)).strip()


def fnum(s: str) -> float | None:
    s = (s or "").strip()
    return float(s) if s else None


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


_ARABIC = re.compile("[\u0600-\u06ff]")
_STANDARD = re.compile("^[\u0621-\u0652\u0670 ]+$")


def geonames_alternates(path: Path) -> dict[str, list[str]]:
    """geonameid -> the Arabic names among GeoNames' alternate names (cities1000 column 4)."""
    if not path.is_file():
        fail(path, "missing source file")
    out: dict[str, list[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        cells = line.split("\t")
        if len(cells) < 4:
            fail(path, f"line {n}: {len(cells)} columns, want the GeoNames cities layout")
        out[cells[0]] = [a.strip() for a in cells[3].split(",") if _ARABIC.search(a)]
    return out


def opensyria_aliases(folder: Path) -> dict[str, list[str]]:
    """opensyria id -> its Arabic name and Arabic aliases (governorates, districts, sub-districts)."""
    out: dict[str, list[str]] = {}
    for name in ("governorates.json", "districts.json", "subdistricts.json"):
        path = folder / name
        if not path.is_file():
            fail(path, "missing source file")
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            fail(path, f"not JSON ({e})")
        for d in rows:
            names = [d.get("name", {}).get("ar", "")] + [a["value"] for a in d.get("aliases", [])
                                                         if a.get("language") == "ar"]
            out[d["id"]] = [n for n in names if n]
    return out


def build(src: Path) -> list[dict[str, object]]:
    entries: dict[str, dict[str, object]] = {}

    def add(e: dict[str, object]) -> dict[str, object]:
        if e["id"] in entries:
            fail(src, f"duplicate id {e['id']}")
        e.setdefault("names", [])
        entries[str(e["id"])] = e
        return e

    # 1. admin units -------------------------------------------------------------------------
    admin_rows = read_csv(src / "syria_admin_units_adm1-3.csv")
    adm1_by_en: dict[str, dict] = {}
    adm2_by_en: dict[tuple[str, str], dict] = {}
    adm3_by_en: dict[tuple[str, str], dict] = {}
    adm3_in_gov: dict[str, list[dict]] = {}
    for r in admin_rows:
        lvl = r["level"]
        names = [r["name_ar"]] + [a for a in r["aliases_ar"].split("|") if a]
        for n in list(names):  # "مركز X" / "ناحية X": the seat's name X is an alias too
            for p in SEAT_PREFIXES:
                if n.startswith(p) and not n[len(p):].startswith(SEAT_PREFIXES):
                    names.append(n[len(p):])
        kind = {"1": "governorate", "2": "district", "3": "subdistrict"}[lvl]
        e = add({
            "id": r["pcode"], "kind": kind, "name_ar": r["name_ar"], "names": names,
            "name_en": r["name_en"], "lat": fnum(r["lat"]), "lon": fnum(r["lon"]),
            "coord_source": "admin centroid", "approx": "",
            "admin1": r["adm1_name_en"], "admin1_pcode": r["adm1_pcode"],
            "admin2": r["adm2_name_en"] if lvl != "1" else "", "admin2_pcode": r["adm2_pcode"] if lvl != "1" else "",
            "admin3": r["name_en"] if lvl == "3" else "", "admin3_pcode": r["pcode"] if lvl == "3" else "",
            "parent_id": {"1": "SYR", "2": r["adm1_pcode"], "3": r["adm2_pcode"]}[lvl],
            "population": "", "source": "OCHA/OpenSyria admin units",
        })
        if lvl == "1":
            adm1_by_en[r["name_en"].lower()] = e
        elif lvl == "2":
            adm2_by_en[(r["adm1_pcode"], r["name_en"].lower())] = e
        else:
            adm3_by_en[(r["adm1_pcode"], r["name_en"].lower())] = e
            adm3_in_gov.setdefault(r["adm1_pcode"], []).append(e)
    add({"id": "SYR", "kind": "country", "name_ar": "سوريا",
         "names": ["سوريا", "سورية", "الجمهورية العربية السورية", "الأراضي السورية"],
         "name_en": "Syria", "lat": None, "lon": None, "coord_source": "", "approx": "",
         "admin1": "", "admin1_pcode": "", "admin2": "", "admin2_pcode": "", "admin3": "",
         "admin3_pcode": "", "parent_id": "", "population": "", "source": "country"})

    def set_adm3(e: dict, a3: dict | None) -> None:
        if a3 is None:
            return
        e["admin3"], e["admin3_pcode"] = a3["admin3"], a3["id"]
        e["admin2"], e["admin2_pcode"] = a3["admin2"], a3["admin2_pcode"]
        e["parent_id"] = a3["id"]

    def adm3_for(gov: str, names: list[str], lat: float | None, lon: float | None) -> dict | None:
        keys = {bare(n) for n in names}
        for a3 in adm3_in_gov.get(gov, []):
            if keys & {bare(n) for n in a3["names"]}:
                return a3
        if lat is None:
            return None
        cands = [a3 for a3 in adm3_in_gov.get(gov, []) if a3["lat"] is not None]
        return min(cands, key=lambda a3: km(lat, lon, a3["lat"], a3["lon"])) if cands else None

    # opensyria aliases the admin file may lack (every Arabic one, formal or alternate spelling)
    os_ar = opensyria_aliases(src / "opensyria")
    for r in admin_rows:
        e = entries[r["pcode"]]
        for a in os_ar.get(r["opensyria_id"], []):
            if a not in e["names"]:
                e["names"].append(a)

    # 2. GeoNames towns ----------------------------------------------------------------------
    towns: list[dict] = []
    alt_ar = geonames_alternates(src / "geonames" / "cities1000_SY.tsv")
    for r in read_csv(src / "geonames" / "geonames_SY_places_ar.csv"):
        names = [n for n in r["names_ar"].split("|") if n]
        # every Arabic alternate name GeoNames holds (transliteration-era spellings included)
        names += [n for n in alt_ar.get(r["geonameid"], []) if n not in names]
        # the main name is the first one in standard Arabic letters (GeoNames lists "اذقیہ", a
        # Persian-script spelling, before "اللاذقية")
        std = [n for n in names if _STANDARD.match(n)]
        if std and std[0] != names[0]:
            names.remove(std[0])
            names.insert(0, std[0])
        if not names:
            continue
        gov = entries.get(r["adm1_pcode"])
        if gov is None or gov["kind"] != "governorate":
            fail(src / "geonames" / "geonames_SY_places_ar.csv", f"unknown governorate {r['adm1_pcode']!r}")
        lat, lon = float(r["lat"]), float(r["lon"])
        kind = "city" if r["feature_code"] in ("PPLC", "PPLA", "PPLA2") else "town"
        e = add({
            "id": f"gn{r['geonameid']}", "kind": kind, "name_ar": names[0], "names": names,
            "name_en": r["asciiname"], "lat": lat, "lon": lon, "coord_source": "geonames point",
            "approx": "", "admin1": gov["admin1"], "admin1_pcode": gov["id"], "admin2": "",
            "admin2_pcode": "", "admin3": "", "admin3_pcode": "", "parent_id": gov["id"],
            "population": r["population"] if r["population"] not in ("", "0") else "",
            "source": f"GeoNames {r['geonameid']}",
        })
        a3 = adm3_for(gov["id"], names, lat, lon)
        set_adm3(e, a3)
        if a3 is not None:  # the name its sub-district also carries is the usual one ("عين العرب", not "عرب بينار")
            shared = [n for n in e["names"] if bare(n) in {bare(x) for x in a3["names"]} and _STANDARD.match(n)]
            if shared and shared[0] != e["names"][0]:
                e["names"].remove(shared[0])
                e["names"].insert(0, shared[0])
                e["name_ar"] = shared[0]
        towns.append(e)

    # 3. supplement -------------------------------------------------------------------------
    sup_path = src / "localities_supplement.csv"
    for i, r in enumerate(read_csv(sup_path), start=2):
        a1 = ADMIN1_ALIASES.get(r["admin1_en"].strip().lower(), r["admin1_en"].strip())
        gov = adm1_by_en.get(a1.lower())
        if gov is None:
            fail(sup_path, f"line {i}: unknown governorate {r['admin1_en']!r}")
        names = [clean_name(r["name_ar"])] + [clean_name(n) for n in r["alt_names_ar"].split(";") if n.strip()]
        names = list(dict.fromkeys(n for n in names if n))
        lat, lon = fnum(r["lat"]), fnum(r["lon"])
        keys = {bare(n) for n in names}
        match = None
        for t in towns:
            if t["admin1_pcode"] == gov["id"] and keys & {bare(n) for n in t["names"]}:
                if lat is None or km(lat, lon, t["lat"], t["lon"]) < 15:
                    match = t
                    break
        if match is not None:
            match["names"] = list(dict.fromkeys(list(match["names"]) + names))
            match["source"] = f"{match['source']} + supplement ({r['source_url']})"
            if r["population_2004"] and not match["population"]:
                match["population"] = r["population_2004"]
            continue
        a2 = adm2_by_en.get((gov["id"], r["admin2_en"].strip().lower())) if r["admin2_en"].strip() else None
        a3 = adm3_by_en.get((gov["id"], r["admin3_en"].strip().lower())) if r["admin3_en"].strip() else None
        if r["admin3_en"].strip() and a3 is None:
            print(f"note: {sup_path.name} line {i}: sub-district {r['admin3_en']!r} not in the admin file;"
                  " using the nearest one", file=sys.stderr)
        e = add({
            "id": f"sup-{slug(r['name_en'])}", "kind": r["kind"].strip() or "village",
            "name_ar": names[0], "names": names, "name_en": r["name_en"], "lat": lat, "lon": lon,
            "coord_source": "supplement page" if lat is not None else "", "approx": "",
            "admin1": gov["admin1"], "admin1_pcode": gov["id"],
            "admin2": a2["admin2"] if a2 else "", "admin2_pcode": a2["id"] if a2 else "",
            "admin3": "", "admin3_pcode": "", "parent_id": (a2 or gov)["id"],
            "population": r["population_2004"], "source": f"supplement ({r['source_url']})",
        })
        if a3 is None and lat is not None and a2 is not None:
            near = [x for x in adm3_in_gov.get(gov["id"], []) if x["admin2_pcode"] == a2["id"]]
            a3 = min(near, key=lambda x: km(lat, lon, x["lat"], x["lon"])) if near else None
        set_adm3(e, a3)
        if e["kind"] in ("neighbourhood", "camp", "landmark") and a3 is not None:
            # a city quarter's parent is the seat town of its sub-district, not the nahiya
            seat = next((t for t in towns if t["admin3_pcode"] == a3["id"]
                         and {bare(n) for n in t["names"]} & {bare(n) for n in a3["names"]}), None)
            if seat is not None:
                e["parent_id"] = seat["id"]
        if lat is None:
            parent = entries[str(e["parent_id"])]
            e["lat"], e["lon"], e["approx"] = parent["lat"], parent["lon"], "yes"
            e["coord_source"] = f"parent {parent['id']} ({parent['coord_source']})"

    # 4. Aleppo neighbourhoods --------------------------------------------------------------
    aleppo = next(t for t in towns if t["admin1_pcode"] == "SY02" and "حلب" in t["names"])
    for r in read_csv(src / "ocha_neighbourhoods" / "aleppo_city_neighbourhoods.csv"):
        e = add({
            "id": r["neighbourhood_pcode"], "kind": "neighbourhood", "name_ar": clean_name(r["name_ar"]),
            "names": [clean_name(r["name_ar"])], "name_en": r["name_en"],
            "lat": round(float(r["lat"]), 5), "lon": round(float(r["lon"]), 5),
            "coord_source": "OCHA neighbourhood centre", "approx": "",
            "admin1": aleppo["admin1"], "admin1_pcode": "SY02", "admin2": aleppo["admin2"],
            "admin2_pcode": aleppo["admin2_pcode"], "admin3": aleppo["admin3"],
            "admin3_pcode": aleppo["admin3_pcode"], "parent_id": aleppo["id"], "population": "",
            "source": "OCHA city_neighbourhoods (via TRRCMS)",
        })
    return list(entries.values())


def write(rows: list[dict[str, object]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for e in sorted(rows, key=lambda e: str(e["id"])):
            vals = dict(e)
            vals["names_ar"] = "|".join(dict.fromkeys(str(n) for n in e["names"] if n))
            for k in ("lat", "lon"):
                vals[k] = "" if e[k] is None else f"{float(e[k]):.5f}"
            fh.write("\t".join(str(vals.get(c, "") or "").replace("\t", " ") for c in COLUMNS) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(REPO.parent / "shared" / "data" / "gazetteer"))
    ap.add_argument("--out", default=str(REPO / "src" / "marsad" / "data" / "gazetteer.tsv"))
    a = ap.parse_args()
    rows = build(Path(a.source))
    write(rows, Path(a.out))
    print(f"wrote {len(rows)} places to {a.out} ({Path(a.out).stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
