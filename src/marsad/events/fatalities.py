"""Fatalities of an event from the count mentions (adoc.numbers) of its sentences.

Convention (docs/events.md):
- an exact number is used as given; "على الأقل"/"أكثر من" give the number itself; a range the lowest;
- named dead are counted once (the same name twice in an article is one death);
- within one sentence, distinct killed counts add up ("مقتل أحد المدنيين … ومقتل شخص آخر" = 2),
  except a count introduced by بينهم/منهم (a subset of a total);
- across the sentences that report one event: a rising toll ("ارتفعت الحصيلة إلى 12") supersedes
  earlier figures; otherwise, when sentences (or sources within a sentence: "… فيما قال المرصد …") give
  different figures, the lowest is kept; a count marked as more ("مقتل شخص آخر"، "كما قُتل …"، "أيضاً")
  is added;
- vague counts apply only when no number is given, as ACLED codes them: العديد ("many") -> 10,
  عشرات ("dozens") -> 12, مئات -> 100, آلاف -> 1000, any other vague plural ("several": عدد من،
  مجموعة، بعض، طواقمها، قتلى) -> 3; the note field says so;
- wounded are kept apart (Event.wounded) and never added to fatalities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.models import NumberMention

# ACLED's notes code "several" as 3 and "many" as 10; "dozens" is coded 12, "hundreds" 100
VAGUE_VALUE = {"عشرات": 12, "مئات": 100, "الاف": 1000, "عديد": 10}
VAGUE_DEFAULT = 3


_RISING = re.compile(r"(?:ارتفع|ترتفع|يرتفع|ليرتفع|لترتفع|حصيله|الحصيله)")
_MORE = re.compile(r"(?:^|\s)(?:كما|ايضا|كذلك)(?=\s)")
_OTHER = re.compile(r"\s*\S*\s*(?:اخر|اخري|اخرين|اخرون)(?=\s|$|[،,.])"
                    # "مؤكدة مقتل أحد المهاجمين": the attackers' own dead are more dead, not another figure
                    r"|\s*(?:من\s+)?(?:ال)?(?:مهاجمين|منفذين|مقتحمين|مسلحين المهاجمين)(?=\s|$|[،,.])")
_OTHER_SOURCE = re.compile(r"(?:فيما|بينما|في حين)\s+(?:\S+\s+){0,2}(?:قال|قالت|ذكر|ذكرت|افاد|افادت|تحدث|يتحدث|"
                           r"تتحدث|اشار|اشارت|وثق|وثقت|اكد|اكدت|بحسب|وفق)")


@dataclass(slots=True)
class Tally:
    exact_by_sentence: dict[int, int]
    vague: list[str]
    wounded: int | None
    names: set[str]
    civilian: bool | None
    rising: set[int] = field(default_factory=set)
    more: dict[int, int] = field(default_factory=dict)
    last_end: dict[int, int] = field(default_factory=dict)  # sentence -> end of its last count seen

    def fatalities(self) -> tuple[int, bool, str]:
        """(fatalities, known, note)."""
        if self.exact_by_sentence or self.more:
            rising = [v for k, v in self.exact_by_sentence.items() if k in self.rising]
            plain = [v for k, v in self.exact_by_sentence.items() if k not in self.rising]
            base = max(rising) if rising else (min(plain) if plain else 0)
            return base + sum(self.more.values()), True, ""
        if self.vague:
            v = max(VAGUE_VALUE.get(w, VAGUE_DEFAULT) for w in self.vague)
            return v, True, f"vague count ({', '.join(sorted(set(self.vague)))}) coded as {v}"
        return 0, False, ""


def new_tally() -> Tally:
    return Tally({}, [], None, set(), None)


def add(t: Tally, sentence: int, nums: list[NumberMention], seen_names: set[str], text: str = "") -> None:
    """Add one sentence's counts that belong to this event (``text``: the matching form, for cues)."""
    total = t.exact_by_sentence.get(sentence, 0)
    more = 0
    has = sentence in t.exact_by_sentence
    prev_end = t.last_end.get(sentence)
    for n in sorted(nums, key=lambda x: x.start):
        if n.role == "wounded":
            if n.value:
                t.wounded = max(t.wounded or 0, n.value)
            continue
        if n.role == "subset" and n.civilian:
            t.civilian = True  # "20 قتيلاً، هم 15 مدنياً": civilians among the dead
        if n.role != "killed":
            continue
        if n.civilian is not None:
            t.civilian = n.civilian if t.civilian is None else (t.civilian or n.civilian)
        if n.value is None:
            if n.vague:
                t.vague.append(n.vague)
            continue
        if n.name:
            key = " ".join(n.name.split()[:2])
            if key in seen_names:
                continue
            seen_names.add(key)
        if text and _RISING.search(text[max(0, n.start - 45):n.start]):
            t.rising.add(sentence)
            if has:  # "قُتل 7 … فيما ارتفعت الحصيلة إلى 9": the new toll includes the first
                total = max(total, n.value)
                prev_end = n.end
                continue
        additional = bool(text) and bool(_OTHER.match(text, n.end) or _MORE.search(text[max(0, n.start - 25):n.start]))
        if has and prev_end is not None and not additional and text \
                and _OTHER_SOURCE.search(text[prev_end:n.start]):
            total = min(total, n.value)  # another source's figure for the same toll: keep the lowest
        elif additional and not has and sentence not in t.exact_by_sentence:
            more += n.value  # "كما قُتل عنصر …" in a sentence of its own: more dead
        else:
            total += n.value
            has = True
        prev_end = n.end
    if has:
        t.exact_by_sentence[sentence] = total
    if prev_end is not None:
        t.last_end[sentence] = prev_end
    if more:
        t.more[sentence] = t.more.get(sentence, 0) + more
