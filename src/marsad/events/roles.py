"""Who acts and who is acted upon, from Arabic patterns around an event mention.

Patterns, tried in order (all within the trigger's sentence, never across a clause connector such
as فيما، حيث، بينما، وسط):
1. "بين X و Y" after the trigger: the two sides (a battle);
2. agent markers after the trigger: "من قبل X"، "على يد X"، "بأيدي X"، "بنيران X"، "برصاص X"،
   "من X" after an instrument -> X is actor 1 (nominal and passive constructions);
3. a pre-verbal subject (SVO: "أبناء المنطقة تصدوا …") -> actor 1, the first actor after the trigger
   is the target;
4. verb-subject-object / masdar + genitive ("استهدفت قوات النظام الأحياء السكنية"، "استهداف كتائب
   الثوار لهم"): the first actor after the trigger is actor 1, the next one actor 2;
5. an attached or prepositional object pronoun (لهم، عليهم، استهدافهم) points back to the nearest
   actor before the trigger: actor 2.
Actors joined by "و"/"مدعوماً بـ"/"التابعة له" on the same side form one unit (primary + associates).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.events import cues
from marsad.models import ActorMention

CONNECTORS = re.compile(r"(?:^|\s)(?:و|ف)?(?:فيما|حيث|بينما|وسط|عقب|اثر|تلا|بالتزامن|تزامنا|في حين|كما|الا ان|بعد ان|قبل ان تتدخل|قبل ان يتدخل|قبل ان تصل|قبل ان يصل|بعد)(?=\s|$)")
_BETWEEN = re.compile(r"(?:^|\s)(?:و)?بين(?=\s)")
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)(?:و)?بين\s*$")
_AGENT = re.compile(r"(?:مصدر\S*\s+(?:مناطق\s+)?(?:سيطره\s+)?|من قبل|من قبل|علي يد|علي ايدي|بايدي|بيد|بنيران|برصاص|بقذائف|من طرف|نفذها|نفذه)\s*$")
_PRONOUN_OBJ = re.compile(r"^\s*(?:لهم|لها|له|عليهم|عليها|ضدهم|ضدها|بهم|فيهم)(?=\s|$|[،,.])")
_CONSTRUCT = re.compile(r"(?:ضحايا|حصيله|جرحي|قتلي|موقع|مكان|اثر|جراء|نتيجه|بسبب)\s*$")
_STATIC_OWNER = re.compile(r"(?:(?:خاضع\S*\s+ل|تحت\s+|مناطق\s+|منطقه\s+)(?:سيطره|نفوذ|سلطه)|نفوذ)\s+(?:\S+\s+)?$")
_OF_GROUP = re.compile(r"^[\s\"]*(?:من\s+(?:احد\s+|عناصر\s+)?)?[\s\"]*$")
_FROM_AGENT = re.compile(r"^\s*(?:\S+\s+){0,2}من\s*$")
_SUPPORT = re.compile(r"(?:مدعوم\S*(?:\s+(?:ب|من))?|بدعم|بغطاء|بمساند\S*|بمشارك\S*|باسناد|بالتعاون مع|بالتنسيق مع)")
_OWNED = re.compile(r"(?:^|\s)(?:ال)?تابع\S*\s*$")
_CAUSE_WORDS = re.compile(r"(?:جراء|نتيجه|اثر|بسبب|بنيران|برصاص|علي يد|من قبل|بفعل)")
_FIRED_FROM = re.compile(r"مصدر\S*\s+(?:مناطق\s+)?(?:سيطره\s+|نفوذ\s+)?(?:\S+\s+)?$")
_CHARGE = re.compile(r"(?:بتهمه|بتهم|بحجه)\s+(?:\S+\s+){0,3}(?:مع\s+)?$")  # "بتهمة التعامل مع قسد"
# "أفاد مصدر في قيادة الشرطة بأن …": the speaker's body, told before what it says (a complementizer
# must follow the actor before the sentence goes on)
_SPEAKER_OF = re.compile(r"(?:^|\s)(?:و|ف)?" + cues.alt("speakers") + r"\s+(?:\S+\s+)?(?:في|من|ب|باسم|لدي)\s*(?:\S+\s+){0,2}$")
_SAYS_NEXT = re.compile(r"\s*(?:\S+\s+){0,4}?(?:ب)?ان\s")  # not "إنهم": then the speaker's side acted
# "وقال مسؤول في قسد إنهم اعتقلوا …": the pronoun says the speaker's body did it (no preposition blocks it)
_SAYS_SELF = re.compile(r"\s*(?:\S+\s+){0,4}?(?:ب)?ان(?:ه|ها|هم)\s")
_EXPOSED = re.compile(r"(?:^|\s)(?:و|ف)?(?:تعرض|تعرضت|تعرضوا|يتعرض|تتعرض)(?=\s)")
_PREP = {"في", "علي", "عن", "الي", "ضد", "نحو", "باتجاه", "داخل", "لدي"}
_QUANT = ("عناصر", "مجموعه", "شبان", "مقاتلين", "مقاتلو", "عدد", "افراد", "دوريه", "قوه", "مسلحين", "وحدات",
          "انتحاري", "مسلح", "عنصر", "مقاتل", "خليه", "خلايا")  # "انتحاري من مرتزقة داعش": its group acts
_ASSOC_GAP = re.compile(r"^[\s،,()\"]*(?:و|مدعوما ب|مدعومه ب|مدعومين ب|المدعومه ب|(?:ال)?مدعوم\S*\s+من|بدعم من|بمساندة|مع)?[\s()\"]*$")

# "غارات جوية يرجح أنها أردنية": a nationality told as a likelihood still names the weapon's side
_LIKELY = re.compile(r"^\s*(?:جويه|جوي|مجهوله|مسيره)?\s*(?:يرجح|يعتقد|يرجح|يشتبه|رجح|يرجح|قيل|يقال|يعتقد)\s+(?:بانها|بانه|انها|انه|ان تكون|ان يكون)\s*$")

GOV_SIDE_IDS = {"russia", "russia_loaded", "iran", "hezbollah"}


GENERIC_OPP = {"rebels", "local_armed", "unidentified", "population", "nlf", "is_generic"}


def side(a: ActorMention) -> str:
    """gov / opp / pop / ext: which side of a Syrian battle an actor is on."""
    if a.inter in (1, 3) or a.actor_id in GOV_SIDE_IDS:
        return "gov"
    if a.inter in (2, 4):
        return "opp"
    if a.inter in (5, 6, 7):
        return "pop"
    return "ext"


def family(a: ActorMention) -> str:
    """Finer than side: non-state groups that fight each other (SDF, IS, HTS, tribes) differ."""
    s = side(a)
    if s != "opp":
        return s
    base = a.actor_id.replace("_loaded", "").replace("_adj", "")
    return "opp" if base in GENERIC_OPP else base


def victim_only(a: ActorMention) -> bool:
    """Plain civilians (not a population that may take up arms) never act in violence."""
    return a.inter == 7 and a.actor_id != "population"


@dataclass(slots=True)
class Unit:
    primary: ActorMention
    assoc: list[ActorMention] = field(default_factory=list)
    start: int = 0
    end: int = 0
    subject_ok: bool = True  # not the object of a preposition

    @property
    def inter(self) -> int | None:
        return self.primary.inter


@dataclass(slots=True)
class Roles:
    actor1: Unit | None = None
    actor2: Unit | None = None
    how: str = ""


def units(text: str, actors: list[ActorMention]) -> list[Unit]:
    """Group a sentence's actors into units (primary + same-side associates)."""
    out: list[Unit] = []
    for a in actors:
        pre = text[max(0, a.start - 24):a.start] + " "
        if _FIRED_FROM.search(pre):
            pass  # "قصف مصدره مناطق سيطرة فصائل المعارضة": those who hold it fired
        elif _STATIC_OWNER.search(pre) or _CHARGE.search(pre):
            continue  # "الخاضعة لسيطرة فصائل الجيش الوطني": who holds the place, not who acts
        elif _SPEAKER_OF.search(pre) and _SAYS_NEXT.match(text, a.end):
            continue  # "أفاد مصدر في قيادة الشرطة بأن …": the speaker's body, not a party to the act
        if out:
            prev = out[-1]
            gap = text[prev.end:a.start]
            if family(prev.primary) == "opp" and side(a) == "opp" and family(a) != "opp" \
                    and len(gap) <= 12 and _OF_GROUP.match(gap):
                # "خلايا تنظيم داعش"، "مسلحون من أحد فصائل الجيش الوطني": the named group acts
                prev.assoc.append(prev.primary)
                prev.primary = a
                prev.end = a.end
                continue
            same = family(prev.primary) == family(a) or side(a) == "ext" and side(prev.primary) == "gov" \
                or {family(prev.primary), family(a)} <= {"opp", "pop"} and "pop" not in {side(a)} \
                or _SUPPORT.search(gap) is not None  # "بدعم من التحالف الدولي": backers join the side
            owned = re.match(r"^\s*(?:[\u0621-\u064A]+\s+)?(?:ال)?تابع(?:ه|ين)?\s*$", gap) is not None  # "الأمن العام التابع لـ"
            surf_a = text[a.start:a.end]
            if gap.strip() == "" and surf_a.startswith("و") and surf_a.endswith(("ته", "تها", "ها", "هم", "يه")):
                same = True  # "جيش الاحتلال التركي ومرتزقته"، "قوات النظام وميليشياته": its own auxiliaries
            if gap.strip() == "" and text[prev.start:prev.end].lstrip("وبل").startswith(("دوري", "حاجز", "قوه", "مفرز")) \
                    and text[a.start:a.start + 1] == "ل":
                prev.assoc.append(prev.primary)  # "دورية للشرطة العسكرية الروسية": the owner acts
                prev.primary = a
                prev.end = a.end
                continue
            if "مشترك" in text[prev.start:prev.end] and not gap.strip(' )"') and surf_a.startswith("و"):
                prev.assoc.append(a)  # "دورية مشتركة من قسد والتحالف الدولي": the joint force is one unit
                prev.end = a.end
                continue
            if _BETWEEN_BEFORE.search(text[max(0, prev.start - 8):prev.start]) and gap.strip() in ("", "و"):
                same = False  # "بين فصيل محلي وعصابة": the two sides, never one unit
            if (len(gap) <= 14 and (same and _ASSOC_GAP.match(gap) or owned)) \
                    or (len(gap) <= 40 and _SUPPORT.search(gap)
                        and re.match(r"^[\s،,]*(?:\S+\s+){0,4}(?:من|مع)?\s*$", gap)):
                if owned:  # "X التابعة لـ Y": Y is the owner and the actor that counts
                    if side(prev.primary) == side(a):
                        prev.assoc.append(prev.primary)
                    # else "جهاز الأمن العام التابع لهيئة تحرير الشام": a generic word read as another
                    # side's branch names the owner's own body
                    prev.primary = a
                else:
                    prev.assoc.append(a)
                prev.end = a.end
                continue
        before = text[max(0, a.start - 20):a.start].split()
        ok = True
        if before:
            w = before[-1]
            q = before[-2] if len(before) > 1 else ""
            if w in _PREP or (w == "من" and not (q.startswith(_QUANT) or q[1:].startswith(_QUANT))):
                ok = False
            elif w.startswith("ل") and w[1:].startswith(_QUANT):
                ok = False  # "في تجمع لعناصر قسد": whose men were hit, not who acts
        surf = text[a.start:a.end]
        if surf[:1] in ("ب", "ل") and not surf.startswith(("بلد",)) and a.name and not surf.startswith("لجن"):
            # a proclitic preposition (بـ، لـ) in front of the actor's own form
            ok = ok and not _has_clitic_prep(surf)
        if _OWNED.search(text[max(0, a.start - 10):a.start]):
            ok = True  # "عناصر حاجز تابع للفرقة الرابعة": the owner acts through its men
        elif not ok and _SPEAKER_OF.search(pre) and _SAYS_SELF.match(text, a.end):
            ok = True
        out.append(Unit(a, [], a.start, a.end, ok))
    return out


def _has_clitic_prep(surface: str) -> bool:
    from marsad.recognise.actors import lexicon

    hits = lexicon().scan(surface)
    return bool(hits) and any(c in hits[0].prefix for c in "بلك")


def victims_of(text: str, us: list[Unit], kills: list) -> list[Unit]:
    """Units right after a death word ("قُتل مقاتلان من قسد"، "مقتل عنصر من الجبهة"): the victims."""
    out = []
    for k in kills:
        if text[k.start:k.end].lstrip("وفبل").startswith(("حتف", "مصرع")):
            # "لقي راعٍ وابنه حتفهما": the dead are named before the word
            prev = [u for u in us if u.end <= k.start and k.start - u.end <= 25
                    and not CONNECTORS.search(text[u.end:k.start])]
            if prev:
                out.append(prev[-1])
                continue
        for i, u in enumerate(us):
            if u.primary.actor_id.endswith("_adj"):
                continue  # "غارة روسية": a nationality describes the weapon, never the dead
            gap = text[k.end:u.start]
            if 0 <= u.start - k.end <= 30 and not CONNECTORS.search(gap) and not _CAUSE_WORDS.search(gap):
                nxt = us[i + 1] if i + 1 < len(us) else None
                if u.primary.inter in (1, 2, 3, 4, 8) and nxt is not None \
                        and (victim_only(nxt.primary) or family(nxt.primary) != family(u.primary)) \
                        and len(gap.strip()) == 0 and 0 <= nxt.start - u.end <= 25 \
                        and not text[nxt.start:nxt.end].startswith("و") \
                        and not CONNECTORS.search(text[u.end:nxt.start]):
                    u = nxt  # "قتل مسلحون مجهولون شاباً"، "قتلت القوات الأمريكية قيادياً في داعش": agent first
                out.append(u)
                break
    return out


def assign(text: str, us: list[Unit], ts: int, te: int, me: int, lo: int, hi: int,
           victims: list[Unit] | None = None, spans: list[tuple[int, int]] | None = None,
           fire: bool = False) -> Roles:
    """Roles for a mention whose triggers span [ts, me) (first trigger ends at te), in [lo, hi).

    ``victims`` (from death words) are never actor 1 and fill actor 2; ``spans`` are the mention's
    trigger spans: an actor inside one ("الطيران الحربي الروسي") is the one acting; ``fire``: the act is
    shooting or shelling, so "… مكثف من قوات النظام" names who fired (not, as after a capture, whom
    it was taken from)."""
    victims = victims or []
    vid = {id(v) for v in victims} | {id(u) for u in us if victim_only(u.primary)}
    us0 = us
    inside = [u for u in us if spans and any(a <= u.start < b or u.start <= a < u.end for a, b in spans)]
    if not inside and spans:  # "غارة روسية"، "الغارات الإسرائيلية": the nationality right after the weapon
        inside = [u for u in us if u.primary.actor_id.endswith("_adj") and any(
            0 <= u.start - b <= 2 or 0 < u.start - b <= 40 and _LIKELY.match(text[b:u.start]) for _, b in spans)]
    if inside and id(inside[0]) not in vid:
        rest = [u for u in us if u.start >= te and u.start < hi and u is not inside[0] and id(u) not in vid]
        a2 = victims[0] if victims else (rest[0] if rest and rest[0].start - te <= 60 else None)
        return Roles(inside[0], a2, "in-trigger")
    us = [u for u in us if id(u) not in vid]
    cut = CONNECTORS.search(text, me, hi)  # "… في حين ردت قسد": a new clause, new actors
    if cut:
        hi = cut.start()
    after = [u for u in us if u.start >= te and u.start < hi]
    before = [u for u in us if u.end <= ts and u.start >= lo]
    window = text[te:hi]
    # 1. between X and Y
    m = _BETWEEN.search(window[:60])
    if m:
        pos = te + m.end()
        sides = [u for u in after if u.start >= pos]
        if sides:
            a = sides[0]
            b = next((u for u in sides[1:] if family(u.primary) != family(a.primary)),
                     sides[1] if len(sides) > 1 else None)
            return Roles(a, b, "between")
    r = Roles()
    # 2. agent markers
    for u in after:
        from_agent = fire and u.primary.inter in (1, 2, 3, 4, 8) and _FROM_AGENT.match(text[me:u.start])
        if _AGENT.search(text[max(te, u.start - 14):u.start]) or from_agent:
            r.actor1, r.how = u, "agent"  # "قصف مدفعي مكثف من قوات النظام"
            break
    # 3. pre-verbal subject (no connector or other trigger between); units after a preposition
    # ("بمشاركة وحدات من قسد") are skipped on the way back
    construct = _CONSTRUCT.search(text[max(lo, ts - 12):ts])  # "ضحايا التفجير": not the subject's act
    if before and r.actor1 is None and not construct:
        for u in reversed(before):
            gap = text[u.end:ts]
            if CONNECTORS.search(gap) or len(gap) > 130:
                break
            if u.subject_ok:
                if len(gap) <= 70 or all(not x.subject_ok for x in before if x.start > u.start):
                    r.actor1, r.how = u, "svo"
                break
    # "تعرض رتل لقوات النظام لهجوم …": what was exposed to the act is its target, not its agent
    exposed = _EXPOSED.search(text, lo, ts)
    if exposed and r.how in ("svo", ""):
        hit = [u for u in before if u.start >= exposed.end()]
        if hit and (r.actor1 is None or r.actor1 in hit):
            r.actor2 = hit[0] if r.actor1 is None else r.actor1
            r.actor1, r.how = None, "exposed"
            return r
    # a possessive lam right after a verbal noun is its agent: "قصف مدفعي لقوات النظام"
    if r.actor1 is None and after and not after[0].subject_ok and after[0].start - te <= 10 \
            and text[after[0].start:after[0].start + 1] == "ل":
        r.actor1, r.how = after[0], "lam-agent"
    rest = [u for u in after if u is not r.actor1]
    if r.actor1 is None and rest and rest[0].subject_ok and rest[0].start - te <= 45:
        r.actor1, r.how = rest[0], "vso"
        rest = rest[1:]
    if rest:
        r.actor2 = rest[0]
    # 5. object pronoun pointing back
    if r.actor2 is None:
        tail = text[me:hi]
        if r.actor1 is not None:
            tail = text[r.actor1.end:hi]
        if _PRONOUN_OBJ.match(tail):
            back = [u for u in us if u.end <= ts and u is not r.actor1]
            if back:
                r.actor2 = back[-1]
    if victims and (r.actor2 is None or r.actor2.primary.inter not in (6, 7)):
        r.actor2 = victims[0]
    if r.actor2 is None:  # a plain civilian target after the trigger ("استهدفت منازل المدنيين")
        civ = [u for u in us0 if victim_only(u.primary) and te <= u.start < hi]
        if civ:
            r.actor2 = civ[0]
    if r.actor1 is not None and r.actor2 is not None and (
            r.actor1 is r.actor2 or family(r.actor1.primary) == family(r.actor2.primary) == "gov"
            and r.actor1.primary.inter == r.actor2.primary.inter):
        r.actor2 = None  # "قصف من قوات النظام على …": the same side named twice
    return r


def parties(us: list[Unit], r: Roles) -> Roles:
    """The two parties of an agreement: the first two units of different sides, state first."""
    seen: list[Unit] = []
    for u in us:
        # "هيئة تحرير الشام والجبهة الوطنية": two armed groups of one side can sign a truce between them
        if u.primary.inter in (1, 2, 3, 4, 8) and all(family(x.primary) != family(u.primary) for x in seen):
            seen.append(u)
        for x in u.assoc:
            if x.inter in (1, 2, 3, 4, 8) and all(family(y.primary) != family(x) for y in seen):
                seen.append(Unit(x, [], x.start, x.end))
    if len(seen) < 2:
        return r
    a, b = seen[0], seen[1]
    if side(b.primary) == "gov" and side(a.primary) != "gov":
        a, b = b, a
    return Roles(a, b, "parties")
