#!/usr/bin/env python3
"""Dev loop for event extraction: run the pipeline over the seeds (or any folder / JSONL) without the
runner and write events.jsonl, then score it.

usage: scripts/dev_events.py INPUT OUT_DIR   (INPUT: a folder of .txt or a .jsonl with id/text/outlet/published)
"""
import json
import sys
from dataclasses import asdict
from pathlib import Path

from marsad.models import Document
from marsad.pipeline import analyze


def docs(inp: Path):
    if inp.is_dir():
        for f in sorted(inp.glob("*.txt")):
            yield Document(doc_id=f.stem, text=f.read_text(encoding="utf-8"), source_path=str(f))
    else:
        for line in inp.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                yield Document(doc_id=d["id"], text=d["text"], outlet=d.get("outlet"), published=d.get("published"),
                               title=d.get("title"), url=d.get("url"))


def main() -> None:
    inp, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "events.jsonl", "w", encoding="utf-8") as f:
        for d in docs(inp):
            for ev in analyze(d).events:
                f.write(json.dumps(asdict(ev), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
