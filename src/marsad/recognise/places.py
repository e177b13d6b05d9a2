"""Recognise place names in the matching form and resolve each to a gazetteer entry.

Three steps, each data-driven (gazetteer.tsv, places_curated.tsv, place_cues.tsv):

1. *Match*: one Aho-Corasick automaton over every name's matching form (with and without ال),
   built once. A hit counts only at word boundaries, after at most a proclitic (و ف ب ل ك and
   their pairs; لل for a name whose ال was elided). Overlapping hits: the longest wins.
2. *Read the context*: the place-type word before a name (بلدة، حي، ريف، محافظة …, "cue"),
   direction words (شمال غربي X → relation + anchor), the adjectives after ريف X, and links to the
   next mention (a list "X، وY" or an anchor "X شرقي Y", "X بريف Y"). Names that are also common
   words (القبة، الشجرة، صيدا …) are kept only with a cue, a relation, an anchor, a list of places,
   or an earlier accepted mention of the same name.
3. *Resolve*: nested same-name units collapse to the populated place (درعا city, not the
   governorate) unless the cue asks for the unit (محافظة، ريف); remaining candidates are scored by
   the anchor's governorate and distance, the article's dominant governorate, distance to places
   already resolved, then kind and population. Foreign candidates lose unless their country is
   named. ACLED geo_precision follows from the entry and the relation.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from marsad.geo.gazetteer import ADMIN, POPULATED, Place, cues, gazetteer, km
from marsad.geo.unknown import KINDS as UNKNOWN_KINDS
from marsad.geo.unknown import PLURAL as UNKNOWN_PLURAL
from marsad.geo.unknown import unknown_places
from marsad.models import AnalyzedDoc, PlaceMention
from marsad.text.normalize import squash
from marsad.text.prepare import prepare_text

PREFIXES = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
# for a name matched without its ال: "للحارة" = ل + الحارة (the alef is dropped in writing)
PREFIXES_NO_AL = PREFIXES | {"لل", "ولل", "فلل"}
CLITIC_STRIP = ("ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
SKIP_BACK = set(" \"'()[]-:")
KIND_PRIOR = {"city": 3.0, "town": 2.5, "village": 2.0, "neighbourhood": 2.0, "camp": 2.0,
              "landmark": 1.8, "area": 1.5, "subdistrict": 1.2, "district": 1.0, "governorate": 1.0,
              "country": 1.0}
LIST_MAX_GAP = 4
TOWN_KINDS = {"city", "town", "village"}
INSIDE = {"داخل", "وسط"}  # "near"-type cue words that put the event inside the place, not near it
ANCHOR_WORDS = {"في", "من", "داخل", "عند", "الى", "إلى"}


_is_word = str.isalnum  # a letter or digit of any script: word-internal


@dataclass(slots=True)
class _Matcher:
    automaton: ahocorasick.Automaton
    table: dict[str, list[tuple[str, bool]]]  # key -> [(place id, matched without its ال)]
    common: set[str]


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    g, c = gazetteer(), cues()
    table: dict[str, list[tuple[str, bool]]] = {}

    def add(key: str, pid: str, stripped: bool) -> None:
        lst = table.setdefault(key, [])
        for i, (p, st) in enumerate(lst):
            if p == pid:
                if st and not stripped:  # a listed spelling beats the same form made by dropping ال
                    lst[i] = (pid, False)
                return
        lst.append((pid, stripped))

    for p in g.values():
        for n in p.names:
            k = squash(n)
            if len(k) < 2:
                continue
            add(k, p.id, False)
            for v in _variants(k):
                add(v, p.id, False)
            # "جيزة" for "الجيزة", but not "محطة" for "المحطة": a stripped common word or cue word
            # would fire on ordinary nouns ("محطة نفط")
            if (k.startswith("ال") and len(k) >= 5 and not {k, k[2:]} & c.common
                    and k[2:] not in c.cue):
                add(k[2:], p.id, True)
            # "الخالدية" for a source's "خالدية": the article added, flagged like a stripped form
            # (it needs a cue or context, as ال + a word is often an ordinary noun)
            # one word only: "باب شرقي" + ال would read "الباب شرقي" (the town of al-Bab + "east of")
            elif (not k.startswith("ال") and len(k) >= 4 and p.kind in POPULATED and " " not in k
                  and k not in c.cue):
                add("ال" + k, p.id, True)
    for phrase in c.not_place:  # organisation/outlet names: matched (longest wins), then dropped
        table.setdefault(phrase, [])
    a = ahocorasick.Automaton()
    for k in table:
        a.add_word(k, k)
    a.make_automaton()
    common = set(c.common) | {"ال" + w for w in c.common if not w.startswith("ال")}
    common |= {w[2:] for w in c.common if w.startswith("ال")}
    return _Matcher(a, table, common)


JOIN_PREFIXES = ("كفر", "دير", "بيت", "تل", "البو")


def _variants(k: str) -> list[str]:
    """Spellings of a name key that sources rarely list but news write.

    - "معرت مصرين" (transliteration-era) is written "معرة مصرين": a construct-state word ending in
      ت before another word also matches with ة (ه in the matching form);
    - "كفر نبل" / "كفرنبل", "تل كلخ" / "تلكلخ": a name prefix written joined or apart.
    """
    out = []
    ws = k.split(" ")
    if len(ws) > 1 and any(len(w) >= 4 and w.endswith("ت") for w in ws[:-1]):
        out.append(" ".join([w[:-1] + "ه" if len(w) >= 4 and w.endswith("ت") else w for w in ws[:-1]] + ws[-1:]))
    if len(ws) == 2 and ws[0] in JOIN_PREFIXES and not ws[1].startswith("ال") and len(ws[1]) >= 2:
        out.append(ws[0] + ws[1])
    elif len(ws) == 1:
        pre = next((x for x in JOIN_PREFIXES if k.startswith(x) and len(k) - len(x) >= 3), None)
        if pre and not k[len(pre):].startswith("ال"):
            out.append(pre + " " + k[len(pre):])
    return out


@dataclass(slots=True)
class _M:
    """A mention being built: span, candidates and what the context says."""

    start: int
    end: int
    ws: int  # start of the word, clitic included
    key: str
    cands: list[str]
    needs_cue: bool = False
    cue: str | None = None
    cue_kind: str | None = None
    cue_weight: float = 0.0
    cue_inherited: bool = False
    relation: str | None = None  # from words before the name
    directions: list[str] = field(default_factory=list)  # adjectives after the name (ريف X الشرقي)
    list_next: "_M | None" = None
    list_prev: "_M | None" = None
    anchor_next: "_M | None" = None
    anchored_by: list["_M"] = field(default_factory=list)
    anchor_strong: bool = False  # the link to the anchor has a relation or ريف word
    anchor_dir: bool = False  # the link to the anchor has a direction word (شرقي، جنوب …)
    fallback: bool | str = False  # resolved to its anchor (the gazetteer lacks this place): the named kind
    stripped_only: bool = False  # matched only as a name without its ال
    cue_pos: int | None = None  # start of the cue word before the name (after its clitic)
    full_cands: list[str] | None = None  # when the name starts with a cue word: entries of the whole name
    accepted: bool = True
    place: Place | None = None
    why: list[str] = field(default_factory=list)
    margin: float = 0.0
    landmark_in: Place | None = None


def _bare(word: str) -> list[str]:
    out = [word]
    for p in CLITIC_STRIP:
        if word.startswith(p) and len(word) - len(p) >= 2:
            out.append(word[len(p):])
    return out


def _prev_word(text: str, pos: int) -> tuple[int, str]:
    i = pos
    while i > 0 and text[i - 1] in SKIP_BACK:
        i -= 1
    j = i
    while j > 0 and _is_word(text[j - 1]):
        j -= 1
    return j, text[j:i]


def _next_words(text: str, pos: int, n: int) -> list[str]:
    out = []
    i = pos
    for _ in range(n):
        while i < len(text) and text[i] in SKIP_BACK:
            i += 1
        j = i
        while j < len(text) and _is_word(text[j]):
            j += 1
        if j == i:
            break
        out.append(text[i:j])
        i = j
    return out


@lru_cache(maxsize=65536)
def _classify(word: str) -> tuple[str | None, str | None, str | None, bool]:
    """(cue form, relation form, direction form, is a ريف word) of a word, clitics stripped; cached."""
    c = cues()
    forms = _bare(word)
    return (next((b for b in forms if b in c.cue), None), next((b for b in forms if b in c.relation), None),
            next((b for b in forms if b in c.direction), None), any(b in c.countryside for b in forms))


def _lookup(words: dict[str, str], word: str) -> str | None:
    c = cues()
    k = _classify(word)
    if words is c.cue:
        return k[0]
    if words is c.relation:
        return k[1]
    if words is c.direction:
        return k[2]
    return next((b for b in _bare(word) if b in words), None)


def _in_url(text: str, start: int, end: int) -> bool:
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    tok = text[a: b if b >= 0 else len(text)]
    return "/" in tok or "www." in tok or "_" in tok


_CUE_CUT: dict[str, int] = {}  # name key -> length of a leading cue word (+ space), computed once per key


def _find(text: str) -> list[_M]:
    mt = _matcher()
    # raw hits as tuples (start, end, word start, key, accepted (place id, stripped) pairs or None for a
    # not-a-place phrase): a _M is built only for the hits that win the overlap test below
    raw: list[tuple] = []
    for last, key in mt.automaton.iter(text):
        end = last + 1
        start = end - len(key)
        if end < len(text) and _is_word(text[end]):
            continue
        ws = start
        while ws > 0 and _is_word(text[ws - 1]) and start - ws <= 3:
            ws -= 1
        if ws > 0 and _is_word(text[ws - 1]):
            continue
        prefix = text[ws:start]
        cands = mt.table[key]
        if not cands:  # a not-a-place phrase: it claims its span so the place words inside it are skipped
            if prefix in PREFIXES:
                raw.append((start, end, ws, key, None))
            continue
        ok = [(pid, stripped) for pid, stripped in cands if prefix in (PREFIXES_NO_AL if stripped else PREFIXES)]
        if ok:
            raw.append((start, end, ws, key, ok))
    cue_words = cues().cue

    def rank(r: tuple) -> tuple[int, int, int]:
        # a leading cue word ("منطقة درعا") does not make a name longer
        start, end, _, key, _ = r
        cut = _CUE_CUT.get(key)
        if cut is None:
            first = key.split(" ")[0]
            cut = _CUE_CUT[key] = len(first) + 1 if " " in key and first in cue_words else 0
        return -(end - start - cut), -(end - start), start

    raw.sort(key=rank)
    taken = bytearray(len(text) + 1)
    out = []
    for start, end, ws, key, ok in raw:
        if any(taken[start:end]) or _in_url(text, start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        if ok:
            m = _M(start, end, ws, key, [pid for pid, _ in ok])
            # a form without ال that no source lists ("قصير" for القصير, "حوله" for الحولة) is
            # often an ordinary word: it needs the same signals as a common word
            m.stripped_only = all(st for _, st in ok)
            out.append(m)
    out.sort(key=lambda m: m.start)
    return out


def _read_context(text: str, ms: list[_M]) -> None:
    g, c, mt = gazetteer(), cues(), _matcher()
    prev_end = 0
    for m in ms:
        first = m.key.split(" ")[0]
        m.needs_cue = m.stripped_only or m.key in mt.common or any(g[p].needs_cue for p in m.cands)
        # "جسر الشغور", "تل أبيض": a cue word that begins a town's own name is not a cue; the real
        # cue may stand before it ("لمدينة جسر الشغور")
        town_name = " " in m.key and first in c.cue and any(
            g[p].kind in TOWN_KINDS and squash(g[p].name_ar).split(" ")[0] == first for p in m.cands)
        if " " in m.key and first in c.cue and not town_name:  # the cue is part of the name: "محافظة درعا"
            m.cue, m.cue_kind, m.cue_weight = first, c.cue[first], c.weight[first]
            m.full_cands = list(m.cands)
            rest = m.key[len(first) + 1:]
            # "ساحة بصرى الشام", "مدينة إدلب": the place named after the cue is a candidate too;
            # the cue's kind then chooses (_reduce) or the context does (landmarks)
            for pid, _ in mt.table.get(rest, []):
                if pid not in m.cands:
                    m.cands.append(pid)
        pos, dirs, cue_seen = m.ws, [], m.cue is not None
        floor = prev_end
        prev_end = m.end
        for _ in range(5):
            j, w = _prev_word(text, pos)
            if not w or j < floor:
                break
            if not cue_seen and (b := _lookup(c.cue, w)):
                m.cue, m.cue_kind, m.cue_weight, cue_seen = b, c.cue[b], c.weight[b], True
                m.cue_pos = j + len(w) - len(b)
                if m.cue_kind == "region":
                    m.relation = "countryside"
            elif b := _lookup(c.relation, w):
                dirs.insert(0, c.relation[b])
            elif w == "من" and c.relation.get(_lookup(c.relation, _prev_word(text, j)[1]) or "") == "near":
                pass  # "بالقرب من مدينة السخنة": the relation is the word before
            elif cue_seen and (b := _lookup(c.cue, w)) and c.cue[b] == "near" and b not in INSIDE \
                    and not dirs:
                dirs.insert(0, "near")  # "أطراف قرية بداما", "محيط مدينة الكسوة": near the place
            elif (b := _lookup(c.direction, w)) and (dirs or cue_seen):
                dirs.insert(0, c.direction[b])
            elif _classify(w)[3] and (dirs or cue_seen):
                m.relation = "countryside" + (f" ({'-'.join(d.split()[0] for d in dirs)})" if dirs else "")
                dirs = []
                break
            else:
                break
            pos = j
        if dirs and m.relation is None:
            heads = [d.split()[0] for d in dirs]
            m.relation = heads[0] if len(heads) == 1 and dirs[0] == "near" else "-".join(heads) + (
                "" if dirs[0] == "near" else " of")
        if m.relation and m.relation.startswith("countryside") and "(" not in m.relation:
            after = []
            for w in _next_words(text, m.end, 3):
                b = _lookup(c.direction, w)
                if not b:
                    break
                after.append(c.direction[b])
            if after:
                m.relation = f"countryside ({'-'.join(after)})"
    # links between neighbours
    for a, b in zip(ms, ms[1:]):
        gap = text[a.end:b.ws]
        words = [w for w in gap.replace("،", " ").replace(",", " ").split() if w]
        sep = ("،" in gap or "," in gap or text[b.ws:b.start].startswith("و")
               or words == ["و"]) and "." not in gap and "\n" not in gap
        if sep and len(gap) <= LIST_MAX_GAP and all(w == "و" for w in words):
            a.list_next, b.list_prev = b, a
            continue
        if not words and gap.strip() == "" and text[b.ws:b.start] == "ب" and "\n" not in gap:
            a.anchor_next = b  # "حي الحويقة بدير الزور": the ب of the next name says "in"
            b.anchored_by.append(a)
            continue
        if "." in gap or "\n" in gap or not words:
            continue
        if words[0].startswith("و") and _plural_list(a):
            # "قرى الزيارة والمنصورة وخربة الناقوس في سهل الغاب": names the gazetteer lacks end the
            # list; the anchor after them still holds for the known ones
            words = _skip_coordinated(words)
            if not words:
                continue
        if len(words) > 5:
            continue
        w0 = words[0]
        if w0.startswith("و") and w0 not in c.cue and w0 not in c.relation \
                and (_lookup(c.cue, w0) or _lookup(c.relation, w0)):  # not "وسط": a cue of its own
            continue  # "X وبلدة Y", "X وقرب Y": a coordinated place, not an anchor
        kinds = [_classify(w) for w in words]
        if all(k[0] or k[1] or k[2] or k[3] or w in ANCHOR_WORDS for w, k in zip(words, kinds)):
            a.anchor_next = b
            b.anchored_by.append(a)
            a.anchor_strong = any(k[1] or k[2] or k[3] for k in kinds)
            a.anchor_dir = any(k[1] or k[2] for k in kinds)
    for m in ms:  # a cue before a list covers the list: "بلدات السهوة، والجيزة، وكحيل"
        if m.cue is None and m.list_prev is not None and m.list_prev.cue is not None:
            p = m.list_prev
            m.cue, m.cue_kind, m.cue_weight, m.cue_inherited = p.cue, p.cue_kind, p.cue_weight, True


def _is_link(w: str) -> bool:
    k = _classify(w)
    return bool(k[0] or k[1] or k[2] or k[3]) or w in ANCHOR_WORDS


def _plural_list(m: _M) -> bool:
    """``m`` belongs to a list under a plural or dual cue ("قرى X وY", "بلدتي X وY")."""
    cur, seen = m, 0
    while cur.list_prev is not None and seen < 20:
        cur, seen = cur.list_prev, seen + 1
    return cur.cue is not None and cur.cue in UNKNOWN_PLURAL


def _after_plural_cue(text: str, pos: int) -> bool:
    """A plural or dual cue a few coordinated names before ``pos`` ("قرى مرعناز والمالكية")."""
    words = text[max(0, pos - 80):pos].split()
    for w in reversed(words[-6:]):
        if any(ch in w for ch in ".،,:؛()"):
            return False
        b = w[1:] if w.startswith("و") and len(w) > 3 else w
        if b in UNKNOWN_PLURAL or w in UNKNOWN_PLURAL:
            return True
        if _is_link(w):
            return False
    return False


def _skip_coordinated(words: list[str]) -> list[str]:
    """Drop leading coordinated names ("وخربة الناقوس"، "والفطيرة") from a gap's words."""
    i = 0
    while i < len(words) and words[i].startswith("و") and len(words[i]) > 2 and not _is_link(words[i]):
        i += 1
        n = 0
        while i < len(words) and n < 2 and words[i].startswith("ال") and not _is_link(words[i]):
            i, n = i + 1, n + 1
    return words[i:] if i else []


def _anchor(m: _M) -> _M | None:
    cur, seen = m, 0
    while cur.list_next is not None and seen < 20:
        cur, seen = cur.list_next, seen + 1
    return cur.anchor_next


def _strong_anchor(m: _M) -> bool:
    cur, seen = m, 0
    while cur.list_next is not None and seen < 20:
        cur, seen = cur.list_next, seen + 1
    return cur.anchor_next is not None and cur.anchor_strong


def _accept(ms: list[_M]) -> None:
    """Common-word names need a signal; an accepted one licenses later bare uses (one sense per text)."""
    g = gazetteer()
    ok_keys: set[str] = set()
    for m in ms:
        if m.cue and m.cue_kind != "governorate" and not m.key.startswith(m.cue) \
                and all(g[p].kind == "country" for p in m.cands):
            m.accepted = False  # "مدن سورية": a country after a place-type word is an adjective
            continue
        if not m.needs_cue:
            continue
        chain_ok = False
        p = m.list_prev
        while p is not None and not chain_ok:
            chain_ok, p = not p.needs_cue, p.list_prev
        n = m.list_next
        while n is not None and not chain_ok:
            chain_ok, n = not n.needs_cue, n.list_next
        # an institution word ("أمام مبنى المحافظة": a landmark cue that is not itself a landmark type like
        # ساحة or دوار) names a building, not a place: no licence for a common word
        institution = m.cue_kind == "landmark" and m.cue not in cues().landmark
        sig = ("cue" if m.cue and m.cue_kind != "near" and not institution else "relation" if m.relation else "anchor" if _strong_anchor(m) else
               "list of places" if chain_ok else None)
        m.accepted = sig is not None
        if sig:
            m.why.append(f"common word accepted: {sig}")
            ok_keys.add(m.key)
    for m in ms:
        if not m.accepted and m.key in ok_keys:
            m.accepted = True
            m.why.append("common word accepted: same name accepted elsewhere in the article")


def _reduce(m: _M, g) -> list[Place]:
    """Collapse nested same-name units; honour what the cue asks for."""
    cands = [g[p] for p in m.cands]
    if m.full_cands and m.cue_kind not in ("landmark", "neighbourhood"):  # "حي X" is X in any city
        # "بادية تدمر", "مخيم درعا": a place of that whole name beats the units named after the cue;
        # "مدينة إدلب" is only an admin alias, so the cue's kind decides below
        whole = [g[p] for p in m.full_cands if g[p].kind not in ADMIN]
        if whole:
            return whole
    if m.cue_kind in ("governorate", "region") or (m.relation or "").startswith("countryside"):
        units = [p for p in cands if p.kind in ADMIN]
        if units:
            top = min(units, key=lambda p: ADMIN[p.kind])
            # "ريف عين عيسى": a town's countryside, not its sub-district's centroid (ACLED: the
            # town's point at precision 2); governorates and districts stay units
            town = [p for p in cands if p.kind in TOWN_KINDS and top.id in p.ancestors]
            # "ريف الميادين"، "بادية الميادين": also a district named after its seat town
            return town[:1] if top.kind in ("subdistrict", "district") and town else [top]
    if m.cue_kind not in (None, "landmark", "near", "front"):
        exact = [p for p in cands if p.kind == m.cue_kind]
        if exact:
            cands = exact
    pop = [p for p in cands if p.kind not in ADMIN]
    keep = [p for p in cands if not (p.kind in ADMIN and any(p.id in q.ancestors for q in pop))]
    units = [p for p in keep if p.kind in ADMIN]
    if units:  # nested admin units of one name (ريف دمشق governorate and district): the largest
        keep = [p for p in keep if p.kind not in ADMIN or not any(q.id in p.ancestors for q in units)]
    if m.cue_kind in ("city", "town", "village", "neighbourhood", "camp"):
        pref = [p for p in keep if p.kind in POPULATED]
        keep = pref or keep
    return keep


def _point(p: Place, g) -> Place:
    return g[p.rep_id] if p.rep_id else p


def _score(p: Place, m: _M, ctx: "_Ctx", g) -> tuple[float, list[str]]:
    s = KIND_PRIOR.get(p.kind, 1.0) + min(1.0, math.log10(p.population + 1) / 6)
    # tie-breakers: the entry whose main name this is, and an analyst's curated entry
    s += 0.3 * (squash(p.name_ar) == m.key) + 0.3 * p.source.startswith("curated")
    why = []
    if p.country != "Syria":
        if p.iso in ctx.foreign_isos:
            s += 6
            why.append(f"{p.country} is named in the article")
        else:
            s -= 4
            why.append("foreign candidate, its country is not named")
    anc = _anchor(m)
    if anc is not None and anc.place is not None and anc.place.country == "Syria":
        a = anc.place
        if a.admin1_pcode and a.admin1_pcode == p.admin1_pcode:
            s += 6
            why.append(f"anchored to {a.name_ar} ({a.admin1})")
        ap, pp = _point(a, g), p
        if ap.lat is not None and pp.lat is not None and km(ap.lat, ap.lon, pp.lat, pp.lon) < 30:
            s += 2
    if ctx.total and p.admin1_pcode in ctx.gov_count:
        share = ctx.gov_count[p.admin1_pcode] / ctx.total
        s += 3 * share
        if share >= 0.5:
            why.append(f"article mostly about {p.admin1}")
    if p.lat is not None and ctx.points:
        d = min(km(p.lat, p.lon, a, b) for a, b in ctx.points)
        if d < 15:
            s += 2
            why.append(f"{d:.0f} km from a place already resolved")
        elif d < 60:
            s += 1
    if m.cue_kind and (m.cue_kind == p.kind or (m.cue_kind == "landmark" and p.kind == "landmark")):
        s += 1.5
    return s, why


@dataclass
class _Ctx:
    gov_count: dict[str, int] = field(default_factory=dict)
    total: int = 0
    points: list[tuple[float, float]] = field(default_factory=list)
    foreign_isos: set[int] = field(default_factory=set)

    def add(self, p: Place) -> None:
        if p.country != "Syria":
            self.foreign_isos.add(p.iso)
            return
        if p.admin1_pcode:
            self.gov_count[p.admin1_pcode] = self.gov_count.get(p.admin1_pcode, 0) + 1
            self.total += 1
        if p.lat is not None and p.kind not in ("governorate", "country", "district"):
            self.points.append((p.lat, p.lon))


def _resolve(ms: list[_M], text: str = "") -> None:
    g = gazetteer()
    ctx = _Ctx()
    pending = []
    for m in ms:
        if not m.accepted:
            continue
        cands = _reduce(m, g)
        if len(cands) == 1:
            m.place = cands[0]
            m.why.append("only candidate" if len(m.cands) == 1 else
                         f"same-name units collapse to the {cands[0].kind}")
            m.margin = 10.0
            ctx.add(m.place)
        else:
            pending.append((m, cands))
    for _ in range(2):  # anchors resolved in the first round inform the second
        left = []
        for m, cands in pending:
            anc = _anchor(m)
            if anc is not None and anc.place is None and any(x is anc for x, _ in pending) and _ == 0:
                left.append((m, cands))
                continue
            scored = sorted(((_score(p, m, ctx, g), p) for p in cands), key=lambda t: -t[0][0])
            (best, why), p = scored[0]
            m.place, m.margin = p, best - scored[1][0][0]
            m.why.append(f"{len(cands)} candidates, chose {p.name_en} ({p.admin1 or p.country})"
                         + (": " + "; ".join(why) if why else ": kind/population prior"))
            ctx.add(p)
        pending = left
    _check_containment(ms, g, text)
    for m in ms:  # a landmark cue before a far-away town's name: a landmark inside the enclosing place
        p = m.place
        if p is None or m.cue_kind != "landmark" or p.kind not in ("city", "town", "village"):
            continue
        anc = _anchor(m)  # "ساحة الكرامة وسط مدينة السويداء": the place after it encloses it
        enc = anc.place if anc is not None and anc.place is not None and not m.anchor_dir \
            and anc.place.kind in ("city", "town") else _enclosing(m, ms, g)
        if enc is not None and enc.id != p.id and p.lat is not None and enc.lat is not None \
                and km(p.lat, p.lon, enc.lat, enc.lon) > 5:
            m.landmark_in = enc
            m.why.append(f"landmark cue '{m.cue}' + a town {km(p.lat, p.lon, enc.lat, enc.lon):.0f} km "
                         f"away: a landmark inside {enc.name_en}")


_COMPASS = {"north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0)}


def _bearing_agrees(a: Place, p: Place, relation: str) -> bool:
    """Does ``p`` lie roughly (within ~67°) in the direction from ``a`` that ``relation`` names?
    "النبك شمال دمشق" (north, 70 km) agrees; Homs' الحواش "شمال غربي حماة" (it lies south-west) does
    not. No compass word: True (nothing to check)."""
    vx = sum(_COMPASS[w][0] for w in re.split(r"[- ]", relation) if w in _COMPASS)
    vy = sum(_COMPASS[w][1] for w in re.split(r"[- ]", relation) if w in _COMPASS)
    if vx == 0 and vy == 0:
        return True
    dx = (p.lon - a.lon) * math.cos(math.radians(a.lat))
    dy = p.lat - a.lat
    n = math.hypot(dx, dy) * math.hypot(vx, vy)
    return n == 0 or (dx * vx + dy * vy) / n > 0.38


@lru_cache(maxsize=64)
def _subdistrict_points(admin1_pcode: str) -> tuple[tuple[float, float], ...]:
    return tuple((q.lat, q.lon) for q in gazetteer().values()
                 if q.kind == "subdistrict" and q.admin1_pcode == admin1_pcode and q.lat is not None)


def _check_containment(ms: list[_M], g, text: str = "") -> None:
    """"X بريف Y" with X known only in another governorate: the text wins over the gazetteer.

    The gazetteer holds one الشجرة (Daraa); "بلدة الشجرة بريف القنيطرة" is another village of
    that name that it lacks, so the mention is resolved to the anchor (Quneitra) at its precision,
    not to a village 20 km away in the wrong governorate. Border villages (within 10 km of a
    sub-district centre of the anchor's governorate) and areas (mountains, deserts) are kept.
    """
    named = {m.place.id for m in ms if m.place is not None}
    gov_n: dict[str, int] = {}  # Syrian mentions per governorate (computed once: no O(n²))
    for o in ms:
        if o.place is not None and o.place.country == "Syria" and o.place.admin1_pcode:
            gov_n[o.place.admin1_pcode] = gov_n.get(o.place.admin1_pcode, 0) + 1

    def alone(p: Place) -> bool:  # no other mention of the article is in p's governorate
        return gov_n.get(p.admin1_pcode, 0) <= (1 if p.country == "Syria" and p.admin1_pcode else 0)

    for m in ms:
        p, anc = m.place, _anchor(m)
        if p is not None and p.kind == "neighbourhood" and anc is None:
            if not alone(p):
                continue
            # "تظاهرة في مدينة الرقة جابت حي الفردوس": a quarter name the gazetteer knows only in
            # Aleppo, after another city and in an article that never names Aleppo
            city = next((g[x] for x in p.ancestors if g[x].kind in ("city", "town")), None)
            prev = next((o for o in reversed(ms) if o.end <= m.start and o.place is not None
                         and o.place.kind in ("city", "town") and m.start - o.end <= 200), None)
            # only across governorates, and only when nothing else in the article is in the quarter's
            # governorate ("درعا البلد" after جاسم in a Daraa article stays Daraa's quarter)
            if city is not None and prev is not None and prev.place.id != city.id and city.id not in named \
                    and prev.place.admin1_pcode != p.admin1_pcode:
                m.why.append(f"the gazetteer's {p.name_en} is a quarter of {city.name_en}, which the article "
                             f"does not name; read as a quarter of {prev.place.name_en}")
                m.fallback = "neighbourhood"
                m.place = prev.place
            continue
        if p is not None and anc is None and p.kind in TOWN_KINDS and p.lat is not None and alone(p) \
                and len(gov_n) > 1 and (_plural_list(m) or _after_plural_cue(text, m.ws)):
            # "قرى مرعناز والمالكية وشوارغة" in an Aleppo article: a village list is compact; a
            # member known only far away, in a governorate nothing else in the article is in, is
            # another village of that name: placed in the article's governorate
            others = [o.place for o in ms if o is not m and o.place is not None and o.place.country == "Syria"
                      and o.place.admin1_pcode]
            govs = {o.admin1_pcode for o in others}
            pts = [o for o in others if o.lat is not None and o.kind not in ("governorate", "district")]
            if others and p.admin1_pcode not in govs and pts \
                    and min(km(p.lat, p.lon, o.lat, o.lon) for o in pts) > 100:
                counts: dict[str, int] = {}
                for o in others:
                    counts[o.admin1_pcode] = counts.get(o.admin1_pcode, 0) + 1
                gov = g.get(max(counts, key=counts.get))
                if gov is not None:
                    m.why.append(f"the gazetteer's {p.name_en} is in {p.admin1}, far from every other place of "
                                 f"the article: another village of that name, placed in {gov.admin1}")
                    m.fallback = "village"  # a member of a village list (the cue may stand before unknown names)
                    m.place = gov
            continue
        if p is None or anc is None or anc.place is None or p.kind not in POPULATED - {"landmark"}:
            continue
        a = anc.place
        link = m
        while link.list_next is not None:
            link = link.list_next
        if ((p.kind == "neighbourhood" or m.cue_kind == "neighbourhood") and a.kind in ("city", "town")
                and a.country == "Syria"
                and not link.anchor_dir and a.id not in p.ancestors
                and not any(g[x].kind in ("city", "town") and x in a.ancestors for x in p.ancestors)):
            # "حي الصالحية بالحسكة": the gazetteer's الصالحية is a Damascus quarter; the text names
            # a quarter of Hasakah that it lacks: resolved to that city's point (precision 2)
            m.why.append(f"the gazetteer's {p.name_en} is a quarter of another city; the text puts this "
                         f"one in {a.name_en}: resolved to its point")
            m.fallback = "neighbourhood"
            m.place = a
            continue
        if a.country != "Syria" or not a.admin1_pcode or a.admin1_pcode == p.admin1_pcode:
            continue
        if link.anchor_dir and a.kind in ("city", "town") and p.lat is not None and a.lat is not None \
                and km(p.lat, p.lon, a.lat, a.lon) > 40 and m.cue_kind in UNKNOWN_KINDS \
                and not _bearing_agrees(a, p, anc.relation or m.relation or ""):
            # "قرية الحواش، شمال غربي حماة": the gazetteer's only الحواش is in Homs, 50 km away; the
            # text puts this village near Hama: an unknown village placed at its anchor
            m.why.append(f"the gazetteer's {p.name_en} is in {p.admin1}, {km(p.lat, p.lon, a.lat, a.lon):.0f} km "
                         f"from {a.name_en} that the text places it by: another place of that name")
            m.fallback = p.kind
            m.place = a
            continue
        # "في ريف X", "بمحافظة X", or a named region of one governorate ("في سهل الغاب")
        contained = not link.anchor_dir and ((anc.relation or "").startswith("countryside")
                                              or anc.cue_kind in ("governorate", "region")
                                              or a.kind == "area")
        if not contained or p.lat is None:
            continue
        centres = _subdistrict_points(a.admin1_pcode)
        if centres and min(km(p.lat, p.lon, la, lo) for la, lo in centres) <= 10:
            continue
        m.why.append(f"the gazetteer's {p.name_en} is in {p.admin1}, but the text puts this one in "
                     f"{a.admin1}: resolved to {a.name_en}")
        m.fallback = p.kind or True  # the kind of the named place, kept for the mention
        m.place = a


def _enclosing(m: _M, ms: list[_M], g) -> Place | None:
    """The nearest earlier city (or a city's quarter) within 300 characters of ``m``."""
    for o in reversed(ms):
        if o.start >= m.start or o.place is None or m.start - o.end > 300:
            continue
        p = o.place
        for q in [p] + [g[a] for a in p.ancestors]:
            if q.kind in ("city", "town"):
                return q
    return None


def _precision(p: Place, relation: str | None, g) -> tuple[int, Place, str]:
    """(geo_precision, the place whose point is used, note)."""
    if p.kind == "country":
        return 3, p, "country"
    if p.country != "Syria" and p.lat is None:
        return 3, p, "outside Syria, no coordinate held"
    if p.kind == "governorate":
        rp = _point(p, g)
        return 3, rp, ("governorate: its capital's point" if rp is not p else "governorate centroid")
    if relation and relation.startswith("countryside"):
        rp = _point(p, g)
        return (3 if p.kind == "district" else 2), rp, "countryside of the place" + (
            f" ({p.kind}: its seat's point)" if rp is not p else "")
    if p.kind == "area" and p.lat is None:  # "شمال سوريا"، "البادية السورية": country-level region
        return 3, p, "region at country level: no representative point (ACLED would not choose one)"
    if p.kind == "area":
        top = next((g[a] for a in p.ancestors if g[a].lat is not None), None)
        if top is not None and top.kind == "governorate" and p.approx:
            rp = _point(top, g)
            return 3, rp, "region: only its governorate is known"
        return 2, p, "region part: representative point"
    if relation:  # "قرب ناحية عين عيسى": a unit's seat town stands for it here too
        rp = _point(p, g) if p.kind in ("district", "subdistrict") else p
        return 2, rp, f"{relation} the place" + (f" ({p.kind}: its seat's point)" if rp is not p else "")
    if p.kind in ("district", "subdistrict"):
        rp = _point(p, g)
        return 2, rp, (f"{p.kind}: its seat town's point" if rp is not p else f"{p.kind} centroid")
    if p.approx:
        return 2, p, f"no own coordinate: {p.coord_source}"
    return 1, p, p.coord_source


_NICK = re.compile(r"(\w)\s*\((\w+) $")


def _drop_nicknames(text: str, ms: list[_M]) -> None:
    """"شيار محمد (بافل كوباني)": a nom de guerre (a first name + a place, in brackets after a
    person's name) names a person, not a place. Only two words in the brackets, the first an
    ordinary word (not a cue, relation, direction or preposition: "(ريف إدلب)" stays a place)."""
    for m in ms:
        if not m.accepted or m.ws != m.start or text[m.end:m.end + 1] != ")":
            continue
        nm = _NICK.search(text, max(0, m.ws - 40), m.ws)
        if nm is None or nm.end() != m.ws:
            continue
        w = nm.group(2)
        if w in ANCHOR_WORDS or any(_classify(w)) or w in cues().landmark:
            continue
        m.accepted = False


def recognise_places(adoc: AnalyzedDoc) -> None:
    """Fill ``adoc.places`` (sorted by start) with resolved place mentions."""
    text = adoc.norm.text
    ms = _find(text)
    if not ms:
        adoc.places = []
        return
    _read_context(text, ms)
    _accept(ms)
    _drop_nicknames(text, ms)
    _resolve(ms, text)
    g = gazetteer()
    out = []
    for m in ms:
        if not m.accepted or m.place is None:
            continue
        out.append(_mention(adoc, m, g))
    for m, pm in zip([m for m in ms if m.accepted and m.place is not None], out):
        anc = _anchor(m)
        if anc is not None and anc.place is not None and pm.relation is None:
            pm.relation = anc.relation or "in"
            pm.anchor_id = anc.place.id
        elif m.fallback and pm.relation is None:  # placed at the unit the text gives
            pm.relation = "in"
    out.extend(_unknown_landmarks(adoc, ms, g))
    # names after a place-type cue that the gazetteer lacks: placed at the enclosing unit (precision 2)
    out.extend(unknown_places(adoc, sorted(out, key=lambda pm: pm.start), [(m.start, m.end) for m in ms],
                              _matcher().table))
    out.sort(key=lambda pm: pm.start)
    adoc.places = out


@lru_cache(maxsize=1)
def _landmark_re() -> re.Pattern:
    c = cues()
    words = "|".join(sorted((re.escape(w) for w in c.landmark), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:و|ف|ب|وب)?({words})\s+(ال\w{{2,}})(?!\w)")


def _unknown_landmarks(adoc: AnalyzedDoc, ms: list[_M], g) -> list[PlaceMention]:
    """"دوار الكازية في حي المنشية": a named checkpoint/roundabout the gazetteer lacks, placed at
    the known place that immediately follows it (في/ب/قرب + place), precision 2. Without such an
    anchor nothing is reported: the landmark's position is unknown."""
    text, c = adoc.norm.text, cues()
    out = []
    placed = [m for m in ms if m.accepted and m.place is not None]
    for rm in _landmark_re().finditer(text):
        name = rm.group(2)
        if name in c.not_landmark or any(m.start < rm.end() and rm.start() < m.end for m in ms):
            continue
        nxt = next((m for m in placed if m.ws >= rm.end()), None)
        if nxt is None or nxt.place.country != "Syria":
            continue
        words = text[rm.end():nxt.ws].replace("،", " ").split()
        if len(words) > 2 or not words and text[nxt.ws:nxt.start] != "ب" or not all(
                w in ANCHOR_WORDS or _classify(w)[0] or _classify(w)[1] for w in words):
            continue
        a = nxt.place
        prec, pt, _ = _precision(a, None, g)
        o1, o2 = adoc.orig_span(rm.start(1), rm.end())
        out.append(PlaceMention(
            start=rm.start(1), end=rm.end(), orig_start=o1, orig_end=o2, surface=adoc.document.text[o1:o2],
            place_id=a.id, name_ar=adoc.document.text[o1:o2], name_en="", kind="landmark",
            country=a.country, iso=a.iso, admin1=a.admin1 or None, admin2=a.admin2 or None,
            admin3=a.admin3 or None, admin1_pcode=a.admin1_pcode or None, lat=pt.lat, lon=pt.lon,
            geo_precision=max(2, prec), confidence=0.5, cue=rm.group(1), relation="in", anchor_id=a.id,
            parent_id=a.id,
            reason=f"landmark not in the gazetteer, placed at the place after it: {a.name_en} ({a.id})",
        ))
    return out


def _mention(adoc: AnalyzedDoc, m: _M, g) -> PlaceMention:
    p = m.place
    prec, pt, note = _precision(p, m.relation, g)
    name_ar, name_en, kind, pid, ap = p.name_ar, p.name_en, p.kind, p.id, p
    if m.landmark_in is not None:
        enc = ap = m.landmark_in
        span_start = m.cue_pos if m.cue_pos is not None else m.start
        name_ar, name_en = adoc.surface(span_start, m.end), f"{p.name_en} {m.cue_kind} ({enc.name_en})"
        kind, pid, pt, prec, note = "landmark", enc.id, enc, 2, f"landmark inside {enc.name_en}"
    if m.fallback:
        name_ar, name_en, prec = adoc.surface(m.start, m.end), "", max(prec, 2)
        # "قرية الحمدانية في ريف حماة": a village the gazetteer lacks, named like marsad.geo.unknown's
        kind = UNKNOWN_KINDS.get(m.cue_kind or "") or (m.fallback if isinstance(m.fallback, str) else kind)
        head, _, rest = name_ar.partition(" ")
        if rest and squash(head) in cues().cue:  # "حي الصالحية" -> the name is "الصالحية"
            name_ar = rest
        pid, prec = f"unk:{p.admin1_pcode or 'SY'}:{name_ar}", 2
    a, b = adoc.orig_span(m.start, m.end)
    conf = 0.6 + (0.25 if m.margin >= 3 else 0.1 if m.margin >= 1 else 0.0) + min(0.15, m.cue_weight)
    if m.needs_cue:
        conf -= 0.15 if m.cue and not m.cue_inherited else 0.25
    if p.approx or prec > 1:
        conf -= 0.05
    if prec == 3 and kind in ("area", "country"):  # a region never outranks a named town
        conf -= 0.3
    reason = "; ".join(m.why + [note] + ([f"cue '{m.cue}'" + (" (list)" if m.cue_inherited else "")]
                                        if m.cue else []))
    return PlaceMention(
        start=m.start, end=m.end, orig_start=a, orig_end=b, surface=adoc.document.text[a:b],
        place_id=pid, name_ar=name_ar, name_en=name_en, kind=kind, country=p.country, iso=p.iso,
        admin1=ap.admin1 or None, admin2=ap.admin2 or None, admin3=ap.admin3 or None,
        admin1_pcode=ap.admin1_pcode or None, lat=pt.lat, lon=pt.lon, geo_precision=prec,
        confidence=round(max(0.05, min(0.99, conf)), 2), reason=reason, cue=m.cue,
        relation=m.relation,
        anchor_id=p.id if m.relation or m.fallback else None, parent_id=p.parent_id or None,
    )


def resolve_name(name_ar: str, near: str | None = None) -> PlaceMention | None:
    """Look up a bare Arabic place name (no cue needed), optionally near another named place.

    ``near`` (e.g. "درعا") acts like an anchor in a text: candidates in its governorate and close
    to it win. Returns None when no gazetteer entry has the name.
    """
    mt, g = _matcher(), gazetteer()
    key = squash(name_ar)
    entries = mt.table.get(key) or mt.table.get("ال" + key) or []
    if not entries:
        return None
    adoc = prepare_text(name_ar, "resolve_name")
    m = _M(0, len(adoc.norm.text), 0, key, [pid for pid, _ in entries])
    ctx = _Ctx()
    if near is not None:
        anchor = resolve_name(near)
        if anchor is not None:
            am = _M(0, 0, 0, squash(near), [anchor.place_id])
            am.place = g[anchor.place_id]
            m.anchor_next = am
            ctx.add(am.place)
    cands = _reduce(m, g)
    scored = sorted(((_score(p, m, ctx, g), p) for p in cands), key=lambda t: -t[0][0])
    (best, why), m.place = scored[0]
    m.margin = best - scored[1][0][0] if len(scored) > 1 else 10.0
    m.why.append("lookup" + (": " + "; ".join(why) if why else ""))
    return _mention(adoc, m, g)


def explain(text: str) -> str:
    """One line per place mention: surface, offsets, resolution, admin levels, point, precision, reason."""
    adoc = prepare_text(text, "geo")
    recognise_places(adoc)
    if not adoc.places:
        return "(no place found)"
    lines = []
    for pm in adoc.places:
        admin = " / ".join(x for x in (pm.admin1, pm.admin2, pm.admin3) if x) or pm.country
        pt = f"{pm.lat:.5f},{pm.lon:.5f}" if pm.lat is not None else "-"
        rel = f" [{pm.relation}]" if pm.relation else ""
        lines.append(f"{pm.surface}\t{pm.orig_start}-{pm.orig_end}\t{pm.place_id} {pm.name_en} ({pm.kind}, "
                     f"{pm.country}){rel}\t{admin}\t{pt}\tprecision {pm.geo_precision}\t"
                     f"conf {pm.confidence:.2f}\t{pm.reason}")
    return "\n".join(lines)
