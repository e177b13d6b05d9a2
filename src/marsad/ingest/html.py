"""HTML pages: main text and metadata through trafilatura.

trafilatura strips navigation, footers and comments and reads title, date (htmldate, metadata
markup only: ``extensive_search`` off, so no guessing from the body), canonical URL and site name
from the page's meta tags. A page cut off mid-download is rejected rather than half-read.
"""
from __future__ import annotations

import re
from pathlib import Path


from marsad.ingest.decode import decode_bytes
from marsad.ingest.document import make_document
from marsad.ingest.errors import InputError
from marsad.models import Document, Rejection

_OPEN_HTML = re.compile(rb"<html[\s>]", re.I)
_CLOSE_HTML = re.compile(rb"</html\s*>", re.I)
_OPEN_BODY = re.compile(rb"<body[\s>]", re.I)
_CLOSE_BODY = re.compile(rb"</body\s*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def truncation(data: bytes) -> str | None:
    """Why the page looks cut off, or None."""
    tail = data.rstrip()
    if tail.rfind(b"<") > tail.rfind(b">"):
        return "truncated HTML: the file ends inside a tag"
    if _OPEN_HTML.search(data) and not _CLOSE_HTML.search(data):
        return "truncated HTML: the file ends before </html>"
    if _OPEN_BODY.search(data) and not _CLOSE_BODY.search(data):
        return "truncated HTML: the file ends before </body>"
    return None


def _decode_html(data: bytes) -> tuple[str, list[str]]:
    m = _META_CHARSET.search(data[:4096])
    if m:
        enc = m[1].decode("ascii", "replace").lower()
        if enc not in ("utf-8", "utf8"):
            try:
                return data.decode(enc), [f"not UTF-8: decoded as {enc} (declared in the page)"]
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: fall through to detection
    return decode_bytes(data)


def read_html(path: Path, data: bytes) -> list[Document | Rejection]:
    why = truncation(data)
    if why:
        raise InputError(why + " (cut-off download?)")
    page, warnings = _decode_html(data)
    import trafilatura  # imported on the first HTML page: ~0.1 s that a corpus without HTML never pays

    result = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    if result is None or not (result.text or "").strip():
        raise InputError("malformed HTML or no main text found in the page")
    return [
        make_document(
            result.text,
            doc_id=path.stem,
            source_path=str(path),
            raw=data,
            warnings=warnings,
            published=result.date,
            title=result.title,
            url=result.url,
            site_name=result.sitename,
            outlet=result.sitename,
            meta={"format": "html", "hostname": result.hostname} if result.hostname else {"format": "html"},
        )
    ]
