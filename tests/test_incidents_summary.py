"""English incident summaries: built from fields only, never inventing a detail."""
from __future__ import annotations

from marsad.incidents.summary import summarise
from marsad.models import Incident, SourceClaim

STATE = "Military Forces of Syria (2000-)"


def _inc(**kw) -> Incident:
    base = dict(incident_id="x", event_date="2021-07-29", time_precision=1, event_type="Battles",
                sub_event_type="Armed clash", location="Daraa al-Balad", admin1="Daraa",
                sources=[SourceClaim("d", "e", outlet="عنب بلدي")])
    base.update(kw)
    return Incident(**base)


def test_battle_with_both_sides_date_place_and_outlet():
    s = summarise(_inc(actors=[STATE, "Local Armed Group (Syria)"]))
    assert s.startswith("On 29 July 2021, Military Forces of Syria (2000-) clashed with Local Armed Group (Syria) "
                        "in Daraa al-Balad.")  # the governorate is already in the name
    assert "in Nawa (Daraa)." in summarise(_inc(location="Nawa", actors=[STATE]))
    assert "Reported by 1 source (\u2068عنب بلدي\u2069)." in s  # Arabic outlet isolated for bidi
    assert "Fatalities" not in s and "Disputed" not in s


def test_no_invented_target_and_precision_words():
    s = summarise(_inc(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                       actors=[STATE]))
    assert "carried out shelling in Daraa al-Balad" in s and "unidentified" not in s
    assert summarise(_inc(time_precision=2, actors=[STATE])).startswith("In the week of 29 July 2021")
    assert summarise(_inc(time_precision=3, actors=[STATE])).startswith("In July 2021")
    assert summarise(_inc(event_date=None, time_precision=None, actors=[STATE])).startswith("On an unknown date")


def test_fatalities_rule_sources_and_dispute():
    s = summarise(_inc(actors=[STATE], fatalities=12, fatalities_rule="lowest of 2 source figures (12, 20)",
                       disputed=True, disputed_by=["SANA"],
                       sources=[SourceClaim("a", "1", outlet="A", fatalities=12), SourceClaim("b", "2", fatalities=20)]))
    assert "Fatalities: 12 (lowest of 2 source figures (12, 20))." in s
    assert "Reported by 2 sources" in s and "unknown outlet" in s
    assert s.endswith("Disputed by SANA.")
    zero = summarise(_inc(actors=[STATE], sources=[SourceClaim("a", "1", fatalities=0)]))
    assert "No deaths reported." in zero
