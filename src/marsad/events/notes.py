"""One- or two-sentence English notes generated from an event's fields (no translation model)."""
from __future__ import annotations

from datetime import date as _date

from marsad.models import Event

_SHORT = {
    "Military Forces of Syria (2000-)": "Syrian government forces",
    "Police Forces of Syria (2000-)": "Syrian police",
    "Government of Syria (2000-)": "the Syrian government",
    "Opposition Rebels (Syria)": "opposition fighters",
    "Local Armed Group (Syria)": "local fighters",
    "Unidentified Armed Group (Syria)": "unidentified gunmen",
    "Pro-Government Militia (Syria)": "pro-government militias",
    "Civilians (Syria)": "civilians",
    "Protesters (Syria)": "protesters",
    "Islamic State (Syria)": "Islamic State militants",
    "Military Forces of Russia (2000-)": "Russian forces",
    "Military Forces of Turkey (2016-)": "Turkish forces",
    "Military Forces of Israel": "Israeli forces",
    "Hayat Tahrir al Sham": "Hayat Tahrir al-Sham",
    "QSD: Syrian Democratic Forces": "the SDF",
    "Military Forces of the United States (2021-)": "US forces",
    "Global Coalition Against Daesh": "the international coalition",
    "UN: United Nations": "UN peacekeepers",
    "Military Forces of Iran (1989-)": "Iranian forces",
    "Syrian National Army": "the Syrian National Army",
    "National Front for Liberation": "the National Front for Liberation",
    "Arab Tribal Militia (Syria)": "Arab tribal fighters",
    "NDF: National Defence Forces": "the National Defence Forces",
    "Hezbollah": "Hezbollah",
    "Hurras al Din": "Hurras al-Din",
    "Ahrar al Sham": "Ahrar al-Sham",
    "YPG: People's Protection Units": "the YPG",
    "Military Forces of Syria (2000-) 5th Corps: 8th Brigade": "the 8th Brigade (5th Corps)",
    "Rioters (Syria)": "rioters",
}
_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained control of territory from",
    "Non-state actor overtakes territory": "took control of positions held by",
    "Shelling/artillery/missile attack": "shelled",
    "Air/drone strike": "carried out an air/drone strike on",
    "Remote explosive/landmine/IED": "detonated an explosive against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Arrests": "arrested",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were dispersed",
    "Looting/property destruction": "looted or destroyed property of",
    "Agreement": "reached an agreement with",
    "Excessive force against protesters": "used lethal force against protesters",
    "Violent demonstration": "rioted",
    "Mob violence": "took part in mob violence",
    "Sexual violence": "committed sexual violence against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used chemical weapons against",
    "Disrupted weapons use": "defused or seized weapons",
    "Headquarters or base established": "established a base",
    "Change to group/activity": "changed their organisation or activity",
    "Non-violent transfer of territory": "took over territory without fighting",
    "Other": "were involved in a security incident",
}


def actor_phrase(name: str, subunit: str | None = None) -> str:
    s = _SHORT.get(name, name)
    return f"{s} ({subunit})" if subunit else s


def fmt_date(iso: str | None) -> str:
    if not iso:
        return "On an unknown date"
    d = _date.fromisoformat(iso)
    return f"On {d.day} {d.strftime('%B')} {d.year}"


def make_note(ev: Event, subunit: str | None = None) -> str:
    """E.g. "On 29 July 2021, Syrian government forces (4th Division) clashed with local fighters in
    Daraa al-Balad (Daraa). 2 fatalities reported." """
    a1 = actor_phrase(ev.actor1, subunit) if ev.actor1 else "unidentified actors"
    where = ev.location or ev.location_ar
    if ev.admin1 and ev.admin1 not in where:
        where = f"{where} ({ev.admin1})"
    verb = _VERB.get(ev.sub_event_type, ev.sub_event_type.lower())
    if ev.sub_event_type in ("Peaceful protest", "Protest with intervention", "Violent demonstration",
                             "Disrupted weapons use", "Headquarters or base established", "Other",
                             "Change to group/activity", "Non-violent transfer of territory"):
        core = f"{a1} {verb} in {where}"
    elif ev.sub_event_type == "Excessive force against protesters":
        core = f"{actor_phrase(ev.actor2) if ev.actor2 else 'security forces'} {verb} in {where}"
    elif ev.actor2:
        core = f"{a1} {verb} {actor_phrase(ev.actor2)} in {where}"
    elif verb.endswith((" on", " against", " of", " with", " from")):
        core = f"{a1} {verb.rsplit(' ', 1)[0]} in {where}"
    else:
        core = f"{a1} {verb} in {where}" if ev.sub_event_type not in ("Shelling/artillery/missile attack", "Attack") \
            else f"{a1} {verb} {where}"
    text = f"{fmt_date(ev.event_date)}, {core}."
    extra = []
    if ev.fatalities_known:
        word = "fatality" if ev.fatalities == 1 else "fatalities"
        extra.append(f"{ev.fatalities} {word} reported" + (f" ({ev.fatalities_note})" if ev.fatalities_note else ""))
    if ev.wounded:
        extra.append(f"{ev.wounded} wounded")
    if ev.disputed:
        extra.append("denied by another party in the same report")
    if extra:
        text += " " + "; ".join(extra).capitalize() + "."
    return text
