"""One-paragraph English summary of an incident, from its structured fields only.

Templates, not generation: the summary can say nothing the fields do not, so it never invents a
detail; an analyst reading it knows where each word came from.
"""
from __future__ import annotations

from datetime import date

from marsad.models import Incident

_VERB = {
    "Armed clash": "{a} clashed with {b}",
    "Government regains territory": "{a} regained territory from {b}",
    "Non-state actor overtakes territory": "{a} took territory from {b}",
    "Shelling/artillery/missile attack": "{a} shelled {b}",
    "Air/drone strike": "{a} carried out an air or drone strike on {b}",
    "Remote explosive/landmine/IED": "an explosive device attributed to {a} went off, targeting {b}",
    "Suicide bomb": "a suicide bombing by {a} targeted {b}",
    "Attack": "{a} attacked {b}",
    "Abduction/forced disappearance": "{a} abducted {b}",
    "Sexual violence": "{a} committed sexual violence against {b}",
    "Peaceful protest": "{a} held a peaceful protest",
    "Protest with intervention": "{a} protested and {b} intervened",
    "Excessive force against protesters": "{b} used excessive force against {a}",
    "Violent demonstration": "{a} held a violent demonstration",
    "Mob violence": "{a} took part in mob violence",
    "Arrests": "{a} carried out arrests",
    "Agreement": "{a} and {b} reached an agreement",
    "Headquarters or base established": "{a} established a base",
    "Looting/property destruction": "{a} looted or destroyed property",
    "Disrupted weapons use": "{a} disrupted a weapons attack",
    "Change to group/activity": "{a} changed activity",
    "Non-violent transfer of territory": "territory passed from {b} to {a}",
    "Other": "a strategic development involving {a}",
}
# when no second actor is known: say less rather than invent a target
_VERB_ALONE = {
    "Shelling/artillery/missile attack": "{a} carried out shelling",
    "Air/drone strike": "{a} carried out an air or drone strike",
    "Remote explosive/landmine/IED": "an explosive device attributed to {a} went off",
    "Attack": "{a} carried out an attack",
    "Arrests": "{a} carried out arrests",
    "Government regains territory": "{a} regained territory",
    "Non-state actor overtakes territory": "{a} took territory",
}


def _date(inc: Incident) -> str:
    if not inc.event_date:
        return "On an unknown date"
    try:
        d = date.fromisoformat(inc.event_date)
    except ValueError:
        return f"On {inc.event_date}"
    day = f"{d.day} {d.strftime('%B %Y')}"
    if inc.time_precision == 3:
        return f"In {d.strftime('%B %Y')}"
    if inc.time_precision == 2:
        return f"In the week of {day}"
    return f"On {day}"


def _place(inc: Incident) -> str:
    name = inc.location or inc.location_ar or "an unknown place"
    if inc.admin1 and inc.admin1 not in name:
        return f"{name} ({inc.admin1})"
    return name


def summarise(inc: Incident) -> str:
    a = inc.actors[0] if inc.actors else "an unidentified party"
    b = inc.actors[1] if len(inc.actors) > 1 else "an unidentified party"
    verb = _VERB.get(inc.sub_event_type, "{a} was involved in an event of type " + (inc.event_type or "unknown"))
    if len(inc.actors) < 2 and inc.sub_event_type in _VERB_ALONE:
        verb = _VERB_ALONE[inc.sub_event_type]
    what = verb.format(a=a, b=b)
    n = len(inc.sources)
    # outlet names are often Arabic: isolate them (FSI ... PDI) so they do not reorder the English around them
    outlets = sorted({f"\u2068{c.outlet}\u2069" if c.outlet else "unknown outlet" for c in inc.sources})
    parts = [f"{_date(inc)}, {what} in {_place(inc)}."]
    if inc.fatalities:
        parts.append(f"Fatalities: {inc.fatalities} ({inc.fatalities_rule}).")
    elif any(c.fatalities is not None for c in inc.sources):
        parts.append("No deaths reported.")
    parts.append(f"Reported by {n} source{'s' if n != 1 else ''} ({', '.join(outlets)}).")
    if inc.disputed:
        who = ", ".join(inc.disputed_by) or "a party"
        parts.append(f"Disputed by {who}.")
    return " ".join(parts)
