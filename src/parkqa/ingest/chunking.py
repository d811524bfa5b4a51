"""Split a cleaned report into sentences and overlapping chunks, with offsets.

Why our own splitter: Chinese sentences end at ``。！？；`` with no space after them, decimal points
must not end a sentence (``33.77亿元``), and a chunk boundary must never separate a number from its
unit. Chunks are whole sentences of one block (paragraph or table), up to ``chunk_chars``
characters, each repeating the last ``overlap`` sentences of the one before, so a fact that
straddles two sentences is still seen whole by one chunk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from langchain_core.documents import Document

from parkqa.ingest.cleaning import CLOSERS, SENTENCE_END, CleanReport

_SENTENCE = re.compile(rf"[^{SENTENCE_END}\n]*(?:[{SENTENCE_END}]+[{CLOSERS}]*|\n|$)")
_CLAUSE_END = "，,、：:"


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as offsets into ``text``, surrounding spaces excluded."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for match in _SENTENCE.finditer(text, start, end):
        s, e = match.start(), match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def _safe_cut(text: str, start: int, limit: int) -> int:
    """A cut position ≤ ``limit`` that is not inside a number or between a number and its unit."""
    cut = limit
    while (
        cut > start + 1
        and (text[cut - 1].isdigit() or text[cut - 1] in ".%")
        and (text[cut].isdigit() or text[cut] in ".%" or not text[cut].isascii())
    ):
        cut -= 1
    return cut if cut > start + 1 else limit


def _pieces(text: str, span: Span, max_chars: int) -> Iterator[Span]:
    """Break an over-long sentence at clause marks (``，、：``), else at a safe character."""
    start = span.start
    while span.end - start > max_chars:
        window_end = start + max_chars
        cut = max(
            (i + 1 for i in range(start, window_end) if text[i] in _CLAUSE_END),
            default=None,
        )
        if cut is None or cut - start < max_chars // 3:
            cut = _safe_cut(text, start, window_end)
        yield Span(start, cut)
        start = cut
    if span.end > start:
        yield Span(start, span.end)


def chunk_spans(text: str, start: int, end: int, max_chars: int, overlap: int) -> list[Span]:
    """Group the sentences of ``text[start:end]`` into overlapping chunks of whole sentences."""
    units: list[Span] = []
    for sentence in sentence_spans(text, start, end):
        units.extend(_pieces(text, sentence, max_chars))
    chunks: list[Span] = []
    i = 0
    while i < len(units):
        j = i + 1
        while j < len(units) and units[j].end - units[i].start <= max_chars:
            j += 1
        chunks.append(Span(units[i].start, units[j - 1].end))
        if j >= len(units):
            break
        # Step back ``overlap`` sentences, but always make progress.
        i = max(j - overlap, i + 1)
    return chunks


def chunk_report(
    report: CleanReport,
    *,
    source: str,
    title: str,
    fmt: str,
    max_chars: int = 120,
    overlap: int = 1,
) -> list[Document]:
    """LangChain documents for one report: ``page_content`` is exactly ``text[start:end]``."""
    docs: list[Document] = []
    has_body = any(block.kind != "heading" for block in report.blocks)
    for block in report.blocks:
        if block.kind == "heading" and has_body:
            continue  # headings are carried as each chunk's ``section``
        for span in chunk_spans(report.text, block.start, block.end, max_chars, overlap):
            docs.append(
                Document(
                    page_content=report.text[span.start : span.end],
                    metadata={
                        "source": source,
                        "title": title,
                        "format": fmt,
                        "section": block.heading or "",
                        "start": span.start,
                        "end": span.end,
                        "chunk": len(docs),
                    },
                )
            )
    return docs
