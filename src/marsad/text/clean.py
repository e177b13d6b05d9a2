"""Cleaning that keeps offsets: the prose of an article, without links, shortcodes and trailers.

Scraped Arabic news text carries debris around the prose: bare URLs (video files, embedded
tweets), WordPress shortcodes (``[caption …]…[/caption]``, ``[embed]…[/embed]``), HTML embed code,
and trailer lines ("قد يعجبك أيضا", "اقرأ أيضاً", "المصدر: X", share and follow lines). Recognisers
should not read those as prose, but some of them are evidence: URLs (video upload paths and tweet
ids carry dates; hosts hint at the outlet), caption text (a title candidate), the "المصدر" line
(the outlet when metadata has none). ``clean`` removes them from a ``TextView`` of the original
and returns them separately; the original text is never changed.

Removal contract (what the property tests check): ``removed`` lists the original regions
``(start, end, replacement)`` that are not in the view. A region that is a whole line is removed
with its line break (the neighbouring lines' breaks still separate them). Any other region leaves
``replacement`` ("" next to whitespace, else " " or, when the region spans a line break, "\\n"),
mapped to the region's first offset, so words and sentences never glue together. Every other
character of the original is in the view, unchanged, at its own offset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.text.view import TextView


@dataclass
class CleanResult:
    view: TextView
    links: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    trailers: list[str] = field(default_factory=list)
    outlet_hint: str | None = None
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, replacement)


# --- patterns --------------------------------------------------------------------------------

_DIAC = "[\u064B-\u0652\u0670\u0640]*"  # optional diacritics/tatweel after any letter
_CLASSES = {"ا": "[اأإآٱ]", "أ": "[اأإآٱ]", "إ": "[اأإآٱ]", "آ": "[اأإآٱ]", "ي": "[يى]", "ى": "[يى]",
            "ه": "[هة]", "ة": "[هة]"}


def _tol(phrase: str) -> str:
    """Regex for an Arabic phrase tolerant to alef/yaa/taa-marbuta spellings, diacritics, tatweel."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"[ \t]+")
        elif "\u0621" <= ch <= "\u064A":
            out.append(_CLASSES.get(ch, re.escape(ch)) + _DIAC)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(phrases: list[str]) -> str:
    return "(?:" + "|".join(_tol(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


# Headings of "more from us" blocks; the short lines (headlines) after a bare heading go too.
_MORE = _alt(["قد يعجبك أيضا", "قد يعجبك ايضا", "يعجبك أيضا", "قد يهمك أيضا", "قد يهمك", "اقرأ أيضا",
              "اقرا ايضا", "اقرأ كذلك", "اقرأ المزيد", "للمزيد اقرأ", "شاهد أيضا", "مواضيع ذات صلة",
              "أخبار ذات صلة", "مقالات ذات صلة", "مواد ذات صلة", "ذات صلة", "الأكثر قراءة",
              "read also", "read more", "related"])
_SOURCE = _alt(["المصدر", "مصدر الخبر", "مصدر"])  # bare "مصدر" only with a colon (see _SOURCE_LINE)
_FOLLOW = _alt(["تابعونا على", "تابعونا عبر", "تابعنا على", "تابعنا عبر", "تابعوا", "اشترك في",
                "اشتركوا في", "للاشتراك في", "انضم إلى", "انضموا إلى", "follow us"])
# A follow line must name where to follow ("تابعوا التطورات…" alone is prose).
_FOLLOW_TARGET = re.compile(_alt(["قناتنا", "قناة", "صفحتنا", "حسابنا", "حساباتنا", "موقعنا", "تلغرام",
                                  "تيليغرام", "تلجرام", "فيسبوك", "فيس بوك", "تويتر", "يوتيوب", "واتساب",
                                  "انستغرام", "إنستغرام", "تيك توك", "منصات", "مواقع التواصل"])
                            + r"|telegram|facebook|twitter|youtube|whatsapp|instagram|tiktok", re.I)
_SHARE_WORDS = {
    "شارك", "شاركها", "شاركوا", "مشاركة", "المقال", "المقاله", "المقالة", "هذا", "هذه", "الخبر", "على",
    "عبر", "فيسبوك", "فيس", "بوك", "تويتر", "إكس", "واتساب", "واتس", "اب", "آب", "تلغرام", "تيليغرام",
    "تلجرام", "تيليجرام", "لينكدإن", "لينكد", "إن", "البريد", "الإلكتروني", "طباعة", "نسخ", "الرابط",
    "رابط", "مختصر", "تضمين", "غرد", "تغريد", "share", "tweet", "facebook", "twitter", "x", "whatsapp",
    "telegram", "email", "e-mail", "print", "pinterest", "linkedin", "reddit", "copy", "link", "embed",
    "messenger", "ماسنجر", "on", "via", "this", "article",
}
_SHARE_CORE = {"شارك", "شاركها", "شاركوا", "مشاركة", "طباعة", "نسخ", "تضمين", "غرد", "share", "tweet",
               "print", "embed", "copy", "فيسبوك", "تويتر", "واتساب", "تلغرام", "facebook", "twitter",
               "whatsapp", "telegram"}
_BULLET = r"[ \t]*(?:[-–—•*|#>»:]+[ \t]*)?"
_LINE_START = re.compile(
    rf"^{_BULLET}(?:(?P<more>{_MORE})|(?P<source>{_SOURCE})|(?P<follow>{_FOLLOW})"
    r"|(?P<tweet>[—–][ \t]*[^\n]{1,80}\(@\w{1,30}\)[^\n]{0,40}\d{4}[ \t]*$)"
    r"|(?P<share>(?:شارك|مشاركة|طباعة|غرد|share|tweet|print|embed|facebook|twitter|whatsapp|telegram"
    r"|فيسبوك|تويتر|واتساب|تلغرام)))",
    re.M | re.I,
)
_SOURCE_LINE = re.compile(
    rf"^{_BULLET}(?:(?:{_tol('المصدر')}|{_tol('مصدر الخبر')})(?:[ \t]*[:：\-–—/|][ \t]*|[ \t]+)"
    rf"|{_tol('مصدر')}[ \t]*[:：][ \t]*)(?P<x>[^\n]+?)[ \t.]*$", re.M)
# "المصدر" lines that are prose about a source ("المصدر العسكري قال إن…"), not an outlet credit.
_SOURCE_ADJ = _alt([p + w for w in ["عسكري", "أمني", "ميداني", "طبي", "محلي", "مطلع", "خاص", "مقرب",
                                    "رسمي", "حكومي", "دبلوماسي", "نفسه", "ذاته", "السابق"] for p in ("", "ال")])
_SOURCE_VERB = _alt(["أن", "إن", "ان", "قال", "ذكر", "أكد", "أفاد", "أضاف", "أوضح", "أشار", "نفى", "كشف"])
_NOT_OUTLET = re.compile(rf"^{_SOURCE_ADJ}(?:\s|$)|(?:^|\s){_SOURCE_VERB}(?:\s|$)")
_WORD = re.compile(r"[^\s:：\-–—|/•*#>.،,!؟?()\[\]«»“”\"']+")

# URLs: scheme or www. or pic.twitter.com; stop at whitespace, quotes, brackets, angle brackets.
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)[^\s<>\"'«»“”\[\]]+", re.I)
_URL_TRAIL = ".,،؛;:!?؟)»”'\""
# WordPress shortcodes: paired [tag …]…[/tag] first, then lone [tag …] / [/tag].
_PAIRED = re.compile(r"\[(?P<tag>[a-zA-Z][\w-]*)(?P<attrs>(?:\s[^\[\]]*)?)\](?P<body>.*?)\[/(?P=tag)\]", re.S)
_LONE = re.compile(r"\[/?[a-zA-Z][\w-]*(?:\s[^\[\]\n]*)?\]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_SQUEEZE = re.compile(r"\s+")

_HEADLINE_MAX_WORDS = 16


def _url_end(text: str, start: int, end: int) -> int:
    """Trim trailing punctuation that belongs to the sentence, keeping balanced parentheses."""
    while end > start and text[end - 1] in _URL_TRAIL:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def _lines(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the line holding pos, end at the line break (not included)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _is_share_line(line: str) -> bool:
    words = [w.lower() for w in _WORD.findall(line)]
    return bool(words) and len(words) <= 12 and all(w in _SHARE_WORDS for w in words) \
        and any(w in _SHARE_CORE for w in words)


class _Collector:
    def __init__(self, text: str) -> None:
        self.text = text
        self.regions: list[tuple[int, int]] = []
        self.links: list[tuple[int, str]] = []
        self.captions: list[str] = []
        self.trailers: list[str] = []
        self.outlet_hint: str | None = None
        self._hint_pos = -1  # the last "المصدر" line wins: trailers sit at the end

    def shortcodes(self) -> None:
        for m in _PAIRED.finditer(self.text):
            self.regions.append(m.span())
            if m["tag"].lower() in ("caption", "wp_caption"):
                body = _URL.sub(" ", _HTML_TAG.sub(" ", m["body"]))
                body = _SQUEEZE.sub(" ", body).strip()
                if body:
                    self.captions.append(body)
        taken = list(self.regions)
        for m in _LONE.finditer(self.text):
            if not any(a <= m.start() < b for a, b in taken):
                self.regions.append(m.span())
        for m in _HTML_TAG.finditer(self.text):
            self.regions.append(m.span())

    def urls(self) -> None:
        for m in _URL.finditer(self.text):
            end = _url_end(self.text, m.start(), m.end())
            if end > m.start():
                self.regions.append((m.start(), end))
                self.links.append((m.start(), self.text[m.start():end]))

    def trailers_(self) -> None:
        text = self.text
        for m in _LINE_START.finditer(text):
            a, b = _lines(text, m.start())
            line = text[a:b]
            kind = m.lastgroup
            if kind == "share" and not _is_share_line(line):
                continue
            if kind == "follow" and (len(_WORD.findall(line)) > 15 or not _FOLLOW_TARGET.search(line)):
                continue
            if kind == "source":
                sm = _SOURCE_LINE.match(line)
                x = sm["x"].strip(" \t\"'«»“”()") if sm else ""
                if _URL.match(x):  # "المصدر: https://site/…": the host names the outlet
                    x = re.sub(r"^(?:https?://)?(?:www\.)?", "", x, flags=re.I).split("/")[0]
                if not x or len(_WORD.findall(x)) > 5 or "،" in x or _NOT_OUTLET.search(x):
                    continue
                if self.outlet_hint is None or a > self._hint_pos:
                    self.outlet_hint, self._hint_pos = x, a
            if kind == "more":
                rest = line[m.end() - a:]
                labelled = re.match(r"[ \t]*[:：\-–—|]", rest) is not None
                if len(_WORD.findall(rest)) > (25 if labelled else 6):
                    continue  # a prose sentence that happens to start with these words
            self._drop_line(a, b)
            if kind == "more" and not _WORD.findall(line[m.end() - a:]):
                self._drop_headlines(b)

    def _drop_line(self, a: int, b: int) -> None:
        self.regions.append((a, b))
        self.trailers.append(self.text[a:b].strip())

    def _drop_headlines(self, pos: int) -> None:
        """Short lines after a bare 'more' heading are the recommended headlines."""
        text = self.text
        while pos < len(text):
            a = pos + 1
            if a >= len(text):
                return
            b = text.find("\n", a)
            b = len(text) if b < 0 else b
            line = text[a:b].strip()
            if line:
                words = _WORD.findall(line)
                if len(words) > _HEADLINE_MAX_WORDS or line.endswith((".", "،", ":")):
                    return
                self.regions.append((pos, b))  # with the blank lines before it
                self.trailers.append(line)
            pos = b


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(r for r in regions if r[1] > r[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _finish(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Widen whole-line regions to take their line break; give inline ones a separator."""
    out: list[tuple[int, int, str]] = []
    for a, b in regions:
        la = text.rfind("\n", 0, a) + 1
        lb = text.find("\n", b)
        lb = len(text) if lb < 0 else lb
        if not text[la:a].strip() and not text[b:lb].strip():
            a, b = la, min(lb + 1, len(text))
            if out and a <= out[-1][1]:
                a = out[-1][0]
                out.pop()
            out.append((a, b, ""))
            continue
        if out and a < out[-1][1]:  # swallowed by a widened line
            if b <= out[-1][1]:
                continue
            a = out[-1][1]
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if before.isspace() or after.isspace():
            rep = ""
        else:
            rep = "\n" if "\n" in text[a:b] else " "
        out.append((a, b, rep))
    return out


def _build(text: str, removed: list[tuple[int, int, str]]) -> TextView:
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b, rep in removed:
        parts.append(text[pos:a])
        offsets.extend(range(pos, a))
        if rep:
            parts.append(rep)
            offsets.append(a)
        pos = b
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return TextView("".join(parts), offsets, len(text))


def clean(text: str) -> CleanResult:
    """The prose view of ``text`` and what was taken out of it."""
    c = _Collector(text)
    if "[" in text:
        c.shortcodes()
    elif "<" in text:
        for m in _HTML_TAG.finditer(text):
            c.regions.append(m.span())
    c.urls()
    c.trailers_()
    removed = _finish(text, _merge(c.regions))
    links = list(dict.fromkeys(u for _, u in sorted(c.links)))
    return CleanResult(_build(text, removed), links, c.captions, c.trailers, c.outlet_hint, removed)


def view_of(text: str, removed: list[tuple[int, int, str]], a: int, b: int) -> str:
    """Matching form of what the cleaned view holds of ``text[a:b]``.

    A mention's surface (``text[orig_start:orig_end]``) may straddle a region cleaning removed
    (a URL between two words of a date); this is the string its matching span must equal.
    """
    from marsad.text.normalize import match_form

    out: list[str] = []
    regions = iter(removed)
    region = next(regions, None)
    p = a
    while p < b:
        while region is not None and region[1] <= p:
            region = next(regions, None)
        if region is not None and region[0] <= p < region[1]:
            if p == region[0]:
                out.append(region[2])
            p = region[1]
            continue
        out.append(text[p])
        p += 1
    return match_form("".join(out))


_SENTENCE_END = (".", "!", "؟", "?", ":", "،", "؛")


def title_candidate(view_text: str, captions: list[str]) -> str | None:
    """A title for a document that came without one: its headline line, else its first caption.

    Web copies of articles often start with the headline on a line of its own (short, no final
    full stop) and a WordPress caption repeating it. Both are candidates, never certainties, so the
    metadata title always wins over this.
    """
    first = next((line.strip() for line in view_text.splitlines() if line.strip()), "")
    if first and len(first.split()) <= 20 and not first.endswith(_SENTENCE_END) and first != view_text.strip():
        return first
    for caption in captions:
        caption = " ".join(caption.split())
        if 2 <= len(caption.split()) <= 25:
            return caption
    return None

