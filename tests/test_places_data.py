"""Gazetteer data files: analyst edits are picked up, bad rows are reported by file and line,
and the committed gazetteer.tsv is what the build script makes from the shared sources."""
from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from marsad.geo.gazetteer import GazetteerError, load_cues, load_gazetteer

DATA = Path(str(resources.files("marsad") / "data"))
REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO.parent / "shared" / "data" / "gazetteer"


@pytest.fixture()
def data_dir(tmp_path):
    for name in ("gazetteer.tsv", "places_curated.tsv", "place_cues.tsv"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_curated_row_is_loaded_without_rebuild(data_dir):
    with (data_dir / "places_curated.tsv").open("a", encoding="utf-8") as fh:
        fh.write("دوار الحمامة|الحمامة\tHamama roundabout\tlandmark\tgn170905\t\t\tyes\ttest\t\tcur-test-hamama\t\t\t\n")
    g = load_gazetteer(data_dir)
    p = g["cur-test-hamama"]
    assert p.parent_id == "gn170905" and p.approx and p.admin1 == "Daraa"
    assert (p.lat, p.lon) == (g["gn170905"].lat, g["gn170905"].lon)
    assert g.by_name("الحمامة")[0].id == "cur-test-hamama"


def test_parent_given_by_arabic_name(data_dir):
    with (data_dir / "places_curated.tsv").open("a", encoding="utf-8") as fh:
        fh.write("حي الاختبار\tTest quarter\tneighbourhood\tنوى\t\t\tyes\ttest\t\tcur-test-q\t\t\t\n")
    assert load_gazetteer(data_dir)["cur-test-q"].parent_id == "gn166365"


def test_bad_coordinate_names_file_and_line(data_dir):
    with (data_dir / "places_curated.tsv").open("a", encoding="utf-8") as fh:
        fh.write("مكان\tPlace\ttown\tSY12\tabc\t36.1\t\ttest\t\tcur-bad\t\t\t\n")
    n = len((data_dir / "places_curated.tsv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(GazetteerError, match=rf"places_curated.tsv line {n}: not a number"):
        load_gazetteer(data_dir)


def test_unknown_parent_is_an_error(data_dir):
    with (data_dir / "places_curated.tsv").open("a", encoding="utf-8") as fh:
        fh.write("مكان\tPlace\ttown\tلا يوجد\t\t\t\ttest\t\tcur-bad2\t\t\t\n")
    with pytest.raises(GazetteerError, match="unknown parent"):
        load_gazetteer(data_dir)


def test_unknown_cue_type_is_an_error(data_dir):
    with (data_dir / "place_cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("كلمة\tnonsense\t\t\t\n")
    with pytest.raises(GazetteerError, match="place_cues.tsv line .*unknown type 'nonsense'"):
        load_cues(data_dir)


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(GazetteerError, match="gazetteer.tsv: cannot read"):
        load_gazetteer(tmp_path)


def test_gazetteer_is_compact_and_every_syrian_place_has_a_point():
    assert (DATA / "gazetteer.tsv").stat().st_size < 1_000_000
    g = load_gazetteer()
    for p in g.values():
        if p.country == "Syria" and p.kind not in ("country", "area"):
            assert p.lat is not None, p.id
        if p.approx and p.lat is not None:
            assert p.coord_source.startswith("parent"), p.id


@pytest.mark.skipif(not SOURCES.is_dir(), reason="../shared/data/gazetteer not available")
def test_build_script_reproduces_the_committed_gazetteer(tmp_path):
    out = tmp_path / "g.tsv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), str(SOURCES), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA / "gazetteer.tsv").read_text(encoding="utf-8")


@pytest.mark.skipif(not SOURCES.is_dir(), reason="shared gazetteer sources not present")
def test_every_arabic_alternate_name_of_the_sources_is_in_the_gazetteer():
    """GeoNames' Arabic alternate names (cities1000) and OpenSyria's Arabic aliases all reach the
    packaged gazetteer, so a transliteration-era spelling listed there is matched."""
    sys.path.insert(0, str(REPO / "scripts"))
    import build_gazetteer as b

    from marsad.text.normalize import squash

    g = load_gazetteer()
    names = {pid: {squash(n) for n in p.names} for pid, p in g.items()}
    alts = b.geonames_alternates(SOURCES / "geonames" / "cities1000_SY.tsv")
    assert sum(len(v) for v in alts.values()) > 300
    missing = [(gid, a) for gid, lst in alts.items() for a in lst
               if f"gn{gid}" in names and squash(b.clean_name(a)) not in names[f"gn{gid}"]]
    assert missing == []
    import csv
    with (SOURCES / "syria_admin_units_adm1-3.csv").open(encoding="utf-8-sig") as fh:
        by_os = {r["opensyria_id"]: r["pcode"] for r in csv.DictReader(fh)}
    os_missing = [(oid, a) for oid, lst in b.opensyria_aliases(SOURCES / "opensyria").items() for a in lst
                  if by_os.get(oid) in names and squash(a) not in names[by_os[oid]]]
    assert os_missing == []
