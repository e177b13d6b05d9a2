"""Story clusters: articles about the same developing story.

Two articles join one story when (a) they report a common incident (an incident with sources in both),
or (b) their texts are alike: TF-IDF cosine over the words of the matching form (so spelling variants
count as one word; a short Arabic stop-word list removed), at or above ``SIMILARITY_THRESHOLD``, and their publication dates (when both are known) no
more than ``MAX_DAYS_APART`` apart. Groups are the connected components (union-find).

Threshold. On the five seed articles (all about Daraa, 2018 and 2021) the two reports of the 29 July
2021 assault (002, 004) score 0.20; every other pair scores 0.08-0.14 (values in docs/report.md; word
unigrams separated the pairs better than word bigrams or character 4-grams). 0.18 sits between them,
on the high side on purpose — a missed text link costs a split story, a false one glues unrelated stories together
for every later article (single linkage), so we err on the high side.

Cost: candidate pairs come from an inverted index over each article's 30 highest-weighted terms (terms
salient in more than 100 articles skipped); only pairs sharing three such terms and published within the
date gate get a cosine, so articles that share no salient word are never compared.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations

from marsad.models import Document, Incident, Story
from marsad.text.normalize import match_form

SIMILARITY_THRESHOLD = 0.18
MAX_DAYS_APART = 7
TOP_TERMS = 30
MAX_POSTINGS = 100
MIN_SHARED = 3
_WORD = re.compile(r"[\u0621-\u064A]{2,}|[a-z]{3,}|\d{2,}")
# Function words in matching form: they carry no story signal.
_STOP = set(match_form(
    "في من على الى إلى عن مع ان أن إن كان كانت التي الذي الذين هذا هذه ذلك تلك بعد قبل حتى او أو ثم "
    "كما لا لم لن قد وقد هو هي هم بين عند منذ خلال حيث ما اليوم امس أمس وفي ومن وعلى الى كل غير "
    "أي اي عبر ضد لها له لهم فيها فيه عليها عليه وهو وهي إلى التى وذلك بها به بما مما عما تم يتم وقال قال "
    "وأضاف اضاف أضاف وأكد اكد أكد واشار وأشار أشار ايضا أيضا"
).split())


def _features(text: str) -> Counter:
    """Term counts without stop words (counted in C, the few stop words then removed)."""
    c = Counter(_WORD.findall(match_form(text)))
    for w in _STOP & c.keys():
        del c[w]
    return c


def tfidf_vectors(texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """L2-normalised TF-IDF vectors (sublinear tf, smoothed idf) per document id."""
    feats = {k: _features(t) for k, t in texts.items()}
    df: Counter = Counter()
    for f in feats.values():
        df.update(f.keys())
    n = len(feats)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}  # once per term, not per (doc, term)
    vecs = {}
    for k, f in feats.items():
        v = {t: (1 + math.log(c)) * idf[t] for t, c in f.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs[k] = {t: x / norm for t, x in v.items()}
    return vecs


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    # the shared terms are found by a set intersection in C; only they are multiplied in Python
    return sum(a[t] * b[t] for t in a.keys() & b.keys())


def similar_pairs(vecs: dict[str, dict[str, float]], allowed=None) -> dict[tuple[str, str], float]:
    """Cosine of the document pairs that share at least ``MIN_SHARED`` salient terms.

    A salient term is one of a document's ``TOP_TERMS`` highest-weighted terms that is salient in at
    most ``MAX_POSTINGS`` documents: a word in the top terms of hundreds of articles ("درعا" in a corpus
    about Daraa) says nothing about which story an article tells, and skipping it keeps the candidate
    pairs near-linear in the corpus size. ``allowed(a, b)`` can veto a pair before the cosine is computed.
    """
    index: dict[str, list[str]] = defaultdict(list)
    for k in sorted(vecs):
        # same order as heapq.nlargest (documented equivalent), but one C sort of the swapped pairs
        for _, t in sorted(zip(vecs[k].values(), vecs[k].keys()), reverse=True)[:TOP_TERMS]:
            index[t].append(k)
    shared: Counter = Counter()
    for ks in index.values():
        if len(ks) > MAX_POSTINGS:
            continue
        shared.update(combinations(ks, 2))  # (ks[i], ks[j]) for i < j, counted in C
    out = {}
    # only the pairs with enough shared terms are sorted (a tenth of them): same pairs, same order
    for (a, b), n in sorted(item for item in shared.items() if item[1] >= MIN_SHARED):
        if allowed is None or allowed(a, b):
            out[(a, b)] = cosine(vecs[a], vecs[b])
    return out


def _days_apart(a: Document | None, b: Document | None) -> int | None:
    try:
        da = date.fromisoformat((a.published or "")[:10]) if a else None
        db = date.fromisoformat((b.published or "")[:10]) if b else None
    except ValueError:
        return None
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _pub_date(d: Document) -> date | None:
    """The publication date of a document, None when unknown or unreadable (as in ``_days_apart``)."""
    try:
        return date.fromisoformat((d.published or "")[:10])
    except ValueError:
        return None


def cluster_stories(documents: dict[str, Document], incidents: list[Incident],
                    threshold: float = SIMILARITY_THRESHOLD) -> list[Story]:
    parent = {d: d for d in documents}
    for inc in incidents:
        for c in inc.sources:
            parent.setdefault(c.doc_id, c.doc_id)

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for inc in incidents:
        docs = sorted({c.doc_id for c in inc.sources})
        for d in docs[1:]:
            union(docs[0], d)
    vecs = tfidf_vectors({k: d.text for k, d in documents.items()})
    pub = {k: _pub_date(d) for k, d in documents.items()}  # parsed once per document, not once per pair

    def close_in_time(a: str, b: str) -> bool:
        da, db = pub.get(a), pub.get(b)
        return da is None or db is None or abs((da - db).days) <= MAX_DAYS_APART

    for (a, b), sim in similar_pairs(vecs, close_in_time).items():
        if sim >= threshold:
            union(a, b)

    groups: dict[str, list[str]] = defaultdict(list)
    for d in parent:
        groups[find(d)].append(d)
    by_id = {inc.incident_id: inc for inc in incidents}
    inc_by_doc: dict[str, list[str]] = defaultdict(list)
    for inc in incidents:
        for d in {c.doc_id for c in inc.sources}:
            inc_by_doc[d].append(inc.incident_id)
    stories = []
    for docs in groups.values():
        docs.sort()
        incs = sorted({i for d in docs for i in inc_by_doc[d]})
        sid = "story-" + hashlib.sha1("\n".join(docs).encode("utf-8")).hexdigest()[:12]
        stories.append(Story(story_id=sid, doc_ids=docs, incident_ids=incs,
                             label=_label(docs, [by_id[i] for i in incs], documents)))
    stories.sort(key=lambda s: s.doc_ids[0])
    return stories


def _first_line(text: str, limit: int = 60) -> str:
    line = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"


def _label(docs: list[str], incs: list[Incident], documents: dict[str, Document]) -> str:
    """'<most reported place>, <first date> to <last date> (<n> articles)'."""
    places = Counter(i.location or i.location_ar for i in incs if i.location or i.location_ar)
    dates = sorted({i.event_date for i in incs if i.event_date})
    titles = [documents[d].title or _first_line(documents[d].text) for d in docs if d in documents]
    titles = [t for t in titles if t]
    head = places.most_common(1)[0][0] if places else (titles[0] if titles else docs[0])
    span = "" if not dates else f", {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
    return f"{head}{span} ({len(docs)} article{'s' if len(docs) != 1 else ''})"
