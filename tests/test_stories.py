"""Story clusters: shared incidents and text similarity over the matching form."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_incidents_fixtures import seed_like_documents, seed_like_events

from marsad.incidents import link_incidents
from marsad.incidents.stories import SIMILARITY_THRESHOLD, cluster_stories, cosine, tfidf_vectors
from marsad.models import Document

SEEDS = Path(__file__).resolve().parents[2] / "shared/corpus/seeds.jsonl"


def test_shared_incident_joins_articles_even_when_texts_differ():
    docs = seed_like_documents()
    docs["d002"].text = "نص أول مختلف تماما عن الثاني"
    docs["d004"].text = "كلمات أخرى لا تشترك بشيء"
    events = seed_like_events()
    incidents = link_incidents(events, docs)
    stories = cluster_stories(docs, incidents)
    groups = {tuple(s.doc_ids) for s in stories}
    assert ("d002", "d004") in groups
    assert ("d001",) in groups and ("d003",) in groups
    story = next(s for s in stories if s.doc_ids == ["d002", "d004"])
    assert len(story.incident_ids) == len({e.incident_id for e in events if e.doc_id in ("d002", "d004")})
    assert "2 articles" in story.label


def test_similar_texts_join_and_unrelated_do_not():
    a = "قصفت قوات النظام بلدة المزيريب في ريف درعا الغربي بقذائف المدفعية وسقط جرحى من المدنيين"
    b = "قوات النظام تقصف بلدة المزيريب بريف درعا الغربي بقذائف المدفعية، وأنباء عن جرحى مدنيين"
    c = "افتتاح معرض للكتاب في مدينة حلب بمشاركة دور نشر عربية وأجنبية"
    docs = {k: Document(doc_id=k, text=t, published="2021-08-01") for k, t in zip("abc", (a, b, c))}
    stories = cluster_stories(docs, [])
    assert {tuple(s.doc_ids) for s in stories} == {("a", "b"), ("c",)}


def test_far_apart_publication_dates_do_not_join_on_text_alone():
    a = "قصفت قوات النظام بلدة المزيريب في ريف درعا الغربي بقذائف المدفعية"
    docs = {"a": Document(doc_id="a", text=a, published="2021-08-01"),
            "b": Document(doc_id="b", text=a, published="2021-09-01")}
    assert len(cluster_stories(docs, [])) == 2


def test_matching_form_makes_spelling_variants_equal():
    v = tfidf_vectors({"a": "إدلب أريحا مدينة", "b": "ادلب اريحا مدينه", "c": "حلب"})
    assert cosine(v["a"], v["b"]) == pytest.approx(1.0)


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seed corpus not mounted")
def test_threshold_on_the_seed_articles():
    docs = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs[d["id"]] = Document(doc_id=d["id"], text=d["text"], published=d["published"])
    v = tfidf_vectors({k: d.text for k, d in docs.items()})
    ks = sorted(v)
    sims = {(a, b): cosine(v[a], v[b]) for i, a in enumerate(ks) for b in ks[i + 1:]}
    same = ("002_7914e44b01f18bbe", "004_269856a3870f24bb")
    assert sims[same] >= SIMILARITY_THRESHOLD
    assert all(s < SIMILARITY_THRESHOLD for k, s in sims.items() if k != same)
    groups = {tuple(s.doc_ids) for s in cluster_stories(docs, [])}
    assert same in groups and len(groups) == 4
