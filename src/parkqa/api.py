"""``ParkQA``: the one Python API that the CLI and the web app are thin layers over.

Everything heavy is created on first use and once per instance: the catalog (SQLite), the Chroma
client, the record manager and the embedding model. Listing reports or reading a report's text
never loads the model; removing a report never embeds anything.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from parkqa.answer import Answer, Passage
from parkqa.catalog import Catalog, ReportInfo
from parkqa.compose import InvariantError, compose, no_reports, not_found
from parkqa.config import Settings
from parkqa.embedding import LazyEmbeddings
from parkqa.indexing import Indexer, IndexResult, Progress
from parkqa.parks import ReportKey, report_key, reports_named, unknown_park
from parkqa.question import Question, analyse, is_follow_up
from parkqa.reader import Reader
from parkqa.retrieval import LexicalCache, all_chunks, hybrid_chain
from parkqa.rwlock import RWLock
from parkqa.store import collection_name, record_manager, vector_store


class ReportNotFound(KeyError):
    """No report with that source is indexed."""

    def __str__(self) -> str:
        return f"no indexed report named {self.args[0]!r}"


class ParkQA:
    """Question answering over a folder of indexed park reports.

    >>> qa = ParkQA("parkqa-store")          # doctest: +SKIP
    >>> qa.index(["reports/"])               # doctest: +SKIP
    >>> qa.ask("10月31日签约了多少个项目？")     # doctest: +SKIP
    """

    def __init__(
        self,
        store: str | os.PathLike[str] | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        if settings is not None and store is not None:
            settings = settings.with_(store=Path(store))
        self.settings = settings or Settings.from_env(store)
        # Writers (index/remove) take this lock so concurrent callers never interleave updates;
        # questions and store writes share the readers–writer lock (see rwlock.py).
        self._write_lock = threading.RLock()
        self._rw = RWLock()

    # ------------------------------------------------------------------ lazily built parts

    @cached_property
    def embeddings(self) -> LazyEmbeddings:
        return LazyEmbeddings(self.settings)

    @cached_property
    def _namespace(self) -> str:
        return f"{self.settings.chroma_url or 'local'}/{collection_name(self.settings.model)}"

    @cached_property
    def catalog(self) -> Catalog:
        return Catalog(Path(self.settings.store) / "reports.sqlite", self._namespace)

    @cached_property
    def vector_store(self):
        return vector_store(self.settings, self.embeddings)

    @cached_property
    def retriever(self):
        """The hybrid retrieval chain (LCEL runnable): ``question -> list[Passage]``."""
        lexical = LexicalCache(lambda: all_chunks(self.vector_store), self.catalog.signature)
        return hybrid_chain(self.vector_store, lexical)

    @cached_property
    def _indexer(self) -> Indexer:
        return Indexer(
            self.settings, self.catalog, self.vector_store, record_manager(self.settings), self._rw
        )

    # ------------------------------------------------------------------ reports

    def index(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        prune: bool = False,
        progress: Progress | None = None,
    ) -> IndexResult:
        """Index files and folders incrementally; ``prune`` drops reports whose files are gone."""
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        with self._write_lock:
            return self._indexer.index([Path(p) for p in paths], prune=prune, progress=progress)

    def reports(self) -> list[ReportInfo]:
        """The indexed reports, by source."""
        return self.catalog.all()

    def remove(self, source: str) -> int:
        """Remove one report from the index; returns how many chunks were deleted."""
        with self._write_lock:
            if self.catalog.get(source) is None:
                raise ReportNotFound(source)
            return self._indexer.remove(source)

    def report_text(self, source: str) -> str:
        """The cleaned text of a report: every offset in passages and citations refers to it."""
        text = self.catalog.text(source)
        if text is None:
            raise ReportNotFound(source)
        return text

    # ------------------------------------------------------------------ questions

    def retrieve(
        self, question: str, k: int = 5, sources: Iterable[str] | None = None
    ) -> list[Passage]:
        """The ``k`` best passages for the question (dense + BM25, fused), optionally only
        from the given reports."""
        if not question.strip():
            raise ValueError("the question is empty")
        if not self.catalog.all():
            return []
        query = {"question": question, "sources": sorted(sources) if sources else None}
        return self.retriever.invoke(query)[:k]

    def ask(self, question: str, history: Sequence[dict[str, str]] | None = None) -> Answer:
        """Answer a question from the indexed reports, with its verbatim value and citation.

        ``history`` is the conversation so far (``{"role": "user"|"assistant", "content"}``):
        a follow-up ("其中10亿元以上的有几个？", "and their total investment?") inherits the
        previous question's subject, report and constraints.
        """
        if not question.strip():
            raise ValueError("the question is empty")
        with self._rw.read():  # never between a report's new chunks and its catalog text
            return self._ask(question, history)

    def _ask(self, question: str, history: Sequence[dict[str, str]] | None) -> Answer:
        reports = self.catalog.all()
        if not reports:
            return no_reports(analyse(question))
        keys = [report_key(r.source, r.title) for r in reports]
        sources = reports_named(question, keys)
        if not sources and unknown_park(question, self.catalog.texts):
            return not_found(analyse(question), [])
        analysed = _analyse_without_parks(question, keys, sources)
        query = question
        previous = _previous_question(history)
        if previous and is_follow_up(analysed, names_a_report=bool(sources)):
            sources = sources or reports_named(previous, keys)
            analysed = analysed.merged_with(_analyse_without_parks(previous, keys, sources))
            query = f"{previous} {question}"
        # Words that name the chosen report (park name, title) select it; they say nothing
        # about which sentence holds the answer.
        analysed = analysed.without_words_of([k.title for k in keys if k.source in sources])
        passages = self.retrieve(query, k=8, sources=sources or None)
        reading = self.reader.read(
            analysed,
            passages,
            allowed=sources or None,
            report_years={k.source: k.year for k in keys},
        )
        shown = passages[:5]
        if reading is None:
            return not_found(analysed, shown)
        try:
            return compose(analysed, reading, shown, self.report_text)
        except InvariantError:
            return not_found(analysed, shown)

    @cached_property
    def reader(self) -> Reader:
        return Reader(self.report_text)

    def close(self) -> None:
        if "catalog" in self.__dict__:
            self.catalog.close()


def _previous_question(history: Sequence[dict[str, str]] | None) -> str | None:
    """The last user turn of the conversation, if any."""
    for turn in reversed(history or []):
        if turn.get("role") == "user" and str(turn.get("content", "")).strip():
            return str(turn["content"])
    return None


def _analyse_without_parks(question: str, keys: list[ReportKey], sources: set[str]) -> Question:
    """Analyse the question with the names of the reports it chose removed from its words."""
    text = question
    for key in keys:
        if key.source in sources:
            text = key.strip_from(text)
    analysed = analyse(text)
    return replace(analysed, text=question)
