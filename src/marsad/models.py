"""Plain dataclasses passed between pipeline stages.

Every stage reads and writes these and nothing else, so a stage can be run on its own, in another
process (Dask) or against another store without knowing who produced its input.

Offsets. Two coordinate systems exist and every mention carries both:
- *original* offsets (``orig_start``/``orig_end``) index ``Document.text``, the decoded article exactly
  as received. These are what the outputs publish (evidence_start, evidence_end, spans).
- *matching* offsets (``start``/``end``) index ``AnalyzedDoc.norm.text``, the cleaned, normalised
  matching form the recognisers scan. They are only meaningful inside one run.
``AnalyzedDoc.orig_span`` converts the second into the first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from marsad.text.view import TextView


@dataclass
class Document:
    """One article as ingested. ``text`` is never modified after decoding."""

    doc_id: str
    text: str
    source_path: str = ""
    raw: bytes | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) from metadata only
    outlet: str | None = None
    site_name: str | None = None
    links: list[str] = field(default_factory=list)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    content_hash: str = ""


@dataclass
class Rejection:
    """An input (or part of one) that could not be used: reported, never fatal to the run."""

    path: str
    reason: str
    item: str | None = None  # e.g. "line 7" of a JSONL file, "entry 3" of a feed
    severity: str = "error"  # error (counts for exit code 1) | skipped (a note, e.g. not Arabic)


@dataclass(slots=True)
class Sentence:
    start: int  # matching offsets
    end: int
    clauses: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = 0


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation-delimited word of the matching form with its clitic readings.

    ``readings`` lists (prefix, stem) pairs, the unsplit reading ("", text) first; stem offsets are
    ``start + len(prefix)``.
    """

    text: str
    start: int
    end: int
    readings: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    start: int  # matching offsets
    end: int
    orig_start: int  # original offsets into Document.text
    orig_end: int
    surface: str  # original text of the span


@dataclass(slots=True)
class PlaceMention(Mention):
    place_id: str = ""  # P-code where there is one, else a gazetteer id
    name_ar: str = ""
    name_en: str = ""
    kind: str = ""  # governorate|district|subdistrict|city|town|village|neighbourhood|camp|landmark|area|country
    country: str = "Syria"
    iso: int = 760
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    admin1_pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 1
    confidence: float = 0.0
    reason: str = ""
    cue: str | None = None  # place-type word seen before the name (مدينة، بلدة، حي …)
    relation: str | None = None  # e.g. "north-west of", "countryside of (east)"
    anchor_id: str | None = None  # the place the relation is anchored to
    parent_id: str | None = None


@dataclass(slots=True)
class ActorMention(Mention):
    actor_id: str = ""  # canonical key in the actor dictionary
    name: str = ""  # ACLED-style name, e.g. "Military Forces of Syria (2000-)"
    inter: int | None = None  # ACLED inter code 1-8
    subunit: str | None = None  # e.g. "4th Division"
    loaded: bool = False  # partisan / loaded term (framing view)
    group: str = ""  # state|rebel|militia|identity|rioters|protesters|civilians|external


@dataclass(slots=True)
class DateMention(Mention):
    date: str | None = None  # ISO date the expression resolves to, None when unresolved
    precision: int | None = None  # ACLED time_precision: 1 day, 2 week, 3 month
    tolerance_days: int = 0
    kind: str = ""  # absolute|relative|weekday|night|vague|year
    background: bool = False  # refers to the past context ("عام 2018", "منذ حزيران الماضي")
    note: str = ""


@dataclass
class PubDate:
    """The article's publication date and how it was found."""

    date: str | None = None
    precision: int | None = None
    source: str = "unknown"  # metadata|text|url|tweet-id|weekday|unknown
    evidence: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)


@dataclass(slots=True)
class NumberMention(Mention):
    value: int | None = None  # None for vague quantities
    vague: str | None = None  # e.g. "عشرات" when the count is vague
    noun: str | None = None  # the counted noun, in matching form
    role: str = "count"  # killed|wounded|captured|count
    civilian: bool | None = None
    at_least: bool = False
    name: str | None = None  # the named person, when the count is one named individual (counted once)


@dataclass(slots=True)
class TriggerMention(Mention):
    trigger_id: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    lemma: str = ""
    cues: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ModalityMention(Mention):
    kind: str = ""  # attribution|claim|denial|threat|plan|negotiation|negation|failure|background
    who: str | None = None  # the source or party, when named


@dataclass
class Event:
    """One ACLED-style record. Field names follow ACLED's columns where ACLED has one."""

    doc_id: str
    event_id_cnty: str = ""
    event_date: str | None = None
    year: int | None = None
    time_precision: int | None = None
    disorder_type: str = ""
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int | None = None
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str = ""
    iso: int = 760
    region: str = "Middle East"
    country: str = "Syria"
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    tags: str = ""
    timestamp: int = 0
    # marsad's own
    location_ar: str = ""
    evidence_ar: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    incident_id: str | None = None
    disputed: bool = False
    confidence: float = 0.0
    # detail kept for incidents, the report and debugging (exported to JSON, not to the ACLED CSV)
    place_id: str | None = None
    date_tolerance_days: int = 0
    disputed_by: list[str] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # [{text, start, end}]
    actor_terms: list[dict[str, Any]] = field(default_factory=list)  # [{actor, term, loaded}]
    wounded: int | None = None
    fatalities_known: bool = False
    fatalities_note: str = ""


@dataclass
class AnalyzedDoc:
    """The one object every recognition component reads and extends (cf. spaCy's Doc)."""

    document: Document
    clean: TextView  # prose with URLs, shortcodes and trailers removed; offsets into document.text
    norm: TextView  # matching form of ``clean``; offsets into document.text
    links: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    outlet_hint: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    pub_date: PubDate = field(default_factory=PubDate)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    triggers: list[TriggerMention] = field(default_factory=list)
    modality: list[ModalityMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @cached_property
    def tokens(self) -> list[Token]:
        """Words of the matching form with their clitic readings, built on first read.

        Lazy because the recognisers scan the matching form with their own automata and none
        needs the tokens on the hot path; building them for every document cost ~5% of analysis.
        """
        from marsad.text.tokens import tokenize_text

        return tokenize_text(self.norm.text)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the matching-form span [start, end)."""
        return self.norm.orig_span(start, end)

    def surface(self, start: int, end: int) -> str:
        a, b = self.orig_span(start, end)
        return self.document.text[a:b]

    def sentence_at(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None


@dataclass
class SourceClaim:
    """What one article says about an incident."""

    doc_id: str
    event_id: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    fatalities: int | None = None
    actors: list[str] = field(default_factory=list)
    sub_event_type: str = ""
    fatalities_note: str = ""  # how the source's figure was read, e.g. "vague count (عشرات) coded as 12"
    evidence_ar: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    attribution: list[str] = field(default_factory=list)
    disputed_by: list[str] = field(default_factory=list)


@dataclass
class Incident:
    """One real-world happening, with every source's claim about it."""

    incident_id: str
    event_date: str | None = None
    time_precision: int | None = None
    event_type: str = ""
    sub_event_type: str = ""
    location: str = ""
    location_ar: str = ""
    place_id: str | None = None
    admin1: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actors: list[str] = field(default_factory=list)
    fatalities: int = 0
    fatalities_rule: str = ""
    sources: list[SourceClaim] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    disputed: bool = False
    disputed_by: list[str] = field(default_factory=list)
    summary_en: str = ""


@dataclass
class Story:
    """Articles about the same story."""

    story_id: str
    doc_ids: list[str] = field(default_factory=list)
    incident_ids: list[str] = field(default_factory=list)
    label: str = ""
