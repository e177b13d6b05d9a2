"""Assemble ACLED-style events from the recognised mentions of one article.

Steps (each a small function below):
1. *Mentions*: the triggers of a sentence are grouped into event mentions — an instrument after an
   attack ("استهدفت … بقذائف المدفعية") or more words of the same class join the mention; casualty
   words (مقتل، قتل) attach to the event that caused them.
2. *Reading each mention*: modality (threat/plan/negotiation/negation -> nothing; denial -> a
   dispute to apply; failure -> armed clash; background -> not an event), argument roles
   (marsad.events.roles), the governing place(s) (marsad.events.location), the date
   (marsad.recognise.dates.date_for_span), the type (marsad.events.classify) and the deaths it caused.
3. *Events*: one per (event_type, place, date) per article; repeated mentions merge with all their
   evidence. Headline events and events placed only at a governorate fold into a body event of the
   same type and date in that governorate. Denials mark matching events disputed.
4. *Columns*: every ACLED column is filled (marsad.events.fields).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from marsad.events import classify, cues, location, roles
from marsad.events.context import Frame, clause_of, frames
from marsad.events.fields import finish
from marsad.events.mentions import (
    FIRE, WEAPON, Mention, _SCOPE_END, _attach_numbers, _in_url, build_mentions,
)
from marsad.models import AnalyzedDoc, ModalityMention, PlaceMention
from marsad.recognise.dates import EventTime, date_for_span
from marsad.recognise.triggers import entry_of
from marsad.text.normalize import match_form

# "منذ صباح اليوم" is today; "منذ مطلع العام" is a running total (the aggregate pattern catches it)
_BG_SKIP_AFTER = re.compile(r"^\s*(?:صباح|مساء|ظهر|فجر|ليل|ساعات|اليوم|الصباح|(?:مطلع|بدايه)(?!\s+(?:العام|السنه|الشهر|الاسبوع)))")
SUPPRESS = {"threat", "plan", "negotiation", "negation", "reaction"}
CONTINUED = {"article", "definite", "anaphor", "reference"}
# a generic trigger that refers back to an event already told ("رداً على الهجمات")
_REFERENCE = re.compile(r"(?:ردا علي|علي خلفيه|انتقاما ل|حادثه|حادث|ضحايا|حصيله|وراء|مسؤوليته عن|مسؤوليتها عن|مسؤوليتهم عن|"
                        r"تبني|تتبن|يتبن|تبنت|تبني|هذا|هذه|ذلك|تلك|سياق|ياتي|تاتي|اعقاب|يعد|موقع|مكان|تكرار|عمليه|من بين)\s*$")
_DEFUSED = re.compile(r"(?:^|\s)(?:و|ف)?(?:فكك\S*|تفكيك|ابطال|ضبط\S*|صادر\S*)\s+(?:[^\s،,.]+\s+){0,6}$")
_CROWD = re.compile(r"(?:مئات|عشرات|المئات|العشرات|الاف|حشد|حشود)\s+(?:من\s+)?$")
_ARMS = re.compile(r"(?:رصاص|نيران|اسلحه|سلاح|قذائف|مسلح|اشتباك)")
_CHARGE_BEFORE = re.compile(r"(?:^|\s)(?:بتهمه|بتهم|بجرم|بحجه|اتهام\S*|لاتهام\S*)\s+(?:\S+\s+){0,3}$")
# a charge names acts the accused are said to have done: nothing after it in its clause is news
# ("خلية متورطة بعمليات اغتيال وزرع عبوات استهدفت عسكريين")
_CHARGE_CLAUSE = re.compile(r"(?:^|\s)(?:ال)?(?:متورط\S*|متهم\S*|يتهم\S*|تتهم\S*|مسؤول\S* عن|بتهمه|بتهم|بجرم)(?=\s)")
# an act named as what should have been done instead, or as the cause answered ("بدلاً من استهداف
# المدنيين"، "رداً على تفجير … في إسطنبول"): told as a reason, not as news
_COUNTER_OR_CAUSE = re.compile(r"(?:بدلا من|بدل|عوضا عن|تحت وطاه|تحت ضغط|ردا علي|علي خلفيه|انتقاما ل|انتقاما من|ثارا ل)\s*(?:ال)?$")
# the words those two patterns start with: a sentence without any needs no test per trigger
_CHARGE_ANY = re.compile(r"تهم|بجرم|بحجه|متورط|مسؤول")
_COUNTER_ANY = re.compile(r"بدل|عوضا عن|تحت وطاه|تحت ضغط|ردا علي|علي خلفيه|انتقاما|ثارا ل")
# "خرج آلاف المدنيين من البلدة عبر الممر": people going out is a protest only when the sentence says
# what they demonstrated for or how; leaving a place is displacement
_WENT_OUT = re.compile(r"(?:^|\s)(?:و|ف)?(?:خرج|خرجت|خرجوا)(?=\s)")
_PROTEST_CUE = re.compile(r"(?:مظاهر|تظاهر|احتجاج|محتج|وقفه|اعتصام|مسير|هتف|هاتف|طالب|مطالب|شعار|لافت|تنديد|رفضا|استنكار"
                          r"|تضامن|غضب|منددين|حراك|ساحه)")
# fire told as cover for a battle ("سيطرت … بعد معارك …، وسط غطاء جوي روسي وقصف على الأحياء"،
# "بإسناد جوي من طيران التحالف"): part of that battle, not an event of its own
_COVER = re.compile(r"(?:^|\s)(?:و|ب)?(?:ال)?(?:اسناد|غطاء|تغطيه|تمهيد)\s+(?:ال)?(?:جوي|ناري|مدفعي|صاروخي)")
# a tally over a period placed only at a region ("حيّدت 7 إرهابيين في شمال سوريا خلال الساعات
# الماضية"): a summary of operations, not one event
_PERIOD = re.compile(r"(?:خلال|في)\s+(?:ال)?(?:ساعات|الساعات|ايام|الايام|اليومين|يومين|الاسبوع|اسبوع|الاسابيع|الشهر|اشهر)"
                     r"(?:\s+\S+){0,2}\s+(?:الماضي|الماضيه|الماضيين|الاخيره|الاخير|الفائت|الفائته)")
# a capture of fighters told in a battle's toll ("أسفرت الاشتباكات عن مقتل عدد من العناصر وأسر
# آخرين"): part of that battle
_BATTLE_WORD = re.compile(r"(?:اشتباك|معارك|المعارك|معركه|المواجهات|مواجهات|الاشتباكات|هجوم|الهجوم)")
# a withdrawal forced by fire, the other side then moving in ("انسحبت الفصائل تحت وطأة القصف،
# لتدخلها قوات النظام"): ground taken by that side, not handed over
_FORCED = re.compile(r"(?:تحت وطاه|تحت ضغط|تحت نيران|بفعل|جراء|اثر|بعد)\s+(?:ال)?(?:قصف|غارات|معارك|اشتباكات|هجوم|هجمات)")
# arms and vehicles seized by a side in a story of fighting ("واستولوا على ثلاث عربات عسكرية وكميات من
# الأسلحة"): spoils of that battle, not looting of its own
_SPOILS = re.compile(r"\s*(?:\S+\s+){0,4}?(?:عربات|عربه|دبابات|دبابتين|دبابه|اسلحه|الاسلحه|ذخائر|الذخائر|ذخيره|اليات|عتاد|مدرعات|مدرعه|رشاشات|اسلحتهم)(?=\s|$|[،,.])")
_EXPELLED = re.compile(r"(?:^|\s)(?:و|ف)?(?:طرد|طردت|طردوا|طردها|طردهم|يطرد|تطرد|يطردون)(?=\s)")
_TOOK_PART = re.compile(r"(?:شارك\S*|مشارك\S*|لمشارك\S*|بمشارك\S*)\s+(?:في\s+)?$")
_LASTED = re.compile(r"\s+(?:\S+\s+)?(?:دام|دامت|استمر|استمرت|امتد|امتدت)(?=\s)")
_TOLL_NEXT = re.compile(r"\s+(?:(?:ما\s+)?(?:بين|يقارب|لا\s+يقل\s+عن)\s+|نحو\s+|قرابه\s+|حوالي\s+|اكثر\s+من\s+)?"
                        r"(?:\d|\S*(?:قتيل|قتلي|جرحي|جريح|ضحايا|ضحيه|شهيد|شهداء|مصاب))")
_UNDER_DEAL = re.compile(r"(?:بموجب|وفق|وفقا ل|ضمن|اطار|تطبيقا ل|تنفيذا ل)\s*(?:ال)?(?:اتفاق|تسويه|تفاهم|المصالحه|مصالحه)")
_CLUSTER = re.compile(r"(?:^|\s)(?:و|ب|ل|علي)?(?:ال)?(?:قري|احياء|مناطق|مزارع|حارات)\s*$")
_AFTER_TOLD = re.compile(r"(?:اثر|عقب|بعد)\s*$")
# the act named as a motive ("تنديداً بالقصف الروسي"): never a new event
_MOTIVE = re.compile(r"(?:تنديدا|احتجاجا علي|رفضا|استنكارا|ادانه|منددين|تنديد|ردا علي|علي خلفيه|انتقاما|"
                     r"اتهام\S*|بتهمه|بتهم|بجرم|بحجه|يشتبه\S*|المتهم\S*|ازاء|حيال)\s*$")  # "إثر اتهامه بسرقة": a charge
_MOTIVE_CUE = re.compile(r"(?:^|\s)(?:تنديدا|احتجاجا علي|رفضا ل|استنكارا|منددين|ازاء|حيال|ردا علي|علي خلفيه)(?=\s)")
_RIOT_CAUSE = re.compile(r"(?:^|\s)(?:تنديدا|احتجاجا علي|رفضا ل|بعد|اثر|عقب|غضبا)(?=\s)")
# an agreement referred to, not concluded here: "رغم اتفاق وقف إطلاق النار الموقّع …"، "بموجب اتفاق التسوية"
_PAST_DEAL_BEFORE = re.compile(r"(?:رغم|بموجب|وفق|وفقا ل|حسب|ضمن|خرق\S*|انتهاك\S*|تطبيق|اطار|بنود|منذ|بعد)\s+(?:(?:ال)?اتفاق\S*\s+)?$")
_PAST_DEAL_AFTER = re.compile(r"^[^،,.]{0,50}?(?:الموقع|الموقعه|المبرم|المبرمه|السابق|الساري)(?=\s|$|[،,.])")
# "مساء اليوم ذاته": the day of the event told just before
_SAME_DAY = re.compile(r"(?:اليوم|الليله|اليوم|النهار|المساء|الصباح)\s+(?:ذاته|نفسه)|(?:ذات|نفس)\s+(?:اليوم|الليله)")
# an air-defence interception: one strike by the launching side, never a clash of its own
_INTERCEPT = re.compile(r"(?:تصدت|تصدي|التصدي|اسقطت|اسقط|اعترضت|اعتراض|اسقاط)")
# a definite generic word told as the subject of a toll ("الضربة على X أسفرت عن مقتل …")
_INTERVENE_VERB = re.compile(r"(?:^|\s)(?:و|ف|ل)?(?:فض|فضت|فضوا|يفض|تفض|تفريق|فرقت|فرق|فرقوا|تفرق|قمع|قمعت|قمعوا)(?=\s)")
_ANOTHER = re.compile(r"\s*(?:اخري|اخر|ثانيه|جديده|مماثله)(?=\s|$|[،,.])")
_BOTH_SIDES = re.compile(r"(?:الطرفان|الطرفين|الجانبان|الجانبين)")
_RELATIVE = re.compile(r"\s+(?:الذي|التي|الذين)\s")
# territory words that describe standing control, not a change of it
_STATIC = re.compile(r"(?:منذ|خاضع\S*|تحت)\s*$")
# an intervention against a demonstration: the sentence's acts are that intervention
_PROTEST_OBJ = re.compile(r"(?:^|\s)(?:و|ف|ل)?(?:تفريق|فض|قمع|تفرق)\s+(?:ال)?(?:مظاهر|تظاهر|احتجاج|اعتصام|وقف|متظاهر|محتج)")


_TOLL_OF = re.compile(r"حصيله\s*$")
_AFTER_BEFORE = re.compile(r"(?<!\S)(?:و|ف)?(?:بعد|عقب|اثر)\s+$")
_RELATIVE_BEFORE = re.compile(r"(?<!\S)(?:الذين|اللذين|اللتين|اللواتي|اللاتي|الذي|التي|ممن)\s+(?:تم\s+)?$")
_RELEASE_DEMAND = re.compile(cues.alt("release_demands"))
# "إن العبوة كانت مزروعة … وانفجرت": the device named with ال is the one told before
_DEVICE_TOLD = re.compile(r"(?<!\S)(?:و|ف|ان|بان)?" + cues.alt("devices_told") + r"(?!\S*\s+(?:ال)?(?:ثانيه|اخري))")
_TRIED_BEFORE = re.compile(r"(?<!\S)(?:و|ف|ب|ل)?" + cues.alt("attempt_words") + r"\s+(?:\S+\s+){0,3}$")
_AIRCRAFT_BEFORE = re.compile(r"(?<!\S)(?:و|ف|ب)?" + cues.alt("aircraft") + r"(?:\s+(?:ال)?حربيه)?\s+$")
_EXPLAINING = re.compile(r"(?<!\S)(?:و)?" + cues.alt("explaining") + r"(?=\s)")
_RESULTED_BEFORE = re.compile(r"(?<!\S)(?:و|ف)?" + cues.alt("result_verbs") + r"\s*$")
_PROTEST_OBJ_KEYS = ("تفري", "فض", "قمع", "تفرق")  # _PROTEST_OBJ needs one of these
# "فتحت قوات الأمن النار على مظاهرة": fire aimed at a demonstration is force used on it
_FIRE_ON_PROTEST = re.compile(r"(?:النار|الرصاص|نيران\S*|الغاز\S*)\s+(?:الحي\s+|المسيل للدموع\s+)?علي\s+(?:ال)?"
                              r"(?:مظاهر|تظاهر|احتجاج|اعتصام|وقف|متظاهر|محتج|معتصم)")
_YEAR_CUE = re.compile(r"(?:عام|سنه|العام)\s+((?:19|20)\d\d)")


def _modality(text: str, m: Mention, mods: list[ModalityMention], pub_year: int | None = None) -> dict:
    """Modality flags of a mention from the cues of its sentence."""
    fr = m.frame
    c0, c1 = clause_of(fr, m.start)
    out = {"suppress": None, "denial": None, "claim": None, "failure": False, "background": False,
           "attribution": []}
    toll_of = _TOLL_OF.search(text, max(fr.start, m.start - 10), m.start) is not None
    for q in mods:
        if not (fr.start <= q.start < fr.end):
            continue
        if q.kind == "attribution":
            if q.who:
                out["attribution"].append(q.who)
            continue
        if q.kind == "failure":
            if abs(q.start - m.start) <= 90 or c0 <= q.start < c1:
                out["failure"] = True
            continue
        if q.kind == "accident":
            if m.best.cls == "crash":  # anywhere in the crash's sentence ("… فإن سبب السقوط عطل فني")
                out["suppress"] = "accident"  # "سقطت مروحية … بسبب عطل فني": an accident, no event
            continue
        if q.kind == "background" and toll_of and c0 <= q.start < c1 and "منذ" in text[q.start:q.end]:
            # "ارتفعت حصيلة المواجهات … إلى 40 قتيلاً منذ اندلاعها": a running total, not one event
            out["background"] = True
            continue
        if q.kind == "background_opener":
            if not text[fr.start:q.start].strip(' "\'(«-'):
                out["background"] = True  # the sentence opens with it: the whole sentence is context
            continue
        if q.kind == "background":
            year = _YEAR_CUE.match(text, q.start)
            if year and q.end <= m.start and (not pub_year or int(year.group(1)) < pub_year):
                out["background"] = True  # "وفي عام 2017، سيطرت قسد على الرقة": a past year governs the sentence
                continue
            if c0 <= q.start < c1 and q.start <= m.end + 60:
                after = text[q.end:q.end + 25]
                if q.surface and ("منذ" in text[q.start:q.end]) and _BG_SKIP_AFTER.match(after):
                    continue
                if "ماضي" in text[q.start:q.end] and text[max(0, q.start - 6):q.start].strip().endswith("الليله"):
                    continue
                out["background"] = True
            continue
        if q.kind == "negotiation" and _BODY_OF.search(text, max(0, q.start - 14), q.start):
            continue  # "عضو في لجنة التفاوض": a committee's name, not talks under way
        if q.start <= m.start and not _SCOPE_END.search(text[q.end:m.start]) and m.start - q.end <= 160:
            if q.kind in SUPPRESS:
                out["suppress"] = q.kind
            elif q.kind == "denial":
                out["denial"] = q.who or q.surface
            elif q.kind == "claim":
                out["claim"] = q.who or q.surface
    return out


_PLUPERFECT = re.compile(r"\s*(?:و|ف)?(?:كان|كانت|كانوا)\s(?:\S+\s+){0,8}قد\s")


def _days(a: str, b: str) -> int:
    """Days from date a to date b (ISO strings)."""
    from datetime import date as _d
    return (_d.fromisoformat(b) - _d.fromisoformat(a)).days


def _pluperfect_past(adoc: AnalyzedDoc, text: str, fr: Frame, m: Mention, when, last_date: str | None = None) -> bool:
    """"وكانت القوات … قد سيطرت … في تشرين الأول 2019": a pluperfect dated by month or year, when
    the article's own date is unknown or more than a week later, is background."""
    if not _PLUPERFECT.match(text, fr.start) or when.mention is None:
        return False
    if last_date and when.date and when.source == "sentence" and _days(when.date, last_date) >= 2:
        return True  # "وكان المرصد قد وثّق في 12 الشهر الجاري …": days before the story's own day
    if when.mention.kind not in ("absolute", "year", "month"):
        return False
    pub = adoc.pub_date.date
    if not pub or not when.date:
        return True
    from datetime import date as _d
    return abs((_d.fromisoformat(pub) - _d.fromisoformat(when.date)).days) > 7


_CONTINUING = re.compile(r"(?:^|\s)(?:و|ف)?" + cues.alt("continuing") + r"(?=\s|$|[،,.])")
_WHO_DID = re.compile(cues.alt("who_did_nouns") + r"?\s*(?:التي|الذي|الذين)\s*$")
_NEGATED = re.compile(r"(?:^|\s)(?:و)?" + cues.alt("negators") + r"\s+(?:\S+\s+){0,2}$")
_FIGHTERS_NEXT = re.compile(r"\s+(?:\S+\s+){0,2}?(?:من\s+)?(?:ال)?" + cues.alt("fighters") + r"(?=\s)")
_SET_OFF = re.compile(cues.alt("set_off_verbs") + r"\s+(?:\S+\s+)?(?:عقب|اثر|بعد)\s*$")
_CROWD_PART = re.compile(cues.alt("crowd_part") + r"\s+(?:\S+\s+)?$")
_CROWD_NEXT = re.compile(r"\s+" + cues.alt("crowd_part") + r"(?=\s|$|[،,.])")
_HIT_OWNER = re.compile(r"(?:^|\s)(?:ب|ل)?(?:ال)?" + cues.alt("hit_things")
                        + r"\s+(?:(?:عسكري|عسكريه|امني|امنيه)\s+)?(?:(?:ال)?تابع\S*\s+)?$")
_HIT_HEAD = re.compile(r"(?:ب|ل)?(?:ال)?" + cues.alt("hit_things"))
_PLANTED_BY = re.compile(cues.alt("planted_verbs") + r"\s*$")  # "عبوة زرعها مجهولون": who planted it acted
_WOUND_WORD = re.compile(r"(?:و|ب|ف)?(?:ال)?" + cues.alt("wound_words"))
_AIM_BEFORE = re.compile(cues.alt("aim_words") + r"\s*$")
_BODY_OF = re.compile(cues.alt("bodies") + r"\s*(?:ال)?$")
_SEIZED = re.compile(r"(?:^|\s)(?:و|ف|ب)?" + cues.alt("seized") + r"\s+(?:\S+\s+){0,5}$")
_SINCE = re.compile(r"(?:^|\s)منذ\s")


def _running_total(text: str, fr: Frame, m: Mention) -> bool:
    """"ارتفعت حصيلة القتلى منذ الأحد إلى 89": a toll counted since a past day or the start of the fighting."""
    return bool(_TOLL_OF.search(text, max(fr.start, m.start - 10), m.start) and _SINCE.search(text, m.end, fr.end))


def _antecedent(text: str, fr: Frame, m: Mention, when: EventTime, pub: str | None) -> bool:
    """"… عقب تفجير شارع الاستقلال في 13 تشرين الثاني": an act named after عقب/إثر/بعد with its own
    date days before the article's is the earlier event the news follows, not news of its own."""
    if not (pub and when.date and when.source == "sentence"):
        return False
    if not _AFTER_TOLD.search(text, max(fr.start, m.start - 8), m.start):
        return False
    return _days(when.date, pub) >= 3


def _give_toll(drafts: list, m: Mention, fr: Frame, extra_frames: dict) -> None:
    """A toll told apart from its act goes to the nearest earlier act of a compatible type, in the
    same paragraph when there is one: fighters' deaths to a battle, civilians' to a strike or attack."""
    pool = [d for d in drafts if d.mention.frame.paragraph == fr.paragraph] or drafts
    civ = {n.civilian for n in m.numbers if n.role == "killed"} - {None}
    if civ == {True}:
        want = [d for d in pool if d.event_type in ("Explosions/Remote violence", "Violence against civilians")]
    elif civ == {False}:
        want = [d for d in pool if d.event_type in ("Battles", "Explosions/Remote violence")]
    else:
        want = [d for d in pool if d.event_type == "Battles"]
    last_m = (want or pool)[-1].mention
    for n in m.numbers:
        if n not in last_m.numbers:
            last_m.numbers.append(n)
            extra_frames[id(n)] = fr.index


class _Spans:
    """Sorted spans, to ask in O(log n) whether [a, b) lies inside a longer one."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [x for x, _ in self.spans]

    def strictly_inside(self, a: int, b: int) -> bool:
        i = bisect_right(self.starts, a) - 1
        while i >= 0 and a - self.starts[i] <= 80:  # names and places are short: look back a little
            x, y = self.spans[i]
            if b <= y and (y - x) > (b - a):
                return True
            i -= 1
        return False


def _entry_for(sub: str):
    """The first lexicon entry of an explosive sub-event type (to read a strike as the one told)."""
    from marsad.recognise.triggers import entries
    return next(e for e in entries().values() if e.sub_event_type == sub and e.strength > 0)


def _AIR_ENTRY():
    from marsad.recognise.triggers import entries
    return next(e for e in entries().values() if e.cls == "air")


def _told_before(text: str, fr: Frame, t, told: bool = True) -> bool:
    """A generic word (هجوم، استهداف) that names an act already told or a motive ("ورداً على الهجوم"،
    "لم تتبنَّ أي جهة الهجوم"): it must not pull the next act into a reference."""
    e = entry_of(t)
    if e.strength > 1 or e.strength == 0:
        return False  # specific acts, and death words (their counts still belong to an act)
    word = text[t.start:t.end]
    definite = t.cues[-1].endswith("ال") or word.endswith(("هم", "ها", "هن", "ه"))
    before = text[max(fr.start, t.start - 16):t.start]
    # a motive is never the act told; a reference needs something told before it
    return bool(_MOTIVE.search(before) or told and definite and (_REFERENCE.search(before) or _AFTER_TOLD.search(before)))


@dataclass(slots=True)
class Draft:
    """One mention read as a candidate event at one place."""

    event_type: str
    sub_event_type: str
    strength: int
    place: PlaceMention
    date: str | None
    precision: int | None
    tolerance: int
    roles: roles.Roles
    mention: Mention
    mod: dict
    headline: bool
    how_place: str


def _battle_sides(r: roles.Roles, memory: dict, here: list | None = None) -> roles.Roles:
    """Battles need two sides; a missing side comes from the sentence's other actors, the article's
    last battle, or the article's actors."""
    a1, a2 = r.actor1, r.actor2
    if a1 is not None and a2 is not None:
        return r
    known = a1 or a2
    if known is not None and here:
        other = next((u for u in here if u is not known and u.primary.inter in (1, 2, 3, 4, 8)
                      and roles.family(u.primary) != roles.family(known.primary)
                      and u not in known.assoc), None)
        if other is not None and not (roles.side(other.primary) == roles.side(known.primary) == "gov"):
            return roles.Roles(known, other, r.how + "+sentence")
    last = memory.get("battle")
    if a1 is None and a2 is None and here:
        two = roles.parties(here, roles.Roles())
        if two.actor1 is not None and two.actor2 is not None:
            return roles.Roles(two.actor1, two.actor2, "sentence parties")  # the two armed groups named here
    if a1 is None and a2 is None and last is not None:
        return roles.Roles(last.actor1, last.actor2, "previous battle")
    known = a1 or a2
    pool = memory.get("units", [])
    if known is not None:
        want_gov = roles.side(known.primary) != "gov"
        other = next((u for u in pool if (roles.side(u.primary) == "gov") == want_gov
                      and u.primary.inter in (1, 2, 3, 4, 7, 6) and u is not known), None)
        if last is not None and other is None:
            for u in (last.actor1, last.actor2):
                if u is not None and (roles.side(u.primary) == "gov") == want_gov:
                    other = u
        if last is not None and other is None and last.actor1 is not None and last.actor2 is not None:
            # "بين قسد والعشائر" told before: the side facing this actor there faces it here
            fam = roles.family(known.primary)
            if roles.family(last.actor1.primary) == fam:
                other = last.actor2
            elif roles.family(last.actor2.primary) == fam:
                other = last.actor1
        return roles.Roles(known, other, r.how + "+other side")
    gov = next((u for u in pool if roles.side(u.primary) == "gov"), None)
    opp = next((u for u in pool if roles.side(u.primary) in ("opp", "pop")), None)
    return roles.Roles(gov, opp, "article actors")


def extract_events(adoc: AnalyzedDoc) -> None:
    """Fill adoc.events (see module doc)."""
    text = adoc.norm.text
    frs = frames(adoc)
    if not frs or not adoc.triggers:
        adoc.events = []
        return
    by_frame: dict[int, dict[str, list]] = {f.index: {} for f in frs}
    starts = [f.start for f in frs]

    def bucket(items, kind: str) -> None:
        """Each item to the sentence holding its start (FrameIndex.at, inlined: it runs per mention)."""
        for item in items:
            pos = item.start
            i = bisect_right(starts, pos) - 1
            if i >= 0:
                f = frs[i]
                if f.start <= pos < max(f.end, f.start + 1):
                    d = by_frame[f.index]
                    if kind in d:
                        d[kind].append(item)
                    else:
                        d[kind] = [item]

    names = _Spans([(a.start, a.end) for a in adoc.actors])
    # "هيئة تحرير الشام"، "الجبهة الوطنية للتحرير": a trigger word inside a name is not an act
    bucket((t for t in adoc.triggers if not _in_url(text, t)
            and not (entry_of(t).cls not in WEAPON and names.strictly_inside(t.start, t.end))), "t")
    bucket(adoc.places, "p")
    place_spans = _Spans([(p.start, p.end) for p in adoc.places])
    # "السيدة زينب"، "حي الجيش": a word inside a place name is not an actor
    bucket((a for a in adoc.actors if not place_spans.strictly_inside(a.start, a.end)), "a")
    bucket(adoc.numbers, "n")
    bucket(adoc.modality, "q")  # a mention's modality comes from the cues of its own sentence
    memory: dict = {"units": [], "battle": None}
    protest_seen = False
    pub = adoc.pub_date.date or adoc.document.published
    pub_year = int(pub[:4]) if pub and pub[:4].isdigit() else None
    extra_frames: dict[int, int] = {}
    drafts: list[Draft] = []
    accidents: set[str] = set()  # classes of acts the article tells as accidents
    denials: list[tuple[str, str, PlaceMention | None, str]] = []
    last_place: dict[str, PlaceMention] = {}
    last_when: dict = {}
    any_place: PlaceMention | None = None
    seen_names: set[str] = set()
    # attributions that open a quotation: places inside the quote are the speaker's, not the act's
    quoting = [q for q in adoc.modality if q.kind == "attribution" and q.who and match_form(q.who).startswith('"')]
    for fr in frs:
        b = by_frame.get(fr.index, {})
        units = roles.units(text, sorted(b.get("a", []), key=lambda a: a.start))
        memory["units"].extend(u for u in units if u.primary.inter in (1, 2, 3, 4))
        trigs = sorted(b.get("t", []), key=lambda t: t.start)
        if not trigs:
            continue
        # one search of the sentence for the words the per-trigger tests below look for (most have none)
        charged = _CHARGE_ANY.search(text, max(0, fr.start - 1), fr.end) is not None
        killing = any(entry_of(t).cls == "kill" for t in trigs)
        countered = _COUNTER_ANY.search(text, fr.start, fr.end) is not None
        trigs = [t for t in trigs if not _told_before(text, fr, t, bool(drafts))
                 # "عن سقوط 12 قتيلاً": the fall of people, not of a place
                 # "اعتقلت … ناشطين شاركوا في مظاهرة": the protest is why they were taken, told before
                 and not (entry_of(t).cls == "protest" and _TOOK_PART.search(text[max(fr.start, t.start - 24):t.start]))
                 # "اعتقلت 15 شاباً بتهمة المشاركة في الاشتباكات": a charge names an act, it does not tell one
                 and not (charged and entry_of(t).strength > 0 and _CHARGE_BEFORE.search(text[max(fr.start, t.start - 40):t.start]))
                 and not (charged and entry_of(t).strength > 0 and _CHARGE_CLAUSE.search(text, max(0, clause_of(fr, t.start)[0] - 1), t.start))
                 and not (countered and _COUNTER_OR_CAUSE.search(text[max(fr.start, t.start - 20):t.start]))
                 and not (entry_of(t).cls == "protest" and _WENT_OUT.match(text, t.start - 1 if t.start else 0)
                          and not _PROTEST_CUE.search(text, fr.start, fr.end))
                 # "ولم تُعرف الجهة التي أطلقت النار": who did the act just told, not another act
                 and not (t is not trigs[0] and entry_of(t).strength <= 2 and _WHO_DID.search(text, max(fr.start, t.start - 8), t.start))
                 # "وضبطت بحوزتهم أسلحة خفيفة وقنابل يدوية": weapons seized, not used
                 and not (entry_of(t).cls in ("grenade", "shelling", "ied") and _SEIZED.search(text, max(fr.start, t.start - 45), t.start))
                 # "المضي في إعادة الأمن والاستقرار إلى المنطقة": a restoring named as an aim, not done
                 and not (entry_of(t).cls == "territory" and _AIM_BEFORE.search(text, max(fr.start, t.start - 10), t.start))
                 # "المواجهات التي اندلعت عقب اعتقال قائد المجلس": what set the fight off, told before
                 and not _SET_OFF.search(text, max(fr.start, t.start - 30), t.start)
                 # "أفرجت … بعد اعتقال دام أسبوعين": a past detention told as context
                 and not (entry_of(t).cls in ("arrest", "abduct") and _LASTED.match(text, t.end))
                 # "مقتل شابين برصاص عناصر الحملة بعد توقيفهما": the detention that came before a killing
                 and not (entry_of(t).cls in ("arrest", "abduct") and killing
                          and text[t.start:t.end].endswith(("ه", "ها", "هم", "هما"))
                          and _AFTER_BEFORE.search(text, max(fr.start, t.start - 8), t.start))
                 # "خلال اشتباك … إثر محاولة دورية أمنية اعتقال أحد المطلوبين": an arrest attempted is no arrest
                 and not (entry_of(t).cls == "arrest" and _TRIED_BEFORE.search(text, max(fr.start, t.start - 30), t.start))
                 # "بالإفراج عن أبنائهم الذين اعتقلوا خلال الحملات": a past detention named in a demand
                 and not (entry_of(t).cls in ("arrest", "abduct") and _RELATIVE_BEFORE.search(text, max(fr.start, t.start - 12), t.start)
                          and _RELEASE_DEMAND.search(text, max(fr.start, t.start - 60), t.start))
                 and not (t.lemma in ("سقوط", "سقوطا", "تساقط") and (
                     _TOLL_NEXT.match(text, t.end) or any(0 <= n.start - t.end <= 3 for n in b.get("n", []))))]
        if drafts and trigs and not any(n.value for n in b.get("n", [])) and all(entry_of(t).strength == 0 and t.cues[-1].endswith("ال")
                                                      for t in trigs):
            continue  # "ونُقل الجرحى إلى المشفى": the casualties of the act told, no act of their own
        if _BATTLE_WORD.search(text, fr.start, fr.end):
            trigs = [t for t in trigs if not (entry_of(t).cls == "abduct" and text[t.start:t.end].lstrip("وفب").startswith(("اسر", "واسر")))]
        if any(entry_of(t).cls in ("shelling", "air") for t in trigs):
            # "استهدفت بالمدفعية تجمعات وأوكاراً للإرهابيين": the targets of the fire, not a fight
            trigs = [t for t in trigs if not (entry_of(t).cls == "clash" and entry_of(t).strength <= 1)]
        # "أسروا عدداً من عناصر قسد": fighters taken in a fight are part of that fight, no abduction
        trigs = [t for t in trigs if not (entry_of(t).cls == "abduct" and text[t.start:t.end].lstrip("وفب").startswith("اسر")
                                          and _FIGHTERS_NEXT.match(text, t.end))]
        if any(entry_of(t).cls in ("clash", "territory") for t in trigs):
            trigs = [t for t in trigs if entry_of(t).cls in ("clash", "territory", "attack", "kill", "abduct")
                     or not _COVER.search(text, max(0, clause_of(fr, t.start)[0] - 1), t.end)]
        ms = build_mentions(text, fr, trigs)
        _attach_numbers(text, ms, b.get("n", []))
        quoted = [(q.end, text.find('"', text.find('"', q.end) + 1) + 1) for q in quoting
                  if fr.start <= q.start < fr.end]
        names = [(a.start, a.end) for a in b.get("a", [])]
        places = sorted((p for p in b.get("p", []) if not any(x <= p.start < y for x, y in quoted)
                         # "اتفاق بين روسيا ووجهاء المنطقة": a country named as a party is an actor here
                         and not (p.kind == "country" and any(x <= p.start < y for x, y in names))),
                        key=lambda p: p.start)
        sentence = text[fr.start:fr.end]
        spans = [(u.start, u.end) for u in units]
        # "ولم تُسجّل أي مواجهات": a fight the sentence says did not happen does not make it a battle
        armed_battle = any(m.best.cls in ("clash", "attack", "territory")
                           and not _NEGATED.search(text, max(fr.start, m.start - 25), m.start) for m in ms)
        has_protesters = any(u.primary.inter == 6 for u in units)
        sentence_place: PlaceMention | None = None
        pending: list[tuple] = []
        has_protest_here = any(mm.best.cls == "protest" for mm in ms)
        iv = (any(k in sentence for k in _PROTEST_OBJ_KEYS) and _PROTEST_OBJ.search(sentence)) \
            or (has_protest_here or protest_seen) and _INTERVENE_VERB.search(sentence) \
            or has_protest_here and "علي " in sentence and _FIRE_ON_PROTEST.search(sentence)
        intervention = bool(iv) and not re.search(r"(?:^|\s)(?:و)?(?:لم|دون|لا|ولم)\s+(?:\S+\s+){0,2}\S*$",
                                                  sentence[max(0, iv.start() - 30):iv.start()])
        # "انهالوا بالضرب على المحتجين … واعتقلوا ستة منهم": force used on the protest told before
        if not intervention and (protest_seen or has_protest_here) and has_protesters \
                and any(mm.best.cls in ("attack", "arrest", "abduct", "beating", "sniping") for mm in ms):
            intervention = True
        population = any(u.primary.inter in (5, 6, 7) for u in units)
        # "خرج مئات الشبان في مظاهرة … قبل أن يقتحم عدد منهم مقراً ويضرموا النار فيه": the crowd itself
        # storms or burns: the demonstration is a riot (one event)
        crowd_acts = [mm for mm in ms if has_protest_here and mm.best.cls in ("clash", "looting", "attack") and (
            _CROWD_PART.search(text, max(fr.start, mm.start - 25), mm.start) or _CROWD_NEXT.match(text, mm.triggers[0].end))]
        crowd_turn = bool(crowd_acts)
        defence = any(u.primary.subunit == "Air Defence" for u in units) and _INTERCEPT.search(sentence)
        defence_done = False
        for i, m in enumerate(ms):
            word = text[m.triggers[0].start:m.triggers[0].end]
            # "ال" or a possessive suffix ("احتجازهم") make a verbal noun definite: a known act
            definite = m.triggers[0].cues[-1].endswith("ال") or word.endswith(("هم", "ها", "هن"))
            reference = (definite or m.best.strength <= 1) and bool(drafts or pending) and bool(
                _REFERENCE.search(text[max(fr.start, m.start - 16):m.start])
                or _RELATIVE.match(text, m.triggers[0].end) and definite
                # "فجّر انتحاري عربة مفخخة …، فيما زعمت أعماق أن الهجوم أوقع 15 قتيلاً": the act of this sentence
                or definite and m.best.cls == "attack" and bool(pending))
            if _running_total(text, fr, m):
                continue  # "وارتفعت حصيلة القتلى منذ الأحد إلى 89": a total over days, no one act's toll
            if m.best.cls in ("ied", "suicide") and m.instrument is None and not reference \
                    and (definite or _DEVICE_TOLD.search(text, max(fr.start, m.start - 60), m.start)) \
                    and any(d.mention.best.cls == m.best.cls for d in drafts):
                # "وقال مراسل … إن العبوة كانت مزروعة على جانب الطريق": the device told before, not another one;
                # its toll only when none was told with it (a toll told first stays: "ارتفعت الحصيلة إلى 20")
                told = [d for d in drafts if d.mention.best.cls == m.best.cls]
                if not any(n.role == "killed" for n in told[-1].mention.numbers) \
                        and any(n.role == "killed" and n.value for n in m.numbers):
                    _give_toll(told, m, fr, extra_frames)
                continue
            if definite and m.best.cls in ("clash", "attack") and drafts and any(n.role == "killed" for n in m.numbers) \
                    and _RESULTED_BEFORE.search(text, max(fr.start, m.start - 12), m.start):
                # "وأسفرت الاشتباكات حتى ظهر اليوم عن سقوط 20 قتيلاً": the toll of the fight told before
                _give_toll(drafts, m, fr, extra_frames)
                continue
            if m.best.cls == "kill" and reference and drafts and any(n.role == "killed" for n in m.numbers):
                # "وقال الدفاع المدني إن حصيلة القتلى ارتفعت إلى 5": the toll of the act told before
                _give_toll(drafts, m, fr, extra_frames)
                continue
            if m.best.strength <= 1 and reference or _MOTIVE.search(text[max(fr.start, m.start - 16):m.start]):
                continue  # "العدوان الذي نفذه …": an event already told; "تنديداً بالقصف": a motive
            hi = ms[i + 1].start if i + 1 < len(ms) else fr.end
            mod = _modality(text, m, b.get("q", []), pub_year)
            te = m.triggers[0].end
            victims = roles.victims_of(text, units, m.kills)
            r = roles.assign(text, units, m.start, te, m.end, fr.start, hi, victims,
                             [(t.start, t.end) for t in m.triggers], m.best.cls in FIRE)
            # a civilian named after a death word died; after "إصابة"/"بجروح" only the wounded
            deaths = [k for k in m.kills if not _WOUND_WORD.match(text, k.start)]
            dead_victims = victims if len(deaths) == len(m.kills) else roles.victims_of(text, units, deaths)
            civ_killed = any(n.civilian for n in m.numbers if n.role == "killed") or any(
                v.primary.inter == 7 for v in dead_victims)
            civ_target = civ_killed or any(n.civilian for n in b.get("n", []) if te <= n.start < hi)
            best = m.best
            if best.cls == "territory" and (_STATIC.search(text[max(fr.start, m.start - 12):m.start])
                                            or m.triggers[0].lemma in ("تسيطر", "يسيطر")):
                continue  # "تسيطر الفصائل على المدينة منذ 2019": standing control, not a change of it
            if best.cls == "agreement":
                if _PAST_DEAL_BEFORE.search(text[max(fr.start, m.start - 24):m.start]) \
                        or _PAST_DEAL_AFTER.match(text, m.end):
                    continue  # an agreement referred to (رغم اتفاق … الموقّع في 2020), not made here
                subject = r.actor1
                r = roles.parties(units, r)
            else:
                subject = r.actor1
            if defence:
                # "تصدّت الدفاعات الجوية لصواريخ العدوان": one strike by the launching side, never a fight;
                # when the article told the strike already, this is that strike seen from the defence
                if defence_done or any(d.event_type == "Explosions/Remote violence" for d in drafts):
                    continue
                defence_done = True
                hi = fr.end  # the interception sentence tells one strike: its target may come after any word
                named = [u for u in units if u.primary.subunit != "Air Defence"] + [
                    roles.Unit(x, [], x.start, x.end) for u in units if u.primary.subunit == "Air Defence"
                    for x in u.assoc]  # "وسائط دفاعنا الجوي لعدوان إسرائيلي": not one side
                attackers = sorted((u for u in named if u.primary.inter in (1, 2, 3, 4, 8)
                                    and u.primary.subunit != "Air Defence"), key=lambda u: u.primary.inter == 1)
                dfn = next((u for u in units if u.primary.subunit == "Air Defence"), None)
                r = roles.Roles(attackers[0] if attackers else None, dfn, "interception")
                best = _AIR_ENTRY()  # what air defence meets is a strike from the air (missiles, drones)
            if best.cls in ("kill", "attack") and r.actor1 is not None and m.instrument is None \
                    and _AIRCRAFT_BEFORE.search(text, max(fr.start, r.actor1.start - 14), r.actor1.start):
                best = _AIR_ENTRY()  # "ارتكبت طائرات الاحتلال الروسي مجزرة راح ضحيتها ستة": aircraft kill from the air
            if best.cls == "ied" and r.how in ("vso", "agent") and r.actor1 is not None \
                    and any(t.lemma.startswith(("انفجر", "انفجار")) for t in m.triggers[:1]) \
                    and not any(t.lemma.startswith(("فجر", "تفجير", "زرع")) for t in m.triggers) \
                    and not _PLANTED_BY.search(text, max(te, r.actor1.start - 14), r.actor1.start):
                r = roles.Roles(None, r.actor1, "target")  # "انفجرت عبوة بسيارة تابعة لـ X": X was hit
            if best.cls in ("ied", "suicide", "attack", "sniping") and r.actor2 is None:
                # "انفجرت عبوة … بدورية لقوات النظام"، "استهدف مسلحون حاجزاً للفرقة الرابعة": the owner
                # of the vehicle, patrol or checkpoint hit is the target
                owner = next((u for u in units if te <= u.start < hi and u is not r.actor1
                              and (_HIT_OWNER.search(text, max(te, u.start - 40), u.start)
                                   or _HIT_HEAD.match(text, u.start))), None)
                if owner is not None:
                    r = roles.Roles(r.actor1, owner, r.how + "+owner hit")
            told_strikes = [] if best.cls not in ("attack", "strike") else \
                [(_entry_for(d.sub_event_type), d.roles, d.place) for d in drafts
                 if d.event_type == "Explosions/Remote violence"] \
                + [(_entry_for(x[1]), x[5], x[3][0] if x[3] else None) for x in pending
                   if x[0] == "Explosions/Remote violence"]
            if best.cls in ("attack", "strike") and _ANOTHER.match(text, m.end) and told_strikes:
                # "فيما استهدفت أخرى مبنى …": another of the strikes just told, by the same side
                best = told_strikes[-1][0]
                first = r.actor1 if r.how not in ("vso",) else None
                r = roles.Roles(first or told_strikes[-1][1].actor1, r.actor2 or (r.actor1 if first is None else None),
                                "another")
            elif best.cls == "strike" and told_strikes:
                # "الضربة على X أسفرت عن …": the strike told before, with its weapon and side
                best = told_strikes[-1][0]
                r = roles.Roles(r.actor1 or told_strikes[-1][1].actor1, r.actor2, r.how)
            if best.cls == "attack" and best.strength <= 1 and r.actor1 is None and m.instrument is None \
                    and told_strikes and not _ARMS.search(sentence) and not _BATTLE_WORD.search(sentence):
                # "أما في كوباني، فقد قُتل عنصران إثر استهداف نقطة": in a story of strikes, a bare
                # targeting with no side or weapon of its own is one more of those strikes
                best = told_strikes[-1][0]
                r = roles.Roles(told_strikes[-1][1].actor1, r.actor2, "told strikes")
            elif r.actor1 is None and definite and best.cls in FIRE:
                # "الغارات على ريف ديرك استهدفت …": the strikes told before, by the side that made them
                prev = next((d for d in reversed(drafts) if d.sub_event_type == best.sub_event_type
                             and d.roles.actor1 is not None), None)
                if prev is not None:
                    r = roles.Roles(prev.roles.actor1, r.actor2, r.how + "+told")
            if r.actor1 is None and _ANOTHER.match(text, m.end) and (drafts or pending) and best.cls in FIRE:
                # the strikes told before, in earlier sentences or earlier in this one ("قتل مدنيون بغارات
                # روسية …، في حين أصيب آخرون بغارات مماثلة على …")
                same_kind = [d.roles.actor1 for d in drafts if d.mention.best.cls == best.cls and d.roles.actor1 is not None] \
                    + [x[5].actor1 for x in pending if x[6].best.cls == best.cls and x[5].actor1 is not None]
                if same_kind:  # "كما استهدفت غارة أخرى …": the same actor struck again
                    r = roles.Roles(same_kind[-1], r.actor2, "another")
            if best.cls in ("territory", "clash") and any(mm.best.cls == "riot" for mm in ms) \
                    and (r.actor1 is None or r.actor1.primary.inter in (5, 6, 7)):
                continue  # "يواصل المعتقلون استعصاءهم … بعد أن سيطروا على أجنحة": the riot's own acts
            if best.cls == "disrupted" and (any(e.cls == "arrest" for e in m.entries)
                                            or any(mm.best.cls == "arrest" for mm in ms)):
                # "اعتقلت أربعة … وضبطت بحوزتهم أسلحة": weapons seized in an arrest raid are that raid
                arrest = next((e for e in m.entries if e.cls == "arrest"), None)
                if arrest is None:
                    continue
                best = arrest
            if best.cls == "ied" and not any(e.cls == "ied" and e.strength >= 3 for e in m.entries[1:]) \
                    and m.triggers[0].lemma.lstrip("و").startswith(("انفجار", "انفجارات")) \
                    and any(mm.best.cls in ("air", "shelling") for mm in ms if mm is not m):
                continue  # "هزت انفجارات … إثر غارات": the blasts of the strikes told with them
            if best.cls == "looting" and any(mm.best.cls == "riot" for mm in ms):
                continue  # "رشقوه بالحجارة وأضرموا النار في مدخله": the riot's damage is the riot
            if best.cls == "withdraw" and _EXPELLED.search(sentence):
                continue  # "طردوا عناصر قسد من البلدة … بعد أن انسحب العناصر": driven out, the capture's other face
            if best.cls == "looting" and _SPOILS.match(text, m.end) and (
                    any(d.event_type == "Battles" for d in drafts) or any(x[0] == "Battles" for x in pending)):
                continue  # "استولوا على دبابتين وكمية من الذخائر" after a capture: the battle's spoils
            if best.cls == "withdraw" and any(mm.best.cls == "territory" and mm.best.strength >= 2 for mm in ms):
                continue  # "سيطرت عليها بعد انسحاب المقاتلين": the loser's withdrawal is part of the capture
            prev_r = next((x[5] for x in reversed(pending) if x[5].actor1 is not None), None) \
                if best.cls == "territory" and r.actor1 is None else None
            if prev_r is not None:
                # "اقتحمت قوات النظام البلدة … وسيطرت عليها": the coordinated verb keeps its subject
                other = r.actor2 if r.actor2 is not None and r.actor2 is not prev_r.actor1 else prev_r.actor2
                if other is None:
                    other = next((u for u in units if u.start >= m.end and u is not prev_r.actor1
                                  and roles.side(u.primary) != roles.side(prev_r.actor1.primary)
                                  and u.primary.inter in (1, 2, 3, 4, 8)), None)
                r = roles.Roles(prev_r.actor1, other, "coordinated")
            if best.cls == "territory" and best.strength <= 1 and not mod["failure"] \
                    and not any(mm is not m and mm.best.cls in ("clash", "attack", "shelling", "air", "territory")
                                for mm in ms) \
                    and not any(e.strength >= 2 for e in m.entries if e.cls != "territory") \
                    and not _UNDER_DEAL.search(sentence):
                continue  # "دخلت دورية إلى البلدة": moving in without a fight takes no ground from anyone
            if best.cls == "ied" and _DEFUSED.search(text[max(fr.start, m.start - 60):m.start]):
                decided = ("Strategic developments", "Disrupted weapons use")  # "فككت فرق الهندسة … عبوة ناسفة"
            elif best.cls == "territory" and not mod["failure"] and _UNDER_DEAL.search(sentence):
                # "دخلت الشرطة الروسية إلى المدينة بموجب اتفاق تسوية": ground handed over, not taken
                decided = ("Strategic developments", "Non-violent transfer of territory")
            else:
                decided = None
            decided = decided or classify.decide(best.cls, (best.event_type, best.sub_event_type), r, mod["failure"],
                                      civ_killed, sentence, civ_target, [t.lemma for t in m.triggers],
                                      intervention, population)
            if best.cls == "withdraw" and decided == ("Strategic developments", "Non-violent transfer of territory") \
                    and r.actor1 is not None and r.actor2 is not None and _FORCED.search(sentence) \
                    and roles.side(r.actor1.primary) != roles.side(r.actor2.primary):
                gov = roles.side(r.actor2.primary) == "gov"
                decided = ("Battles", "Government regains territory" if gov else "Non-state actor overtakes territory")
                r = roles.Roles(r.actor2, r.actor1, "forced withdrawal")
            if intervention and (protest_seen or has_protest_here) and decided and best.cls in ("attack", "arrest", "sniping", "clash"):
                # "حاولت دورية تفريق المظاهرة بإطلاق الرصاص … واعتقلت": the intervention in a protest
                killed = any(n.role == "killed" for n in m.numbers)
                decided = ("Protests", "Excessive force against protesters" if killed else "Protest with intervention")
                force = r.actor1 if r.actor1 is not None and r.actor1.primary.inter in (1, 2, 3, 8) else next(
                    (u for u in reversed(units) if u.end <= m.start and u.primary.inter in (1, 2, 3, 8)),
                    next((u for u in units if u.primary.inter in (1, 2, 3, 8)), None))
                r = roles.Roles(None, force, "intervention")
                best = entry_of(m.triggers[0])
            if best.cls == "protest" and decided and decided[1] != "Peaceful protest" and r.actor1 is not None \
                    and r.actor1.primary.inter in (1, 2, 3, 8):
                r = roles.Roles(None, r.actor1, "intervention")  # "فرّقت الشرطة تظاهرة": the police intervened
            if decided == ("Protests", "Protest with intervention") and any(
                    n.role == "killed" and (n.value or n.vague) for n in m.numbers):
                decided = ("Protests", "Excessive force against protesters")  # live fire that killed protesters
            if decided and decided[0] == "Explosions/Remote violence" and _BOTH_SIDES.match(
                    text[m.end:m.end + 30].replace("مكثف", "").replace("متبادل", "").strip().removeprefix("من ")
                    .removeprefix("بين ")):
                decided = ("Battles", "Armed clash")  # "قصف مكثف من الطرفين": an exchange of fire is the fight
            if decided is None and drafts and not mod["suppress"] and not mod["denial"] \
                    and any(n.role == "killed" for n in m.numbers):
                # "وأعلنت الهيئة مقتل 7 عناصر": a toll told apart belongs to the article's last act
                _give_toll(drafts, m, fr, extra_frames)
                continue
            if mod["suppress"] == "accident":
                accidents.add(best.cls)
            if decided is None or mod["suppress"]:
                continue
            et, sub = decided
            if et == "Protests":
                protest_seen = True
            if m in crowd_acts:
                et, sub = decided = ("Riots", "Violent demonstration")
                r = roles.Roles(None, r.actor2 or r.actor1, "crowd")  # whose office was stormed is the target
            elif crowd_turn and best.cls == "looting":
                continue  # what the crowd burnt or looted is the riot's damage
            if sub == "Peaceful protest" and (crowd_turn or any(mm.best.cls == "riot" for mm in ms)):
                continue  # "أحرق محتجون إطارات ورشقوا المبنى بالحجارة … احتجاجاً": the protest is the riot
            if best.cls == "attack" and r.actor1 is not None and r.actor1.primary.actor_id == "population" \
                    and _CROWD.search(text[max(fr.start, r.actor1.start - 12):r.actor1.start]) \
                    and not any(e.cls in FIRE - {"attack"} for e in m.entries) \
                    and not _ARMS.search(sentence):
                # "هاجم مئات الأهالي مخفر الشرطة وأحرقوه": an unarmed crowd's attack is a riot
                et, sub = decided = ("Riots", "Violent demonstration")
            if et == "Protests" and not has_protesters and not intervention \
                    and any(mm.best.cls == "beating" for mm in ms):
                continue  # "تجمهر الأهالي حول الشاب وأوسعوه ضرباً": the crowd is a mob, not a protest
            if et == "Protests" and armed_battle and not has_protesters and not intervention:
                continue  # "تضامنت القرى … ليتحول الحراك إلى هجوم": the fight is the event
            excl = tuple(e for en in m.entries for e in en.place_exclude)
            place_hi = hi
            cut = None
            if et in ("Protests", "Riots"):  # "تضامنها مع … إزاء الهجوم على أحياء درعا": the motive's places are not the protest's
                cut = (_MOTIVE_CUE if et == "Protests" else _RIOT_CAUSE).search(text, m.triggers[0].end, hi)
                place_hi = cut.start() if cut else hi
                if cut:  # nor its dead ("احتجاجاً على مقتل شاب")
                    m.numbers = [n for n in m.numbers if n.start < cut.start()]
            chosen, how = location.choose(text, places, m.start, m.triggers[0].end, m.end, fr.start, place_hi, excl,
                                          last_place.get(et, any_place), sentence_place, subject, spans)
            if m.best.cls == "strike" and definite and told_strikes and told_strikes[-1][2] is not None \
                    and not re.match(r"\s*علي\s", text[m.end:m.end + 6]):
                chosen, how = [told_strikes[-1][2]], "reference"  # "وتأتي الضربة في وقت …": the strike told
            if not chosen and not places and et in last_place and m.triggers[0].cues[-1].endswith("ال"):
                chosen, how = [last_place[et]], "definite"  # "تسبب القصف المتواصل …": the shelling told
            if not chosen and not places and any_place is not None and best.strength >= 2:
                chosen, how = [any_place], "article"  # a sentence naming no place continues the story
            if not chosen and best.cls == "kill" and drafts and any(n.role == "killed" for n in m.numbers):
                # "وأفاد الدفاع المدني بمقتل ثلاثة مدنيين": a toll with no act or place of its own
                _give_toll(drafts, m, fr, extra_frames)
                continue
            if reference and et in last_place and not (
                    chosen and how not in CONTINUED and _RELATIVE.match(text, m.triggers[0].end)):
                # "ارتفعت حصيلة ضحايا التفجير": the bombing told; but "الاشتباكات التي شهدتها بلدة
                # ذيبان" names the place of the act it refers to in its own relative clause
                chosen, how = [last_place[et]], "reference"
            elif reference and not places:
                continue  # "مكان احتجازهم": an act referred to, not told here
            if chosen and definite and m.best.strength <= 1 and drafts and all(p.kind == "country" for p in chosen):
                continue  # "قال المقداد إن الهجوم «إعلان حرب» على سوريا": the attack told, named again
            if chosen and all(p.kind in ("country", "region") or p.kind == "area" and not p.admin1 for p in chosen) \
                    and (_PERIOD.search(sentence) or mod["claim"] and all(p.kind == "country" for p in chosen)):
                # a tally of operations over days in a whole region; a party's claim of what its
                # operation did "in Syria and Iraq"
                continue
            if chosen:
                sentence_place = chosen[0]
                if not fr.headline:
                    last_place[et] = chosen[0]
                    any_place = chosen[0]
            if mod["denial"]:
                # "إن «ما يُتداول عارٍ عن الصحة»، موضحاً أن الشابين قُتلا خلال تبادل لإطلاق النار": the act told after
                # the denier explains is its own version; what it denies is the report told before
                cue = [q for q in b.get("q", []) if q.kind == "denial" and q.end <= m.start]
                if cue and _EXPLAINING.search(text, cue[-1].end, m.start):
                    denials.append((None, None, None, mod["denial"], None, m.start))
                    continue
                # only a place the denial names itself, after the act it denies: an inherited one says nothing
                # about what is denied, and one before it names the denier ("مصدر في مديرية أمن اللاذقية")
                denials.append((et, sub, chosen[0] if chosen and how not in CONTINUED and how != "before" else None,
                                mod["denial"],
                                roles.side(r.actor1.primary) if r.actor1 is not None else None, m.start))
                continue
            if et == "Battles":
                r = _battle_sides(r, memory, units)
                if r.actor1 is not None and r.actor2 is not None or memory.get("battle") is None:
                    memory["battle"] = r  # a one-sided mention of the fight does not replace its two sides
            elif best.cls == "agreement" and _BOTH_SIDES.search(sentence) and memory.get("battle"):
                r = roles.Roles(memory["battle"].actor1, memory["battle"].actor2, "parties of the fight")
            elif r.actor2 is None and civ_killed:
                r = roles.Roles(r.actor1, None, r.how)
            when = date_for_span(adoc, m.start, m.end)
            if cut is not None and when.mention is not None and when.mention.start >= cut.start():
                # "احتجاجاً على مقتل شاب … قبل يومين": the motive's day is not the protest's
                pd = adoc.pub_date
                when = EventTime(pd.date, pd.precision, 0, False, "publication") if pd.date \
                    else EventTime(None, None, 0, False, "unknown")
            if when.mention is not None and adoc.pub_date.date and _CONTINUING.search(sentence) \
                    and "منذ" in text[max(fr.start, when.mention.start - 6):when.mention.start + 4]:
                # "وتتواصل منذ فجر الأحد الاشتباكات …": fighting going on since a past day is reported
                # as it stands on the day of writing
                pd = adoc.pub_date
                when = EventTime(pd.date, pd.precision, 1, False, "publication")
            last_date = next(reversed(last_when.values())).date if last_when else None
            if when.background or mod["background"] or _pluperfect_past(adoc, text, fr, m, when, last_date):
                continue
            if _antecedent(text, fr, m, when, adoc.pub_date.date):
                continue
            if how in CONTINUED and (when.source != "sentence" or how == "reference") and et in last_when:
                when = last_when[et]  # a sentence continuing the story keeps the event's date
            elif _SAME_DAY.search(sentence) and last_when:
                when = last_when[next(reversed(last_when))]  # "مساء اليوم ذاته": the day just told
            if chosen and not fr.headline and (how not in CONTINUED or when.source == "sentence"):
                last_when.pop(et, None)
                last_when[et] = when  # insertion order: the last item is the latest event's day
            strength = 9 if r.how == "intervention" or sub in ("Excessive force against protesters",
                                                                  "Protest with intervention") else best.strength
            pending.append((et, sub, strength, chosen, when, r, m, mod, how))
        # a mention without a place of its own takes that of the sentence's nearest mention of its type
        for et, sub, strength, chosen, when, r, m, mod, how in pending:
            if not chosen:
                same = [x for x in pending if x[0] == et and x[3]]
                if not same:
                    continue
                near = min(same, key=lambda x: abs(x[6].start - m.start))
                chosen, how = near[3][:1], "sentence"
            if m.best.cls != "territory" and len(chosen) > 1 and _CLUSTER.search(
                    text[max(fr.start, chosen[0].start - 14):chosen[0].start]):
                # "قصفت … قرى X وY وZ": one act on a cluster of villages or quarters is one event (coded
                # at the first); towns and cities ("بلدتي X وY") and captures are counted one by one
                chosen = chosen[:1]
            for p in chosen:
                drafts.append(Draft(et, sub, strength, p, when.date, when.precision, when.tolerance_days,
                                    r, m, mod, fr.headline, how))
    # "… وسقوط مروحية قرب التيفور" in the title, "بسبب عطل فني" in the body: the crash told in full was an
    # accident (a crash is told once per article; other acts told as accidents keep their other mentions)
    drafts = [d for d in drafts if not (d.mention.best.cls == "crash" and "crash" in accidents)]
    adoc.events = finish(adoc, drafts, denials, seen_names, extra_frames)
