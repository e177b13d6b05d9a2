"""Ingest: files and folders in, ``Document``s and ``Rejection``s out.

    from marsad.ingest import iter_inputs
    for item in iter_inputs(["corpus/", "feed.rss"]):
        ...  # models.Document, or models.Rejection (severity "error" or "skipped")

Formats: .txt, .html/.htm (trafilatura), .jsonl/.json, .xml/.rss/.atom (feedparser).
"""
from marsad.ingest.errors import InputError
from marsad.ingest.walk import MAX_BYTES, SUPPORTED, iter_files, iter_inputs, read_file

__all__ = ["InputError", "MAX_BYTES", "SUPPORTED", "iter_files", "iter_inputs", "read_file"]
