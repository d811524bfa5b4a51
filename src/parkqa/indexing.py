"""Incremental indexing: files → load → clean → chunk → LangChain ``index()`` into Chroma.

Why whole reports per ``index()`` call: a file that fails to load never reaches the index (its
previous version, if any, stays searchable). Unchanged files are recognised by the hash of their
bytes and not even parsed again; unchanged chunks of a changed report are recognised by the
record manager and not embedded again.

The order of writes is what makes a crash harmless (``consistency.py`` names the states):

1. the new chunks are added to Chroma and the record manager (nothing deleted yet);
2. the catalog row, text and facts are committed in one SQLite transaction: from here on
   questions read the new version (retrieval drops chunks whose text is not the catalog's);
3. the old version's chunks (record-manager keys not refreshed by step 1) are deleted.

A removal forgets the report in the catalog first (leaving a mark), then deletes its chunks,
then the mark. Each run starts by finishing marks and by comparing counts; when they disagree
the full check runs and its repairs (missing chunks re-embedded from the report's file).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Sequence, Set
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.documents import Document
from langchain_core.indexing import index as langchain_index

from parkqa.answer.fact import facts_json
from parkqa.answer.facts import FACTS_VERSION, ReportMeta, extract_facts, published_year
from parkqa.catalog import DETAILS_VERSION, Catalog, Details
from parkqa.config import Settings
from parkqa.consistency import (
    CheckResult,
    delete_chunks,
    delete_ids,
    finish_removal,
    inspect,
    looks_consistent,
    repair,
    source_ids,
)
from parkqa.faults import crash_point
from parkqa.ingest.chunking import chunk_report
from parkqa.ingest.cleaning import CleanReport, clean
from parkqa.ingest.details import ReportDetails, details_of
from parkqa.ingest.dispatch import LoadedReport, LoadError, discover, load
from parkqa.ingest.worker import LimitedLoader
from parkqa.messages import t
from parkqa.parks import member_parks, report_key
from parkqa.rwlock import RWLock

#: Bumped whenever cleaning or chunking changes what a file turns into.
PIPELINE_VERSION = 2  # 2: titles are the line naming the document

Progress = Callable[[int, int, str], None]


@dataclass
class Failure:
    """A file that could not be indexed, and why (``error`` in English; :meth:`text` in a page
    language)."""

    path: str
    error: str
    key: str = ""
    fields: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, path: str, key: str, **fields: Any) -> Failure:
        return cls(path, t(key, "en", **fields), key, fields)

    def text(self, lang: str) -> str:
        return t(self.key, lang, **self.fields) if self.key else self.error

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error}


@dataclass
class IndexResult:
    """Counts of reports (files), plus chunk counts and timing for benchmarks."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: int = 0
    failed: list[Failure] = field(default_factory=list)
    chunks_added: int = 0
    chunks_deleted: int = 0
    seconds: float = 0.0
    #: What the check at the start of the run found and repaired (one line per problem).
    repaired: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": self.skipped,
            "failed": [f.to_dict() for f in self.failed],
            "repaired": self.repaired,
        }


@dataclass
class _Prepared:
    """One changed report, loaded and chunked, waiting to be written."""

    path: Path
    source: str
    resolved: str
    title: str
    format: str
    sha256: str
    text: str
    docs: list[Document]
    known: bool
    #: What the catalog keeps beside the text (pages, OCR, publication date): a JSON object.
    details: str


def _file_progress(
    progress: Progress | None, done: int, total: int, source: str
) -> Callable[[str], None] | None:
    """What a slow reader reports (``OCR page 3/20``), shown as this file's progress."""
    if progress is None:
        return None
    return lambda message: progress(done, total, f"{source} · {message}")


def details_json(loaded: LoadedReport, cleaned: CleanReport, read: ReportDetails) -> str:
    """The report's details the catalog keeps beside its text: where its pages start in the
    cleaned text, which pages came from OCR, the publication date and issuing body it states,
    and its park(s), year and period as read (a user's corrections are kept apart)."""
    return Details(
        pages=cleaned.pages,
        ocr_pages=tuple(loaded.ocr_pages),
        published=read.published,
        publisher=loaded.publisher,
        park=read.park,
        parks=read.parks,
        year=read.year,
        months=read.months,
        version=DETAILS_VERSION,
        facts_version=FACTS_VERSION,
    ).to_json()


def report_facts(source: str, title: str, text: str, details: Details) -> str:
    """The facts of a report as the catalog stores them, read with the year and period its
    details give (a store written before details had them: read from the title)."""
    members = member_parks(details.parks, details.park)
    own = report_key(source, title, details.park) if details.park else None
    parks = tuple(n for n in (own.name, own.short) if n) if own else ()
    meta = (
        ReportMeta(
            details.year,
            details.months,
            parks=parks,
            members=members,
            published=published_year(details.published),
        )
        if details.version
        else None
    )
    return facts_json(extract_facts(source, title, text, details.published, meta))


def config_key(settings: Settings) -> str:
    """Identifies everything besides the file's bytes that decides its chunks and vectors."""
    parts = (
        PIPELINE_VERSION,
        FACTS_VERSION,
        settings.model,
        settings.chunk_chars,
        settings.chunk_overlap_sentences,
    )
    raw = "|".join(map(str, parts))
    return hashlib.sha1(raw.encode()).hexdigest()[:12]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Indexer:
    """Writes reports into the vector store, record manager and catalog, keeping them in step."""

    def __init__(
        self,
        settings: Settings,
        catalog: Catalog,
        vector_store,
        record_manager,
        lock: RWLock | None = None,
    ) -> None:
        self.settings = settings
        self.catalog = catalog
        self.vector_store = vector_store
        self.record_manager = record_manager
        self.lock = lock or RWLock()
        self._loader = LimitedLoader(settings.file_seconds)

    def close(self) -> None:
        self._loader.close()

    def index(
        self,
        paths: Iterable[str | Path],
        *,
        prune: bool = False,
        progress: Progress | None = None,
    ) -> IndexResult:
        started = time.perf_counter()
        result = IndexResult()
        files, skipped = discover(Path(p) for p in paths)
        result.skipped = len(skipped)
        listed = {source for _, source in files}
        force = self._heal(result, listed)
        # Reports the repair needs re-embedded that this run was not asked about.
        files += self._catalog_files(force - listed)
        self._index_files(files, force, result, progress)
        if prune:
            for info in self.catalog.all():
                if not Path(info.path).exists():
                    result.chunks_deleted += self.remove(info.source)
                    result.removed += 1
        result.seconds = time.perf_counter() - started
        return result

    def _index_files(
        self,
        files: list[tuple[Path, str]],
        force: set[str],
        result: IndexResult,
        progress: Progress | None,
    ) -> None:
        key = config_key(self.settings)
        group: list[_Prepared] = []
        # Group k is written to the stores (one thread) while group k + 1 is loaded and
        # embedded: the writes (Chroma's HNSW, SQLite, tokens) are a third of indexing's time
        # at 10,000 reports, and ONNX Runtime releases the GIL while it embeds. One write at a
        # time, in order, so the crash-safe order of each group's writes is unchanged.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="parkqa-write") as writer:
            writing: Future[None] | None = None
            for done, (path, source) in enumerate(files):
                if progress:
                    progress(done, len(files), source)
                step = _file_progress(progress, done, len(files), source)
                try:
                    prepared = self._prepare(path, source, key, result, source in force, step)
                except LoadError as exc:
                    result.failed.append(Failure.of(str(path), exc.key, **exc.fields))
                    continue
                except OSError as exc:  # unreadable (permissions, vanished): this file only
                    reason = exc.strerror or type(exc).__name__
                    result.failed.append(Failure.of(str(path), "index.unreadable", reason=reason))
                    continue
                if prepared is not None:
                    group.append(prepared)
                if sum(len(p.docs) for p in group) >= self.settings.index_group_chunks:
                    writing = self._write(group, result, writer, writing)
                    group = []
            writing = self._write(group, result, writer, writing)
            if writing is not None:
                writing.result()
        if progress:
            progress(len(files), len(files), "")

    def check(self, repair_it: bool = False) -> tuple[CheckResult, IndexResult | None]:
        """The full consistency check; with ``repair_it`` also the repairs, re-embedding what
        is missing from the reports' files."""
        found = inspect(self.catalog, self.vector_store, self.record_manager)
        if not repair_it or found.ok:
            return found, None
        result = IndexResult()
        force = self._repair(found, result)
        self._index_files(self._catalog_files(force), force, result, None)
        return found, result

    def _heal(self, result: IndexResult, listed: Set[str]) -> set[str]:
        """What every run starts with: when the cheap check fails, the full check and its
        repairs. Returns the reports whose chunks must be written again."""
        if looks_consistent(self.catalog, self.vector_store, self.record_manager):
            return set()
        found = inspect(self.catalog, self.vector_store, self.record_manager)
        return set() if found.ok else self._repair(found, result, listed)

    def _repair(
        self, found: CheckResult, result: IndexResult, listed: Set[str] = frozenset()
    ) -> set[str]:
        """Repair what the check found; returns the reports to re-embed from their files.

        A report whose file is gone (moved, on an unmounted drive) and is not being indexed
        from a new place (``listed``) cannot be re-embedded: it stays listed, with the chunks it
        still has, and every run says so until it is indexed again or removed. Its text and
        facts are never thrown away by a repair."""
        result.repaired = found.problems()
        with self.lock.write():
            force = set(repair(self.catalog, self.vector_store, self.record_manager, found))
        for source in sorted(force):
            info = self.catalog.get(source)
            if info is not None and source not in listed and not Path(info.path).is_file():
                force.discard(source)
                result.failed.append(Failure.of(info.path, "index.gone", source=source))
        return force

    def _catalog_files(self, sources: Iterable[str]) -> list[tuple[Path, str]]:
        """``(file, source)`` of indexed reports, from where the catalog says their files are."""
        return [
            (Path(info.path), info.source)
            for source in sorted(sources)
            if (info := self.catalog.get(source)) is not None
        ]

    def _prepare(
        self,
        path: Path,
        source: str,
        key: str,
        result: IndexResult,
        force: bool = False,
        step: Callable[[str], None] | None = None,
    ) -> _Prepared | None:
        """Load, clean and chunk one file; ``None`` when its bytes and settings are unchanged
        (and ``force`` is not set: the repair found its chunks missing)."""
        known = self.catalog.get(source)
        resolved = os.path.realpath(path)  # never raises, even on a symlink loop
        if (
            known is not None
            and not force
            and known.config_key == key
            and known.file_sha256 == file_sha256(path)
        ):
            if known.path != resolved:  # same bytes under a moved folder: just remember where
                text = self.catalog.text(source) or ""
                self._remember(
                    source,
                    resolved,
                    known.title,
                    known.format,
                    known.file_sha256,
                    known.chunks,
                    text,
                    self.catalog.details(source),
                )
            result.unchanged += 1
            return None
        loaded = (
            self._loader.load(path, self.settings.max_file_bytes, step)
            if self.settings.file_seconds > 0
            else load(path, self.settings.max_file_bytes, step)
        )
        cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
        read = details_of(source, loaded, cleaned)
        title = read.title or path.stem
        docs = chunk_report(
            cleaned,
            source=source,
            title=title,
            fmt=loaded.format,
            max_chars=self.settings.chunk_chars,
            overlap=self.settings.chunk_overlap_sentences,
        )
        if len(docs) > self.settings.max_chunks_per_report:
            raise LoadError(
                "load.too_many_chunks", n=len(docs), limit=self.settings.max_chunks_per_report
            )
        return _Prepared(
            path,
            source,
            resolved,
            title,
            loaded.format,
            loaded.sha256,
            cleaned.text,
            docs,
            known is not None,
            details_json(loaded, cleaned, read),
        )

    def _write(
        self,
        group: list[_Prepared],
        result: IndexResult,
        writer: ThreadPoolExecutor,
        writing: Future[None] | None,
    ) -> Future[None] | None:
        """Embed a group of whole reports, then index them in one ``index()`` call on the
        ``writer`` thread, once the ``writing`` before it has finished. Returns the write in
        progress.

        ``scoped_full`` cleanup runs after all of the group's chunks are written and deletes, for
        each report in the group, the chunks this run did not produce: a changed report's old
        text. Grouping lets the model embed many reports' chunks in one length-sorted call, which
        per-report calls cannot (measured: see docs/benchmarks.md).
        """
        if not group:
            return writing
        try:
            texts = self._embed_ahead(group)
        except Exception as exc:
            for p in group:
                result.failed.append(Failure.of(str(p.path), "index.embedding", error=str(exc)))
            return writing
        if writing is not None:
            writing.result()  # its errors are the caller's, as they were before the pipeline
        return writer.submit(self._write_locked, group, result, texts)

    def _embed_ahead(self, group: list[_Prepared]) -> list[str]:
        """Embed the group's new chunk texts before taking the write lock, so that questions
        wait only for the store writes, not for the model. Returns the texts embedded."""
        embeddings = getattr(self.vector_store, "embeddings", None)
        if embeddings is None or not hasattr(embeddings, "remember"):
            return []
        sources = [p.source for p in group]
        known = set(
            self.vector_store.get(where={"source": {"$in": sources}}, include=["documents"])[
                "documents"
            ]
        )
        texts = list(dict.fromkeys(d.page_content for p in group for d in p.docs))
        new = [t for t in texts if t not in known]
        if new:
            embeddings.remember(new, embeddings.embed_documents(new))
        return new

    def _write_locked(
        self, group: list[_Prepared], result: IndexResult, embedded: Sequence[str]
    ) -> None:
        """Add, commit, then delete the old: see the module docstring for why this order.
        ``embedded``: the texts ``_embed_ahead`` embedded for this group (forgotten after)."""
        with self.lock.write():
            self._write_group(group, result, embedded)

    def _write_group(
        self, group: list[_Prepared], result: IndexResult, embedded: Sequence[str]
    ) -> None:
        before = {p.source: set(self.record_manager.list_keys(group_ids=[p.source])) for p in group}
        started = self.record_manager.get_time()
        try:
            outcome = langchain_index(
                [doc for p in group for doc in p.docs],
                self.record_manager,
                self.vector_store,
                cleanup=None,
                source_id_key="source",
                batch_size=self.settings.index_group_chunks,
                key_encoder="sha256",
            )
        except Exception as exc:  # the store failed: these reports keep their previous state
            for p in group:
                result.failed.append(Failure.of(str(p.path), "index.failed", error=str(exc)))
            return
        finally:
            embeddings = getattr(self.vector_store, "embeddings", None)
            if embeddings is not None and hasattr(embeddings, "forget"):
                embeddings.forget(embedded)
        result.chunks_added += outcome["num_added"]
        crash_point("index:after-vectors")
        for p in group:
            try:
                self._commit(p, started, before[p.source], result)
            except Exception as exc:  # the catalog or the store failed mid-way: the next run's
                # check finds and repairs whatever state this left
                result.failed.append(Failure.of(str(p.path), "index.write", error=str(exc)))
        self.catalog.touch()  # other processes: rebuild BM25 without the deleted chunks

    def _commit(self, p: _Prepared, started: float, before: set[str], result: IndexResult) -> None:
        """Commit one report's catalog row, then delete its previous version's chunks."""
        self._remember(
            p.source, p.resolved, p.title, p.format, p.sha256, len(p.docs), p.text, p.details
        )
        crash_point("index:after-catalog")
        old = self.record_manager.list_keys(group_ids=[p.source], before=started)
        delete_ids(self.vector_store, self.record_manager, old)
        result.chunks_deleted += len(old)
        after = set(self.record_manager.list_keys(group_ids=[p.source]))
        if not p.known:
            result.added += 1
        elif after != before:
            result.updated += 1
        else:
            result.unchanged += 1  # new bytes, same text (e.g. re-saved): nothing embedded

    def _remember(
        self,
        source: str,
        path: str,
        title: str,
        fmt: str,
        sha: str,
        chunks: int,
        text: str,
        details: str | None,
    ) -> None:
        self.catalog.put(
            source=source,
            path=path,
            title=title,
            fmt=fmt,
            file_sha256=sha,
            config_key=config_key(self.settings),
            chunks=chunks,
            text=text,
            facts=report_facts(
                source,
                title,
                text,
                Details.from_json(details).corrected_by(self.catalog.corrections(source)),
            ),
            details=details,
        )

    def remove(self, source: str) -> int:
        """Forget a report, then delete its chunks; returns the number of chunks deleted.

        The catalog forgets first (and marks the removal): a crash after that leaves no listed
        report without chunks, only a mark the next run finishes.
        """
        with self.lock.write():
            self.catalog.mark_removed(source)
            crash_point("remove:after-catalog")
            ids = source_ids(self.vector_store, source)
            delete_chunks(self.vector_store, ids)
            crash_point("remove:after-vectors")
            finish_removal(self.catalog, self.vector_store, self.record_manager, source)
            self.catalog.touch()
            return len(ids)
