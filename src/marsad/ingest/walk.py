"""Walk input paths and dispatch each file to its reader by extension.

Order is deterministic (paths as given, folders walked recursively in sorted order). The size is
checked with ``stat`` before a byte is read, so a 50 MB dump costs nothing. Every failure becomes
exactly one ``Rejection`` naming the file and the reason; the walk always goes on.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from marsad.ingest.errors import InputError
from marsad.ingest.feeds import read_feed
from marsad.ingest.html import read_html
from marsad.ingest.records import read_json, read_jsonl
from marsad.ingest.text import read_txt
from marsad.models import Document, Rejection

Reader = Callable[[Path, bytes], Iterable[Document | Rejection]]

READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".json": read_json,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
SUPPORTED = tuple(READERS)
MAX_BYTES = 20_000_000


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def iter_files(paths: Iterable[str]) -> Iterator[tuple[Path, bool] | Rejection]:
    """(file, named explicitly) for each input, folders expanded; hidden entries in folders skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        found = True
                        yield Path(root) / name, False
            if not found:
                yield Rejection(str(path), "empty folder: no input files found in it")
        elif path.exists():
            yield path, True
        else:
            yield Rejection(str(path), "no such file or directory")


def read_file(path: Path, explicit: bool = True, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejection]:
    """Every document of one file, or one rejection for the whole file."""
    ext = path.suffix.lower()
    reader = READERS.get(ext)
    if reader is None:
        # A stray README in a corpus folder is a note; a file named on the command line is an error.
        yield Rejection(str(path), f"unsupported file type {ext or '(no extension)'!r}; expected one of "
                        + " ".join(SUPPORTED), severity="error" if explicit else "skipped")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file too large: {_mb(size)} ({size} bytes) is over the {_mb(max_bytes)} "
                             f"limit (max_bytes={max_bytes})")
        if size == 0:
            raise InputError("empty file (0 bytes)")
        data = path.read_bytes()
        if not data.strip():
            raise InputError(f"empty file ({len(data)} bytes of whitespace only)")
        yield from reader(path, data)
    except InputError as err:
        yield Rejection(str(path), err.reason, severity=err.severity)
    except OSError as err:
        yield Rejection(str(path), f"cannot read file: {err.strerror or err}")


def iter_inputs(paths: list[str], max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejection]:
    """Documents and rejections from files and folders, in a stable order."""
    for entry in iter_files(paths):
        if isinstance(entry, Rejection):
            yield entry
        else:
            yield from read_file(entry[0], explicit=entry[1], max_bytes=max_bytes)
