"""What ``ask`` returns: the answer, its verbatim value, and where in which report it was read."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    """A sentence of a report: ``report_text(source)[start:end] == quote``."""

    source: str
    title: str
    quote: str
    start: int
    end: int
    #: Where the answer's value is, in report-text coordinates (inside ``start:end``): every
    #: view highlights exactly this span, never the first occurrence of the value's text.
    value_start: int | None = None
    value_end: int | None = None
    #: The page the sentence starts on (1-based), ``None`` for formats without pages.
    page: int | None = None
    #: The sentence was read from a scan by OCR: it may hold recognition errors.
    ocr: bool = False

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its place in the cleaned report text and its retrieval score."""

    source: str
    title: str
    text: str
    start: int
    end: int
    section: str
    #: Fused retrieval score (reciprocal rank fusion), and each retriever's own score
    #: when that retriever found the passage.
    score: float
    dense: float | None = None
    lexical: float | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class RelatedFigure:
    """A figure shown beside a refusal: what the reports do say near the question (its
    indicator and measure, its value, the sentence it is in)."""

    indicator: str
    measure: str
    value: str
    source: str
    title: str
    quote: str
    start: int
    end: int
    value_start: int
    value_end: int
    period: str
    year: int | None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class Answer:
    question: str
    answer: str
    value: str | None = None
    found: bool = False
    citations: list[Citation] = field(default_factory=list)
    #: The passages retrieval returned, best first (what the reader read).
    passages: list[Passage] = field(default_factory=list)
    #: True when the reader found a value but the citation invariant rejected it: the answer is
    #: a refusal, and evaluation counts these (a violation must never be silently shown).
    suppressed: bool = False
    #: For a question naming a park no report is about: the parks that are indexed.
    indexed_parks: list[str] = field(default_factory=list)
    #: How the answer was read: ``fact`` (a linked figure matching the question's indicator
    #: and measure), ``ranked`` (a figure chosen by the ranker for a question that names no
    #: indicator the ontology knows), ``order`` (the top or bottom of a set), ``span`` (a name,
    #: list or phrase from a sentence); "" for a refusal.
    method: str = ""
    #: The reader's confidence in the answer (the ranker's probability; 1.0 for a set's
    #: computed top), ``None`` for a refusal.
    confidence: float | None = None
    #: For a refusal of a figure question: the nearest figures of the park and period asked
    #: about (never an answer: the user reads them and decides).
    related: list[RelatedFigure] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "question": self.question,
            "answer": self.answer,
            "value": self.value,
            "found": self.found,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [p.to_dict() for p in self.passages],
            "indexed_parks": self.indexed_parks,
            "method": self.method,
            "confidence": self.confidence,
            "related": [r.to_dict() for r in self.related],
        }
