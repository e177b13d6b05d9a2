"""Pairwise compatibility of two events reported by different articles.

An incident is one real-world happening; two reports of it agree on *when*, *where*, *what* and *who*
within the slack that each report's precision allows. ``pair_score`` returns ``None`` when two events
cannot be the same happening and otherwise a score (higher = more alike) that the merger uses to take
the best matches first, so an event joins the report that fits it best (Daraa al-Balad with Daraa
al-Balad before Daraa al-Balad with "Daraa").

The rules (documented in docs/report.md):
- date: an undated event never merges (nothing says it is the same day as anything); two dated events
  merge only in the same year and when their date windows overlap. A window is the date ± its
  tolerance, widened to the ISO week for time_precision 2 and to the calendar month for precision 3.
- place: same place_id; or one inside the other (the gazetteer's parent chain, marsad.geo.gazetteer) where
  the outer place is a town or smaller (never a governorate or district: "Daraa governorate" and
  "Saida" are not one place); or the same point; or within ``NEAR_KM`` when one of them is an
  approximate location (geo_precision 2) and neither is region level (3). Two precisely located,
  different places a few km apart are two places (ACLED codes one event per location and day).
  Different governorates never merge.
- type: same event_type; or a shelling/missile attack inside a battle at the same place on the same
  day (ACLED folds such shelling into the battle) — merge.py refuses it when either article reports
  both types there itself.
- actors: the sides (ACLED inter groups) must overlap, and named non-state armed groups must not differ.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from functools import lru_cache

from marsad.models import Event

NEAR_KM = 5.0  # "a few km": a neighbourhood and its town centre, twin villages
# ACLED's generic category names: two outlets may call the same fighters "the rebels" and "local
# gunmen", so only two *specific* named groups (Islamic State vs Hayat Tahrir al Sham) can conflict
_GENERIC_ACTOR_PREFIXES = ("unidentified", "civilians", "protesters", "rioters", "opposition rebels",
                           "local armed group", "pro-government militia", "arab tribal militia", "unknown")
# inter code -> ACLED side: state, non-state armed, crowd, civilians, external
_SIDE = {1: "state", 2: "armed", 3: "armed", 4: "armed", 5: "crowd", 6: "crowd", 7: "civilians", 8: "external"}
_SHELLING = {"Shelling/artillery/missile attack"}
_OUTER_KINDS_OK = {"city", "town", "village", "camp", "neighbourhood", "area", "landmark"}


@lru_cache(maxsize=65536)
def parse_date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def date_window(e: Event) -> tuple[date, date] | None:
    """The days an event may fall on, given its date, precision and tolerance."""
    return _window(e.event_date, e.time_precision, int(e.date_tolerance_days or 0))


@lru_cache(maxsize=65536)
def _window(event_date: str | None, precision: int | None, tolerance: int) -> tuple[date, date] | None:
    d = parse_date(event_date)
    if d is None:
        return None
    tol = max(0, tolerance)
    lo, hi = d - timedelta(days=tol), d + timedelta(days=tol)
    if precision == 2:
        wk = d - timedelta(days=d.weekday())
        lo, hi = min(lo, wk), max(hi, wk + timedelta(days=6))
    elif precision == 3:
        first = d.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        lo, hi = min(lo, first), max(hi, nxt - timedelta(days=1))
    return lo, hi


def date_score(a: Event, b: Event) -> float | None:
    wa, wb = date_window(a), date_window(b)
    if wa is None or wb is None:
        return None
    da, db = parse_date(a.event_date), parse_date(b.event_date)
    if da.year != db.year:
        return None
    if wa[1] < wb[0] or wb[1] < wa[0]:
        return None
    return 2.0 if da == db else 1.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


@lru_cache(maxsize=1)
def _gazetteer():
    """The geoparser's gazetteer (id -> Place with ``ancestors`` and ``kind``), loaded once."""
    from marsad.geo.gazetteer import gazetteer

    return gazetteer()


def _inside(inner: str, outer: str) -> bool:
    """``inner`` lies within ``outer`` and ``outer`` is a town or smaller (not an admin unit)."""
    gaz = _gazetteer()
    if inner not in gaz or outer not in gaz or inner == outer:
        return False
    return outer in gaz[inner].ancestors and gaz[outer].kind in _OUTER_KINDS_OK


def _namesake_unit(town: str, unit: str) -> bool:
    """``unit`` is an admin unit enclosing ``town`` and named after it (عين عيسى the sub-district and
    its seat): two outlets naming the place alike may be resolved to either, and mean one place."""
    gaz = _gazetteer()
    return town in gaz and unit in gaz and unit in gaz[town].ancestors


def place_score(a: Event, b: Event) -> float | None:
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    if a.place_id and a.place_id == b.place_id:
        return 3.0
    if a.place_id and b.place_id and a.location_ar and a.location_ar == b.location_ar \
            and (_namesake_unit(a.place_id, b.place_id) or _namesake_unit(b.place_id, a.place_id)):
        return 3.0
    if a.place_id and b.place_id and (_inside(a.place_id, b.place_id) or _inside(b.place_id, a.place_id)):
        return 2.0
    if (a.geo_precision or 1) >= 3 or (b.geo_precision or 1) >= 3:
        return None
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        # no coordinates: only the same Arabic place name can tie them
        if a.location_ar and a.location_ar == b.location_ar:
            return 2.5
        return None
    d = km(a.latitude, a.longitude, b.latitude, b.longitude)
    if d < 0.05:
        # the same point: the same name, or a neighbourhood the gazetteer places at its town's point
        return 2.5 if a.location_ar == b.location_ar else 1.5
    if d <= NEAR_KM and 2 in (a.geo_precision, b.geo_precision):
        # an approximate location ("near X", "X countryside") a few km from a precise one
        return 1.5 - d / (2 * NEAR_KM)
    return None


def type_score(a: Event, b: Event, same_day: bool) -> float | None:
    if a.event_type == b.event_type and a.event_type:
        return 2.0 if a.sub_event_type == b.sub_event_type else 1.0
    pair = {a.event_type, b.event_type}
    if same_day and pair == {"Battles", "Explosions/Remote violence"}:
        shelling = a if a.event_type != "Battles" else b
        if shelling.sub_event_type in _SHELLING:
            return 0.5
    return None


def _sides(e: Event) -> set[str]:
    return {_SIDE[i] for i in (e.inter1, e.inter2) if i in _SIDE}


def _named_armed(e: Event) -> set[str]:
    out = set()
    for name, inter in ((e.actor1, e.inter1), (e.actor2, e.inter2)):
        if name and inter in (2, 3, 4) and not name.lower().startswith(_GENERIC_ACTOR_PREFIXES):
            out.add(name)
    return out


def actors_conflict(a: Event, b: Event) -> bool:
    sa, sb = _sides(a), _sides(b)
    if sa and sb and not (sa & sb):
        return True
    na, nb = _named_armed(a), _named_armed(b)
    return bool(na and nb and not (na & nb))


def pair_score(a: Event, b: Event) -> float | None:
    """Similarity of two events from different articles, or None when they cannot be one incident."""
    if a.doc_id == b.doc_id:
        return None
    ds = date_score(a, b)
    if ds is None:
        return None
    ts = type_score(a, b, same_day=a.event_date == b.event_date)
    if ts is None:
        return None
    ps = place_score(a, b)
    if ps is None or (a.event_type != b.event_type and ps < 2.0):
        return None  # a shelling folds into a battle only at the same place (or inside it)
    if actors_conflict(a, b):
        return None
    return ps * 2 + ts + ds
