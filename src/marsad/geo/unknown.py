"""Places the gazetteer lacks, named after a place-type word: "قرية X"، "بلدة X"، "حي X"، "محور X".

Why: the shared data has no ADM4 village list, so most small villages are unknown; dropping them
loses the event or puts it at the governorate. ACLED's rule for a named place whose own point is
unknown is to code it at the nearest unit the report gives, geo_precision 2. So a name after a
place-type cue that no gazetteer entry has becomes a mention with its own Arabic name, an id
``unk:<governorate P-code>:<name>``, and the point of the enclosing unit the context gives:

1. an anchor right after the name or list ("قرية X بريف إدلب الجنوبي"، "بلدة X شرقي درعا"، "حي X
   بمدينة Y");
2. else a countryside/district/governorate mentioned just before it in the sentence ("وفي ريف جسر
   الشغور الغربي، تعرضت قرية X …"), or for a quarter the last city named before it;
3. else a known place listed with it ("قرى X، والجيزة") — its district;
4. else the article's dominant governorate.

A coordinate is never invented for the name itself. The name is one word, or up to three when the
first is a name prefix (كفر، عين، تل …) or the next words carry ال; it stops at punctuation, a
relation or direction word, a cue, a known place and the ``not_name`` words of place_cues.tsv.
After a plural or dual cue ("بلدات X، وY، وZ"، "قريتي X وY") every unknown item of the list counts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.geo.gazetteer import cues, gazetteer
from marsad.models import AnalyzedDoc, PlaceMention
from marsad.text.normalize import squash

# cue kinds that name a populated place (a front/axis is named after its village: "محور كفر عمة")
KINDS = {"city": "city", "town": "town", "village": "village", "neighbourhood": "neighbourhood",
         "camp": "camp", "front": "village"}
PLURAL = {"قري", "مدن", "احياء", "بلدات", "مخيمات", "قريتي", "بلدتي", "مدينتي", "حيي", "مخيمي",
          "جبهات", "محاور", "محوري"}
# "حي" is also the adjective "alive": as a cue it needs a preposition or clitic before it
HAYY_BEFORE = {"في", "من", "الى", "على", "قرب", "داخل", "وسط", "اطراف", "محيط", "سكان", "اهالي", "ابناء",
               "اهل", "عند", "نحو", "باتجاه", "مدخل", "شوارع", "احد"}
LINK_WORDS = {"في", "من", "داخل", "عند", "الى", "ب", "ل", "التابعه", "التابع", "الواقعه", "الواقع",
              "قرب", "بالقرب", "و"}
CONF, CONF_WEAK = 0.45, 0.4
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_WORD = re.compile(r"\S+")
_PUNCT = "،,.:;؛!?؟)(«»\"'-–—/"


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    c = cues()
    forms = sorted((f for f, k in c.cue.items() if k in KINDS and not f.startswith("ال")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(و|ف|ب|ل|وب|ول|فب|فل)?(" + "|".join(map(re.escape, forms)) + r")(?=\s)")


@lru_cache(maxsize=1)
def _front_name_re() -> re.Pattern:
    """After محور: a name with ال or a name prefix ("محور الملاجة"، "محور كفر عمة")."""
    prefixes = "|".join(sorted(map(re.escape, cues().name_prefix), key=len, reverse=True))
    return re.compile(r"\s+(?:ال|(?:" + prefixes + r")\s)")


@lru_cache(maxsize=65536)
def _word_class(word: str) -> str:
    """'stop' for a word that cannot be (part of) a name, 'prefix' for كفر/عين/تل …, else 'name'."""
    c = cues()
    if word in c.name_prefix:
        return "prefix"
    if not word.isalpha() or len(word) < 2 or word in c.not_name or word.startswith("لل") or word in c.foreign:
        return "stop"
    if len(word) >= 5 and word.endswith(("ها", "هم")):  # "يقطنها"، "سكانها": a pronoun suffix, not a name
        return "stop"
    if word.startswith("ال") and (word[2:] in c.cue or word[2:] in c.landmark):  # "الطريق"، "المطار"
        return "stop"
    forms = [word] + [word[len(p):] for p in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
                      if word.startswith(p) and len(word) - len(p) >= 2]
    if word in c.direction:  # "الغارية الغربية", "البويضة الشمالية": may end a name, never start one
        return "direction"
    for f in forms:
        if f in c.relation or f in c.direction or f in c.countryside or f in c.cue or f in c.landmark:
            return "stop"
    return "name"


def _link_word(word: str) -> bool:
    c = cues()
    if word in LINK_WORDS:
        return True
    for f in [word] + [word[len(p):] for p in ("و", "ب", "ل", "وب", "ول", "فب") if word.startswith(p)]:
        if f in c.relation or f in c.direction or f in c.countryside or f in c.cue or f in LINK_WORDS:
            return True
    return False


def _name_at(text: str, pos: int, starts: set[int]) -> tuple[int, int] | None:
    """The span of an unknown name starting at the word at or after ``pos``, or None."""
    words = []
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        words.append(m)
        if len(words) == 3:
            break
    if not words:
        return None
    start, end, prev_cls = words[0].start(), None, None
    for i, m in enumerate(words):
        w = m.group().rstrip(_PUNCT)
        cut = len(w) < len(m.group())
        if i > 0 and (m.start() in starts or any(ch in _PUNCT for ch in text[end:m.start()])):
            break
        if i == 0 and (m.start() in starts or m.group()[0] in _PUNCT):
            return None
        cls = _word_class(w)
        if cls == "direction" and (i == 0 or prev_cls != "name" or not w.endswith("ه")):
            break
        if cls == "stop" or (i > 0 and not (w.startswith("ال") and len(w) >= 4) and prev_cls != "prefix"):
            break
        if i > 0 and w.startswith("ال") and cls == "prefix":
            break
        end, prev_cls = m.start() + len(w), cls
        if cut:
            break
    if end is None or prev_cls == "prefix" and end - start <= 4:  # a bare "تل"/"عين" is not a name
        return None
    return start, end


def _adjective(name: str, cue: str) -> bool:
    """A one-word indefinite nisba after the cue is an adjective, not a name: "قرية درزية"، "حي
    شعبي"، "مخيم عشوائي" (names with ال, "الخالدية", and two-word names are not affected)."""
    if " " in name or name.startswith("ال"):
        return False
    return name.endswith("يه") or (cue in ("حي", "مخيم") and name.endswith("ي") and len(name) >= 4)


def _known_key(key: str, table: dict) -> bool:
    return key in table or ("ال" + key) in table or (key.startswith("ال") and key[2:] in table) \
        or key in cues().common


def unknown_places(adoc: AnalyzedDoc, known: list[PlaceMention], found: list[tuple[int, int]],
                   table: dict) -> list[PlaceMention]:
    """Mentions of places the gazetteer lacks (see the module doc); ``known`` are the resolved
    mentions, ``found`` every matched span (accepted or not), ``table`` the matcher's name keys."""
    text = adoc.norm.text
    if not known:
        return []
    syr = [k for k in known if k.country == "Syria" and k.kind != "country"]
    if not syr:
        return []
    starts = {s for s, _ in found}
    covered = bytearray(len(text) + 1)
    for s, e in found:
        covered[s:e] = b"\x01" * (e - s)
    known_by_start = {k.start: k for k in known}
    out: list[PlaceMention] = []
    for cm in _cue_re().finditer(text):
        cue = cm.group(2)
        # a front/axis word is followed by many nouns ("محاور تحرك"، "محور القتال"): only a name
        # with ال or a name prefix counts after it; "جبهة" is also an organisation word (جبهة النصرة)
        if cues().cue[cue] == "front" and (cue.startswith("جبه") or not _front_name_re().match(text, cm.end())):
            continue
        if covered[cm.start(2)]:  # the cue is part of a matched name ("مدينة إدلب", "جسر الشغور")
            continue
        if cue == "حي" and not cm.group(1):
            j = text.rfind(" ", 0, max(0, cm.start() - 1))
            if text[j + 1:cm.start()].strip() not in HAYY_BEFORE and not text[cm.end():].lstrip().startswith("ال"):
                continue
        items: list[tuple[int, int] | PlaceMention] = []
        pos = cm.end()
        for _ in range(8 if cue in PLURAL else 1):
            while pos < len(text) and text[pos] == " ":
                pos += 1
            k = known_by_start.get(pos) or known_by_start.get(pos + 1) if pos < len(text) else None
            if k is not None and text[pos:k.start] in ("", "و"):
                items.append(k)
                pos = k.end
            else:
                if pos < len(text) and text[pos] == "و" and items:
                    pos += 1
                span = _name_at(text, pos, starts)
                if span is None or _adjective(text[span[0]:span[1]], cue):
                    break
                items.append(span)
                pos = span[1]
            nxt = re.match(r"\s*[،,]?\s*و(?=\w)", text[pos:pos + 6])
            if not nxt:
                break
            pos += nxt.end() - 1
        unknown = [s for s in items if isinstance(s, tuple) and not _known_key(squash(text[s[0]:s[1]]), table)]
        if not unknown:
            continue
        end = max(s[1] if isinstance(s, tuple) else s.end for s in items)
        nxt = _WORD.search(text, end, min(len(text), end + 40))
        if nxt and nxt.group().rstrip(_PUNCT) in cues().foreign:
            continue  # "مدينة أورفا التركية": a place abroad, not a Syrian village
        anchor, how, rel = _anchor(text, cm.start(), end, known, cue, items, syr)
        if anchor is None:
            continue
        if rel == "in" and _near_before(text, cm.start()):
            rel = "near"  # "أطراف بلدة X"، "قرب قرية X": near the place, the anchor is where it lies
        for s, e in unknown:
            out.append(_mention(adoc, s, e, cue, anchor, how, rel))
            covered[s:e] = b"\x01" * (e - s)
    return out


def _near_before(text: str, pos: int) -> bool:
    c = cues()
    j = text.rfind(" ", 0, max(0, pos - 1)) + 1
    w = text[j:pos].strip()
    for f in [w] + [w[len(p):] for p in ("و", "ب", "وب", "ف", "في ") if w.startswith(p)]:
        if (c.cue.get(f) == "near" and f not in ("داخل", "وسط")) or c.relation.get(f) == "near":
            return True
    return False


def _anchor(text, cs, end, known, cue, items, syr):
    """(anchor mention, how it was found, relation) for an unknown name or list ending at ``end``."""
    c = cues()
    for k in known:  # 1. right after: "بريف إدلب الجنوبي"، "شرقي درعا"، "بمدينة حلب"
        if k.start < end:
            continue
        gap = text[end:k.start]
        if len(gap) > 60 or any(ch in gap for ch in ".\n؛:"):
            break
        words = gap.replace("،", " ").replace(",", " ").split()
        if all(_link_word(w) for w in words):
            if k.country != "Syria":  # "مدينة أورفا في تركيا": abroad, not reported
                return None, "", None
            if k.kind == "country":
                continue
            dirs = [w for w in words if any(f in c.relation or f in c.direction for f in (w, w[1:]))]
            rel = k.relation if k.relation and (dirs or k.relation.startswith("countryside")) else "in"
            return k, f"the text places it in {k.surface}", rel
        break
    sent_start = max(text.rfind(".", 0, cs), text.rfind("\n", 0, cs), cs - 200)
    for k in reversed(known):  # 2. a countryside or unit just before, in the same sentence
        if k.end > cs or k.start < sent_start:
            continue
        if k.country == "Syria" and ((k.relation or "").startswith("countryside")
                                     or k.kind in ("governorate", "district", "subdistrict")
                                     or (KINDS[cues().cue[cue]] == "neighbourhood" and k.kind == "city")):
            return k, f"named after {k.surface} earlier in the sentence", "in"
    if KINDS[c.cue[cue]] == "neighbourhood":
        city = next((k for k in reversed(known) if k.end <= cs and k.kind == "city" and k.country == "Syria"), None)
        if city is not None:
            return city, f"a quarter of the last city named ({city.surface})", "in"
    g = gazetteer()
    counts: dict[str, int] = {}
    for k in syr:
        if k.admin1_pcode:
            counts[k.admin1_pcode] = counts.get(k.admin1_pcode, 0) + 1
    if not counts:
        return None, "", None
    pc = max(counts, key=lambda x: (counts[x], -min(k.start for k in syr if k.admin1_pcode == x)))
    listed = next((s for s in items if isinstance(s, PlaceMention) and s.country == "Syria"), None)
    # 3. a known place of the same list, when it is in the article's governorate (a lone far-away
    # namesake, e.g. a Hasakah town listed among Aleppo villages, is no guide): its district
    if listed is not None and listed.admin1_pcode == pc and listed.place_id in g:
        unit = g.get(g[listed.place_id].admin2_pcode)
        if unit is not None and unit.lat is not None:
            return _unit_mention(unit, listed), f"listed with {listed.surface} (its district)", "in"
    gov = g.get(pc)  # 4. the article's dominant governorate
    if gov is None:
        return None, "", None
    return _unit_mention(gov, None), f"the article's dominant governorate ({gov.admin1})", "in"


def _unit_mention(p, like: PlaceMention | None) -> PlaceMention:
    """A stand-in mention for an admin unit (its representative point), used only as an anchor."""
    g = gazetteer()
    rp = g[p.rep_id] if p.rep_id else p
    return PlaceMention(start=-1, end=-1, orig_start=-1, orig_end=-1, surface=p.name_ar, place_id=p.id,
                        name_ar=p.name_ar, name_en=p.name_en, kind=p.kind, country=p.country, iso=p.iso,
                        admin1=p.admin1 or None, admin2=p.admin2 or None, admin3=p.admin3 or None,
                        admin1_pcode=p.admin1_pcode or (p.id if p.kind == "governorate" else None),
                        lat=rp.lat, lon=rp.lon, geo_precision=2)


def _mention(adoc, s, e, cue, a: PlaceMention, how: str, rel: str | None) -> PlaceMention:
    o1, o2 = adoc.orig_span(s, e)
    surface = adoc.document.text[o1:o2]
    name = re.sub(r"\s+", " ", _DIACRITICS.sub("", surface)).strip()
    kind = KINDS[cues().cue[cue]]
    weak = a.start < 0 and a.kind == "governorate"
    return PlaceMention(
        start=s, end=e, orig_start=o1, orig_end=o2, surface=surface,
        place_id=f"unk:{a.admin1_pcode or 'SY'}:{name}", name_ar=name, name_en="", kind=kind,
        country="Syria", iso=760, admin1=a.admin1, admin2=a.admin2 if a.kind != "governorate" else None,
        admin3=a.admin3 if a.kind not in ("governorate", "district") else None, admin1_pcode=a.admin1_pcode,
        lat=a.lat, lon=a.lon, geo_precision=2, confidence=CONF_WEAK if weak else CONF, cue=cue,
        relation=rel, anchor_id=a.place_id, parent_id=a.place_id,
        reason=(f"'{name}' is not in the gazetteer: a {kind} named after the cue '{cue}'; {how}: "
                f"placed at {a.name_en or a.name_ar} ({a.place_id}), no own coordinate (precision 2)"),
    )
