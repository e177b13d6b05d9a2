"""The place governing an event mention, from the geoparser's mentions (adoc.places).

Places in a sentence form *chains*: "بلدة المزيريب شمال غربي درعا"، "السهوة بريف درعا الشرقي" —
the first member (the most specific) is the chain's head, the rest anchor it. For a mention:
1. "شهدت X … اشتباكات": a place between a شهد-verb and the trigger;
2. else the first chain head after the trigger, before the next mention of the sentence, skipping
   places the trigger excludes ("تضامن مع درعا": the object of solidarity) and places that are
   origins ("من دمشق");
3. else an anaphor after the trigger (المنطقة، المدينة، البلدة، فيها …) -> the place of the previous
   event mention;
4. else the nearest chain head before the trigger in the sentence.
Coordinated heads right after the trigger ("على بلدات السهوة، والجيزة، وكحيل") are returned as a
list, so a sentence naming three towns taken yields three events; not after "بين" (a road between
towns is one place).
"""
from __future__ import annotations

import re

from marsad.models import PlaceMention

_LINK_WORDS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "الشمالي", "الجنوبي",
               "الشرقي", "الغربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "ريف", "بريف", "في", "ب",
               "محافظه", "بمحافظه", "مدينه", "بمدينه", "بلده", "ببلده", "قريه", "بقريه", "حي", "بحي", "منطقه",
               "بمنطقه", "الريف", "ريفي", "بريفي", "محيط", "بمحيط", "اطراف", "باطراف", "قرب", "بالقرب", "من",
               "داخل", "وسط", "الاداريه", "حدود", "الحدود", "التابعه", "ل", "لمحافظه", "غربا", "شرقا", "شمالا",
               "جنوبا", "الشمال", "الجنوب", "الشرق", "الغرب", "الشمالي-الغربي", "المتاخم", "لجنوب", "لشمال",
               "الشمالي الغربي"}
_COORD = re.compile(r"^[\s،,]*(?:و\s*)?$")
_SHAHID = re.compile(r"(?:^|\s)(?:و|ف)?(?:شهدت|شهد|تشهد|يشهد|عاشت)\s")
_ANAPHOR = re.compile(r"(?:^|\s)(?:و|ب|ل|ف)?(?:ال)?(?:منطقه|مدينه|بلده|قريه|حي|احياء|فيها|عليها|فوقها|المخيم)(?=\s|$|[،,.])")
_ORIGIN = re.compile(r"(?:^|\s)(?:من|قادما من|قادمه من)\s*$")
_BETWEEN_NEAR = re.compile(r"(?:^|\s)(?:و)?بين\s")


def _gap_links(gap: str) -> bool:
    words = gap.replace("،", " ").replace(",", " ").replace("(", " ").replace(")", " ").split()
    return all(w in _LINK_WORDS or w.lstrip("و") in _LINK_WORDS for w in words)


def chains(text: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Group a sentence's place mentions into chains (head first)."""
    out: list[list[PlaceMention]] = []
    for p in places:
        if out:
            prev = out[-1][-1]
            gap = text[prev.end:p.start]
            anchored = prev.anchor_id and prev.anchor_id == p.place_id
            if len(gap) <= 40 and (anchored or _gap_links(gap)) and not _COORD.match(gap):
                out[-1].append(p)
                continue
        out.append([p])
    return out


def _excluded(text: str, p: PlaceMention, lo: int, excl: tuple[str, ...]) -> bool:
    before = text[max(lo, p.start - 30):p.start]
    if _ORIGIN.search(before):
        return True
    if not excl:
        return False
    words = before.split()
    skip = {"مدينه", "محافظه", "بلده", "قريه", "اهالي", "ابناء", "اهل", "اهالي", "سكان", "مع"}
    for w in reversed(words[-3:]):
        if w in excl or any(w.startswith(e) and len(e) > 1 for e in excl if e not in ("ل",)):
            return True
        if "ل" in excl and w.startswith("ل") and w[1:] in skip:
            return True
        if w not in skip:
            break
    surf = text[p.start:p.start + 2]
    return "ل" in excl and surf.startswith("ل") and not text[p.start - 1:p.start].isalpha()


def choose(text: str, places: list[PlaceMention], ts: int, te: int, me: int, lo: int, hi: int,
           excl: tuple[str, ...] = (), prev_place: PlaceMention | None = None
           ) -> tuple[list[PlaceMention], str]:
    """The governing place(s) of a mention in sentence [lo, hi) and how they were found."""
    ch = chains(text, [p for p in places if lo <= p.start < max(hi, lo + 1)])
    # 1. شهدت X ... trigger
    for c in ch:
        head = c[0]
        if head.end <= ts:
            m = None
            for m in _SHAHID.finditer(text, max(lo, head.start - 40), head.start + 1):
                pass
            if m and m.end() <= head.start + 1 and ts - head.end <= 120 and not _excluded(text, head, lo, excl):
                if not _BETWEEN_NEAR.search(text[head.end:ts]):
                    return [head], "shahid"
    # 2. first chain head after the trigger
    after = [c for c in ch if c[0].start >= me and not _excluded(text, c[0], lo, excl)]
    if after:
        first = after[0]
        out = [first[0]]
        between = _BETWEEN_NEAR.search(text[max(lo, first[0].start - 20):first[0].start])
        if not between:
            last = first
            for c in after[1:]:
                gap = text[last[-1].end:c[0].start]
                if _COORD.match(gap) and c[0].kind not in ("governorate", "country"):
                    out.append(c[0])
                    last = c
                else:
                    break
        # the nearest place after a lone anaphor wins over a far one
        gap_text = text[me:first[0].start]
        if prev_place is not None and len(gap_text) > 60 and _ANAPHOR.search(gap_text[:30]):
            return [prev_place], "anaphor"
        return out, "after"
    # 3. anaphor
    if prev_place is not None and _ANAPHOR.search(text[me:hi][:60]):
        return [prev_place], "anaphor"
    # 4. nearest chain head before
    before = [c for c in ch if c[0].end <= ts and not _excluded(text, c[0], lo, excl)]
    if before:
        return [before[-1][0]], "before"
    return [], "none"
