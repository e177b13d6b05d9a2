"""Store stage: persistent documents, runs, events, incidents and rejections.

``open_store(out_dir, url=None)`` returns the default SQLAlchemy store (SQLite file
``OUT/marsad.sqlite`` unless a URL such as ``postgresql://…`` is given).
"""
from __future__ import annotations

from pathlib import Path

from marsad.store.base import Store, StoredDoc


def open_store(out_dir: Path, url: str | None = None) -> Store:
    from marsad.store.sql import SQLStore

    return SQLStore.open(out_dir, url)


__all__ = ["Store", "StoredDoc", "open_store"]
