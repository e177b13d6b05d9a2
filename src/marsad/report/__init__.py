"""Report stage: the self-contained offline report.html (stub until built)."""
from __future__ import annotations

from pathlib import Path

from marsad.incidents import IncidentResult
from marsad.models import Document, Event


def write_report(out_dir: Path, documents: list[Document], events: list[Event], result: IncidentResult) -> Path:
    path = Path(out_dir) / "report.html"
    path.write_text("<!doctype html><html lang='ar' dir='rtl'><meta charset='utf-8'><title>marsad</title></html>", encoding="utf-8")
    return path
