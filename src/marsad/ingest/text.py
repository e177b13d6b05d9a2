"""Plain-text files: one document per file, doc_id from the file name."""
from __future__ import annotations

from pathlib import Path

from marsad.ingest.decode import decode_bytes
from marsad.ingest.document import make_document
from marsad.models import Document, Rejection


def read_txt(path: Path, data: bytes) -> list[Document | Rejection]:
    text, warnings = decode_bytes(data)
    return [make_document(text, doc_id=path.stem, source_path=str(path), raw=data, warnings=warnings,
                          meta={"format": "txt"})]
