"""Decide the ACLED (event_type, sub_event_type) of a mention from its trigger class and cues.

The lexicon gives a class; the cues decide between types:
- territory: the side that gains decides (state -> Government regains territory, non-state ->
  Non-state actor overtakes territory); an attempt that failed is an Armed clash;
- attack (هجوم، استهدف، اقتحام): civilians as target -> Violence against civilians/Attack, else a battle;
- sniping / assassination: an armed target makes it a battle, otherwise an attack on civilians;
- kill (مقتل، قتل) alone: only civilians killed make an event (Attack);
- abduct: by state forces -> Arrests; of armed men in a fight -> no event of its own; else Abduction;
- arrest: by a non-state group of civilians -> Abduction/forced disappearance, else Arrests;
- protest: never when an armed actor does it (قطع الطريق by fighters), intervention / killing
  cues give Protest with intervention / Excessive force against protesters.
"""
from __future__ import annotations

import re

from marsad.events.roles import Roles, side

_INTERVENTION = re.compile(r"(?:^|\s)(?:و|ل|ب)?(?:ال)?(?:فض|تفريق|قمع|فرقت|فرق|القنابل المسيله|الغاز المسيل)(?=\s|$)")
# lethal force on demonstrators (shots in the air are an intervention, not excessive force)
# shots fired into the air to disperse a crowd: force, but not lethal force
_WARNING_SHOTS = re.compile(r"في الهواء")
_EXCESSIVE = re.compile(r"(?:مقتل متظاهر|قتل متظاهر|مقتل محتج|قتل محتج|مقتل \S+ من المتظاهرين|مقتل \S+ من المحتجين)")

_TARGETED = ("اغتال", "اغتيال", "اعدم", "اعدام", "تصفيه", "صفي", "ذبح", "نحر")
AIR_POWERS = {"israel", "usa", "coalition"}
_GENERIC = {"عدوان", "استهدف", "استهداف", "هجوم", "اعتداء"}
EXPLOSIVE = {"shelling", "air", "ied", "suicide", "grenade", "chemical"}


def _civ(u) -> bool:
    return u is not None and u.primary.inter in (6, 7)


def _armed(u) -> bool:
    return u is not None and u.primary.inter in (1, 2, 3, 4, 8)


def decide(cls: str, default: tuple[str, str], r: Roles, failure: bool, civ_killed: bool,
           sentence: str, civ_target: bool = False, lemmas: list[str] | None = None,
           intervened: bool = False, population: bool = False) -> tuple[str, str] | None:
    """(event_type, sub_event_type), or None when the mention is not an event of its own."""
    a1, a2 = r.actor1, r.actor2
    if cls == "territory":
        if failure:
            return ("Battles", "Armed clash")
        if a1 is not None and side(a1.primary) == "gov":
            return ("Battles", "Government regains territory")
        if a1 is not None and side(a1.primary) in ("opp", "pop", "ext"):
            # ACLED: a non-state or a foreign force taking ground is "Non-state actor overtakes territory"
            return ("Battles", "Non-state actor overtakes territory")
        return ("Battles", "Armed clash")
    if cls in ("attack", "sniping", "kill", "beating", "arrest", "abduct") and a2 is not None and a2.primary.inter == 6:
        # force used on demonstrators: ACLED codes it under Protests
        killed = civ_killed or any(x.startswith(("قتل", "مقتل")) for x in (lemmas or []))
        return ("Protests", "Excessive force against protesters" if killed else "Protest with intervention")
    if cls in ("attack", "clash"):
        if cls == "attack" and (_civ(a2) or civ_killed and not _armed(a2)) and not _civ(a1):
            return ("Violence against civilians", "Attack")  # "قتل شخصان برصاص مجهولين"
        return ("Battles", "Armed clash")
    if cls == "sniping":
        if lemmas and any(x.startswith(_TARGETED) for x in lemmas):
            return ("Violence against civilians", "Attack")  # an assassination or execution: the victim was unarmed
        if _armed(a2):
            return ("Battles", "Armed clash")
        return ("Violence against civilians", "Attack")
    if cls == "kill":
        if civ_killed or _civ(a2):
            return ("Violence against civilians", "Attack")
        if _armed(a1) and _armed(a2) and r.how == "agent":
            return ("Battles", "Armed clash")  # "قُتل عنصران من الجيش الوطني على يد مسلحين مجهولين"
        return None
    if cls == "abduct":
        if a1 is not None and side(a1.primary) == "gov" and a1.primary.inter == 1:
            return ("Strategic developments", "Arrests")
        if _armed(a2) and not civ_target and a2.primary.group != "peacekeeping":
            return None  # fighters taken in a fight; peacekeepers taken are abducted
        return ("Violence against civilians", "Abduction/forced disappearance")
    if cls == "arrest":
        if a1 is not None and a1.primary.inter in (2, 3, 4) and (_civ(a2) or civ_target) \
                and not _has_arrest_authority(a1):
            return ("Violence against civilians", "Abduction/forced disappearance")
        return ("Strategic developments", "Arrests")
    if cls == "shelling" and a1 is not None and a1.primary.actor_id.split("_")[0] in AIR_POWERS \
            and lemmas and all(x.startswith(("صاروخ", "صواريخ", "صاروخي")) for x in lemmas if x not in _GENERIC):
        return ("Explosions/Remote violence", "Air/drone strike")  # their missiles come from the air
    if cls == "beating":
        # a crowd beating someone is mob violence; forces beating people are an attack
        if a1 is None or a1.primary.inter in (5, 7) or a1.primary.actor_id == "population":
            return ("Riots", "Mob violence")
        return ("Violence against civilians", "Attack")
    if cls == "protest":
        if a1 is not None and _armed(a1) and not population and r.how in ("svo", "in-trigger", "agent"):
            if intervened:  # "فضّت قوات الأمن الوقفة": the force is the intervention, not a protester
                return ("Protests", "Protest with intervention")
            return None  # fighters cutting a road are not protesters
        if intervened and (_EXCESSIVE.search(sentence) and not _WARNING_SHOTS.search(sentence) or civ_killed):
            return ("Protests", "Excessive force against protesters")
        if intervened:
            return ("Protests", "Protest with intervention")
        return ("Protests", "Peaceful protest")
    return default


def _has_arrest_authority(u) -> bool:
    """Non-state groups that govern territory arrest (ACLED codes their detentions as Arrests)."""
    return u.primary.actor_id in ("hts", "sdf", "sdf_loaded", "sna", "rebels") or u.primary.name.startswith(
        ("Hayat Tahrir", "QSD", "Syrian National Army"))
