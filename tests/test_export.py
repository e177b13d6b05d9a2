"""Output folder schema: ACLED column order, empty files with schema, GeoJSON, atomic writes."""
from __future__ import annotations

import csv
import json

import pytest

from marsad.export import ACLED_COLUMNS, EVENT_COLUMNS, document_record, write_exports
from marsad.export.atomic import atomic_open
from marsad.incidents import IncidentResult
from marsad.models import Document, Event, Incident, Story
from marsad.store import StoredDoc

EXPECTED_ACLED = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 "
    "inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 "
    "location latitude longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()
EXPECTED_OWN = "doc_id location_ar evidence_ar evidence_start evidence_end incident_id disputed confidence".split()


def test_column_order_is_acleds_then_marsads():
    assert len(EXPECTED_ACLED) == 31
    assert ACLED_COLUMNS == EXPECTED_ACLED
    assert EVENT_COLUMNS == EXPECTED_ACLED + EXPECTED_OWN


def test_empty_run_writes_every_file_with_schema(tmp_path):
    paths = write_exports(tmp_path, [], [], IncidentResult())
    names = sorted(p.name for p in paths.values())
    assert names == sorted(["documents.jsonl", "events.jsonl", "events.csv", "events.geojson", "incidents.jsonl",
                            "stories.jsonl", "framing.json"])
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as fh:
        assert list(csv.reader(fh)) == [EVENT_COLUMNS]
    assert json.loads((tmp_path / "events.geojson").read_text()) == {"type": "FeatureCollection", "features": []}
    assert (tmp_path / "events.jsonl").read_text() == ""
    assert json.loads((tmp_path / "framing.json").read_text()) == {}


def _events() -> list[Event]:
    return [
        Event(doc_id="d1", event_id_cnty="d1-1", event_date="2021-08-03", event_type="Battles", latitude=32.6,
              longitude=36.1, location_ar="درعا", evidence_ar="اشتباكات عنيفة", disputed=True, confidence=0.8,
              attribution=["ناشطون"], incident_id="I1"),
        Event(doc_id="d1", event_id_cnty="d1-2", event_type="Protests"),
    ]


def test_events_files_carry_columns_in_order(tmp_path):
    result = IncidentResult([Incident(incident_id="I1", event_ids=["d1-1"])], [Story(story_id="S1", doc_ids=["d1"])],
                            {"terms": {"x": 1}})
    write_exports(tmp_path, [], _events(), result)
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["location_ar"] == "درعا" and rows[0]["disputed"] == "true" and rows[1]["latitude"] == ""
    lines = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert list(lines[0])[: len(EVENT_COLUMNS)] == EVENT_COLUMNS
    assert lines[0]["attribution"] == ["ناشطون"]  # detail fields follow the columns
    geo = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    f0, f1 = geo["features"]
    assert f0["geometry"] == {"type": "Point", "coordinates": [36.1, 32.6]}
    assert list(f0["properties"]) == EVENT_COLUMNS
    assert f1["geometry"] is None
    inc = json.loads((tmp_path / "incidents.jsonl").read_text(encoding="utf-8"))
    assert inc["incident_id"] == "I1" and inc["event_ids"] == ["d1-1"]
    assert json.loads((tmp_path / "stories.jsonl").read_text())["doc_ids"] == ["d1"]
    assert json.loads((tmp_path / "framing.json").read_text()) == {"terms": {"x": 1}}


def test_document_record_uses_found_outlet_date_and_links():
    doc = Document(doc_id="d", text="نص", links=["http://meta"], site_name=None)
    s = StoredDoc(document=doc, derived_outlet="السورية نت", derived_links=["http://text", "http://meta"],
                  pub_date="2021-08-01", pub_date_precision=1, pub_date_source="text", analysis_error="KeyError: x")
    rec = document_record(s)
    assert list(rec)[:8] == ["doc_id", "title", "outlet", "published", "url", "links", "language", "warnings"]
    assert rec["outlet"] == "السورية نت" and rec["links"] == ["http://meta", "http://text"]
    assert rec["published"] == "2021-08-01" and rec["published_source"] == "text"
    assert rec["warnings"] == ["analysis failed: KeyError: x"]
    meta_only = document_record(StoredDoc(document=Document(doc_id="m", text="نص", published="2020-01-02", outlet="X")))
    assert meta_only["published"] == "2020-01-02" and meta_only["published_source"] == "metadata"
    assert meta_only["outlet"] == "X"


def test_atomic_write_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "f.jsonl"
    target.write_text("old\n")
    with pytest.raises(ValueError):
        with atomic_open(target) as fh:
            fh.write("half")
            raise ValueError("crash mid-write")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.jsonl"]  # no temp file left behind


def test_to_plain_matches_asdict_on_nested_incidents():
    import dataclasses

    from marsad.export.writers import to_plain
    from marsad.models import SourceClaim

    inc = Incident(incident_id="I", sources=[SourceClaim(doc_id="d", event_id="e", actors=["a"])], actors=["x"])
    assert to_plain(inc) == dataclasses.asdict(inc)
