"""Merge drafts into events and fill every ACLED column.

One event per (event_type, place, date) per article. Headline drafts fold into a body event of the
same type; drafts placed only at a governorate/country/region fold into a finer event of the same
type and date inside it. Denials ("نفت الصحيفة سيطرة …") mark the matching events disputed.
"""
from __future__ import annotations

from datetime import date as _date, datetime, timezone
from functools import lru_cache

from marsad.events import fatalities as fat
from marsad.events.ids import event_id
from marsad.events.knowledge import disorder_type, load_yaml
from marsad.events.notes import make_note
from marsad.events.roles import side
from marsad.models import AnalyzedDoc, Event, PlaceMention
from marsad.text.normalize import squash

COARSE = {"governorate", "country", "region"}
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
CONTINUED = {"article", "definite", "anaphor", "reference"}
_ASSASSINATION = ("اغتال", "اغتيال", "اعدم", "اعدام", "تصفيه", "صفي")
# actor 1 when the article does not say who acted: air strikes and shelling in Syria are by default
# the government's; bombs, mines and kidnappings by an unidentified armed group
DEFAULT_A1 = {
    "Air/drone strike": ("Military Forces of Syria (2000-)", 1),
    "Shelling/artillery/missile attack": ("Military Forces of Syria (2000-)", 1),
    "Arrests": ("Military Forces of Syria (2000-)", 1),
    "Other": ("Military Forces of Syria (2000-)", 1),
    "Disrupted weapons use": ("Military Forces of Syria (2000-)", 1),
}
UNIDENTIFIED = ("Unidentified Armed Group (Syria)", 2)
CIVILIANS = ("Civilians (Syria)", 7)
PROTESTERS = ("Protesters (Syria)", 6)
LOCAL = ("Local Armed Group (Syria)", 2)
RIOTERS = ("Rioters (Syria)", 5)


@lru_cache(maxsize=None)
def _scales() -> dict[str, str]:
    data = load_yaml("source_scale.yaml") or {}
    return {squash(k): v for k, v in data.items()}


def source_scale(outlet: str | None, attribution: list[str]) -> str:
    if outlet:
        return _scales().get(squash(outlet), "Other")
    if attribution:
        return "New media"
    return "Other"


def _place_key(p: PlaceMention) -> str:
    return p.place_id or p.name_ar or p.surface


def _coarse(p: PlaceMention) -> bool:
    return p.kind in COARSE or (p.kind == "area" and (p.geo_precision >= 3 or not p.admin1))


def location_ar(p: PlaceMention) -> str:
    """The Arabic name as written when the gazetteer's name is not in it (الخراطة، not حقل الخراطة),
    else the gazetteer's name (مدينة إدلب -> إدلب); proclitics before ال are dropped."""
    surf = p.surface.strip()
    if p.name_ar and squash(p.name_ar) in squash(surf):
        return p.name_ar
    for pre in ("ول", "وب", "فب", "ب", "ل", "و", "ف", "ك"):
        if surf.startswith(pre + "ال"):
            return surf[len(pre):]
    return surf or p.name_ar


def _sides(ds: list) -> set[str]:
    """The sides of actor 1 in a group of drafts (empty when no draft names one)."""
    return {side(d.roles.actor1.primary) for d in ds if d.roles.actor1 is not None}


def _unit_actor(u, battles: bool) -> tuple[str, int | None, str | None, list[str]]:
    if u is None:
        return "", None, None, []
    a = u.primary
    name, inter = a.name, a.inter
    if battles and inter in (5, 6, 7):
        name, inter = LOCAL
    assoc = sorted({x.name for x in u.assoc if x.name != name})
    return name, inter, a.subunit, assoc


def finish(adoc: AnalyzedDoc, drafts: list, denials: list, seen_names: set[str],
           extra_frames: dict[int, int] | None = None) -> list[Event]:
    """Events from drafts; ``extra_frames`` maps a count told in a later sentence to that sentence."""
    extra_frames = extra_frames or {}
    groups: dict[tuple, list] = {}
    for d in drafts:
        groups.setdefault((d.event_type, _place_key(d.place), d.date), []).append(d)
    keys = list(groups)
    # headline drafts fold into a body event of the same type
    for k in keys:
        ds = groups.get(k)
        if ds is None or not all(d.headline for d in ds):
            continue
        body = [k2 for k2 in groups if k2 != k and k2[0] == k[0] and not all(d.headline for d in groups[k2])]
        if body:
            subs = {d.sub_event_type for d in ds}
            same_sub = [k2 for k2 in body if subs & {d.sub_event_type for d in groups[k2]}]
            same_place = [k2 for k2 in (same_sub or body) if k2[1] == k[1]]
            groups[(same_place or same_sub or body)[0]].extend(groups.pop(k))
    # a sub-area anchored to a place that has an event of the same type and date folds into it
    for k in list(groups):
        ds = groups.get(k)
        if ds is None:
            continue
        p = ds[0].place
        if p.kind not in ("area", "landmark", "neighbourhood", "camp") or not p.anchor_id:
            continue
        target = (k[0], p.anchor_id, k[2])
        if target in groups and target != k:
            groups[target].extend(groups.pop(k))
    # governorate-level drafts fold into a finer event of the same type and date inside it
    for k in list(groups):
        ds = groups.get(k)
        if ds is None or not _coarse(ds[0].place):
            continue
        p = ds[0].place
        region = p.kind == "country" or not p.admin1
        mine = _sides(ds)
        finer = [k2 for k2 in groups if k2 != k and k2[0] == k[0] and (k2[2] == k[2] or region)
                 and not _coarse(groups[k2][0].place)
                 and (region or groups[k2][0].place.admin1 == p.admin1)
                 and (not mine or not _sides(groups[k2]) or mine & _sides(groups[k2]))]  # same attacker side
        if finer:
            groups[finer[0]].extend(groups.pop(k))
    doc = adoc.document
    outlet = doc.outlet or adoc.outlet_hint
    events: list[Event] = []
    ev_sides: list[tuple] = []
    for (et, pkey, dt), ds in groups.items():
        ds.sort(key=lambda d: d.mention.start)
        body_ds = [d for d in ds if not d.headline] or ds
        lead = max(body_ds, key=lambda d: (d.strength, -d.mention.start))
        place = body_ds[0].place
        if _coarse(place):
            place = next((d.place for d in body_ds if not _coarse(d.place)), place)
        sub = lead.sub_event_type
        # roles from the sentences that tell the event, before those that only continue it
        told = [d for d in body_ds if d.how_place not in CONTINUED] or body_ds
        # "اتهمت الوزارة الوحدات بالوقوف وراء التفجير": an accused party is not the actor the
        # report establishes; the sentences that tell the act decide
        told = [d for d in told if not d.mod["claim"]] or told
        told.sort(key=lambda d: _place_key(d.place) != pkey)  # the event's own place tells it best
        r = next((d.roles for d in told if d.roles.actor1 is not None and d.roles.actor2 is not None),
                 next((d.roles for d in told if d.roles.actor1 is not None), told[0].roles))
        battles = et == "Battles"
        a1, i1, su1, as1 = _unit_actor(r.actor1, battles)
        a2, i2, _, as2 = _unit_actor(r.actor2, battles)
        tally = fat.new_tally()
        seen_m = set()
        for d in ds:
            if id(d.mention) in seen_m:
                continue
            seen_m.add(id(d.mention))
            own = [n for n in d.mention.numbers if id(n) not in extra_frames]
            fat.add(tally, d.mention.frame.index, own, seen_names, adoc.norm.text)
            for n in d.mention.numbers:
                if id(n) in extra_frames:
                    fat.add(tally, extra_frames[id(n)], [n], seen_names, adoc.norm.text)
        n_dead, known, fnote = tally.fatalities()
        if sub == "Protest with intervention" and known and n_dead:
            sub = "Excessive force against protesters"  # the force used on the protest killed
        if et == "Protests":
            a1, i1, su1, as1 = PROTESTERS[0], PROTESTERS[1], None, []
            iv = next((d.roles.actor2 for d in ds if d.roles.how == "intervention" and d.roles.actor2), None) \
                or next((d.roles.actor1 for d in ds if d.mention.best.cls != "protest" and d.roles.actor1 is not None
                         and d.roles.actor1.primary.inter in (1, 2, 3, 8)), None)  # who fired on the protest
            own = r.actor2 if (sub != "Peaceful protest" and r.actor2 is not None
                               and r.actor2.primary.inter in (1, 2, 3, 8)) else None
            a2, i2, as2 = "", None, []  # only an intervening force is a protest's second actor
            if iv is not None or own is not None:
                a2, i2, _, as2 = _unit_actor(iv or own, False)
        if not a1:
            a1, i1 = DEFAULT_A1.get(sub, UNIDENTIFIED)
        if a2 == a1 and i2 == i1 and not battles:
            a2, i2, as2 = "", None, []  # the same actor named twice is one actor
        if battles and not a2:
            # a battle has two sides; one the article never names is, in Syria, the government
            # facing a non-state group, or an unidentified armed group facing the government
            a2, i2 = ("Military Forces of Syria (2000-)", 1) if i1 not in (1, 3) else UNIDENTIFIED
        peacekeepers = r.actor2 is not None and r.actor2.primary.group == "peacekeeping"
        if et == "Violence against civilians" and i2 != 7 and not peacekeepers:
            if i1 == 7 and i2 is not None:
                a1, i1, a2, i2 = a2, i2, a1, 7
            else:
                a2, i2 = CIVILIANS
        if et == "Riots":
            # a violent crowd (or a crowd beating someone) acts as rioters; an armed side read as the
            # subject ("رشقوا عربات قسد بالحجارة") is the crowd's target or the force facing it
            if r.actor1 is not None and i1 in (1, 2, 3, 4, 8) and not a2 and sub != "Mob violence":
                a2, i2, as2 = a1, i1, as1
            a1, i1, as1 = RIOTERS[0], RIOTERS[1], []
        if sub == "Mob violence" and not a2:
            a2, i2 = CIVILIANS  # the person a crowd beats is a civilian unless named otherwise
        if et == "Explosions/Remote violence" and tally.civilian and i2 not in (7, 2, 3, 4):
            # civilians killed are the target, unless an armed group was hit with them
            a2, i2, as2 = CIVILIANS[0], CIVILIANS[1], []  # civilians killed: they are the target
        if sub == "Arrests" and not a2:
            a2, i2 = CIVILIANS  # ACLED records the detained as civilians unless they are fighters
        if not known and any(t.lemma.startswith(_ASSASSINATION) for d in ds for t in d.mention.triggers):
            n_dead, known, fnote = 1, True, "an assassination or execution: one death unless a count is given"
        if i1 == 7:
            a1, i1 = UNIDENTIFIED  # civilians do not commit political violence in ACLED's sense
        # ACLED codes an unidentified armed group as a political militia (inter 3); inside the rules it
        # stays on the non-state side (2) so that it is never taken for a government ally
        if a1 == UNIDENTIFIED[0]:
            i1 = 3
        if a2 == UNIDENTIFIED[0]:
            i2 = 3
        inter = (10 * min(i1, i2) + max(i1, i2)) if (i1 and i2) else (10 * i1 if i1 else None)
        attribution = sorted({w for d in ds for w in d.mod["attribution"]})
        claims = sorted({d.mod["claim"] for d in ds if d.mod["claim"]})
        evidence, seen_ev = [], set()
        for d in ds:
            fr = d.mention.frame
            a, b = adoc.orig_span(fr.start, fr.end)
            if (a, b) not in seen_ev:
                seen_ev.add((a, b))
                evidence.append({"text": doc.text[a:b], "start": a, "end": b})
        body_ev = [e for e, d in zip(evidence, ds) if not d.headline] or evidence
        ev0 = body_ev[0]
        terms = []
        for u in (r.actor1, r.actor2):
            if u is None:
                continue
            for x in [u.primary, *u.assoc]:
                terms.append({"actor": x.name, "term": x.surface, "loaded": x.loaded})
        prec = lead.precision if dt else None
        conf = 0.45 + 0.08 * min(lead.strength, 4) + (0.1 if r.actor1 is not None else 0) \
            + (0.05 if len(ds) > 1 else 0) + (0.05 if place.geo_precision == 1 else 0) - (0.25 if claims else 0)
        ev = Event(
            doc_id=doc.doc_id,
            event_id_cnty=event_id(doc.doc_id, et, pkey, dt, place.iso or 760),
            event_date=dt,
            year=int(dt[:4]) if dt else None,
            time_precision=prec,
            disorder_type=disorder_type(et),
            event_type=et,
            sub_event_type=sub,
            actor1=a1, assoc_actor_1="; ".join(as1), inter1=i1,
            actor2=a2, assoc_actor_2="; ".join(as2), inter2=i2,
            interaction=inter,
            civilian_targeting="Civilian targeting" if i2 == 7 else "",
            iso=place.iso or 760, country=place.country or "Syria",
            admin1=place.admin1 or "", admin2=place.admin2 or "", admin3=place.admin3 or "",
            location=place.name_en or place.name_ar, latitude=place.lat, longitude=place.lon,
            geo_precision=place.geo_precision,
            source=outlet or "", source_scale=source_scale(outlet, attribution),
            fatalities=n_dead if known else 0,
            timestamp=int(datetime.combine(_date.fromisoformat(dt), datetime.min.time(),
                                           tzinfo=timezone.utc).timestamp()) if dt else 0,
            location_ar=location_ar(place),
            evidence_ar=ev0["text"], evidence_start=ev0["start"], evidence_end=ev0["end"],
            confidence=round(max(0.1, min(0.95, conf)), 2),
            place_id=place.place_id or None,
            date_tolerance_days=lead.tolerance if dt else 0,
            attribution=attribution + [f"claim: {c}" for c in claims],
            evidence=evidence, actor_terms=terms,
            wounded=tally.wounded, fatalities_known=known, fatalities_note=fnote,
        )
        ev._subunit = su1  # type: ignore[attr-defined]
        events.append(ev)
        ev_sides.append(tuple(side(u.primary) if u is not None else None for u in (r.actor1, r.actor2)))
    for et, sub, p, who, dside, pos in denials:
        hit = False
        for ev, sides in zip(events, ev_sides):
            # a denial naming a precise place disputes the violent event there, whatever word it used
            # ("نفت استهداف طائراتها لسوق في معرة النعمان" disputes the air strike on that market)
            at_place = p is not None and not _coarse(p) and ev.place_id == p.place_id \
                and ev.event_type in VIOLENT and et in VIOLENT
            if not at_place and ev.event_type != et:
                continue
            if not at_place and ev.sub_event_type != sub and not (et == "Battles" and dside and sides[0] == dside):
                continue
            if p is None or (_coarse(p) and (p.kind == "country" or ev.admin1 == (p.admin1 or ""))) \
                    or ev.place_id == p.place_id:
                ev.disputed = True
                hit = True
                if who not in ev.disputed_by:
                    ev.disputed_by.append(who)
        if not hit:
            # "نفت الأسايش اعتقال أي مشارك" after a dispersed protest, "نفت قسد خروج البلدة عن السيطرة"
            # after its capture: a denial that names no event of its own disputes the event told before it
            o0, _ = adoc.orig_span(pos, pos + 1)
            before = [ev for ev in events if (ev.evidence_start or 0) <= o0
                      and (p is None or _coarse(p) or ev.place_id == p.place_id)
                      # only an event told in the sentences just before the denial
                      and o0 - max(x["start"] for x in ev.evidence if x["start"] <= o0) <= 500]
            if before:
                ev = max(before, key=lambda e: max(x["start"] for x in e.evidence if x["start"] <= o0))
                ev.disputed = True
                if who not in ev.disputed_by:
                    ev.disputed_by.append(who)
    for ev in events:
        ev.notes = make_note(ev, getattr(ev, "_subunit", None))
        if hasattr(ev, "_subunit"):
            del ev._subunit
    events.sort(key=lambda e: (e.evidence_start or 0, e.event_type))
    return events
