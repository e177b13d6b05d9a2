"""Fatalities of an event from the count mentions (adoc.numbers) of its sentences.

Convention (docs/events.md):
- an exact number is used as given; "على الأقل"/"أكثر من" give the number itself; a range the lowest;
- named dead are counted once (the same name twice in an article is one death);
- within one sentence, distinct killed counts add up ("مقتل أحد المدنيين … ومقتل شخص آخر" = 2),
  except a count introduced by بينهم/منهم (a subset of a total);
- across the sentences that report one event the largest figure is kept (repeated totals are not
  summed: "ارتفعت الحصيلة إلى 12");
- vague counts apply only when no number is given, as ACLED codes them: العديد ("many") -> 10,
  عشرات ("dozens") -> 12, مئات -> 100, آلاف -> 1000, any other vague plural ("several": عدد من،
  مجموعة، بعض، طواقمها، قتلى) -> 3; the note field says so;
- wounded are kept apart (Event.wounded) and never added to fatalities.
"""
from __future__ import annotations

from dataclasses import dataclass

from marsad.models import NumberMention

# ACLED's notes code "several" as 3 and "many" as 10; "dozens" is coded 12, "hundreds" 100
VAGUE_VALUE = {"عشرات": 12, "مئات": 100, "الاف": 1000, "عديد": 10}
VAGUE_DEFAULT = 3


@dataclass
class Tally:
    exact_by_sentence: dict[int, int]
    vague: list[str]
    wounded: int | None
    names: set[str]
    civilian: bool | None

    def fatalities(self) -> tuple[int, bool, str]:
        """(fatalities, known, note)."""
        if self.exact_by_sentence:
            return max(self.exact_by_sentence.values()), True, ""
        if self.vague:
            v = max(VAGUE_VALUE.get(w, VAGUE_DEFAULT) for w in self.vague)
            return v, True, f"vague count ({', '.join(sorted(set(self.vague)))}) coded as {v}"
        return 0, False, ""


def new_tally() -> Tally:
    return Tally({}, [], None, set(), None)


def add(t: Tally, sentence: int, nums: list[NumberMention], seen_names: set[str]) -> None:
    """Add one sentence's counts that belong to this event."""
    total = 0
    has = False
    for n in nums:
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
        total += n.value
        has = True
    if has:
        t.exact_by_sentence[sentence] = t.exact_by_sentence.get(sentence, 0) + total
