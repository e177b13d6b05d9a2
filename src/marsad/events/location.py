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

POPULATED = {"city", "town", "village"}
_LINK_WORDS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "الشمالي", "الجنوبي",
               "الشرقي", "الغربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "ريف", "بريف", "في", "ب",
               "محافظه", "بمحافظه", "مدينه", "بمدينه", "بلده", "ببلده", "قريه", "بقريه", "حي", "بحي", "منطقه",
               "بمنطقه", "الريف", "ريفي", "بريفي", "محيط", "بمحيط", "اطراف", "باطراف", "قرب", "بالقرب", "من",
               "داخل", "وسط", "الاداريه", "حدود", "الحدود", "التابعه", "ل", "لمحافظه", "غربا", "شرقا", "شمالا",
               "جنوبا", "الشمال", "الجنوب", "الشرق", "الغرب", "الشمالي-الغربي", "المتاخم", "لجنوب", "لشمال",
               "الشمالي الغربي"}
_COORD = re.compile(r"^[\s،,)]*(?:و\s*)?(?:(?:بلده|مدينه|قريه|بلدتي|مدينتي|قريتي|بلدات|قري|مدن|حي|مخيم)\s+)?$")
# "شهدت X اشتباكات"، "تعرضت بلدة X لقصف": the place the act befell, named before it
_SHAHID = re.compile(r"(?:^|\s)(?:و|ف)?(?:شهدت|شهد|تشهد|يشهد|عاشت|تعرضت|تعرض|تتعرض|يتعرض)\s")
_ANAPHOR = re.compile(r"(?:^|\s)(?:و|ب|ل|ف)?(?:ال)(?:منطقه|مدينه|بلده|قريه|حي|مخيم)(?=\s|$|[،,.])|(?:فيها|عليها|فوقها)(?=\s|$|[،,.])")
_ORIGIN = re.compile(r"(?:من فوق|فوق)\s*$|(?:ينسحب|انسحب|انسحبوا|ينسحبوا|انسحبت|فروا|فر|هربوا|لاذوا|توجهوا)\S*\s+(?:\S+\s+)?(?:باتجاه|نحو|الي)\s*$|(?:قادم|قادمه|قادمين|وصول|وصوله|وصولها|انطلاقا|عائد|عائدين|خروج|خروجه|نزوح|هرب|فرار|فروا|نزحوا|مغادره|اقلعت|اقلع|انطلقت|انطلق)\S*\s+(?:\S+\s+)?(?:من|عن)\s*(?:\S+\s*)?$")
_POPULATION = re.compile(r"(?:ابناء|اهالي|اهل|شبان|سكان|مقاتلو|مقاتلي|وجهاء|مشايخ)\s+(?:(?:بلده|مدينه|قريه|حي|مخيم|منطقه)\s+)?$")
_LIKEWISE = re.compile(r"(?:كذلك|وكذلك|ايضا|بالنسبه)")
_BETWEEN_NEAR = re.compile(r"(?:^|\s)(?:و)?بين\s")


def _gap_links(gap: str) -> bool:
    """Only place-relation words between two places ("شمال غربي"، "بريف"): the second anchors the first.
    A cue after و ("شهبا وبلدة القريا") is a coordination, not an anchor."""
    words = gap.replace("،", " ").replace(",", " ").replace("(", " ").replace(")", " ").split()
    if any(w.startswith("و") and w[1:] in _LINK_WORDS and w not in _LINK_WORDS for w in words):
        return False
    return all(w in _LINK_WORDS for w in words)


def chains(text: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Group a sentence's place mentions into chains (head first; a region head such as "البادية
    قرب تدمر" gives way to the finer place it is anchored to)."""
    out = _chains(text, places)
    for c in out:
        if len(c) > 1 and (_coarse_kind(c[0]) and not _coarse_kind(c[1])
                           or c[0].kind == "area" and c[1].kind in POPULATED):
            c.pop(0)
    return out


def _chains(text: str, places: list[PlaceMention]) -> list[list[PlaceMention]]:
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


# where an actor is stationed or who backs it, not where the act happens
_STATIONED = re.compile(r"(?:المنتشر|المتمركز|المتواجد|المتواجدين|المتمركزين|تتمركز|يتمركز|تنتشر|ينتشر|المدعوم|مدعوم|بدعم|برعايه|التابع)\S*\s+(?:\S+\s+)?(?:في|من|ب)?\s*(?:\S+\s+)?$")


# a place on a road's name: "طريق درعا - السويداء"، and its second end also without a dash ("طريق المزيريب اليادودة")
_ROAD = re.compile(r"(?:طريق|اوتوستراد|الطريق الدولي)\s*(?:\S+\s*-?\s*)?$|\S+\s*-\s*$")
_OUTLET = re.compile(r"(?:موقع|شبكه|صحيفه|وكاله|قناه|تلفزيون|اذاعه|مرصد|تجمع|مراسل|لمراسل|مراسله|لمراسله)\s*\"?\s*\S*\s*\"?\s*$"
                     r"|(?:مراسل|لمراسل|مراسله|لمراسله)\s*\"?\s*\S*\s*\"?\s*في\s+$")  # "لمراسل سبوتنيك في دير الزور"


# where fire came from, not where it fell: "قصف مصدره مواقع قوات النظام في ريف اللاذقية"،
# "انطلاقاً من ريف حلب"، "من مواقعها في بلدة X"
_SOURCE = re.compile(r"(?:مصدره|مصدرها|مصدرهما|مصدرهم|انطلاقا من|انطلقت من|اطلقت من|اطلق من|اطلقها\S*\s+(?:\S+\s+){0,2}من"
                     r"|من مواقع\S*|من مناطق\S*|من نقاط\S*|من قواعد\S*)\s+(?:(?!باتجاه|نحو|الي|علي)[^\s،,.]+\s+){0,5}$")
_PLACE_NOUN = re.compile(r"(?:^|\s)(?:ب|ل|و)?(?:مدينه|بلده|قريه|حي|بلدات|قري|مدن|مخيم|منطقه|بلدتي|قريتي|مدينتي)(?=\s)")
_PLACE_NOUN_END = re.compile(r"(?:^|\s)(?:ب|ل|و)?(?:مدينه|بلده|قريه|حي|بلدات|قري|مدن|مخيم|منطقه|بلدتي|قريتي|مدينتي)\s+$")
# the verb naming what a strike reached: "طالت إحداها موقعاً قرب مدينة X"
_REACHED = re.compile(r"(?:^|\s)(?:و|ف)?(?:طال|طالت|طاول|طاولت|تطال|يطال|اصابت|اصاب)\s")


# a place that names talks ("محادثات أستانة"، "مسار جنيف") or a country addressed by a call or a
# charge ("دعت فيه الأردن إلى …"، "طالبت تركيا"): not where anything happened
_NOT_SITE = re.compile(r"(?:^|\s)(?:و|ب|ل|ف)?(?:ال)?(?:محادثات|مفاوضات|مباحثات|مسار|مؤتمر|اجتماع|اجتماعات|قمه|جوله|جولات|منصه|"
                       r"دعت|دعا|تدعو|يدعو|طالبت|طالب|تطالب|يطالب|حثت|حث|ناشدت|ناشد|اتهمت|اتهم|تتهم|يتهم|حملت|حمل"
                       r")\s+(?:\S+\s+)?$")


# the place of an act answered or avenged ("رداً على تفجير شارع الاستقلال في إسطنبول"), or relieved by
# it ("الهدف منها تخفيف الضغط عن الغوطة"): the cause's or the goal's place
_CAUSE_PLACE = re.compile(r"(?:ردا علي|علي خلفيه|انتقاما ل|انتقاما من|ثارا ل|تخفيف الضغط عن|لتخفيف الضغط عن)\s*(?:[^\s،,.]+\s+){0,5}$")
_TALKS = re.compile(r"(?:محادثات|مفاوضات|مباحثات|مسار|مؤتمر|اجتماع|قمه|جوله|جولات|منصه)")


# an earlier step of a campaign, named to say where it went on: "فبعد مدينة تلبيسة، قطع محتجون …"
_AFTER_PLACE = re.compile(r"(?:^|\s)(?:ف|و)?بعد\s+(?:(?:مدينه|بلده|قريه|حي|مخيم|مدن|بلدات|قري)\s+)?$")


# "خطف الشاب …، وهو من أبناء بلدة المسيفرة": where a person comes from, told in apposition, not where the act was
_PERSON_ORIGIN = re.compile(r"(?:(?<!\S)(?:وهو|وهي|وهم|وهما)\s+من|(?:ينحدر|تنحدر|ينحدرون|المنحدر|المنحدره|المتحدر)\S*\s+من)"
                            r"\s+(?:ابناء|اهالي|سكان|مواليد)?\s*(?:بلده|مدينه|قريه|حي|مخيم)?\s*$")


_TOWNS_WORD = re.compile(r"(?:بلدات|قري|مدن)\s*$")


def _area_of_towns(text: str, prev_end: int, p: PlaceMention) -> bool:
    """"في مدينة الرستن وبلدات الحولة": an area named by the towns it holds is one more place of the list."""
    return p.kind == "area" and _TOWNS_WORD.search(text, prev_end, p.start) is not None


def _quoted_name(text: str, p: PlaceMention) -> bool:
    """«الغوطة الآن»، «سهل حوران»، "درع الفرات": a place word inside a quoted name of more words (an
    outlet, an operation, a group) names no place; a quoted place alone («درعا») still does."""
    o = text.rfind('"', max(0, p.start - 30), p.start)
    if o < 0 or "\n" in text[o:p.start]:
        return False
    close = text.find('"', p.end, p.end + 30)
    if close < 0 or "\n" in text[p.end:close]:
        return False
    if text.count('"', text.rfind("\n", 0, o) + 1, o) % 2:
        return False  # the quote before it closes an earlier one: the place is outside quotes
    return text[o + 1:close].strip() != text[p.start:p.end].strip()


def _excluded(text: str, p: PlaceMention, lo: int, excl: tuple[str, ...]) -> bool:
    if _quoted_name(text, p):
        return True
    before = text[max(lo, p.start - 30):p.start]
    if p.kind == "country" and _NOT_SITE.search(before) or _NOT_SITE.search(before[-16:]) and _TALKS.search(before[-16:]):
        return True
    if _CAUSE_PLACE.search(text[max(lo, p.start - 60):p.start]):
        return True
    if _PERSON_ORIGIN.search(text, max(lo, p.start - 40), p.start):
        return True
    if _ORIGIN.search(before) or _STATIONED.search(before) or _OUTLET.search(before) or _AFTER_PLACE.search(before):
        return True
    src = _SOURCE.search(text[max(lo, p.start - 60):p.start])
    if src:
        # "انطلاقاً من مواقعها في مدينة سراقب قرية آفس": a second place noun starts the target
        nouns = _PLACE_NOUN.findall(src.group())
        if not (len(nouns) >= 2 and _PLACE_NOUN_END.search(src.group())):
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


def _anaphor(text: str, a: int, b: int, blocked: list[tuple[int, int]]) -> bool:
    for m in _ANAPHOR.finditer(text, a, b):
        if not any(x <= m.start() + 1 < y for x, y in blocked):
            return True
    return False


def choose(text: str, places: list[PlaceMention], ts: int, te: int, me: int, lo: int, hi: int,
           excl: tuple[str, ...] = (), prev_place: PlaceMention | None = None,
           sentence_place: PlaceMention | None = None, subject=None,
           actor_spans: list[tuple[int, int]] | None = None) -> tuple[list[PlaceMention], str]:
    """The governing place(s) of a mention in sentence [lo, hi) and how they were found.

    ``prev_place``: the place of the article's last event of the same type (for anaphors);
    ``sentence_place``: the place of the previous mention in this sentence; ``subject``: the
    actor unit acting (its place, in "أبناء بلدة X", is where it acts)."""
    blocked = actor_spans or []
    ch = chains(text, [p for p in places if lo <= p.start < max(hi, lo + 1)])
    # 0. the acting population's own place: "أبناء بلدة أم المياذن … سيطروا"، "اقتحم أبناء صيدا"
    if subject is not None:
        own = [c for c in ch if 0 <= c[0].start - subject.end <= 12 and _POPULATION.search(
            text[max(lo, subject.start - 2):c[0].start]) and not _excluded(text, c[0], lo, excl)]
        if own:
            out = [own[0][0]]
            tail = text[me:hi]
            if _LIKEWISE.search(tail):
                out += [c[0] for c in ch if c[0].start >= me and c[0] is not own[0][0]
                        and _LIKEWISE.search(text[me:c[0].start]) and not _coarse_kind(c[0])][:3]
            return out, "subject"
    # 1. شهدت X ... trigger
    for c in ch:
        head = c[0]
        if head.end <= ts:
            m = None
            for m in _SHAHID.finditer(text, max(lo - 1, head.start - 40, 0), head.start + 1):  # lo - 1: the sentence may open with the verb
                pass
            if m and m.end() <= head.start + 1 and ts - head.end <= 120 and not _excluded(text, head, lo, excl):
                if not _BETWEEN_NEAR.search(text[head.end:ts]):
                    out, last = [head], c
                    for c2 in ch[ch.index(c) + 1:]:
                        if c2[0].end > ts or not _COORD.match(text[last[-1].end:c2[0].start]):
                            break
                        if head.kind in POPULATED and (c2[0].kind in POPULATED or _area_of_towns(text, last[-1].end, c2[0])):
                            out.append(c2[0])
                        last = c2
                    return out, "shahid"
    # 2. first chain head after the trigger
    after = [c for c in ch if c[0].start >= te and not _excluded(text, c[0], lo, excl)]
    # a road is named by its ends ("طريق درعا - السويداء قرب المسيفرة"): a place near it is better
    def on_road(p: PlaceMention) -> bool:
        seg = text[max(lo, p.start - 30):p.start]
        # the pattern needs one of these: a substring test first is ~10x cheaper than the search
        return ("-" in seg or "طريق" in seg or "اوتوستراد" in seg) and bool(_ROAD.search(seg))

    after = [c[1:] if len(c) > 1 and on_road(c[0]) and not on_road(c[1]) and not _coarse_kind(c[1]) else c
             for c in after]
    off_road = [c for c in after if not on_road(c[0]) and not _coarse_kind(c[0])]
    if off_road and len(off_road) < len(after):
        after = off_road
    fine = [c for c in after if not _coarse_kind(c[0]) and c[0].kind != "country"]
    if fine:  # "في ريف إدلب … في مدينة محردة": the finer place is where it happened
        after = after[after.index(fine[0]):]
    if after and (not fine or all(on_road(c[0]) for c in after)):
        # "تجمعوا في بلدة خان أرنبة احتجاجاً … من الأراضي السورية"، "وفي مدينة تلبيسة، شنت … حملة
        # اعتقالات … على الطريق الدولي حمص - حماة": a country, a region or a road's ends after the act
        # lose to a town named before it in the sentence
        own = [c for c in ch if c[0].end <= ts and not _excluded(text, c[0], lo, excl) and not _coarse_kind(c[0])
               and c[0].kind != "country" and not on_road(c[0])]
        if own:
            return [own[-1][0]], "before"
    if after:
        first = after[0]
        reached = [m.end() for m in _REACHED.finditer(text, te, max(te, min(hi, first[0].start + 200)))]
        if reached:  # "غارات على مواقع في محيط دمشق، طالت إحداها موقعاً قرب الكسوة": where it fell
            later = [c for c in after if c[0].start >= reached[0]]
            if later and later[0] is not first:
                first = later[0]
                after = after[after.index(first):]
        out = [first[0]]
        between = _BETWEEN_NEAR.search(text[max(lo, first[0].start - 20):first[0].start])
        if not between and not on_road(first[0]):  # a road's two ends name one place, not a list
            last = first
            for c in after[1:]:
                gap = text[last[-1].end:c[0].start]
                if _COORD.match(gap) and first[0].kind in POPULATED and (
                        c[0].kind in POPULATED or _area_of_towns(text, last[-1].end, c[0])):
                    out.append(c[0])
                    last = c
                else:
                    break
        # the nearest place after a lone anaphor wins over a far one
        gap_text = text[te:first[0].start]
        if prev_place is not None and len(gap_text) > 60 and _anaphor(text, te, te + 30, blocked):
            return [prev_place], "anaphor"
        return out, "after"
    # 3. anaphor, or a further mention of the sentence's event; "أما في كوباني، فقد قُتل … في محيط
    # المدينة": the sentence's own place, named before the act, is what the anaphor points back to
    if prev_place is not None and _anaphor(text, me, min(hi, me + 60), blocked):
        own = [c for c in ch if c[0].end <= ts and not _excluded(text, c[0], lo, excl) and not _coarse_kind(c[0])]
        return ([own[-1][0]], "before") if own else ([prev_place], "anaphor")
    if sentence_place is not None:
        return [sentence_place], "sentence"
    # 4. nearest chain head before
    before = [c for c in ch if c[0].end <= ts and not _excluded(text, c[0], lo, excl)]
    if before:
        return [before[-1][0]], "before"
    return [], "none"


def _coarse_kind(p: PlaceMention) -> bool:
    return p.kind in ("governorate", "country", "region") or (p.kind == "area" and not p.admin1)
