"""RSS and Atom feeds via feedparser: one document per entry.

Entry text is the full content when the feed carries it, else the summary, with HTML tags
stripped (block tags become line breaks so paragraphs survive). The feed's title is the outlet.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from pathlib import Path


from marsad.ingest.document import make_document
from marsad.ingest.errors import InputError
from marsad.models import Document, Rejection

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "tr", "table", "section", "article", "figure", "figcaption", "pre", "hr"}
_SKIP = {"script", "style", "noscript"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):  # noqa: ANN001
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, block tags as line breaks, blank runs squeezed."""
    if "<" not in fragment:
        return unescape(fragment).strip()
    p = _TextOnly()
    p.feed(fragment)
    p.close()
    lines = [" ".join(ln.split()) for ln in "".join(p.parts).splitlines()]
    return "\n".join(ln for ln in lines if ln)


def _entry_text(entry) -> str:  # noqa: ANN001
    for c in entry.get("content") or []:
        if c.get("value", "").strip():
            return html_to_text(c["value"])
    return html_to_text(entry.get("summary", "") or entry.get("description", ""))


def read_feed(path: Path, data: bytes) -> Iterator[Document | Rejection]:
    import feedparser  # imported on the first feed: ~40 ms that a corpus without feeds never pays

    parsed = feedparser.parse(data)  # bytes: feedparser reads the XML encoding declaration itself
    entries = parsed.entries
    if not entries:
        if parsed.bozo and not parsed.feed:
            raise InputError(f"not a valid RSS/Atom feed: {parsed.get('bozo_exception')}")
        raise InputError("feed has no entries")
    outlet = parsed.feed.get("title") or None
    warnings = []
    if parsed.bozo:
        warnings.append(f"feed is not well-formed XML ({parsed.get('bozo_exception')}); read leniently")
    for i, entry in enumerate(entries):
        item = f"entry {i}"
        # dict.get: FeedParserDict's own get() maps updated->published with a deprecation warning
        published = next((dict.get(entry, k) for k in ("published_parsed", "updated_parsed",
                                                       "published", "updated") if dict.get(entry, k)), None)
        text = _entry_text(entry)
        raw = json.dumps({k: dict.get(entry, k) for k in ("id", "title", "link", "published", "updated",
                                                     "summary", "content")},
                         ensure_ascii=False, default=str).encode("utf-8")
        title = html_to_text(entry["title"]) if entry.get("title") else None
        yield make_document(text, doc_id=str(entry.get("id") or f"{path.stem}-{i}"), source_path=str(path),
                            raw=raw, item=item, warnings=warnings, published=published, title=title,
                            url=entry.get("link"), outlet=outlet, meta={"format": "feed"})
