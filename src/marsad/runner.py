"""The edge of the pipeline: inputs -> ingest -> analyze -> store -> incidents -> exports + report.

``run_corpus`` is what ``marsad run`` calls. Policy (also in the README):

* A document whose content hash is already in the store is not stored again (a re-run adds nothing).
* Every run re-analyses every stored document from its stored text (``reanalyse=True``, the
  default), so improvements to the code show in the next run's outputs; ``--no-reanalyse`` keeps the
  stored events of documents that are not new.
* A document row and its events are always committed together, so a crash or SIGKILL never leaves
  half a document; the next run simply carries on. Several whole documents share one transaction
  (up to ``BATCH_DOCS`` documents or ``BATCH_SECONDS`` of work, whichever comes first): a kill loses
  at most that much analysis, which the next run redoes. If a batch cannot be stored, it is rolled
  back and stored again one document per transaction, so only the faulty document is rejected.
* An exception inside analysis is caught per document, reported with its doc_id and reason, the
  document is stored without events (so nothing ingested is lost), and the run goes on.
* Exports and the report cover the whole store, not just this run's inputs.

Exit codes: 0 all inputs processed; 1 some input rejected (severity "error"), a document's
analysis failed, or the incidents or report stage failed (the other outputs are still written);
2 usage error (raised by typer before we get here).
"""
from __future__ import annotations

import dataclasses
import gc
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from marsad.models import AnalyzedDoc, Document, Event, Rejection
from marsad.store import Store, StoredDoc, open_store
from marsad.text.clean import title_candidate

PROGRESS_AFTER = 5  # show the progress bar only once more than a few documents are processed
BATCH_DOCS = 200  # documents per store transaction at most (one commit per document cost ~0.5 ms each)
BATCH_SECONDS = 0.5  # ... or fewer, so a slow corpus still commits (and shows progress in the store) often
# A run keeps every document's events alive until the exports, so each of the cyclic GC's collections
# walks more objects; with the default (700 allocations) that was ~20% of the incident/export/report
# stages. Collecting young objects every 50,000 allocations instead costs little memory (garbage cycles
# wait a bit longer; peak RSS of a 2000-document run 221 MB at 10,000, 222 MB at 50,000) and removes
# most of it (at 50,000 the generation-1 collections drop from 0.10 s to 0.002 s). Restored on return.
GC_GEN0_THRESHOLD = 50_000


class _FewerCollections:
    """Context manager: raise the cyclic GC's generation-0 threshold for the duration of a run."""

    def __enter__(self) -> None:
        self.saved = gc.get_threshold()
        if self.saved[0] and self.saved[0] < GC_GEN0_THRESHOLD:  # 0 means disabled: leave it so
            gc.set_threshold(GC_GEN0_THRESHOLD, *self.saved[1:])

    def __exit__(self, *exc: object) -> None:
        gc.set_threshold(*self.saved)

Analyzer = Callable[[Document], AnalyzedDoc]


def _default_analyzer() -> Analyzer:
    from marsad import pipeline

    return pipeline.analyze


def _describe(exc: BaseException) -> str:
    """One line: exception type, message and where it was raised (so a component's bug can be found)."""
    tb = traceback.extract_tb(exc.__traceback__)
    where = ""
    if tb:
        frame = tb[-1]
        path = frame.filename
        if "/marsad/" in path:
            path = "marsad/" + path.rsplit("/marsad/", 1)[1]
        where = f" (at {path}:{frame.lineno} in {frame.name})"
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}{': ' + msg if msg else ''}{where}"


class Reporter:
    """stderr messages and the progress bar (rich); --quiet hides the bar and the summary."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.console = Console(stderr=True, soft_wrap=True, highlight=False)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
            disable=quiet,
        )
        self.started = False
        self.task = None
        self.done = 0
        self.t0 = time.perf_counter()

    def phase(self, description: str, total: int | None) -> None:
        self.done = 0
        self.t0 = time.perf_counter()
        if self.task is not None:
            self.progress.remove_task(self.task)
        self.task = self.progress.add_task(description, total=total, rate="")

    def advance(self) -> None:
        self.done += 1
        if not self.started and self.done > PROGRESS_AFTER and not self.quiet and self.console.is_terminal:
            self.progress.start()
            self.started = True
        rate = self.done / max(time.perf_counter() - self.t0, 1e-9)
        self.progress.update(self.task, advance=1, rate=f"{rate:.0f} docs/s")

    def line(self, message: str) -> None:
        self.console.print(message, markup=False, highlight=False)

    def rejection(self, r: Rejection) -> None:
        # readers often name the item in the reason already ("malformed JSON on line 3: ...")
        where = f"{r.path}: {r.item}" if r.item and r.item not in r.reason else r.path
        reason = r.reason if r.severity == "error" else f"{r.severity}: {r.reason}"
        self.line(f"marsad: {where}: {reason}")

    def stop(self) -> None:
        if self.started:
            self.progress.stop()
            self.started = False


def _assign_event_ids(doc_id: str, events: list[Event], seen: set[str]) -> None:
    """Give every event a run-unique ``event_id_cnty`` (the extractor's, else ``DOCID-N``)."""
    for i, ev in enumerate(events, 1):
        ev.doc_id = doc_id
        eid = ev.event_id_cnty or f"{doc_id}-{i}"
        if eid in seen:
            eid = f"{doc_id}-{i}" if f"{doc_id}-{i}" not in seen else f"{eid}-{doc_id}-{i}"
        seen.add(eid)
        ev.event_id_cnty = eid


def _fill_from_document(adoc: AnalyzedDoc, stored: StoredDoc, now: int) -> None:
    """Copy what analysis found about the document onto the StoredDoc and its events."""
    doc = stored.document
    stored.pub_date = adoc.pub_date.date
    stored.pub_date_precision = adoc.pub_date.precision
    stored.pub_date_source = adoc.pub_date.source if adoc.pub_date.date else "unknown"
    stored.derived_outlet = doc.outlet or adoc.outlet_hint or doc.site_name
    stored.derived_links = list(adoc.links)
    stored.derived_title = doc.title or title_candidate(adoc.clean.text, adoc.captions)
    stored.analysis_error = None
    for ev in adoc.events:
        if not ev.source and stored.derived_outlet:
            ev.source = stored.derived_outlet
        if not ev.timestamp:
            ev.timestamp = now


def effective_document(stored: StoredDoc) -> Document:
    """The Document as later stages should see it: outlet, date and links from analysis filled in."""
    d = stored.document
    meta = dict(d.meta)
    meta["pub_date"] = {"date": stored.pub_date, "precision": stored.pub_date_precision, "source": stored.pub_date_source}
    return dataclasses.replace(
        d,
        outlet=d.outlet or stored.derived_outlet,
        title=d.title or stored.derived_title,
        published=d.published or stored.pub_date,
        links=list(dict.fromkeys(list(d.links) + list(stored.derived_links))),
        meta=meta,
    )


class _Run:
    """State of one run_corpus call."""

    def __init__(self, store: Store, reporter: Reporter, analyze: Analyzer, run_id: int) -> None:
        self.store = store
        self.reporter = reporter
        self.analyze = analyze
        self.run_id = run_id
        self.now = int(time.time())
        self.counts: Counter[str] = Counter()
        self.event_ids: set[str] = set()
        self.events_by_doc: dict[str, list[Event]] = {}
        self.analysed: set[str] = set()
        self.stored_new: list[StoredDoc] = []  # committed by this run, in store order
        self.pending_new: list[tuple[StoredDoc, list[Event]]] = []  # analysed, not yet committed
        self.pending_old: list[tuple[StoredDoc, list[Event]]] = []
        self.batch_started = time.perf_counter()

    def reject(self, r: Rejection) -> None:
        self.reporter.rejection(r)
        self.store.add_rejection(self.run_id, r)
        self.counts["rejected" if r.severity == "error" else "skipped"] += 1

    def stage_failed(self, stage: str, reason: str) -> None:
        self.reporter.line(f"marsad: {stage}: {reason}")
        self.counts["failed_stages"] += 1

    def analyse(self, stored: StoredDoc) -> list[Event]:
        """Analyse one document; on failure report it and return no events (never raises)."""
        doc = stored.document
        try:
            adoc = self.analyze(doc)
            _fill_from_document(adoc, stored, self.now)
            events = list(adoc.events)
            _assign_event_ids(doc.doc_id, events, self.event_ids)
            return events
        except Exception as exc:  # a bug in one component must not stop the corpus: report, keep the doc
            reason = f"analysis failed: {_describe(exc)}"
            stored.analysis_error = _describe(exc)
            self.reject(Rejection(doc.source_path or doc.doc_id, reason, item=f"doc {doc.doc_id}"))
            self.counts["analysis_failed"] += 1
            return []

    def ingest(self, doc: Document, hashes: set[str], doc_ids: set[str]) -> None:
        if doc.content_hash in hashes:
            self.counts["already_stored"] += 1
            return
        if doc.doc_id in doc_ids:  # same id, different text (e.g. two folders with a.txt)
            new_id = f"{doc.doc_id}~{doc.content_hash[:8]}"
            doc.warnings.append(f"doc_id {doc.doc_id!r} already used by a different text; stored as {new_id!r}")
            doc.doc_id = new_id
        stored = StoredDoc(document=doc, run_id=self.run_id)
        events = self.analyse(stored)
        # claimed now so that a duplicate later in the same batch is recognised; released if not stored
        hashes.add(doc.content_hash)
        doc_ids.add(doc.doc_id)
        self.pending_new.append((stored, events))
        self._maybe_flush(hashes, doc_ids)

    def reanalyse(self, stored: StoredDoc) -> None:
        stored.run_id = self.run_id
        events = self.analyse(stored)
        self.pending_old.append((stored, events))
        self._maybe_flush(set(), set())

    def _maybe_flush(self, hashes: set[str], doc_ids: set[str]) -> None:
        n = len(self.pending_new) + len(self.pending_old)
        if n >= BATCH_DOCS or time.perf_counter() - self.batch_started >= BATCH_SECONDS:
            self.flush(hashes, doc_ids)

    def flush(self, hashes: set[str], doc_ids: set[str]) -> None:
        """Commit the pending documents: one transaction per batch, one per document if the batch fails."""
        new, old = self.pending_new, self.pending_old
        self.pending_new, self.pending_old = [], []
        self.batch_started = time.perf_counter()
        if new:
            try:
                self.store.add_documents(new)
                for stored, events in new:
                    self._stored_new(stored, events)
            except Exception:  # e.g. one value the database refuses, or a hash stored meanwhile: retry singly
                for stored, events in new:
                    self._add_one(stored, events, hashes, doc_ids)
        if old:
            try:
                self.store.replace_analyses(old)
                for stored, events in old:
                    self._stored_old(stored, events)
            except Exception:
                for stored, events in old:
                    self._replace_one(stored, events)

    def _stored_new(self, stored: StoredDoc, events: list[Event]) -> None:
        stored.document.raw = None  # as the store gives documents back (the raw bytes stay in the store only)
        self.stored_new.append(stored)
        self.events_by_doc[stored.document.doc_id] = events
        self.analysed.add(stored.document.doc_id)
        self.counts["new"] += 1

    def _stored_old(self, stored: StoredDoc, events: list[Event]) -> None:
        self.events_by_doc[stored.document.doc_id] = events
        self.counts["reanalysed"] += 1

    def _add_one(self, stored: StoredDoc, events: list[Event], hashes: set[str], doc_ids: set[str]) -> None:
        doc = stored.document
        try:
            added = self.store.add_document(stored, events)
        except Exception as exc:  # e.g. a value the database refuses: rolled back, this document only
            hashes.discard(doc.content_hash)
            doc_ids.discard(doc.doc_id)
            self.reject(Rejection(doc.source_path or doc.doc_id, f"could not store: {_describe(exc)}",
                                  item=f"doc {doc.doc_id}"))
            return
        if added:
            self._stored_new(stored, events)
        else:  # another writer stored this text meanwhile
            hashes.discard(doc.content_hash)
            doc_ids.discard(doc.doc_id)
            self.counts["already_stored"] += 1

    def _replace_one(self, stored: StoredDoc, events: list[Event]) -> None:
        try:
            self.store.replace_analysis(stored, events)
        except Exception as exc:  # rolled back: the stored events stay as they were
            self.reject(Rejection(stored.document.source_path or stored.document.doc_id,
                                  f"could not store re-analysis: {_describe(exc)}", item=f"doc {stored.document.doc_id}"))
            return
        self._stored_old(stored, events)


def _ensure_hash(doc: Document) -> None:
    if not doc.content_hash:
        from hashlib import sha256

        doc.content_hash = sha256(doc.text.encode("utf-8")).hexdigest()


def run_corpus(
    inputs: Iterable[str],
    out_dir: Path,
    quiet: bool = False,
    *,
    reanalyse: bool = True,
    store_url: str | None = None,
    max_bytes: int | None = None,
    analyze: Analyzer | None = None,
) -> int:
    """Process ``inputs`` into ``out_dir``; return the exit code (0 ok, 1 some input rejected)."""
    with _FewerCollections():
        return _run_corpus(inputs, out_dir, quiet, reanalyse=reanalyse, store_url=store_url,
                           max_bytes=max_bytes, analyze=analyze)


def _run_corpus(
    inputs: Iterable[str],
    out_dir: Path,
    quiet: bool,
    *,
    reanalyse: bool,
    store_url: str | None,
    max_bytes: int | None,
    analyze: Analyzer | None,
) -> int:
    from marsad.ingest import MAX_BYTES, iter_inputs

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    inputs = [str(p) for p in inputs]
    reporter = Reporter(quiet)
    store = open_store(out_dir, store_url)
    args: dict[str, Any] = {"inputs": inputs, "out": str(out_dir), "reanalyse": reanalyse}
    run = _Run(store, reporter, analyze or _default_analyzer(), store.start_run(args))
    status = "failed"
    try:
        hashes, doc_ids = store.hashes(), store.doc_ids()
        stored_before = len(doc_ids)
        reporter.phase("ingest + analyse", None)
        try:
            for item in iter_inputs(inputs, max_bytes or MAX_BYTES):
                if isinstance(item, Rejection):
                    run.reject(item)
                    continue
                _ensure_hash(item)
                run.ingest(item, hashes, doc_ids)
                reporter.advance()
        except Exception as exc:  # a reader bug ends the input walk; what is stored is kept and exported
            run.reject(Rejection(" ".join(inputs), f"reading inputs stopped: {_describe(exc)}"))
        run.flush(hashes, doc_ids)

        if stored_before == 0 and store.count_documents() == len(run.stored_new):
            stored_docs = run.stored_new  # a new store holds just what this run wrote: no need to read it back
        else:
            stored_docs = list(store.iter_documents())
        old = [s for s in stored_docs if s.document.doc_id not in run.analysed]
        if reanalyse and old:
            reporter.phase("re-analyse stored", len(old))
            for s in old:
                run.reanalyse(s)
                reporter.advance()
            run.flush(set(), set())
            stored_docs = list(store.iter_documents())
        if reporter.started:
            reporter.phase("link incidents, write outputs", None)

        if reanalyse:
            events = [ev for s in stored_docs for ev in run.events_by_doc.get(s.document.doc_id, [])]
        else:
            fresh = {d for d in run.analysed}
            kept = [ev for ev in store.events() if ev.doc_id not in fresh]
            events = kept + [ev for d in fresh for ev in run.events_by_doc[d]]
        paths = _link_and_export(run, out_dir, stored_docs, events)
        reporter.stop()
        failed = run.counts["rejected"] or run.counts["failed_stages"]
        status = "rejected" if failed else "ok"
    finally:
        reporter.stop()
        store.finish_run(run.run_id, dict(run.counts), status)
        store.close()

    if not quiet:
        _summary(reporter, out_dir, paths, stored_docs, events, run)
    return 1 if run.counts["rejected"] or run.counts["failed_stages"] else 0


def _link_and_export(run: _Run, out_dir: Path, stored_docs: list[StoredDoc], events: list[Event]) -> list[Path]:
    from marsad.export import write_exports
    from marsad.export.writers import encode_record
    from marsad.incidents import IncidentResult, link_all
    from marsad.report import write_report

    documents = [effective_document(s) for s in stored_docs]
    by_id = {d.doc_id: d for d in documents}
    try:
        result = link_all(events, by_id)
    except Exception as exc:  # corpus-level stage: the per-document outputs are still worth writing
        run.stage_failed("incidents", f"linking failed, events are exported without incidents: {_describe(exc)}")
        for ev in events:
            ev.incident_id = None
        result = IncidentResult()
    run.store.set_incident_ids({(ev.doc_id, ev.event_id_cnty): ev.incident_id for ev in events})
    incident_rows = [encode_record(i) for i in result.incidents]  # JSON encoded once: store + export
    story_rows = [encode_record(s) for s in result.stories]
    run.store.replace_incidents_encoded(
        run.run_id,
        [(i.incident_id, t) for i, t in zip(result.incidents, incident_rows)],
        [(s.story_id, t) for s, t in zip(result.stories, story_rows)],
    )
    run.counts["documents"] = len(stored_docs)
    run.counts["events"] = len(events)
    run.counts["incidents"] = len(result.incidents)
    paths = list(write_exports(out_dir, stored_docs, events, result, incident_rows, story_rows).values())
    try:
        paths.append(write_report(out_dir, documents, events, result))
    except Exception as exc:
        run.stage_failed("report", f"could not write report.html: {_describe(exc)}")
    return paths


def _summary(reporter: Reporter, out_dir: Path, paths: list[Path], docs: list[StoredDoc], events: list[Event], run: _Run) -> None:
    c = run.counts
    by_type = Counter(ev.event_type or "(untyped)" for ev in events)
    types = ", ".join(f"{t} {n}" for t, n in by_type.most_common()) or "none"
    names = [p.name for p in paths]
    if (out_dir / "marsad.sqlite").exists():
        names.append("marsad.sqlite")
    print(f"marsad: outputs in {out_dir}/: " + " ".join(names))
    notes = []
    if c["rejected"]:
        notes.append(f"{c['rejected']} rejected")
    if c["skipped"]:
        notes.append(f"{c['skipped']} skipped")
    print(
        f"marsad: {len(docs)} documents ({c['new']} new, {c['already_stored']} already stored"
        + (", " + ", ".join(notes) if notes else "")
        + f"), {len(events)} events, {c['incidents']} incidents; events by type: {types}"
    )
