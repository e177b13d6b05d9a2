"""Framing: which words each outlet uses for each actor.

The same armed group is "قوات النظام" in one outlet, "الجيش العربي السوري" in another and "ميليشيات
الأسد" in a third; the choice says something about the outlet. The events carry, per actor, the
surface term the article used and whether the actor dictionary marks it as loaded (partisan)
(``Event.actor_terms``: [{actor, term, loaded}]). Here they are counted per outlet.

Counting: a term is counted once per article that uses it for that actor (``articles``) and once per
event that carries it (``events``): one long article repeating a word must not outweigh five outlets.

Output (framing.json)::

    {"outlets": {OUTLET: {"articles": n, "events": n, "loaded_share": 0.4,
                          "actors": {ACTOR: [{"term": t, "loaded": bool, "articles": n, "events": n}, ...]}}},
     "actors": {ACTOR: {OUTLET: [term, ...]}}}

Articles without a known outlet are grouped under "unknown outlet".
"""
from __future__ import annotations

from collections import defaultdict

from marsad.incidents.claims import outlet_of
from marsad.models import Document, Event

UNKNOWN = "unknown outlet"


def build_framing(events: list[Event], documents: dict[str, Document]) -> dict:
    ev_count: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    art: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    loaded: dict[tuple[str, str], bool] = {}
    docs_per_outlet: dict[str, set] = defaultdict(set)
    events_per_outlet: dict[str, int] = defaultdict(int)
    for e in events:
        outlet = outlet_of(e, documents.get(e.doc_id)) or UNKNOWN
        docs_per_outlet[outlet].add(e.doc_id)
        events_per_outlet[outlet] += 1
        for t in e.actor_terms or []:
            actor, term = t.get("actor") or "", (t.get("term") or "").strip()
            if not actor or not term:
                continue
            ev_count[outlet][actor][term] += 1
            art[outlet][actor][term].add(e.doc_id)
            loaded[(actor, term)] = loaded.get((actor, term), False) or bool(t.get("loaded"))
    outlets: dict = {}
    by_actor: dict = defaultdict(dict)
    for outlet in sorted(docs_per_outlet):
        actors = {}
        uses = loaded_uses = 0
        for actor in sorted(ev_count[outlet]):
            rows = []
            for term, n in ev_count[outlet][actor].items():
                k = len(art[outlet][actor][term])
                rows.append({"term": term, "loaded": loaded[(actor, term)], "articles": k, "events": n})
                uses += k
                loaded_uses += k if loaded[(actor, term)] else 0
            rows.sort(key=lambda r: (-r["articles"], -r["events"], r["term"]))
            actors[actor] = rows
            by_actor[actor][outlet] = [r["term"] for r in rows]
        outlets[outlet] = {
            "articles": len(docs_per_outlet[outlet]),
            "events": events_per_outlet[outlet],
            "loaded_share": round(loaded_uses / uses, 3) if uses else None,
            "actors": actors,
        }
    return {"outlets": outlets, "actors": {a: by_actor[a] for a in sorted(by_actor)}}
