"""Event mentions: the triggers of one sentence grouped into the acts they describe.

An instrument after an attack verb ("استهدفت … بقذائف المدفعية") or more words of the same kind join
one mention; a generic attack word beside a specific act is that act; death words (مقتل، قتل) attach to
the act that caused them ("… جراء القصف" → the shelling; "قصف … ما أدى لمقتل" → the shelling), and so
do the counts after them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.events import roles
from marsad.events.context import Frame
from marsad.models import NumberMention, TriggerMention
from marsad.recognise.triggers import TriggerEntry, entry_of

WEAPON = {"shelling", "air", "ied", "suicide", "grenade", "chemical", "sniping"}
LEADS = {"attack", "shelling", "air", "ied", "sniping", "clash", "kill", "suicide", "territory"}
SECONDARY = {"looting", "abduct", "withdraw"}
FAMILY = {"shelling": "expl", "air": "expl", "ied": "expl", "suicide": "expl", "grenade": "expl", "chemical": "expl",
          "abduct": "detain", "arrest": "detain"}
FIRE = {"shelling", "air", "attack", "clash", "sniping", "ied", "suicide", "grenade", "chemical"}
SPECIFIC = {"shelling", "air", "ied", "suicide", "grenade", "chemical", "sniping", "crash", "abduct", "arrest"}
_CAUSE = re.compile(r"(?:جراء|نتيجه|اثر|بسبب|بنيران|برصاص|بفعل)")
_URLISH = re.compile(r"https?:|www\.|\S*[/_]\S*")
# a cue's scope ends at these (a new clause with its own event); temporal "بعد/عقب" do not end it
_SCOPE_END = re.compile(r"(?:^|\s)(?:و|ف)?(?:فيما|حيث|بينما|وسط|في حين|كما|الا ان|بالتزامن|تزامنا|إلى ذلك|الي ذلك)(?=\s|$)")


_AFTER_FIGHT = re.compile(r"(?:^|\s)(?:عقب|بعد|اثر|خلال|جراء|نتيجه)\s*$")


@dataclass(slots=True)
class Mention:
    frame: Frame
    triggers: list[TriggerMention]
    entries: list[TriggerEntry]
    kills: list[TriggerMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    instrument: TriggerEntry | None = None  # "… بالقذائف": the weapon decides the type

    @property
    def start(self) -> int:
        return self.triggers[0].start

    @property
    def end(self) -> int:
        return max(t.end for t in self.triggers)

    _best: TriggerEntry | None = None
    _best_key: tuple = ()

    @property
    def best(self) -> TriggerEntry:
        """The strongest trigger; secondary acts (looting, capture) never lead a fight's mention."""
        if self.instrument is not None:
            return self.instrument
        key = (len(self.entries), id(self.entries))
        if self._best is None or self._best_key != key:
            fight = any(e.cls in LEADS for e in self.entries)
            main = [e for e in self.entries if not (fight and e.cls in SECONDARY)] or self.entries
            self._best = max(main, key=lambda e: e.strength)
            self._best_key = key
        return self._best


def _prefix(t: TriggerMention) -> str:
    for c in t.cues:
        if c.startswith("prefix:"):
            return c[7:]
    return ""


def _in_url(text: str, t: TriggerMention) -> bool:
    a = text.rfind(" ", 0, t.start) + 1
    b = text.find(" ", t.end)
    chunk = text[a:b if b >= 0 else len(text)]
    return bool(_URLISH.fullmatch(chunk)) and ("/" in chunk or "_" in chunk or "http" in chunk)


def build_mentions(text: str, fr: Frame, trigs: list[TriggerMention]) -> list[Mention]:
    """Group a sentence's triggers into event mentions (see module doc)."""
    ms: list[Mention] = []
    kills: list[TriggerMention] = []
    for t in trigs:
        e = entry_of(t)
        if e.strength < 0:
            continue
        if e.strength == 0:
            kills.append(t)
            continue
        if ms:
            last = ms[-1]
            gap = text[last.end:t.start]
            # "براميل على كفرزيتا ومقتل ثلاثة بغارة على خان شيخون": a death word in between starts a new act
            close = not roles.CONNECTORS.search(gap) and not any(last.end <= k.start < t.start for k in kills)
            # "غارات جوية بصواريخ": an instrument never demotes a more specific weapon already named
            instrument = ("ب" in _prefix(t) and e.cls in WEAPON and last.best.cls in LEADS
                          and len(gap) <= 90 and close and e.strength >= last.best.strength)
            same = (e.cls == last.best.cls or FAMILY.get(e.cls, e.cls) == FAMILY.get(last.best.cls)) \
                and len(gap) <= 40 and close
            secondary = e.cls in SECONDARY and last.best.cls in LEADS | {"arrest"} and close
            # "الهجمات والاشتباكات": coordinated words of one event type describe one event
            coordinated = len(gap.strip()) == 0 and _prefix(t).startswith("و") and e.event_type == last.best.event_type
            if instrument or same or secondary or coordinated:
                last.triggers.append(t)
                last.entries.append(e)
                if instrument and (last.instrument is None or e.strength > last.instrument.strength):
                    last.instrument = e
                elif e.cls == "suicide" and last.instrument is not None and last.instrument.cls == "ied":
                    last.instrument = e  # "بتفجير سيارة مفخخة يقودها انتحاري": the bomb was a suicide bomb
                continue
        ms.append(Mention(fr, [t], [e]))
    ms = _fold(text, ms)
    for k in kills:
        nxt = next((m for m in ms if m.start >= k.end), None)
        prv = next((m for m in reversed(ms) if m.start <= k.start), None)
        cause_next = nxt is not None and nxt.start - k.end <= 120 and (
            _CAUSE.search(text[k.end:nxt.start])
            or "ب" in _prefix(nxt.triggers[0]) and nxt.start - k.end <= 60)  # "مقتل ثلاثة بغارة"
        target = nxt if cause_next else (prv or nxt)
        if target is None:
            ms.append(Mention(fr, [k], [entry_of(k)]))
            target = ms[-1]
        target.kills.append(k)
    ms.sort(key=lambda m: m.start)
    return ms


def _fold(text: str, ms: list[Mention]) -> list[Mention]:
    """A generic attack word (استهدف، هجوم، إطلاق النار) beside a specific act of the same sentence
    (a strike, a bombing, a sniper, an arrest) is that act; shelling told inside a clash is the clash."""
    out: list[Mention] = []
    for m in ms:
        if out:
            last = out[-1]
            gap = text[last.end:m.start]
            close = len(gap) <= 70 and not roles.CONNECTORS.search(gap)
            instr_attack = m.best.cls == "attack" and "ب" in _prefix(m.triggers[0]) \
                and not roles.CONNECTORS.search(gap)  # "اغتال مسلحون … زيداً بإطلاق النار"
            generic_after = m.best.cls == "attack" and last.best.cls in SPECIFIC or instr_attack
            generic_before = last.best.cls == "attack" and m.best.cls in SPECIFIC
            # "اقتحمت دورية … منزل الناشط … واعتقلته": a coordinated verb goes on with the same act
            chained = generic_before and _prefix(m.triggers[0]).startswith("و") and not roles.CONNECTORS.search(gap)
            in_clash = last.best.cls == "clash" and FAMILY.get(m.best.cls) == "expl" and not roles.CONNECTORS.search(gap)
            fam = FAMILY.get(m.best.cls, m.best.cls)
            # one act told in steps ("اختطف … بعد مداهمة منازلهم"): temporal words do not split it
            kin = fam == FAMILY.get(last.best.cls, last.best.cls) and not (
                _SCOPE_END if fam == "detain" else roles.CONNECTORS).search(gap)
            # "سيطر X على Y عقب اشتباكات مع Z": the fight that won the place is part of its capture
            won_after = last.best.cls == "territory" and m.best.cls in ("clash", "attack") \
                and _AFTER_FIGHT.search(gap) is not None
            if close and (generic_after or generic_before) or in_clash or kin or instr_attack or chained \
                    or won_after:
                last.triggers += m.triggers
                last.entries += m.entries
                last.triggers.sort(key=lambda t: t.start)
                continue
        out.append(m)
    return out


# a count whose death or wound verb follows its noun ("ثلاثة مدنيين قُتلوا وأصيب سبعة آخرون"): the
# verb gives the count its role
_NOUN_GAP = re.compile(r"^\s*(?:[^\s\d،,.]+\s+){0,2}$")
_WOUND = ("اصيب", "اصيبوا", "جرح", "اصابه")


def _post_verb_roles(text: str, ms: list[Mention], nums: list[NumberMention]) -> None:
    kills = sorted((k for m in ms for k in m.kills), key=lambda k: k.start)
    for n in nums:
        if n.role != "count" or n.value is None and not n.vague:
            continue
        k = next((k for k in kills if 0 <= k.start - n.end <= 30), None)
        if k is None or not _NOUN_GAP.match(text[n.end:k.start]):
            continue
        word = text[k.start:k.end].lstrip("وف")
        n.role = "wounded" if word.startswith(_WOUND) else "killed"
        if n.civilian is None and "مدني" in text[n.end:k.start]:
            n.civilian = True


def _attach_numbers(text: str, ms: list[Mention], nums: list[NumberMention]) -> None:
    _post_verb_roles(text, ms, nums)
    for n in nums:
        if n.role not in ("killed", "wounded", "subset"):
            continue
        owner = None
        for m in ms:  # the kill word right before the count (or the count inside a trigger) decides
            for k in m.kills + m.triggers:
                if (k.end <= n.start and n.start - k.end <= 30) or k.start <= n.start < k.end:
                    owner = m
        if owner is None:
            nxt = next((m for m in ms if m.start >= n.end), None)
            prv = next((m for m in reversed(ms) if m.end <= n.start), None)
            if nxt is not None and _CAUSE.search(text[n.end:nxt.start]) and nxt.start - n.end <= 120:
                owner = nxt
            else:
                owner = prv or nxt
        if owner is not None:
            owner.numbers.append(n)
