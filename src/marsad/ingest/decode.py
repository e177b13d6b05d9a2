"""Bytes to text: UTF-8 first, then a detector (charset-normalizer), Arabic code pages preferred.

Arabic web text is UTF-8 almost everywhere, but archives and old CMS exports still hold
Windows-1256 and ISO-8859-6. Those are decoded with a warning so an analyst knows the text went
through a guess. A file with NUL bytes (and no UTF-16/32 byte-order mark) is binary, not text.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from marsad.ingest.errors import InputError
from marsad.ingest.language import arabic_ratio

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_ARABIC_PAGES = ["cp1256", "iso8859_6"]
# Without a BOM, a UTF-16/32 "detection" of non-UTF-8 bytes is nearly always noise.
_NO_BOM_EXCLUDE = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decoded text and warnings; raises InputError for binary or undecodable bytes."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), []
            except UnicodeDecodeError as err:
                raise InputError(f"undecodable bytes: starts with a {enc} byte-order mark but "
                                 f"byte {err.start} is invalid") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary file (NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        bad_at = err.start
    best = from_bytes(data, cp_exclusion=_NO_BOM_EXCLUDE).best()
    # Among the detector's Arabic code-page readings, the one with the most Arabic letters wins
    # (short ISO-8859-6 texts also "decode" as Windows-1256, with stray Latin letters); it is
    # preferred when it reads as Arabic and the overall guess does not.
    scored = sorted(((arabic_ratio(str(m)), i, m) for i, m in
                     enumerate(from_bytes(data, cp_isolation=_ARABIC_PAGES))), key=lambda t: (-t[0], t[1]))
    if scored and scored[0][0] >= 0.5:
        arabic = scored[0][2]
        if best is None or arabic_ratio(str(best)) < scored[0][0]:
            best = arabic
    if best is None:
        raise InputError(f"undecodable bytes: not UTF-8 (invalid byte at offset {bad_at}) and "
                         "no text encoding detected")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise InputError(f"undecodable bytes: not UTF-8 (invalid byte at offset {bad_at}); the "
                         f"best guess ({best.encoding}) gives control characters, not text")
    return text, [f"not UTF-8: decoded as {best.encoding} (detected)"]


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(text)
