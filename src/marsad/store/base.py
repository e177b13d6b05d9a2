"""The store interface: what the runner needs from persistent storage, nothing more.

The runner talks only to this Protocol, so the SQLite default (``marsad.store.sql.SQLStore``)
can be swapped for PostgreSQL (same class, another URL) or any other backend that implements
these methods. Every write method is atomic: it either stores all it was given or nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from marsad.models import Document, Event, Incident, Rejection, Story


@dataclass
class StoredDoc:
    """A stored document plus what the last analysis derived from it."""

    document: Document
    ingested_at: str = ""
    run_id: int | None = None
    pub_date: str | None = None
    pub_date_precision: int | None = None
    pub_date_source: str = "unknown"
    derived_outlet: str | None = None  # Document.outlet, else the outlet found in the text
    derived_links: list[str] = field(default_factory=list)
    derived_title: str | None = None  # Document.title, else the headline line or caption of the text
    analysis_error: str | None = None  # why the last analysis failed, None when it succeeded


@runtime_checkable
class Store(Protocol):
    def start_run(self, args: dict[str, Any]) -> int:
        """Open a run record and return its id."""

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str) -> None:
        """Close a run record with its counts and final status (ok | rejected | failed)."""

    def has_hash(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored."""

    def has_doc_id(self, doc_id: str) -> bool:
        """Whether a document with this doc_id is stored."""

    def hashes(self) -> set[str]:
        """Every stored content hash (loaded once per run instead of a query per document)."""

    def doc_ids(self) -> set[str]:
        """Every stored doc_id."""

    def add_document(self, stored: StoredDoc, events: list[Event]) -> bool:
        """Store one document and its events in one transaction; False if its hash was already stored."""

    def replace_analysis(self, stored: StoredDoc, events: list[Event]) -> None:
        """Replace a stored document's derived fields and events in one transaction."""

    def add_documents(self, items: list[tuple[StoredDoc, list[Event]]]) -> None:
        """Store several new documents with their events in one transaction; raise (storing none) on any failure."""

    def replace_analyses(self, items: list[tuple[StoredDoc, list[Event]]]) -> None:
        """``replace_analysis`` for several documents in one transaction; raise (changing none) on any failure."""

    def iter_documents(self) -> Iterator[StoredDoc]:
        """Every stored document, in ingest order."""

    def count_documents(self) -> int: ...

    def events(self) -> list[Event]:
        """Every stored event, in document then extraction order."""

    def set_incident_ids(self, mapping: dict[tuple[str, str], str | None]) -> None:
        """Set events' incident_id by (doc_id, event_id_cnty)."""

    def replace_incidents(self, run_id: int, incidents: list[Incident], stories: list[Story]) -> None:
        """Replace all stored incidents and stories with a new linking result."""

    def replace_incidents_encoded(self, run_id: int, incidents: list[tuple[str, str]], stories: list[tuple[str, str]]) -> None:
        """``replace_incidents`` from (incident_id or story_id, JSON text of the record) pairs."""

    def add_rejection(self, run_id: int, rejection: Rejection) -> None: ...

    def close(self) -> None: ...
