"""SQLAlchemy Core store: SQLite (WAL) by default, any SQLAlchemy URL (e.g. PostgreSQL) later.

Tables are declared once in ``METADATA``. The ``events`` columns are generated from the
``models.Event`` dataclass, so a field added there gets a column here; ``_add_missing_columns``
adds such columns to an existing store file instead of failing on an older schema.

Atomicity: ``add_document`` writes the document row and all its events in one transaction, so a
crash (even SIGKILL) leaves either the whole document or none of it; ``content_hash`` is UNIQUE, so
a re-run cannot store a document twice.
"""
from __future__ import annotations

import dataclasses
import operator
import os
import socket
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from marsad import jsontext
from marsad.models import Document, Event, Incident, Rejection, Story
from marsad.store.base import StoredDoc

METADATA = MetaData()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_dumps = jsontext.dumps  # JSON columns: the project's one encoder (compact UTF-8)


def _gone(args: dict[str, Any]) -> bool:
    """Whether the process that started a run (pid and host in its args) has ended; unknown: no."""
    pid, host = args.get("pid"), args.get("host")
    if not isinstance(pid, int) or host != socket.gethostname():
        return False  # another machine's run (PostgreSQL store), or a run recorded before pids were
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


def _column_type(annotation: str):
    """SQL type for a dataclass field annotation (a string under ``from __future__ import annotations``)."""
    ann = annotation.replace(" ", "")
    if ann.startswith(("list", "dict", "tuple")):
        return JSON
    base = ann.split("|")[0]
    # BigInteger: 64-bit on PostgreSQL too (unix timestamps outgrow INTEGER in 2038); INTEGER on SQLite
    return {"int": BigInteger, "float": Float, "bool": Boolean, "str": Text}.get(base, JSON)


EVENT_FIELDS: list[dataclasses.Field] = list(dataclasses.fields(Event))
_EVENT_NAMES = [f.name for f in EVENT_FIELDS]
_GET_EVENT = operator.attrgetter(*_EVENT_NAMES)
_JSON_EVENT_FIELDS = {f.name for f in EVENT_FIELDS if _column_type(str(f.type)) is JSON}
_EVENT_IS_JSON = [n in _JSON_EVENT_FIELDS for n in _EVENT_NAMES]
_RAW_INSERT_EVENTS = (f"INSERT INTO events ({', '.join(_EVENT_NAMES)}, run_id) "
                      f"VALUES ({', '.join('?' * (len(_EVENT_NAMES) + 1))})")

runs = Table(
    "runs",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", Text, nullable=False),
    Column("finished", Text),
    Column("args", JSON),
    Column("counts", JSON),
    Column("status", Text, nullable=False, default="running"),
)

documents = Table(
    "documents",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", Text, nullable=False, unique=True),
    Column("content_hash", Text, nullable=False, unique=True),
    Column("raw", LargeBinary),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("published", Text),
    Column("outlet", Text),
    Column("site_name", Text),
    Column("language", Text),
    Column("links", JSON),
    Column("warnings", JSON),
    Column("meta", JSON),
    Column("source_path", Text),
    Column("ingested_at", Text, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    # derived by the last analysis (rewritten when the document is re-analysed)
    Column("pub_date", Text),
    Column("pub_date_precision", Integer),
    Column("pub_date_source", Text),
    Column("derived_outlet", Text),
    Column("derived_links", JSON),
    Column("derived_title", Text),
    Column("analyzed_at", Text),
    Column("analysis_error", Text),
)

events = Table(
    "events",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    *[
        Column(
            f.name,
            _column_type(str(f.type)),
            ForeignKey("documents.doc_id", ondelete="CASCADE") if f.name == "doc_id" else None,
            nullable=f.name != "doc_id",
            index=f.name in ("doc_id", "event_id_cnty"),
        )
        for f in EVENT_FIELDS
    ],
)

incidents = Table(
    "incidents",
    METADATA,
    Column("incident_id", Text, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("data", JSON, nullable=False),
)

stories = Table(
    "stories",
    METADATA,
    Column("story_id", Text, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("data", JSON, nullable=False),
)

rejections = Table(
    "rejections",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("path", Text, nullable=False),
    Column("item", Text),
    Column("reason", Text, nullable=False),
    Column("severity", Text, nullable=False),
    Column("at", Text, nullable=False),
)


# Statements built once with bind parameters: SQLAlchemy then reuses the compiled form instead of
# building and cache-keying a new statement per document (that was half the store's time).
_SELECT_HASH = select(documents.c.id).where(documents.c.content_hash == bindparam("b_hash"))
_INSERT_DOC = documents.insert()
_DOC_NAMES = [c.name for c in documents.columns if c.name != "id"]
_DOC_IS_JSON = [isinstance(documents.c[n].type, JSON) for n in _DOC_NAMES]
_RAW_INSERT_DOCS = f"INSERT INTO documents ({', '.join(_DOC_NAMES)}) VALUES ({', '.join('?' * len(_DOC_NAMES))})"
_INSERT_EVENTS = events.insert()
_UPDATE_DERIVED = documents.update().where(documents.c.doc_id == bindparam("b_doc"))
_DELETE_EVENTS = events.delete().where(events.c.doc_id == bindparam("b_doc"))


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """WAL: readers never block the writer and a killed writer loses only its open transaction."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


class SQLStore:
    """The default Store. ``SQLStore.open(out_dir)`` gives ``OUT/marsad.sqlite``."""

    FILENAME = "marsad.sqlite"

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, json_serializer=_dumps, json_deserializer=jsontext.loads, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        METADATA.create_all(self.engine)
        self._add_missing_columns()

    @classmethod
    def open(cls, out_dir: Path, url: str | None = None) -> "SQLStore":
        if url:
            return cls(url)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        return cls(sqlite_url(out_dir / cls.FILENAME))

    def _add_missing_columns(self) -> None:
        """Add columns that the code declares but an older store file lacks (new model fields)."""
        insp = inspect(self.engine)
        with self.engine.begin() as conn:
            for table in METADATA.sorted_tables:
                have = {c["name"] for c in insp.get_columns(table.name)}
                for col in table.columns:
                    if col.name not in have:
                        ddl = col.type.compile(dialect=self.engine.dialect)
                        conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{col.name}" {ddl}'))

    # runs -----------------------------------------------------------------------------------
    def start_run(self, args: dict[str, Any]) -> int:
        """Record a new run; earlier runs left "running" by a process of this machine that no longer
        exists (killed, crashed) are marked "interrupted" first, so the table tells what happened."""
        args = {**args, "pid": os.getpid(), "host": socket.gethostname()}
        with self.engine.begin() as conn:
            for rid, rargs in conn.execute(select(runs.c.id, runs.c.args).where(runs.c.status == "running")):
                if _gone(rargs or {}):
                    conn.execute(runs.update().where(runs.c.id == rid).values(status="interrupted"))
            res = conn.execute(runs.insert().values(started=_now(), args=args, status="running"))
            return int(res.inserted_primary_key[0])

    def finish_run(self, run_id: int, counts: dict[str, Any], status: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                runs.update().where(runs.c.id == run_id).values(finished=_now(), counts=counts, status=status)
            )

    def runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(runs).order_by(runs.c.id))]

    # documents ------------------------------------------------------------------------------
    def has_hash(self, content_hash: str) -> bool:
        with self.engine.connect() as conn:
            q = select(documents.c.id).where(documents.c.content_hash == content_hash)
            return conn.execute(q).first() is not None

    def hashes(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(documents.c.content_hash)).scalars())

    def doc_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(documents.c.doc_id)).scalars())

    def has_doc_id(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.doc_id == doc_id)).first() is not None

    @staticmethod
    def _derived_values(stored: StoredDoc) -> dict[str, Any]:
        return {
            "pub_date": stored.pub_date,
            "pub_date_precision": stored.pub_date_precision,
            "pub_date_source": stored.pub_date_source,
            "derived_outlet": stored.derived_outlet,
            "derived_links": list(stored.derived_links),
            "derived_title": stored.derived_title,
            "analyzed_at": _now(),
            "analysis_error": stored.analysis_error,
        }

    def _doc_values(self, stored: StoredDoc) -> dict[str, Any]:
        d = stored.document
        return {
            "doc_id": d.doc_id,
            "content_hash": d.content_hash,
            "raw": d.raw,
            "text": d.text,
            "title": d.title,
            "url": d.url,
            "published": d.published,
            "outlet": d.outlet,
            "site_name": d.site_name,
            "language": d.language,
            "links": list(d.links),
            "warnings": list(d.warnings),
            "meta": d.meta,
            "source_path": d.source_path,
            "ingested_at": stored.ingested_at or _now(),
            "run_id": stored.run_id,
            **self._derived_values(stored),
        }

    def add_document(self, stored: StoredDoc, evs: list[Event]) -> bool:
        d = stored.document
        values = self._doc_values(stored)
        try:
            with self.engine.begin() as conn:
                if conn.execute(_SELECT_HASH, {"b_hash": d.content_hash}).first():
                    return False
                conn.execute(_INSERT_DOC, values)
                self._insert_events(conn, stored.run_id, evs)
        except IntegrityError:
            # another writer stored the same text between our check and our insert: nothing to add
            if self.has_hash(d.content_hash):
                return False
            raise
        return True

    def add_documents(self, items: list[tuple[StoredDoc, list[Event]]]) -> None:
        """Store several new documents and their events in ONE transaction (all or nothing).

        Used by the runner to amortise the commit (fsync) and statement overhead over a batch; each
        document stays whole because the batch is. No per-document hash SELECT: the caller checked
        its hash set, and a hash stored meanwhile by another writer violates UNIQUE, so the whole
        batch rolls back and raises (the runner then stores that batch one document at a time).
        """
        if not items:
            return
        with self.engine.begin() as conn:
            values = [self._doc_values(s) for s, _ in items]
            if conn.dialect.name == "sqlite":  # the driver directly, JSON encoded once (see _insert_events)
                conn.exec_driver_sql(_RAW_INSERT_DOCS, [
                    tuple(_dumps(v[n]) if j else v[n] for n, j in zip(_DOC_NAMES, _DOC_IS_JSON))
                    for v in values])
            else:
                conn.execute(_INSERT_DOC, values)
            self._insert_events(conn, None, [e for _, evs in items for e in evs], [s.run_id for s, evs in items for _ in evs])

    def replace_analyses(self, items: list[tuple[StoredDoc, list[Event]]]) -> None:
        """``replace_analysis`` for several documents in ONE transaction (all or nothing)."""
        if not items:
            return
        with self.engine.begin() as conn:
            conn.execute(_UPDATE_DERIVED, [{"b_doc": s.document.doc_id, **self._derived_values(s)} for s, _ in items])
            conn.execute(_DELETE_EVENTS, [{"b_doc": s.document.doc_id} for s, _ in items])
            self._insert_events(conn, None, [e for _, evs in items for e in evs], [s.run_id for s, evs in items for _ in evs])

    def replace_analysis(self, stored: StoredDoc, evs: list[Event]) -> None:
        doc_id = stored.document.doc_id
        with self.engine.begin() as conn:
            conn.execute(_UPDATE_DERIVED, {"b_doc": doc_id, **self._derived_values(stored)})
            conn.execute(_DELETE_EVENTS, {"b_doc": doc_id})
            self._insert_events(conn, stored.run_id, evs)

    @staticmethod
    def _insert_events(conn, run_id: int | None, evs: list[Event], run_ids: list[int | None] | None = None) -> None:
        """One executemany for ``evs``; ``run_ids`` (one per event) overrides ``run_id`` for batches."""
        if evs and conn.dialect.name == "sqlite":
            # the driver directly, with rows as tuples and JSON columns encoded once: the Core
            # statement's per-row parameter processing was half of the store's time
            ids = run_ids if run_ids is not None else [run_id] * len(evs)
            conn.exec_driver_sql(_RAW_INSERT_EVENTS, [
                (*[_dumps(v) if j else v for v, j in zip(_GET_EVENT(e), _EVENT_IS_JSON)], rid)
                for e, rid in zip(evs, ids)])
            return
        if evs:
            # shallow (not dataclasses.asdict, which deep-copies every list: 3x slower here)
            rows = [{n: getattr(e, n) for n in _EVENT_NAMES} for e in evs]
            if run_ids is None:
                for r in rows:
                    r["run_id"] = run_id
            else:
                for r, rid in zip(rows, run_ids):
                    r["run_id"] = rid
            conn.execute(_INSERT_EVENTS, rows)

    def _row_to_stored(self, row) -> StoredDoc:
        m = row._mapping
        doc = Document(
            doc_id=m["doc_id"],
            text=m["text"],
            source_path=m["source_path"] or "",
            raw=m.get("raw"),
            title=m["title"],
            url=m["url"],
            published=m["published"],
            outlet=m["outlet"],
            site_name=m["site_name"],
            links=list(m["links"] or []),
            language=m["language"],
            warnings=list(m["warnings"] or []),
            meta=dict(m["meta"] or {}),
            content_hash=m["content_hash"],
        )
        return StoredDoc(
            document=doc,
            ingested_at=m["ingested_at"],
            run_id=m["run_id"],
            pub_date=m["pub_date"],
            pub_date_precision=m["pub_date_precision"],
            pub_date_source=m["pub_date_source"] or "unknown",
            derived_outlet=m["derived_outlet"],
            derived_links=list(m["derived_links"] or []),
            derived_title=m["derived_title"],
            analysis_error=m["analysis_error"],
        )

    def iter_documents(self, with_raw: bool = False) -> Iterator[StoredDoc]:
        cols = [c for c in documents.columns if with_raw or c.name != "raw"]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).order_by(documents.c.id)).fetchall()
        for row in rows:
            yield self._row_to_stored(row)

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())

    # events and incidents -------------------------------------------------------------------
    def events(self) -> list[Event]:
        names = [f.name for f in EVENT_FIELDS]
        with self.engine.connect() as conn:
            q = (
                select(*[events.c[n] for n in names])
                .select_from(events.join(documents, events.c.doc_id == documents.c.doc_id))
                .order_by(documents.c.id, events.c.id)
            )
            out = []
            for row in conn.execute(q):
                kw = dict(row._mapping)
                for n in _JSON_EVENT_FIELDS:
                    if kw[n] is None:
                        kw[n] = []
                out.append(Event(**kw))
            return out

    def set_incident_ids(self, mapping: dict[tuple[str, str], str | None]) -> None:
        if not mapping:
            return
        stmt = (
            events.update()
            .where(events.c.doc_id == bindparam("b_doc"), events.c.event_id_cnty == bindparam("b_event"))
            .values(incident_id=bindparam("b_incident"))
        )
        with self.engine.begin() as conn:
            if conn.dialect.name == "sqlite":  # the driver directly (see _insert_events)
                conn.exec_driver_sql("UPDATE events SET incident_id = ? WHERE doc_id = ? AND event_id_cnty = ?",
                                     [(i, d, e) for (d, e), i in mapping.items()])
                return
            rows = [{"b_doc": d, "b_event": e, "b_incident": i} for (d, e), i in mapping.items()]
            conn.execute(stmt, rows)  # one executemany

    def replace_incidents(
        self, run_id: int, incs: list[Incident | dict[str, Any]], sts: list[Story | dict[str, Any]]
    ) -> None:
        """Accepts dataclasses or their dicts (the runner converts once for the store and the exports)."""
        inc_rows = [i if isinstance(i, dict) else dataclasses.asdict(i) for i in incs]
        story_rows = [s if isinstance(s, dict) else dataclasses.asdict(s) for s in sts]
        with self.engine.begin() as conn:
            conn.execute(incidents.delete())
            conn.execute(stories.delete())
            if inc_rows:
                conn.execute(
                    incidents.insert(),
                    [{"incident_id": r["incident_id"], "run_id": run_id, "data": r} for r in inc_rows],
                )
            if story_rows:
                conn.execute(
                    stories.insert(), [{"story_id": r["story_id"], "run_id": run_id, "data": r} for r in story_rows]
                )

    def replace_incidents_encoded(
        self, run_id: int, incs: list[tuple[str, str]], sts: list[tuple[str, str]]
    ) -> None:
        """``replace_incidents`` from (id, JSON text) pairs that were encoded once for the exports too.

        SQLite stores a JSON column as the serializer's text, so the text goes in as is (bound as Text);
        other databases get the decoded value through the JSON type, as ``replace_incidents`` does.
        """
        if self.engine.dialect.name != "sqlite":
            self.replace_incidents(run_id, [jsontext.loads(t) for _, t in incs], [jsontext.loads(t) for _, t in sts])
            return
        with self.engine.begin() as conn:
            conn.execute(incidents.delete())
            conn.execute(stories.delete())
            # the driver directly, rows as tuples (the Core statement's per-row processing cost more
            # than the rest of this method)
            if incs:
                conn.exec_driver_sql("INSERT INTO incidents (incident_id, run_id, data) VALUES (?, ?, ?)",
                                     [(i, run_id, t) for i, t in incs])
            if sts:
                conn.exec_driver_sql("INSERT INTO stories (story_id, run_id, data) VALUES (?, ?, ?)",
                                     [(i, run_id, t) for i, t in sts])

    def incident_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [r.data for r in conn.execute(select(incidents.c.data))]

    # rejections -----------------------------------------------------------------------------
    def add_rejection(self, run_id: int, rejection: Rejection) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                rejections.insert().values(
                    run_id=run_id,
                    path=rejection.path,
                    item=rejection.item,
                    reason=rejection.reason,
                    severity=rejection.severity,
                    at=_now(),
                )
            )

    def rejections(self, run_id: int | None = None) -> list[dict[str, Any]]:
        q = select(rejections).order_by(rejections.c.id)
        if run_id is not None:
            q = q.where(rejections.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["SQLStore", "METADATA", "EVENT_FIELDS", "sqlite_url"]
