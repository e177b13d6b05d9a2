"""The packaged gazetteer: generated places (gazetteer.tsv) plus analyst-curated ones, loaded once.

Why two files: gazetteer.tsv is regenerated from public sources by scripts/build_gazetteer.py and
must not be hand-edited; places_curated.tsv is the analyst's file (neighbourhoods, landmarks,
regions, foreign places) and is read at run time, so an edit takes effect without a rebuild.

Every entry has a ``parent_id`` chain (neighbourhood -> city -> sub-district -> district ->
governorate -> SYR) so callers can test "A inside B" (``is_within``) and measure distances (``km``).
Entries without a published point carry their parent's point with ``approx=True``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import squash

_DATA = resources.files("marsad") / "data"
GAZ_FILE = "gazetteer.tsv"
CURATED_FILE = "places_curated.tsv"
CUES_FILE = "place_cues.tsv"

POPULATED = {"city", "town", "village", "neighbourhood", "camp", "landmark"}
ADMIN = {"governorate": 1, "district": 2, "subdistrict": 3}


class GazetteerError(ValueError):
    """A gazetteer data file is malformed (the message names the file and line)."""


@dataclass
class Place:
    id: str
    kind: str
    name_ar: str
    names: list[str]
    name_en: str
    lat: float | None = None
    lon: float | None = None
    coord_source: str = ""
    approx: bool = False
    admin1: str = ""
    admin1_pcode: str = ""
    admin2: str = ""
    admin2_pcode: str = ""
    admin3: str = ""
    admin3_pcode: str = ""
    parent_id: str = ""
    population: int = 0
    source: str = ""
    country: str = "Syria"
    iso: int = 760
    needs_cue: bool = False
    rep_id: str = ""  # for a governorate: its capital, whose point represents it (ACLED precision 3)
    ancestors: list[str] = field(default_factory=list)  # parent chain, nearest first


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def _float(v: str, where: str) -> float | None:
    v = v.strip()
    if not v:
        return None
    try:
        return float(v)
    except ValueError:
        raise GazetteerError(f"{where}: not a number: {v!r}") from None


def _rows(name: str, data_dir=None):
    """(line number, dict) of a TSV data file; '#' lines are comments."""
    path = (data_dir if data_dir is not None else _DATA) / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"{name}: cannot read ({e})") from None
    header: list[str] | None = None
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise GazetteerError(f"{name} line {n}: {len(cells)} cells, header has {len(header)}")
        yield n, dict(zip(header, cells + [""] * (len(header) - len(cells))))


def _label_free(name: str) -> str:
    """'الطيبة (درعا)' -> 'الطيبة': a bracketed label disambiguates for humans, it is not matched."""
    return re.sub(r"\s+", " ", re.sub(r"\(.*?\)", "", name)).strip()


class Gazetteer(dict):
    """id -> Place, with a name index and a few geometric helpers."""

    def by_name(self, name: str) -> list[Place]:
        return [self[i] for i in self._names.get(squash(name), [])]

    def is_within(self, inner_id: str, outer_id: str) -> bool:
        """True when ``outer_id`` is ``inner_id`` or one of its ancestors."""
        return inner_id == outer_id or outer_id in self[inner_id].ancestors

    def distance(self, a: str, b: str) -> float | None:
        pa, pb = self[a], self[b]
        if pa.lat is None or pb.lat is None:
            return None
        return km(pa.lat, pa.lon, pb.lat, pb.lon)


def _load_generated(g: Gazetteer, data_dir=None) -> None:
    for n, r in _rows(GAZ_FILE, data_dir):
        where = f"{GAZ_FILE} line {n}"
        if not r["id"] or not r["name_ar"]:
            raise GazetteerError(f"{where}: id and name_ar are required")
        names = [_label_free(x) for x in (r["names_ar"] or r["name_ar"]).split("|") if x.strip()]
        g[r["id"]] = Place(
            id=r["id"], kind=r["kind"], name_ar=r["name_ar"], names=names, name_en=r["name_en"],
            lat=_float(r["lat"], where), lon=_float(r["lon"], where), coord_source=r["coord_source"],
            approx=r["approx"] == "yes", admin1=r["admin1"], admin1_pcode=r["admin1_pcode"],
            admin2=r["admin2"], admin2_pcode=r["admin2_pcode"], admin3=r["admin3"],
            admin3_pcode=r["admin3_pcode"], parent_id=r["parent_id"],
            population=int(float(r["population"])) if r["population"].strip() else 0, source=r["source"],
        )


def _load_curated(g: Gazetteer, data_dir=None) -> None:
    pending = []
    for n, r in _rows(CURATED_FILE, data_dir):
        where = f"{CURATED_FILE} line {n}"
        names = [_label_free(x) for x in r["names_ar"].split("|") if _label_free(x)]
        if not names or not r["kind"]:
            raise GazetteerError(f"{where}: names_ar and kind are required")
        pid = r.get("id") or "cur-" + re.sub(r"[^a-z0-9]+", "-", r["name_en"].lower()).strip("-")
        if pid in g:
            raise GazetteerError(f"{where}: id {pid!r} already exists")
        country = r.get("country") or "Syria"
        p = Place(
            id=pid, kind=r["kind"], name_ar=names[0], names=names, name_en=r["name_en"],
            lat=_float(r["lat"], where), lon=_float(r["lon"], where),
            coord_source="curated" if r["lat"].strip() else "", approx=r["approx"] == "yes",
            parent_id=r["parent"].strip(), source=f"curated ({r['source']})", country=country,
            iso=int(r["iso"]) if r.get("iso", "").strip() else 760, needs_cue=r.get("needs_cue") == "yes",
        )
        g[pid] = p
        pending.append((where, p))
    _index(g)
    for where, p in pending:  # parents may be given by Arabic name and may be curated rows
        if p.parent_id and p.parent_id not in g:
            found = g.by_name(p.parent_id)
            if not found:
                raise GazetteerError(f"{where}: unknown parent {p.parent_id!r}")
            # "نوى" names the town and its sub-district: the populated place is meant
            rank = {"governorate": 3, "district": 2, "subdistrict": 1}
            p.parent_id = min(found, key=lambda q: rank.get(q.kind, 0)).id
        if p.kind == "alias":  # extra spellings of an existing place, not a place of their own
            if p.parent_id not in g:
                raise GazetteerError(f"{where}: an alias row needs an existing parent")
            target = g.pop(p.id) and g[p.parent_id]
            target.names.extend(n for n in p.names if n not in target.names)
            # needs_cue of an alias row is not carried over: it would gate the main names too;
            # list the alias spelling under 'common' in place_cues.tsv instead.


def _finish(g: Gazetteer) -> None:
    for p in g.values():
        chain, cur, seen = [], p.parent_id, {p.id}
        while cur and cur in g and cur not in seen:
            chain.append(cur)
            seen.add(cur)
            cur = g[cur].parent_id
        p.ancestors = chain
    for p in g.values():  # curated rows inherit admin names and, if they have none, a point
        if p.source.startswith("curated") and p.country == "Syria":
            par = next((g[a] for a in p.ancestors if g[a].lat is not None or g[a].admin1), None)
            if par is not None:
                for k in ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode"):
                    if not getattr(p, k):
                        setattr(p, k, getattr(par, k))
                if par.kind == "governorate":
                    p.admin1, p.admin1_pcode = par.admin1, par.id
                if p.lat is None:
                    pt = next((g[a] for a in p.ancestors if g[a].lat is not None), None)
                    if pt is not None:
                        p.lat, p.lon, p.approx = pt.lat, pt.lon, True
                        p.coord_source = f"parent {pt.id} ({pt.coord_source})"
        elif p.country != "Syria" and p.parent_id in g:
            p.country, p.iso = g[p.parent_id].country, g[p.parent_id].iso


def _capitals(g: Gazetteer) -> None:
    """A unit's representative point: its same-name capital or seat town inside it.

    ACLED codes an event known only at governorate, district or sub-district level to that unit's
    main town, not to the area's centroid (which can be empty desert): "ناحية عين عيسى" is placed
    at the town of Ain Issa, "منطقة جسر الشغور" at the city."""
    for p in g.values():
        if p.kind == "governorate":
            same = [c for c in g.by_name(p.name_ar) if c.kind == "city" and p.id in c.ancestors]
            if same:
                p.rep_id = same[0].id
        elif p.kind in ("district", "subdistrict"):
            seen: dict[str, Place] = {}
            for n in p.names:
                for c in g.by_name(n):
                    if c.kind in ("city", "town") and p.id in c.ancestors and c.lat is not None and not c.approx:
                        seen[c.id] = c
            if seen:
                p.rep_id = max(seen.values(), key=lambda c: (c.kind == "city", c.population)).id


def _index(g: Gazetteer) -> None:
    g._names = {}
    for p in g.values():
        for n in p.names:
            g._names.setdefault(squash(n), []).append(p.id)


def load_gazetteer(data_dir=None) -> Gazetteer:
    """Read gazetteer.tsv + places_curated.tsv from ``data_dir`` (default: the package's data)."""
    g = Gazetteer()
    _load_generated(g, data_dir)
    _index(g)
    _load_curated(g, data_dir)
    _index(g)
    _index(g)
    _finish(g)
    _capitals(g)
    return g


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once: id -> Place."""
    return load_gazetteer()


@dataclass
class Cues:
    cue: dict[str, str]  # form -> kind hint
    weight: dict[str, float]
    landmark: set[str]
    relation: dict[str, str]
    direction: dict[str, str]
    countryside: set[str]
    common: set[str]
    not_place: set[str] = field(default_factory=set)
    not_landmark: set[str] = field(default_factory=set)  # adjectives after حاجز/دوار: not a name
    name_prefix: set[str] = field(default_factory=set)  # كفر، عين، تل: a village name goes on after it
    not_name: set[str] = field(default_factory=set)  # words an unknown name after a cue stops before
    foreign: set[str] = field(default_factory=set)  # nationality adjectives: "مدينة أورفا التركية" is abroad


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Place-type words, relation words and common-word place names from place_cues.tsv (cached)."""
    return load_cues()


# place_cues.tsv types that are plain word sets, and the Cues field each fills
_SET_KINDS = {"countryside": "countryside", "common": "common", "not_place": "not_place",
              "not_landmark": "not_landmark", "name_prefix": "name_prefix", "not_name": "not_name",
              "foreign_adjective": "foreign"}


def load_cues(data_dir=None) -> Cues:
    c = Cues({}, {}, set(), {}, {}, set(), set())
    for n, r in _rows(CUES_FILE, data_dir):
        form, kind = squash(r["form"]), r["type"]
        if not form:
            raise GazetteerError(f"{CUES_FILE} line {n}: empty form")
        if kind in ("cue", "landmark"):
            c.cue[form] = r["value"] or "landmark"
            c.weight[form] = float(r["weight"] or 0.2)
            if kind == "landmark":
                c.landmark.add(form)
        elif kind == "relation":
            c.relation[form] = r["value"]
        elif kind == "direction":
            c.direction[form] = r["value"]
        elif kind in _SET_KINDS:
            getattr(c, _SET_KINDS[kind]).add(form)
        else:
            raise GazetteerError(f"{CUES_FILE} line {n}: unknown type {kind!r}")
    return c
