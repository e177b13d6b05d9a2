"""Recognise counts of people: digits and Arabic number words, with what they count.

Casualty counts come as digits ("12 قتيلاً"), number words ("ثلاثة"، "اثنا عشر"), dual nouns
("شخصين"، "عنصرين"), singular nouns after a death word ("مقتل شخص"، "مقتل أحد المدنيين، المدعو …"),
and vague quantities ("العشرات"، "عدد من"، "مجموعة"). Each becomes a NumberMention with a role
(killed / wounded / captured / count) taken from the death or injury word before it or the noun
after it. Vague counts keep value=None and the vague word; the event layer turns them into the
fatalities convention documented in docs/events.md.
"""
from __future__ import annotations

import re
from itertools import compress, count
from bisect import bisect_left
from functools import lru_cache

from marsad.models import AnalyzedDoc, NumberMention

_UNITS = {"واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
          "اثنا": 2, "اثني": 2, "اثنتا": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
          "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
          "عشر": 10, "عشره": 10}
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
         "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
         "تسعون": 90, "تسعين": 90, "مئه": 100, "مائه": 100, "الف": 1000}
# vague quantity -> the word kept (the event layer maps it to a number)
_VAGUE = {"عشرات": "عشرات", "مئات": "مئات", "عدد": "عدد", "مجموعه": "مجموعه", "العديد": "عديد", "عديد": "عديد",
          "بعض": "بعض", "طواقم": "طواقم", "طواقمها": "طواقم", "طاقم": "طاقم", "اخرين": "اخرين", "اخرون": "اخرين",
          "قتلي": "قتلي", "جرحي": "جرحي", "الاف": "الاف", "كافه": "كافه", "جميع": "جميع"}
# nouns for one person (singular) and their duals
_PERSON = {"شخص": True, "مدني": True, "طفل": True, "طفله": True, "امراه": True, "رجل": True, "شاب": True,
           "مسن": True, "مواطن": True, "سيده": True, "فتاه": True, "عنصر": False, "جندي": False, "ضابط": False,
           "مقاتل": False, "عسكري": False, "مسلح": False, "قيادي": False, "صف": False, "ناشط": True, "صحفي": True, "متظاهر": True, "محتج": True, "لاجئ": True, "لاجئه": True,
           "طبيب": True, "معلم": True, "مزارع": True, "راع": True, "سائق": True, "سائقها": True,
           "سائقه": True, "ابنه": True, "ابنها": True, "شقيقه": True, "والده": True, "والدته": True,
           "ممرض": True, "ممرضه": True, "مسعف": True, "موظف": True, "طالب": True, "طالبه": True, "مدرس": True,
           "مهندس": True, "امام": True, "قائد": False, "شرطي": False, "مجند": False, "متطوع": True}
_DUAL = {"طفلاها": True, "طفليها": True, "ابناها": True, "ابنيها": True, "ولداها": True, "ولديها": True,
         "شقيقاه": True, "شقيقيه": True, "طفلاه": True, "طفليه": True, "مدنيان": True, "مقاتلان": False, "جنديان": False, "مواطنان": True, "ضابطان": False, "جثتي": True,
         "جثتين": True, "شابان": True, "رجلان": True, "امراتان": True, "شخصين": True, "شخصان": True, "طفلين": True, "طفلان": True, "امراتين": True, "رجلين": True,
         "شابين": True, "عنصرين": False, "عنصران": False, "جنديين": False, "ضابطين": False,
         "قياديين": False, "شهيدين": None, "شهيدان": None, "قتيلين": None, "قتيلان": None}  # مدنيين، مقاتلين، مواطنين are plurals as often as duals: not counted
_CIVIL_NOUNS = ("مدني", "شخص", "اشخاص", "طفل", "اطفال", "امر", "نساء", "مواطن", "رجل", "شاب", "اهالي", "سكان",
                "مسن", "فتا", "سيد", "عائل", "صحفي", "ناشط", "اخرين", "مارة", "ماره", "متظاهر", "محتج",
                "لاجئ", "طبيب", "معلم", "مزارع", "اشقاء", "شقيق", "اخوه", "افراد عائله", "ابناء")
_COMBAT_NOUNS = ("عنصر", "عناصر", "جندي", "جنود", "ضابط", "ضباط", "مقاتل", "عسكري", "مسلح", "قوات", "طواقم",
                 "طاقم", "صف", "قيادي", "ميليشي", "مليشي")
_KILL = ("قتل", "مقتل", "مصرع", "استشهاد", "استشهد", "قتيل", "قتلي", "لقي", "لقيت", "لقوا", "حتف", "قضي", "قضوا",
         "حياه", "اودي", "اودت", "ضحيت", "ضحيه", "قضت", "ارتق",
         "اعدام", "اعدم", "ذبح", "وفاه", "توفي", "خسائر", "تحييد", "حيد")
_WOUND = ("اصابه", "اصابات", "اصيب", "اصابت", "جرح", "جرحي", "جريح", "مصاب", "مصابين", "جروح")
_CAPTURE = ("اسر", "اسروا", "اسري", "خطف", "اختطاف", "اعتقال", "اعتقل", "احتجاز", "اسير")
_KILL_VERBS = {"قتل", "قتلت", "قتلوا", "اغتال", "اغتالت", "اغتالوا", "اعدم", "اعدمت", "اعدموا", "يقتل", "تقتل"}
_DEATH_NOUNS = {"مقتل", "مصرع", "استشهاد", "وفات", "وفاه"}
_MET = {"لقي", "لقيت", "لقوا", "لقيا", "ولقي", "ولقيت", "ولقوا", "فلقي"}
# a number that names a unit or a road, not people: "الفوج 46"، "اللواء 8"، "طريق M4"
_NAMED_BY_NUMBER = {"فوج", "لواء", "فرقه", "كتيبه", "فيلق", "طريق", "رقم", "مطار", "نقطه", "مبني", "حاجز", "الفوج",
                    "اللواء", "الفرقه", "الكتيبه", "الفيلق", "الطريق", "المطار", "النقطه", "الحاجز", "ال"}
_NAME_CUE = {"المدعو", "وهو", "ويدعي", "يدعي", "هو", "المدعوه", "وهي", "اسمه", "ويدعى"}
_AT_LEAST_BEFORE = ("اكثر من", "ما لا يقل عن", "لا يقل عن", "نحو", "حوالي", "قرابه")
# nouns of things counted (targets, vehicles, buildings): a count of them is never a toll
_THINGS = ("هدف", "اهداف", "موقع", "مواقع", "اليه", "اليات", "عربه", "عربات", "دبابه", "دبابات", "منزل", "منازل",
           "مبني", "مباني", "مقرا", "مقرات", "نقطه", "نقاط", "مستودع", "مخزن", "مخازن", "سياره", "سيارات")
_SUBSET = {"بينهم", "منهم", "بينهن", "منهن", "هم", "وهم", "بينها"}

_WORD = re.compile(r"\w+")
_SPAN = re.Match.span
_GROUP = re.Match.group
_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


@lru_cache(maxsize=1 << 16)
def _bare(w: str) -> str:
    """A word without its proclitic stack (only when something word-like remains)."""
    m = _CLITIC.match(w)
    rest = w[m.end():] if m else w
    return rest if len(rest) >= 2 else w


_AFTER_KILLED = ("قتيل", "قتلي", "شهيد", "شهداء", "ضحيه", "ضحايا")
_AFTER_WOUNDED = ("جريح", "جرحي", "مصاب", "اصاب")
_AFTER_CAPTURED = ("اسير", "اسري", "معتقل", "مختطف")
_KILL_WOUND = _KILL + _WOUND


@lru_cache(maxsize=1 << 16)
def _after_role(w: str) -> str | None:
    """Role said by the noun right after a count (None when it says none); cached per word."""
    if w.startswith("و"):
        return None
    b = _bare(w)
    if b.startswith(_AFTER_KILLED):
        return "killed"
    if b.startswith(_AFTER_WOUNDED):
        return "wounded"
    if b.startswith(_AFTER_CAPTURED):
        return "captured"
    return None


@lru_cache(maxsize=1 << 16)
def _before_role(x: str) -> str | None:
    """Role said by a death/injury/capture word before a count (None when it says none); cached per word."""
    forms = (x, _bare(x))  # "لقي" is a verb, not ل + قي
    if any(w.startswith(_KILL) and not (w.startswith(("لقي", "لقوا")) and w not in _MET) for w in forms):
        return "killed"  # ("لقوات" is ل + قوات, not "لقوا")
    if any(w.startswith(_WOUND) for w in forms):
        return "wounded"
    if any(w.startswith(_CAPTURE) for w in forms):
        return "captured"
    return None


@lru_cache(maxsize=1 << 16)
def _is_masra(w: str) -> bool:
    return _bare(w).startswith("مصرع")


def _role(words: list[str], i: int, j: int) -> str:
    """Role of the count spanning words[i:j]: death/injury/capture word before it or noun after it."""
    # the noun right after the count ("12 قتيلاً"); a following "وإصابة …" is another clause
    nxt = words[j + 1:j + 2] if words[j:j + 1] == ["من"] else words[j:j + 1]
    if nxt and _bare(nxt[0]).startswith(_THINGS):
        return "count"  # "دمرت 89 هدفاً": things destroyed are never the dead
    for w in nxt:
        r = _after_role(w)
        if r is not None:
            return r
    for w in words[j:j + 6]:
        if _is_masra(w):
            return "killed"
    if words[j + 1:j + 2] and (words[j + 1] in _SUBSET or words[j + 1] == "من"):
        # "تسعة أشخاص، بينهم مدنيان، قُتلوا"، "7 عناصر من الفصائل قُتلوا": the verb after a
        # parenthetical subset or the group the counted belong to
        for w in words[j + 3:j + 5]:
            if not w.startswith("و") and (r := _before_role(w)) is not None:
                return r
    for x in reversed(words[max(0, i - 5):i]):
        r = _before_role(x)
        if r is not None:
            return r
    return "count"


_WEEKDAY_WORD = re.compile(r"^(?:و|ف|ب)?(?:ال|لل)(?:احد|اثنين)$")


@lru_cache(maxsize=1 << 16)
def _candidate(w: str) -> bool:
    """Whether a word can start a count at all (a superset of the branches of scan_numbers); cached per
    word, so the scan skips the ordinary words of a document with one lookup each."""
    if _WEEKDAY_WORD.match(w):
        return False  # "منذ الأحد"، "يوم الاثنين": the definite forms of one and two are weekdays
    b = _bare(w)
    return bool(
        w.isdigit() or b in _UNITS or w in _UNITS or b in _TENS or b in _DUAL or w in _DUAL
        or (b.endswith("هما") and b[:-3].startswith(_KILL_WOUND) and len(b) > 5)
        or (b.endswith("ه") and (b[:-1] in _DEATH_NOUNS or b.endswith("ها") and b[:-2] in _DEATH_NOUNS))
        or b in ("قتيل", "شهيد", "جثه", "جثمان") or b in _PERSON or (b.endswith("ا") and b[:-1] in _PERSON)
        or (w.startswith("و") and w[1:] in _PERSON) or b in _VAGUE or w in _VAGUE
    )


def _civilian(noun: str | None) -> bool | None:
    if not noun:
        return None
    n = _bare(noun)
    if n.startswith(_COMBAT_NOUNS):
        return False
    if n.startswith(_CIVIL_NOUNS):
        return True
    return None


def scan_numbers(text: str) -> list[tuple[int, int, dict]]:
    """(start, end, fields) for every count in a matching-form string."""
    found = list(_WORD.finditer(text))  # one regex pass; words and spans by C-level maps
    words = list(map(_GROUP, found))
    toks = list(map(_SPAN, found))
    out: list[tuple[int, int, dict]] = []
    n = len(toks)
    cands = list(compress(count(), map(_candidate, words)))  # the indexes of possible counts, in C
    cands.append(n)
    i = 0
    while i < n:
        if not _candidate(words[i]):
            i = cands[bisect_left(cands, i)]  # the next word that can start a count
            continue
        w = words[i]
        b = _bare(w)
        value: int | None = None
        vague: str | None = None
        j = i + 1
        name = None
        if w.isdigit() and len(w) <= 5 and i > 0 and (words[i - 1] in _NAMED_BY_NUMBER
                                                      or _bare(words[i - 1]) in _NAMED_BY_NUMBER):
            i += 1
            continue
        if w.isdigit() and len(w) <= 5:
            value = int(w)
            # a range "5 إلى 7" / "5-7" / "بين 5 و7": the lowest, i.e. the first
            if j + 1 < n and words[j] in ("الي", "او", "و") and words[j + 1].isdigit():
                j += 2
            elif j < n and words[j][:1] == "و" and words[j][1:].isdigit():
                j += 1  # "بين 5 و7": the conjunction is glued to the second number
        elif b in _UNITS or w in _UNITS:
            value = _UNITS.get(b, _UNITS.get(w))
            if j < n and _bare(words[j]) in ("عشر", "عشره"):
                value += 10
                j += 1
            elif j < n and words[j].startswith("و") and words[j][1:] in _TENS:
                value += _TENS[words[j][1:]]
                j += 1
            elif b in ("احد", "احدي") or w in ("احد", "احدي"):
                value = 1  # "أحد المدنيين" (but "أحد عشر" is eleven, read above)
        elif b in _TENS:
            value = _TENS[b]
        elif b in _DUAL or w in _DUAL:
            value = 2
            j = i + 1
            noun = b
            s, e = toks[i][0], toks[i][1]
            role = _role(words, i, i + 1)
            if b.startswith(("شهيد", "قتيل")):
                role = "killed"  # "سقوط قتيلين": the noun itself says they died
            if any(_bare(x) in _SUBSET or x in _SUBSET for x in words[max(0, i - 2):i]):
                role = "subset"  # "خمسة مدنيين، بينهم طفلان"
            if role != "count" or (_DUAL.get(b) is not None):
                least = "علي الاقل" in text[e:e + 30] or any(c in text[max(0, s - 16):s] for c in _AT_LEAST_BEFORE)
                out.append((s, e, dict(value=2, vague=None, noun=noun, role=role,
                                       civilian=_DUAL.get(b), at_least=least, name=None)))
            i += 1
            if i < n and _bare(words[i]) in ("اثنان", "اثنين", "اثنتان", "اثنتين"):
                i += 1  # "مدنيان اثنان": the number repeats the dual
            continue
        elif b.endswith("هما") and b[:-3].startswith(_KILL + _WOUND) and len(b) > 5:
            # "ما أدى إلى مقتلهما"، "إصابتهما": the dual pronoun counts two
            s, e = toks[i][0], toks[i][1]
            role = "wounded" if b[:-3].startswith(_WOUND) else "killed"
            if out and out[-1][2]["role"] == role and out[-1][2]["value"] and s - out[-1][1] <= 50:
                i += 1  # "لقي اثنان من المسلحين حتفهما": the pronoun refers back to the count just told
                continue
            out.append((s, e, dict(value=2, vague=None, noun=None, role=role, civilian=None,
                                   at_least=False, name=None)))
            i += 1
            continue
        elif b.endswith("ه") and (b[:-1] in _DEATH_NOUNS or b.endswith("ها") and b[:-2] in _DEATH_NOUNS):
            # "ما أدى لمقتله": the singular pronoun counts one, unless a count was just told
            s, e = toks[i][0], toks[i][1]
            if not (out and out[-1][2]["role"] == "killed" and s - out[-1][1] <= 80):
                out.append((s, e, dict(value=1, vague=None, noun=None, role="killed", civilian=None,
                                       at_least=False, name=None)))
            i += 1
            continue
        elif b in ("قتيل", "شهيد") and not (i > 0 and (words[i - 1].isdigit() or _bare(words[i - 1]) in _UNITS)):
            # "سقط قتيل وثلاثة جرحى": one dead
            s, e = toks[i][0], toks[i][1]
            out.append((s, e, dict(value=1, vague=None, noun=b, role="killed", civilian=None,
                                   at_least=False, name=None)))
            i += 1
            continue
        elif b in ("جثه", "جثمان"):
            value = 1
            s, e = toks[i][0], toks[i][1]
            out.append((s, e, dict(value=1, vague=None, noun=b, role="killed", civilian=None,
                                   at_least=False, name=None)))
            i += 1
            continue
        elif b in _PERSON and i > 0 and (_bare(words[i - 1]).startswith(_KILL + _WOUND)
                                          or words[i - 1].startswith(_KILL + _WOUND)):
            value = 1
            j = i + 1
        elif (b in _PERSON or b.endswith("ا") and b[:-1] in _PERSON) and i > 1 and any(
                x in _KILL_VERBS for x in words[max(0, i - 3):i - 1]) and not any(
                x.isdigit() or _bare(x) in _UNITS for x in words[max(0, i - 3):i]):
            # "قتل مسلحون مجهولون شاباً": the one person killed, after the killers
            value = 1
            j = i + 1
            b = b if b in _PERSON else b[:-1]
        elif w.startswith("و") and w[1:] in _PERSON and out and out[-1][2]["value"] == 1 \
                and out[-1][2]["noun"] in _PERSON and out[-1][2]["role"] in ("killed", "wounded") \
                and toks[i][0] - out[-1][1] <= 40:
            # "قُتل مقاتل من قسد ومدني": a coordinated singular person is one more of the same toll
            value = 1
            j = i + 1
            b = w[1:]
        elif b in _VAGUE or w in _VAGUE:
            vague = _VAGUE.get(b, _VAGUE.get(w))
        if value is None and vague is None:
            i += 1
            continue
        # counted noun: the next word (skipping "من")
        k = j
        if k < n and words[k] == "من":
            k += 1
        noun = words[k] if k < n else None
        if value == 1 and b in _PERSON:
            noun, k = b, i  # the person noun is the count itself ("قتلت امرأة وطفلاها")
        # a named individual: "… المدعو X Y" / "… وهو X Y" right after the count (within 4 words)
        for q in range(j, min(j + 5, n)):
            if words[q] in _NAME_CUE and q + 1 < n:
                name = " ".join(words[q + 1:q + 3])
                break
        s, e = toks[i][0], toks[j - 1][1]
        before = text[max(0, s - 16):s]
        after = text[e:e + 40]
        at_least = "علي الاقل" in after[:30] or any(c in before for c in _AT_LEAST_BEFORE)
        role = _role(words, i, j)
        if role == "count" and w.startswith("و") and out and out[-1][2]["role"] == "killed" \
                and toks[i][0] - out[-1][1] <= 40:
            role = "killed"  # "قُتل ستة عناصر … واثنان من المقاتلين": the coordinated count shares the verb
        if vague in ("قتلي", "جرحي"):
            role = "killed" if vague == "قتلي" else "wounded"
        subset = any(_bare(x) in _SUBSET or x in _SUBSET for x in words[max(0, i - 2):i])
        out.append((s, e, dict(value=value, vague=vague, noun=noun, role=role if not subset else "subset",
                               civilian=_civilian(noun), at_least=at_least, name=name)))
        # the counted noun belongs to this count: do not read it again as a count of its own
        eat = (k < n and k <= j + 1 and noun and not noun.isdigit() and _bare(noun) not in _UNITS
               and _bare(noun) not in _VAGUE)
        i = k + 1 if eat else j
    return out


def recognise_numbers(adoc: AnalyzedDoc) -> None:
    """Fill adoc.numbers with NumberMention (vague counts have value None and ``vague`` set)."""
    res: list[NumberMention] = []
    for s, e, f in scan_numbers(adoc.norm.text):
        a, b = adoc.orig_span(s, e)
        res.append(NumberMention(s, e, a, b, adoc.document.text[a:b], **f))
    adoc.numbers = res
