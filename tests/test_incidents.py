"""Cross-article incident merging on hand-built events."""
from __future__ import annotations

import random
from collections import defaultdict

from test_incidents_fixtures import CIVS, REBELS, STATE, ev, seed_like_documents, seed_like_events

from marsad.incidents import link_all, link_incidents
from marsad.incidents.compat import _inside
from marsad.models import Document


def _groups(events):
    g = defaultdict(set)
    for e in events:
        g[e.incident_id].add(e.event_id_cnty)
    return {frozenset(s) for s in g.values()}


def test_seed_like_merges_exactly_the_cross_source_pairs():
    events = seed_like_events()
    incidents = link_incidents(events, seed_like_documents())
    multi = {s for s in _groups(events) if len(s) > 1}
    assert multi == {frozenset({"002-01", "004-03"}), frozenset({"002-02", "004-04"}), frozenset({"002-07", "004-07"})}
    assert all(e.incident_id for e in events)
    assert len(incidents) == len(events) - 3
    assert len({e.incident_id for e in events}) == len(incidents)


def test_undated_2018_events_merge_with_nothing():
    events = seed_like_events()
    link_incidents(events, seed_like_documents())
    for e in events:
        if e.doc_id == "d001":
            assert sum(1 for o in events if o.incident_id == e.incident_id) == 1


def test_same_article_events_never_share_an_incident():
    events = seed_like_events()
    link_incidents(events, seed_like_documents())
    seen = set()
    for e in events:
        assert (e.incident_id, e.doc_id) not in seen
        seen.add((e.incident_id, e.doc_id))


def test_four_reports_conservative_fatalities_and_all_claims():
    docs = {f"r{i}": Document(doc_id=f"r{i}", text="x", outlet=f"outlet {i}", url=f"https://o{i}.example/a") for i in range(4)}
    events = [ev(f"r{i}-1", f"r{i}", "2021-07-29", "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7, fat=f)
              for i, f in enumerate([20, 12, 31, 27])]
    incidents = link_incidents(events, docs)
    assert len(incidents) == 1
    inc = incidents[0]
    assert inc.fatalities == 12
    assert sorted(c.fatalities for c in inc.sources) == [12, 20, 27, 31]
    assert len(inc.sources) == 4 and {c.outlet for c in inc.sources} == {f"outlet {i}" for i in range(4)}
    assert "lowest" in inc.fatalities_rule and "12, 20, 27, 31" in inc.fatalities_rule
    assert inc.sources[0].url.startswith("https://o")
    assert "12" in inc.summary_en and "4 sources" in inc.summary_en


def test_source_without_a_figure_does_not_lower_the_toll():
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    events = [ev("a1", "a", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2, fat=5),
              ev("b1", "b", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2)]
    (inc,) = link_incidents(events, docs)
    assert inc.fatalities == 5 and "only one of 2" in inc.fatalities_rule


def test_disputed_with_who():
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    events = [ev("a1", "a", "2021-07-29", "Non-state actor overtakes territory", "saida", REBELS, 2, STATE, 1,
                 disputed_by=["SANA"]),
              ev("b1", "b", "2021-07-29", "Non-state actor overtakes territory", "saida", REBELS, 2, STATE, 1)]
    (inc,) = link_incidents(events, docs)
    assert inc.disputed and inc.disputed_by == ["SANA"]
    assert "Disputed by SANA" in inc.summary_en


def test_date_rules():
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    clash = "Armed clash"
    # never across years, even inside the tolerance
    ev_ = [ev("a1", "a", "2020-12-31", clash, "balad", STATE, 1, REBELS, 2, tol=1),
           ev("b1", "b", "2021-01-01", clash, "balad", STATE, 1, REBELS, 2, tol=1)]
    assert len(link_incidents(ev_, docs)) == 2
    # one day apart: merges only with a tolerance
    ev_ = [ev("a1", "a", "2021-07-28", clash, "balad", STATE, 1, REBELS, 2),
           ev("b1", "b", "2021-07-29", clash, "balad", STATE, 1, REBELS, 2)]
    assert len(link_incidents(ev_, docs)) == 2
    ev_[0].date_tolerance_days = 1
    assert len(link_incidents(ev_, docs)) == 1
    # week precision covers its ISO week (Mon 26 Jul - Sun 1 Aug 2021)
    ev_ = [ev("a1", "a", "2021-07-26", clash, "balad", STATE, 1, REBELS, 2, precision=2),
           ev("b1", "b", "2021-07-30", clash, "balad", STATE, 1, REBELS, 2)]
    assert len(link_incidents(ev_, docs)) == 1
    # undated never merges, not even with another undated report
    ev_ = [ev("a1", "a", None, clash, "balad", STATE, 1, REBELS, 2), ev("b1", "b", None, clash, "balad", STATE, 1, REBELS, 2)]
    assert len(link_incidents(ev_, docs)) == 2


def test_place_rules():
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    a = ev("a1", "a", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2)
    b = ev("b1", "b", "2021-07-29", "Armed clash", "daraa", STATE, 1, REBELS, 2)  # < 1 km away, both precise
    assert len(link_incidents([a, b], docs)) == 2
    b.geo_precision = 2  # an approximate location a few km away: may be the same place
    assert len(link_incidents([a, b], docs)) == 1
    b.latitude, b.longitude, b.geo_precision = a.latitude, a.longitude, 1  # the same point, other name
    assert len(link_incidents([a, b], docs)) == 1
    c = ev("b1", "b", "2021-07-29", "Armed clash", "saida", STATE, 1, REBELS, 2)  # ~11 km away
    c.geo_precision = 2
    assert len(link_incidents([a, c], docs)) == 2
    g = ev("b1", "b", "2021-07-29", "Armed clash", "SY12", STATE, 1, REBELS, 2)  # governorate level
    assert len(link_incidents([a, g], docs)) == 2


def test_type_and_actor_rules():
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    battle = ev("a1", "a", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2)
    shelling = ev("b1", "b", "2021-07-29", "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7)
    incs = link_incidents([battle, shelling], docs)
    assert len(incs) == 1 and incs[0].event_type == "Battles"  # shelling folded into the battle
    # but not when the shelling's article also reports a battle there (it told them apart) ...
    own_battle = ev("b2", "b", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2)
    incs = link_incidents([battle, shelling, own_battle], docs)
    assert {frozenset(i.event_ids) for i in incs} == {frozenset({"a1", "b2"}), frozenset({"b1"})}
    # ... or the battle's article also reports a shelling there
    own_shelling = ev("a2", "a", "2021-07-29", "Shelling/artillery/missile attack", "balad", STATE, 1, CIVS, 7)
    own_shelling.evidence_ar = "قصف آخر"
    incs = link_incidents([battle, own_shelling, shelling], docs)
    assert {frozenset(i.event_ids) for i in incs} == {frozenset({"a2", "b1"}), frozenset({"a1"})}
    shelling_near = ev("b1", "b", "2021-07-29", "Shelling/artillery/missile attack", "daraa", STATE, 1, CIVS, 7)
    assert len(link_incidents([battle, shelling_near], docs)) == 2  # cross-type needs the same place
    attack = ev("b1", "b", "2021-07-29", "Attack", "balad", STATE, 1, CIVS, 7)
    assert len(link_incidents([battle, attack], docs)) == 2
    protest = ev("a1", "a", "2021-07-29", "Peaceful protest", "idlib", "Protesters (Syria)", 6)
    protest2 = ev("b1", "b", "2021-07-29", "Peaceful protest", "idlib", STATE, 1)
    assert len(link_incidents([protest, protest2], docs)) == 2  # actors conflict
    is_ = ev("a1", "a", "2021-07-29", "Armed clash", "balad", STATE, 1, "Islamic State (Syria)", 2)
    hts = ev("b1", "b", "2021-07-29", "Armed clash", "balad", STATE, 1, "Hayat Tahrir al-Sham", 2)
    assert len(link_incidents([is_, hts], docs)) == 2  # different named armed groups
    local = ev("b1", "b", "2021-07-29", "Armed clash", "balad", STATE, 1, "Local Armed Group (Syria)", 2)
    assert len(link_incidents([battle, local], docs)) == 1  # generic names for the same fighters do not conflict


def test_no_chaining_beyond_neighbours():
    # three reports 4 km apart in a row: A~B and B~C but A and C are 8 km apart -> not all three
    docs = {k: Document(doc_id=k, text="x") for k in "abc"}
    es = []
    for k, lon in zip("abc", (36.00, 36.043, 36.086)):
        e = ev(f"{k}1", k, "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2)
        e.place_id, e.longitude, e.location_ar, e.geo_precision = f"p{k}", lon, f"مكان {k}", 2
        es.append(e)
    incs = link_incidents(es, docs)
    assert max(len(i.sources) for i in incs) == 2


def test_ids_are_deterministic_and_distinct():
    events = seed_like_events()
    link_incidents(events, seed_like_documents())
    first = {e.event_id_cnty: e.incident_id for e in events}
    shuffled = seed_like_events()
    random.Random(7).shuffle(shuffled)
    link_incidents(shuffled, seed_like_documents())
    assert {e.event_id_cnty: e.incident_id for e in shuffled} == first
    assert all(i.startswith("inc-") and len(i) == 16 for i in first.values())


def test_link_all_returns_everything():
    events = seed_like_events()
    res = link_all(events, seed_like_documents())
    assert len(res.incidents) == 14
    balad = [i for i in res.incidents if set(i.event_ids) == {"002-02", "004-04"}][0]
    assert balad.fatalities == 1 and balad.location_ar == "درعا البلد" and balad.latitude
    assert [c.outlet for c in balad.sources] == ["السورية نت", "عنب بلدي"]
    assert res.stories and res.framing["outlets"]


def _gaz_event(eid, doc, place_id, sub="Armed clash"):
    """An event placed on a real gazetteer entry, without coordinates: only the gazetteer can relate it."""
    e = ev(eid, doc, "2021-07-29", sub, "balad", STATE, 1, REBELS, 2)
    e.place_id, e.latitude, e.longitude, e.location_ar = place_id, None, None, place_id
    e.geo_precision = 3 if place_id.startswith("SY") else 1
    return e


def test_neighbourhood_inside_its_town_merges_via_the_gazetteer():
    from marsad.geo.gazetteer import gazetteer

    g = gazetteer()
    hood = next(p for p in g.by_name("المنشية") if p.kind == "neighbourhood" and p.parent_id)
    town = g[hood.parent_id]
    assert town.kind in ("city", "town") and _inside(hood.id, town.id) and not _inside(town.id, hood.id)
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    assert len(link_incidents([_gaz_event("a1", "a", hood.id), _gaz_event("b1", "b", town.id)], docs)) == 1


def test_village_is_not_inside_its_governorate_for_merging():
    from marsad.geo.gazetteer import gazetteer

    g = gazetteer()
    village = next(p for p in g.by_name("صيدا") if p.kind == "village" and p.lat)
    gov = next(a for a in village.ancestors if g[a].kind == "governorate")
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    assert gov in village.ancestors and not _inside(village.id, gov)
    assert len(link_incidents([_gaz_event("a1", "a", village.id), _gaz_event("b1", "b", gov)], docs)) == 2


def test_vague_counts_yield_to_exact_figures():
    docs = {k: Document(doc_id=k, text="x") for k in "abc"}
    events = [ev(f"{k}1", k, "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2, fat=f)
              for k, f in zip("abc", (3, 25, 31))]
    events[0].fatalities_note = "vague count (قتلى) coded as 3"
    (inc,) = link_incidents(events, docs)
    assert inc.fatalities == 25 and "1 vague count(s) set aside" in inc.fatalities_rule
    assert sorted(c.fatalities for c in inc.sources) == [3, 25, 31]
    assert inc.sources[0].fatalities_note.startswith("vague")
    # with only vague counts, the lowest of them
    for e, f in zip(events, (12, 3, 12)):
        e.fatalities, e.fatalities_note = f, f"vague count coded as {f}"
    (inc,) = link_incidents(events, docs)
    assert inc.fatalities == 3 and "vague counts only" in inc.fatalities_rule


def test_claims_in_publication_order():
    docs = {"a": Document(doc_id="a", text="x", outlet="Z", published="2021-07-30"),
            "b": Document(doc_id="b", text="x", outlet="A", published="2021-07-29")}
    events = [ev("a1", "a", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2),
              ev("b1", "b", "2021-07-29", "Armed clash", "balad", STATE, 1, REBELS, 2)]
    (inc,) = link_incidents(events, docs)
    assert [c.doc_id for c in inc.sources] == ["b", "a"] and inc.event_ids == ["b1", "a1"]


def test_town_and_its_namesake_subdistrict_count_as_the_same_place():
    """One outlet's "عين عيسى" resolved to the sub-district, another's to its seat town: the strike
    they both report must pair with each other, not with a shelling that shares the exact id."""
    docs = {k: Document(doc_id=k, text="x") for k in "ab"}
    a_air = _gaz_event("a1", "a", "SY110202", sub="Air/drone strike")
    a_shell = _gaz_event("a2", "a", "gn172134", sub="Shelling/artillery/missile attack")
    b_air = _gaz_event("b1", "b", "gn172134", sub="Air/drone strike")
    events = [a_air, a_shell, b_air]
    for e in events:
        e.location_ar = "عين عيسى"
    link_incidents(events, docs)
    assert a_air.incident_id == b_air.incident_id != a_shell.incident_id
