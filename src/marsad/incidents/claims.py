"""Build one Incident from its member events: every source's claim, and the incident-level fields.

Nothing a source says is dropped: each member event becomes a SourceClaim (outlet, URL, its own
fatality figure, actors, wording and evidence, attribution, who disputes). The incident-level values are
chosen by fixed, documented rules so the same input always gives the same incident:
- fatalities: ACLED's conservative rule, the lowest well-supported figure among the sources that give
  one (``Event.fatalities_known`` or a positive count; figures coded from vague words only when no source
  gives an exact number); ``fatalities_rule`` says how it was chosen;
- date: the most precise report (lowest time_precision), then the most reported date, then the earliest;
- type: a battle absorbs a shelling reported at the same place and day (ACLED); otherwise the most
  reported event/sub-event type;
- place: the most precise report (lowest geo_precision), then the most specific name (a neighbourhood
  rather than its town), then the most reported one;
- disputed: any source denies; ``disputed_by`` lists who (the union over sources).
"""
from __future__ import annotations

from collections import Counter

from marsad.incidents.summary import summarise
from marsad.models import Document, Event, Incident, SourceClaim


def outlet_of(e: Event, doc: Document | None) -> str | None:
    if doc is not None:
        return doc.outlet or doc.site_name or None
    return e.source or None


def claimed_fatalities(e: Event) -> int | None:
    """The figure this source gives, or None when it gives none."""
    if e.fatalities_known or (e.fatalities or 0) > 0:
        return int(e.fatalities or 0)
    return None


def _actors(e: Event) -> list[str]:
    out = []
    for a in (e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2):
        for part in (a or "").split(";"):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def claim(e: Event, key: str, doc: Document | None) -> SourceClaim:
    return SourceClaim(
        doc_id=e.doc_id,
        event_id=key,
        outlet=outlet_of(e, doc),
        url=doc.url if doc is not None else None,
        published=doc.published if doc is not None else None,
        fatalities=claimed_fatalities(e),
        actors=_actors(e),
        sub_event_type=e.sub_event_type,
        fatalities_note=e.fatalities_note or "",
        evidence_ar=e.evidence_ar,
        evidence_start=e.evidence_start,
        evidence_end=e.evidence_end,
        attribution=list(e.attribution),
        disputed_by=list(e.disputed_by),
    )


def is_vague(c: SourceClaim) -> bool:
    """A figure read from a vague quantity (عشرات -> 12, قتلى -> 3): a convention, not a report."""
    return c.fatalities_note.startswith("vague")


def fatalities_rule(claims: list[SourceClaim]) -> tuple[int, str]:
    """ACLED's conservative rule over the well-supported figures; returns (figure, how it was chosen).

    Well-supported: an exact number a source reports. Figures coded from vague words count only when no
    source gives an exact number (otherwise "سقوط قتلى", coded 3, would override "25 killed").
    """
    given = [c for c in claims if c.fatalities is not None]
    if not given:
        return 0, "no source gives a figure"
    exact = [c for c in given if not is_vague(c)]
    used = exact or given
    figures = [c.fatalities for c in used]
    low = min(figures)
    note = ""
    if exact and len(exact) < len(given):
        note = f"; {len(given) - len(exact)} vague count(s) set aside"
    elif not exact:
        note = "; vague counts only"
    if len(claims) == 1:
        return low, "single source" + note
    if len(figures) == 1:
        return low, f"only one of {len(claims)} sources gives a figure" + note
    if len(set(figures)) == 1:
        return low, f"all {len(figures)} sources that give a figure agree" + note
    listed = ", ".join(str(f) for f in sorted(figures))
    return low, f"lowest of {len(figures)} source figures ({listed}), ACLED conservative rule" + note


def _pick_date(members: list[Event]) -> Event:
    counts = Counter(e.event_date for e in members if e.event_date)
    return min(members, key=lambda e: (e.time_precision or 9 if e.event_date else 99,
                                       -counts.get(e.event_date, 0), e.event_date or "9999"))


def _pick_type(members: list[Event]) -> tuple[str, str]:
    types = Counter(e.event_type for e in members)
    if "Battles" in types and "Explosions/Remote violence" in types:
        subs = Counter(e.sub_event_type for e in members if e.event_type == "Battles")
        return "Battles", sorted(subs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    pairs = Counter((e.event_type, e.sub_event_type) for e in members)
    return sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _pick_place(members: list[Event]) -> Event:
    counts = Counter(e.place_id or e.location_ar for e in members)
    return min(members, key=lambda e: (e.geo_precision or 9, e.latitude is None,
                                       -len(e.location_ar or ""), -counts[e.place_id or e.location_ar],
                                       e.location_ar or ""))


def build_incident(iid: str, members: list[Event], keys: list[str], documents: dict[str, Document]) -> Incident:
    claims = [claim(e, k, documents.get(e.doc_id)) for e, k in zip(members, keys)]
    if len(claims) > 1:  # earliest publication first, then by outlet: the order a reader would meet them
        order = sorted(range(len(claims)), key=lambda i: (claims[i].published or "9999", claims[i].outlet or "~", keys[i]))
        claims = [claims[i] for i in order]
        members, keys = [members[i] for i in order], [keys[i] for i in order]
    fat, rule = fatalities_rule(claims)
    if len(members) == 1:  # most incidents: nothing to choose between (and no Counters to build)
        d = p = members[0]
        etype, sub = d.event_type, d.sub_event_type
        actor_list = list(claims[0].actors)
    else:
        d, p = _pick_date(members), _pick_place(members)
        etype, sub = _pick_type(members)
        actors: Counter = Counter()
        position: dict[str, int] = {}
        for c in claims:
            actors.update(c.actors)
            for k, a in enumerate(c.actors):
                position[a] = min(position.get(a, k), k)
        # actor1 before actor2 (earliest position in any claim), then the most reported
        actor_list = [a for a, _ in sorted(actors.items(), key=lambda kv: (position[kv[0]], -kv[1], kv[0]))]
    disputed_by: list[str] = []
    for e in members:
        for who in e.disputed_by:
            if who not in disputed_by:
                disputed_by.append(who)
    inc = Incident(
        incident_id=iid,
        event_date=d.event_date,
        time_precision=d.time_precision if d.event_date else None,
        event_type=etype,
        sub_event_type=sub,
        location=p.location,
        location_ar=p.location_ar,
        place_id=p.place_id,
        admin1=p.admin1,
        latitude=p.latitude,
        longitude=p.longitude,
        geo_precision=p.geo_precision,
        actors=actor_list,
        fatalities=fat,
        fatalities_rule=rule,
        sources=claims,
        event_ids=list(keys),
        disputed=any(e.disputed for e in members),
        disputed_by=disputed_by,
    )
    inc.summary_en = summarise(inc)
    return inc
