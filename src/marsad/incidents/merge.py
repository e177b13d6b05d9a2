"""Cross-article event coreference: events -> incidents.

Greedy best-first agglomeration with complete linkage: every compatible pair of events from different
articles is scored (``compat.pair_score``); pairs are taken best first, and two groups join only when
(a) no article would appear twice in the result (an article's own events are already deduplicated, so
two of them are two happenings) and (b) every event of one group is compatible with every event of the
other. Complete linkage stops chains (A~B, B~C, but A and C three days or 9 km apart); best-first lets
an event go to the report that fits it best when several could.

Candidate pairs are only generated inside a block (same year, compatible type family) and a sliding
date window, so the cost is about n x (events per overlapping window), not n².

Every event gets an incident id, unmerged ones a singleton incident of their own: the id is
``inc-`` + the first 12 hex digits of sha1 over the sorted member event ids, so it is stable across
runs and distinct for distinct member sets.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

from marsad.incidents.compat import date_window, pair_score, place_score
from marsad.models import Event

_FAMILY = {"Battles": "violence", "Explosions/Remote violence": "violence"}


def event_key(e: Event, index: int) -> str:
    """The id an event is known by: its event_id_cnty, else doc_id:index."""
    return e.event_id_cnty or f"{e.doc_id}:{index}"


def incident_id(keys: list[str]) -> str:
    h = hashlib.sha1("\n".join(sorted(keys)).encode("utf-8")).hexdigest()
    return "inc-" + h[:12]


def candidate_pairs(events: list[Event]) -> dict[tuple[int, int], float]:
    """Scores of all compatible (i, j) pairs, i < j, found inside blocks and date windows."""
    blocks: dict[tuple, list[tuple]] = defaultdict(list)
    for i, e in enumerate(events):
        w = date_window(e)
        if w is None:
            continue  # undated: never merges
        year = int(e.event_date[:4])
        blocks[(year, _FAMILY.get(e.event_type, e.event_type))].append((w[0], w[1], i))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        by_doc[e.doc_id].append(i)
    scores: dict[tuple[int, int], float] = {}
    for items in blocks.values():
        items.sort()
        for n, (lo, hi, i) in enumerate(items):
            for lo2, _hi2, j in items[n + 1:]:
                if lo2 > hi:
                    break
                a, b = events[i], events[j]
                s = pair_score(a, b)
                if s is None:
                    continue
                if a.event_type != b.event_type and (_has_own(events, by_doc[a.doc_id], a, b.event_type)
                                                     or _has_own(events, by_doc[b.doc_id], b, a.event_type)):
                    continue
                scores[(min(i, j), max(i, j))] = s
    return scores


def _has_own(events: list[Event], same_doc: list[int], e: Event, other_type: str) -> bool:
    """Does ``e``'s article itself report an event of ``other_type`` at e's place and day?

    A shelling folds into another outlet's battle only when the two outlets coded one happening
    differently. When the shelling's article also reports a battle there (or the battle's article a
    shelling), it told them apart, and the pairs of like type are the matches.
    """
    for k in same_doc:
        o = events[k]
        if o is not e and o.event_type == other_type and o.event_date == e.event_date:
            ps = place_score(o, e)
            if ps is not None and ps >= 2.0:
                return True
    return False


def cluster(events: list[Event], keys: list[str]) -> list[list[int]]:
    """Groups of event indices, each one incident; singletons included, deterministic order."""
    scores = candidate_pairs(events)
    parent = list(range(len(events)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    docs: dict[int, set[str]] = {i: {events[i].doc_id} for i in range(len(events))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = sorted(scores.items(), key=lambda kv: (-kv[1], keys[kv[0][0]], keys[kv[0][1]]))
    for (i, j), _s in order:
        ri, rj = find(i), find(j)
        if ri == rj or docs[ri] & docs[rj]:
            continue
        if not all((min(a, b), max(a, b)) in scores for a in members[ri] for b in members[rj]):
            continue
        parent[rj] = ri
        members[ri] += members.pop(rj)
        docs[ri] |= docs.pop(rj)
    groups = [sorted(m, key=lambda k: keys[k]) for m in members.values()]
    groups.sort(key=lambda g: keys[g[0]])
    return groups
