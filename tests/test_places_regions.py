"""Country-level regions: precision 3, no invented point, and never above a named town."""
from __future__ import annotations

import pytest

from marsad.geo.evaluate import geoparse


def by_surface(text: str) -> dict:
    return {p.surface: p for p in geoparse(text).places}


@pytest.mark.parametrize("phrase,pid", [
    ("شمال وشرق سوريا", "cur-north-east"), ("شمال شرقي سوريا", "cur-north-east"),
    ("الساحل السوري", "cur-coast"), ("شمال غربي سوريا", "cur-northwest"),
    ("البادية السورية", "cur-badia"), ("الشمال السوري", "cur-north"), ("وسط سوريا", "cur-centre"),
])
def test_country_level_region_is_precision_3_without_a_point(phrase, pid):
    ps = geoparse(f"تصاعدت الهجمات في {phrase} خلال الأسبوع").places
    assert [p.place_id for p in ps] == [pid]
    assert ps[0].geo_precision == 3 and ps[0].lat is None and ps[0].lon is None


def test_region_ranks_below_a_named_town_in_the_same_clause():
    ps = by_surface("قُتل ثلاثة بضربة مسيّرة قرب بلدة تل تمر في شمال شرق سوريا")
    town, region = ps["تل تمر"], ps["شمال شرق سوريا"]
    assert town.kind == "town" and town.geo_precision <= 2 and town.lat is not None
    assert region.confidence < town.confidence


def test_region_coordinated_with_near_a_town_is_not_anchored_by_it():
    ps = by_surface("عمليات متفرقة شمال سوريا وقرب بلدة عين عيسى")
    assert ps["شمال سوريا"].relation is None and ps["عين عيسى"].relation == "near"


def test_region_of_a_governorate_keeps_its_governorate_point():
    p = by_surface("اشتباكات في الغوطة الشرقية")["الغوطة الشرقية"]
    assert p.lat is not None and p.admin1 == "Rif Dimashq"
