"""Recognise actors from the actor dictionary (src/marsad/data/actors.yaml).

The dictionary maps Arabic surface forms to an ACLED-style actor (name, inter code, sub-unit,
loaded flag). It is compiled once into a clitic-aware Aho-Corasick matcher; see
marsad.events.matcher for the word and proclitic rules.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from marsad.events.knowledge import KnowledgeError, load_yaml, require
from marsad.events.matcher import Lexicon
from marsad.models import ActorMention, AnalyzedDoc
from marsad.text.normalize import match_form

FILE = "actors.yaml"


@dataclass(frozen=True)
class ActorEntry:
    actor_id: str
    name: str
    inter: int
    group: str
    subunit: str | None = None
    loaded: bool = False
    fighting_inter: int | None = None


@lru_cache(maxsize=None)
def entries() -> dict[str, ActorEntry]:
    """actor id -> entry, validated."""
    data = load_yaml(FILE)
    if not isinstance(data, list):
        raise KnowledgeError(f"{FILE}: expected a list of actor entries")
    out: dict[str, ActorEntry] = {}
    for i, e in enumerate(data):
        if e.get("block"):
            require(e, ("id", "forms"), FILE, i)
            out[e["id"]] = ActorEntry(e["id"], "", 0, "block", None, False, None)
            continue
        require(e, ("id", "name", "inter", "group", "forms"), FILE, i)
        if not isinstance(e["inter"], int) or not 1 <= e["inter"] <= 8:
            raise KnowledgeError(f"{FILE}: entry {i} ({e['id']}) inter must be 1-8")
        out[e["id"]] = ActorEntry(e["id"], e["name"], e["inter"], e["group"], e.get("subunit"),
                                  bool(e.get("loaded", False)), e.get("fighting_inter"))
    return out


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    data = load_yaml(FILE)
    pairs = [(form, e["id"]) for e in data for form in e["forms"]]
    return Lexicon(pairs, FILE)


# Head nouns that Arabic puts before their owner in a construct ("جنود الاحتلال الإسرائيلي",
# "عناصر قسد", "طائرات التحالف"): alone they name a side (the lexicon maps them to the usual one),
# but directly followed by another actor they are that actor's men or machines. Grammar, not knowledge.
_CONSTRUCT_HEADS = frozenset(match_form(w) for w in (
    "جنود", "جندي", "عناصر", "عنصر", "قوات", "ضباط", "ضابط", "عسكريين", "دورية", "دوريات", "مقاتلو", "مقاتلي",
    "مسلحو", "مسلحي", "طائرات", "طائرة", "طيران", "مسيرة", "مسيرات", "مدفعية", "حاجز", "حواجز", "نقطة", "مواقع"))


# between a construct head and its owner: nothing, or "مشتركة من «…»"، "تابعة لـ…" ("دورية مشتركة من قسد")
_HEAD_GAP = re.compile(r"\s*(?:(?:مشترك\S*|تابع\S*)\s+(?:من\s*)?\"?\s*)?")
# between a name and its bracketed gloss: at most two more words of the name ("الداخلي"، "العام") and "("
_BRACKETED = re.compile(r"(?:\s+ال\w+){0,2}\s*\"?\s*\(\s*\"?\s*")


def _longer_inside(text: str, start: int, end: int, entry: ActorEntry, key: str, ents) -> tuple:
    """"عناصر من الجيش السوري الحر": leftmost-longest reads "عناصر من الجيش" (the army) first, but a
    form starting at a later word of the hit and running past it ("الجيش السوري الحر") is the actor
    named; the words before it are its men (as with a construct head)."""
    if " " not in key or end >= len(text) - 1 or text[end] != " ":
        return start, end, entry, key
    if " من " not in key and key.split(" ", 1)[0] not in _CONSTRUCT_HEADS:
        return start, end, entry, key  # only a quantified or construct form can hide a longer name
    pos = text.find(" ", start) + 1
    while 0 < pos < end:
        hits = lexicon().scan(text[pos:end + 48])
        if hits and hits[0].word_start == 0 and pos + hits[0].end > end:
            h = hits[0]
            return start, pos + h.end, ents[h.payloads[0]], h.form
        pos = text.find(" ", pos) + 1
    return start, end, entry, key


def find_actors(text: str) -> list[tuple[int, int, ActorEntry]]:
    """(start, end, entry) for every actor form in a matching-form string (first sense wins)."""
    ents = entries()
    found = []
    for h in lexicon().scan(text):
        if found and h.word_start < found[-1][1]:
            continue  # inside a hit that was extended to a longer form
        found.append(_longer_inside(text, h.word_start, h.end, ents[h.payloads[0]], h.form, ents))
    out: list[tuple[int, int, ActorEntry]] = []
    for i, (start, end, entry, key) in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (nxt is not None and key in _CONSTRUCT_HEADS and nxt[2].actor_id != entry.actor_id
                and _HEAD_GAP.fullmatch(text, end, nxt[0])):
            found[i + 1] = (start, nxt[1], nxt[2], nxt[3])  # the head joins its owner's mention
            continue
        if nxt is not None and _BRACKETED.fullmatch(text, end, nxt[0]) and text[nxt[1]:nxt[1] + 2].lstrip()[:1] == ")":
            # "قوات الأمن الداخلي (الأسايش)": the name in brackets says which body the first one is (the
            # first stays when it is the same actor told with its unit: "قوات النظام (الفرقة الرابعة)" keeps
            # the unit either way)
            keep = entry.name == nxt[2].name and entry.subunit and not nxt[2].subunit
            found[i + 1] = (start, nxt[1], entry if keep else nxt[2], key if keep else nxt[3])
            continue
        if entry.group != "block":  # "دولار أمريكي": a longer form that names no actor shadows one
            out.append((start, end, entry))
    return out


def recognise_actors(adoc: AnalyzedDoc) -> None:
    """Fill adoc.actors with ActorMention (matching and original offsets, surface)."""
    out: list[ActorMention] = []
    for start, end, e in find_actors(adoc.norm.text):
        a, b = adoc.orig_span(start, end)
        out.append(ActorMention(start, end, a, b, adoc.document.text[a:b], actor_id=e.actor_id, name=e.name,
                                inter=e.inter, subunit=e.subunit, loaded=e.loaded, group=e.group))
    adoc.actors = out
