"""The matching form: the spelling-insensitive form of Arabic text every recogniser scans.

Arabic news text writes one name many ways (أ/إ/آ/ا, ة/ه, ى/ي, with or without diacritics and
tatweel, Arabic-Indic or ASCII digits, straight or curly quotes). Matching on the raw text would
need every variant in every dictionary; instead dictionaries and text both go through
``match_form`` and are compared there. The stored original is never changed: ``normalize_view``
keeps a map from every matching character back to the original offset.
"""
from __future__ import annotations

import re

from marsad.text.view import TextView

# Removed entirely: Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks),
# tatweel, zero-width and bidi control characters, soft hyphen.
_DROP = set(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u06D6", "\u06D7", "\u06D8", "\u06D9", "\u06DA", "\u06DB", "\u06DC",
       "\u06DF", "\u06E0", "\u06E1", "\u06E2", "\u06E3", "\u06E4", "\u06E7", "\u06E8", "\u06EA",
       "\u06EB", "\u06EC", "\u06ED",
       "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
       "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\ufeff"]
)

_MAP: dict[str, str] = {
    # alef and hamza-on-alef forms
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # taa marbuta, alef maqsura, Persian/Urdu letters seen in Arabic web text
    "ة": "ه", "ى": "ي", "ی": "ي", "ي": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه",
    # hamza carriers are kept distinct (ؤ ئ ء): merging them changes too many words.
    # punctuation: typographic quotes, guillemets, dashes, Arabic comma forms
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "ـ": "",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u3000": " ", "\t": " ",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)
# Arabic presentation forms (FB50-FDFF, FE70-FEFF) that decompose to exactly one letter.
import unicodedata as _ud  # noqa: E402

for _c in list(range(0xFB50, 0xFDFF)) + list(range(0xFE70, 0xFEFF)):
    _ch = chr(_c)
    _k = _ud.normalize("NFKC", _ch)
    if len(_k) == 1 and _k != _ch:
        _MAP.setdefault(_ch, _MAP.get(_k, _k))


def match_char(ch: str) -> str:
    """Matching form of one character: '' (dropped) or exactly one character."""
    if ch in _DROP:
        return ""
    m = _MAP.get(ch)
    if m is not None:
        return m
    if "A" <= ch <= "Z":
        return ch.lower()
    return ch


# The same mapping as ``match_char``, compiled for str.translate (C speed), and the set of
# characters it deletes, to rebuild the offset map by runs instead of per character.
_TABLE: dict[int, str | None] = {c: chr(c).lower() for c in range(ord("A"), ord("Z") + 1)}
_TABLE.update({ord(k): (v or None) for k, v in _MAP.items()})
_TABLE.update({ord(c): None for c in _DROP})
_DELETED = sorted(chr(k) for k, v in _TABLE.items() if v is None)
_DELETED_RUN = re.compile("[" + "".join(re.escape(c) for c in _DELETED) + "]+")


# str.translate with a dict looks every character up in Python objects (~50 ns a character). For a
# text, replacing only the mapped characters that occur (usually a handful: ة أ إ ى, some marks) is
# ~2x faster and gives the same string, because no replacement contains a character that is itself
# replaced (checked below), so the order of the replacements cannot matter.
_REPLACE = {chr(k): (v or "") for k, v in _TABLE.items() if (v or "") != chr(k)}
_REPLACED = frozenset(_REPLACE)
assert not any(c in _REPLACED for v in _REPLACE.values() for c in v), "a replacement is itself replaced"
# Short strings (names, cue words, quoted parties) are matched again and again: memoised, bounded.
_SHORT = 48
_MEMO: dict[str, str] = {}
_MEMO_MAX = 50_000


def _translate(text: str) -> str:
    for ch in _REPLACED.intersection(text):
        text = text.replace(ch, _REPLACE[ch])
    return text


def match_form(text: str) -> str:
    """Matching form of a string (for dictionaries and queries)."""
    if len(text) > _SHORT:
        return _translate(text)
    out = _MEMO.get(text)
    if out is None:
        out = text.translate(_TABLE)
        if len(_MEMO) < _MEMO_MAX:
            _MEMO[text] = out
    return out


def normalize_view(view: TextView) -> TextView:
    """Matching form of a view, with offsets still pointing into the original."""
    text = _translate(view.text)
    src = view.offsets
    if len(text) == len(view.text):
        return TextView(text, list(src), view.original_length)
    offsets: list[int] = []
    pos = 0
    for m in _DELETED_RUN.finditer(view.text):
        offsets.extend(src[pos:m.start()])
        pos = m.end()
    offsets.extend(src[pos:])
    return TextView(text, offsets, view.original_length)


_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Matching form with runs of whitespace collapsed: for dictionary keys, not for views."""
    return _WS.sub(" ", match_form(text)).strip()
