"""The report catalog: one row per indexed report, with its cleaned text.

Why: citations carry offsets into the cleaned text, so that text must be kept exactly as it was
chunked; listing reports, checking whether a file changed (by its bytes' hash) and pruning
reports whose files are gone must not need the vector store or the model.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from parkqa.ingest.cleaning import page_at

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    namespace   TEXT NOT NULL,
    source      TEXT NOT NULL,
    path        TEXT NOT NULL,
    title       TEXT NOT NULL,
    format      TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    config_key  TEXT NOT NULL,
    chunks      INTEGER NOT NULL,
    indexed_at  TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (namespace, source)
)
"""
#: A report's facts (``parkqa.answer.facts``), as one JSON list, written in the same transaction
#: as its catalog row so the two can never disagree.
_FACTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS facts (
    namespace   TEXT NOT NULL,
    source      TEXT NOT NULL,
    facts       TEXT NOT NULL,
    PRIMARY KEY (namespace, source)
)
"""
#: A report's details beside its text (``indexing.details_json``: page starts, OCR pages,
#: publication date and issuing body), one JSON object, written with its catalog row.
_DETAILS_SCHEMA = """
CREATE TABLE IF NOT EXISTS details (
    namespace   TEXT NOT NULL,
    source      TEXT NOT NULL,
    details     TEXT NOT NULL,
    PRIMARY KEY (namespace, source)
)
"""
#: Reports being removed: the catalog forgets a report (and marks it here) in one transaction
#: *before* its chunks are deleted, so a crash in between leaves a mark that the next writer
#: finishes, never a listed report with no chunks.
_REMOVALS_SCHEMA = """
CREATE TABLE IF NOT EXISTS removals (
    namespace   TEXT NOT NULL,
    source      TEXT NOT NULL,
    PRIMARY KEY (namespace, source)
)
"""


#: What a user corrected of a report's details (park, title, year, period): one JSON object per
#: report, kept apart from the details read from the file so that re-indexing a changed file
#: reads its details afresh and applies the corrections again. Forgotten with the report.
_CORRECTIONS_SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    namespace   TEXT NOT NULL,
    source      TEXT NOT NULL,
    fields      TEXT NOT NULL,
    PRIMARY KEY (namespace, source)
)
"""


#: One counter per namespace, bumped in the same transaction as every change of the reports:
#: what "has anything changed?" asks once per retrieved chunk, so it must be one tiny row, and it
#: sees other processes' writes too.
#: Which embedding backend made the store's vectors (``torch``, ``onnx``, ``onnx-int8``), or
#: ``reembedding:<backend>`` while ``parkqa reembed`` replaces them (a crash leaves that mark).
_EMBEDDING_SCHEMA = """
CREATE TABLE IF NOT EXISTS embedding (
    namespace   TEXT PRIMARY KEY,
    backend     TEXT NOT NULL
)
"""
#: Which reports contain a string ("does any report name 北湖数字经济产业园?"): a trigram
#: full-text index over the reports' texts (external content: the text is stored once), kept in
#: step by triggers in the same transactions as the rows. A lookup takes well under a
#: millisecond at 10,000 reports, where scanning the texts in Python took 5–10 ms per name.
_TEXT_INDEX_SCHEMA = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS report_text USING fts5(text, content='reports', "
    "content_rowid='rowid', tokenize='trigram case_sensitive 1')",
    "CREATE TRIGGER IF NOT EXISTS report_text_insert AFTER INSERT ON reports BEGIN "
    "INSERT INTO report_text(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS report_text_delete AFTER DELETE ON reports BEGIN "
    "INSERT INTO report_text(report_text, rowid, text) VALUES ('delete', old.rowid, old.text); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS report_text_update AFTER UPDATE OF text ON reports BEGIN "
    "INSERT INTO report_text(report_text, rowid, text) VALUES ('delete', old.rowid, old.text); "
    "INSERT INTO report_text(rowid, text) VALUES (new.rowid, new.text); END",
]
#: Strings shorter than a trigram are looked for by scanning the texts (in SQLite, in C).
_TRIGRAM = 3
_VERSION_SCHEMA = """
CREATE TABLE IF NOT EXISTS version (
    namespace   TEXT PRIMARY KEY,
    version     INTEGER NOT NULL
)
"""


#: Version of the details read at index time: a store's reports with an older one are read
#: again from the catalog's own texts when it is opened (no file, no embedding needed).
DETAILS_VERSION = 1


@dataclass(frozen=True)
class Details:
    """What the catalog keeps about a report beside its text: where its pages start in the
    cleaned text (none for formats without pages), which pages were read by OCR, and the
    publication date and issuing body its web page states."""

    pages: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    published: str | None = None
    publisher: str | None = None
    #: The report's park and the other parks it reports on, its year and period, as read from
    #: the document and its file (:mod:`parkqa.ingest.details`) or corrected by a user.
    park: str | None = None
    parks: tuple[str, ...] = ()
    year: int | None = None
    months: tuple[int, int] | None = None
    #: Which of title, park, year, months a user set (``parkqa details``, the Reports tab):
    #: filled in when the catalog reads the details, never stored with them.
    corrected: tuple[str, ...] = ()
    #: 0: details written before parks, years and periods were read at index time (their
    #: reader falls back on the title); see :data:`DETAILS_VERSION`.
    version: int = 0
    #: The facts' version (``parkqa.answer.facts.FACTS_VERSION``) of the stored facts: older
    #: ones are read again from the catalog's text when the store is opened.
    facts_version: int = 0

    @property
    def ocr(self) -> bool:
        return bool(self.ocr_pages)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding this offset of the cleaned text, or ``None``."""
        return page_at(self.pages, offset)

    def ocr_at(self, offset: int) -> bool:
        """Was the text at this offset read by OCR?"""
        page = self.page_at(offset)
        return self.ocr if page is None else page in self.ocr_pages

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    def corrected_by(self, fields: dict[str, object]) -> Details:
        """These details with what a user corrected (``park``, ``year``, ``months``, as
        ``parkqa.ingest.details.check_corrections`` writes them) instead of what was read: a
        corrected park becomes the report's park, the other parks stay."""
        if not fields:
            return self
        changes: dict[str, object] = {"corrected": tuple(sorted(fields))}
        if fields.get("park"):
            park = str(fields["park"])
            changes["park"] = park
            changes["parks"] = (park, *(p for p in self.parks if p not in (park, self.park)))
        if "year" in fields:
            changes["year"] = fields["year"]
        if "months" in fields:
            months = fields["months"]
            changes["months"] = tuple(months) if isinstance(months, list | tuple) else None
        return replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_json(cls, raw: str | None) -> Details:
        """Details as stored; a report indexed before details existed has none."""
        if not raw:
            return cls()
        data = json.loads(raw)
        return cls(
            pages=tuple(int(p) for p in data.get("pages") or ()),
            ocr_pages=tuple(int(p) for p in data.get("ocr_pages") or ()),
            published=data.get("published"),
            publisher=data.get("publisher"),
            park=data.get("park"),
            parks=tuple(data.get("parks") or ()),
            year=data.get("year"),
            months=tuple(data["months"]) if data.get("months") else None,  # type: ignore[arg-type]
            corrected=tuple(data.get("corrected") or ()),
            version=int(data.get("version") or 0),
            facts_version=int(data.get("facts_version") or 0),
        )


@dataclass(frozen=True)
class ReportInfo:
    """What the catalog knows about one indexed report (without its text)."""

    source: str
    path: str
    title: str
    format: str
    file_sha256: str
    config_key: str
    chunks: int
    indexed_at: str
    details: Details = Details()

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "title": self.title,
            "format": self.format,
            "chunks": self.chunks,
            "indexed_at": self.indexed_at,
            "path": self.path,
            "pages": len(self.details.pages) or None,
            "ocr": self.details.ocr,
            "published": self.details.published,
            "publisher": self.details.publisher,
            "park": self.details.park,
            "parks": list(self.details.parks),
            "year": self.details.year,
            "months": list(self.details.months) if self.details.months else None,
            "corrected": list(self.details.corrected),
        }


_INFO_QUERY = (
    "SELECT r.source, r.path, r.title, r.format, r.file_sha256, r.config_key, r.chunks, "
    "r.indexed_at, d.details, c.fields FROM reports r LEFT JOIN details d "
    "ON d.namespace = r.namespace AND d.source = r.source LEFT JOIN corrections c "
    "ON c.namespace = r.namespace AND c.source = r.source"
)


def _info(row: tuple) -> ReportInfo:
    """A report as read (title, details) with what a user corrected of it."""
    source, path, title, fmt, sha, key, chunks, indexed_at, details, fields = row
    corrections = json.loads(fields) if fields else {}
    return ReportInfo(
        source,
        path,
        str(corrections.get("title") or title),
        fmt,
        sha,
        key,
        chunks,
        indexed_at,
        Details.from_json(details).corrected_by(corrections),
    )


class Catalog:
    """SQLite table of reports, shared by threads of one process (the web app indexes in one)."""

    def __init__(self, path: Path, namespace: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.namespace = namespace
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(_SCHEMA)
        self._conn.execute(_FACTS_SCHEMA)
        self._conn.execute(_DETAILS_SCHEMA)
        self._conn.execute(_REMOVALS_SCHEMA)
        self._conn.execute(_CORRECTIONS_SCHEMA)
        self._conn.execute(_VERSION_SCHEMA)
        self._conn.execute(_EMBEDDING_SCHEMA)
        # INSERT OR REPLACE deletes the old row: its delete trigger must fire too.
        self._conn.execute("PRAGMA recursive_triggers = ON")
        self._create_text_index()
        self._lock = threading.Lock()

    def _create_text_index(self) -> None:
        """The trigram index; a catalog written before it existed is indexed once, now."""
        existed = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'report_text'"
        ).fetchone()
        self._conn.execute("BEGIN")  # deferred: a read-only store that has it writes nothing
        try:
            for statement in _TEXT_INDEX_SCHEMA:
                self._conn.execute(statement)
            if not existed:
                self._conn.execute("INSERT INTO report_text(report_text) VALUES ('rebuild')")
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            yield self._conn.cursor()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        """One write transaction that also bumps the version; rolled back on any error, so a
        failed write (disk full, database busy) never leaves the shared connection inside an
        open transaction."""
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
                cur.execute(
                    "INSERT INTO version VALUES (?, 1) ON CONFLICT(namespace) "
                    "DO UPDATE SET version = version + 1",
                    (self.namespace,),
                )
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise

    def get(self, source: str) -> ReportInfo | None:
        with self._cursor() as cur:
            row = cur.execute(
                _INFO_QUERY + " WHERE r.namespace = ? AND r.source = ?", (self.namespace, source)
            ).fetchone()
        return _info(row) if row else None

    def all(self) -> list[ReportInfo]:
        with self._cursor() as cur:
            rows = cur.execute(
                _INFO_QUERY + " WHERE r.namespace = ? ORDER BY r.source", (self.namespace,)
            ).fetchall()
        return [_info(row) for row in rows]

    def titles(self) -> list[tuple[str, str, str | None, bool]]:
        """(source, title, park, whether the park was read at index time) of every report, by
        source: what a question's park lookup needs, without parsing every report's details
        (10,000 JSON parses at a process's first question)."""
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT r.source, coalesce(json_extract(c.fields, '$.title'), r.title), "
                "coalesce(json_extract(c.fields, '$.park'), json_extract(d.details, '$.park')), "
                "coalesce(json_extract(d.details, '$.version'), 0) "
                "+ (json_extract(c.fields, '$.park') IS NOT NULL) FROM reports r "
                "LEFT JOIN details d ON d.namespace = r.namespace AND d.source = r.source "
                "LEFT JOIN corrections c ON c.namespace = r.namespace AND c.source = r.source "
                "WHERE r.namespace = ? ORDER BY r.source",
                (self.namespace,),
            ).fetchall()
        return [(source, title, park, bool(version)) for source, title, park, version in rows]

    def park_names(self) -> set[str]:
        """Every park any report's details name (its own and those it reports on), and every
        park a user gave a report: what an English question's park is looked up in."""
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT DISTINCT p.value FROM details d, json_each(d.details, '$.parks') p "
                "WHERE d.namespace = ? UNION SELECT json_extract(c.fields, '$.park') "
                "FROM corrections c WHERE c.namespace = ?",
                (self.namespace, self.namespace),
            ).fetchall()
        return {str(r[0]) for r in rows if r[0]}

    def text(self, source: str) -> str | None:
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT text FROM reports WHERE namespace = ? AND source = ?",
                (self.namespace, source),
            ).fetchone()
        return row[0] if row else None

    def containing(self, strings: Iterable[str]) -> set[str]:
        """The sources of the reports whose text contains any of these strings."""
        found: set[str] = set()
        with self._cursor() as cur:
            for string in {s for s in strings if s}:
                found.update(row[0] for row in cur.execute(*self._where_text_has(string)))
        return found

    def contains(self, string: str, sources: Iterable[str] = ()) -> bool:
        """Does any report's text (of these sources, when given) contain this string?"""
        if not string:
            return False
        query, params = self._where_text_has(string)
        within = sorted(set(sources))
        if within:
            query += f" AND source IN ({','.join('?' * len(within))})"
            params = (*params, *within)
        with self._cursor() as cur:
            return cur.execute(query + " LIMIT 1", params).fetchone() is not None

    def _where_text_has(self, string: str) -> tuple[str, tuple[str, ...]]:
        """A query for the sources whose text contains ``string``: the trigram index, or a scan
        (in SQLite) for strings shorter than a trigram."""
        if len(string) >= _TRIGRAM:
            # The full-text match as a subquery: written as a join, SQLite's planner walks the
            # reports and runs the match once per report (100 ms at 1,000 reports, not 0.3).
            return (
                "SELECT source FROM reports WHERE namespace = ? AND rowid IN "
                "(SELECT rowid FROM report_text WHERE report_text MATCH ?)",
                (self.namespace, '"' + string.replace('"', '""') + '"'),
            )
        return (
            "SELECT source FROM reports WHERE namespace = ? AND instr(text, ?) > 0",
            (self.namespace, string),
        )

    def signature(self) -> str:
        """Changes whenever a report is added, replaced or removed, by any process (one row)."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT version FROM version WHERE namespace = ?", (self.namespace,)
            ).fetchone()
        return str(row[0] if row else 0)

    def backend(self) -> str | None:
        """The embedding backend recorded for this store's vectors (``None``: none yet)."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT backend FROM embedding WHERE namespace = ?", (self.namespace,)
            ).fetchone()
        return str(row[0]) if row else None

    def set_backend(self, backend: str) -> None:
        with self._transaction() as cur:
            cur.execute(
                "INSERT INTO embedding VALUES (?, ?) ON CONFLICT(namespace) "
                "DO UPDATE SET backend = excluded.backend",
                (self.namespace, backend),
            )

    def has_reports(self) -> bool:
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT 1 FROM reports WHERE namespace = ? LIMIT 1", (self.namespace,)
            ).fetchone()
        return row is not None

    def touch(self) -> None:
        """Bump the version without changing a report: after a writer deleted chunks that the
        catalog no longer lists, so other processes rebuild their BM25 without them."""
        with self._transaction():
            pass

    def adopt(self, old_namespace: str) -> int:
        """Take over the reports of an older namespace when this one is empty (a store whose
        collection was renamed); returns how many. Their chunks are then found missing and
        re-embedded by the next ``index``."""
        if old_namespace == self.namespace or self.has_reports():
            return 0
        with self._transaction() as cur:
            cur.execute(
                "UPDATE reports SET namespace = ? WHERE namespace = ?",
                (self.namespace, old_namespace),
            )
            adopted = cur.rowcount
            for table in ("facts", "details", "corrections"):
                cur.execute(
                    f"UPDATE {table} SET namespace = ? WHERE namespace = ?",
                    (self.namespace, old_namespace),
                )
        return adopted

    def put(
        self,
        *,
        source: str,
        path: str,
        title: str,
        fmt: str,
        file_sha256: str,
        config_key: str,
        chunks: int,
        text: str,
        facts: str | None = None,
        details: str | None = None,
    ) -> None:
        """Write a report's row (its facts, a JSON list, and details, a JSON object) in one
        transaction."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.namespace,
                    source,
                    path,
                    title,
                    fmt,
                    file_sha256,
                    config_key,
                    chunks,
                    now,
                    text,
                ),
            )
            cur.execute(
                "DELETE FROM facts WHERE namespace = ? AND source = ?", (self.namespace, source)
            )
            if facts is not None:
                cur.execute("INSERT INTO facts VALUES (?, ?, ?)", (self.namespace, source, facts))
            cur.execute(
                "DELETE FROM details WHERE namespace = ? AND source = ?", (self.namespace, source)
            )
            if details is not None:
                cur.execute(
                    "INSERT INTO details VALUES (?, ?, ?)", (self.namespace, source, details)
                )

    def facts(self, source: str) -> str | None:
        """The report's facts as stored at index time (a JSON list), or ``None``."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT facts FROM facts WHERE namespace = ? AND source = ?",
                (self.namespace, source),
            ).fetchone()
        return row[0] if row else None

    def fact_values(
        self, kind: str, kind_at: int, value_at: int
    ) -> tuple[list[tuple[str, str]], list[str]]:
        """``(source, value)`` of every stored fact of this kind (facts are JSON rows; ``kind_at``
        and ``value_at`` are the positions of those fields), read by SQLite's JSON functions in
        one query, and the sources whose facts were never stored (indexed before facts were)."""
        with self._cursor() as cur:
            rows = cur.execute(
                f"SELECT f.source, json_extract(row.value, '$[{int(value_at)}]') "
                "FROM facts f, json_each(f.facts) row WHERE f.namespace = ? "
                f"AND json_extract(row.value, '$[{int(kind_at)}]') = ?",
                (self.namespace, kind),
            ).fetchall()
            missing = cur.execute(
                "SELECT r.source FROM reports r LEFT JOIN facts f "
                "ON f.namespace = r.namespace AND f.source = r.source "
                "WHERE r.namespace = ? AND f.source IS NULL",
                (self.namespace,),
            ).fetchall()
        return [(str(source), str(value)) for source, value in rows], [r[0] for r in missing]

    def details(self, source: str) -> str | None:
        """The report's details as stored at index time (a JSON object, see :class:`Details`),
        or ``None``."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT details FROM details WHERE namespace = ? AND source = ?",
                (self.namespace, source),
            ).fetchone()
        return row[0] if row else None

    def corrections(self, source: str) -> dict[str, object]:
        """What a user corrected of this report's details (``{}``: nothing)."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT fields FROM corrections WHERE namespace = ? AND source = ?",
                (self.namespace, source),
            ).fetchone()
        return dict(json.loads(row[0])) if row else {}

    def correct(self, source: str, fields: dict[str, object], facts: str) -> bool:
        """Store what a user corrected of a report's details, with its facts read again under
        them, in one transaction: the correction takes effect for the next question (of any
        process) without embedding anything, and survives re-indexing (the indexer applies
        it to the details it reads). ``False``: no such report."""
        with self._transaction() as cur:
            if not cur.execute(
                "SELECT 1 FROM reports WHERE namespace = ? AND source = ?",
                (self.namespace, source),
            ).fetchone():
                return False
            cur.execute(
                "INSERT OR REPLACE INTO corrections VALUES (?, ?, ?)",
                (self.namespace, source, json.dumps(fields, ensure_ascii=False)),
            )
            cur.execute(
                "INSERT OR REPLACE INTO facts VALUES (?, ?, ?)", (self.namespace, source, facts)
            )
        return True

    def reread(self, source: str, *, title: str, details: str, facts: str) -> None:
        """Replace a report's title (as read), details and facts in one transaction, its text
        and chunks untouched: a store written by an older release is upgraded in place."""
        with self._transaction() as cur:
            cur.execute(
                "UPDATE reports SET title = ? WHERE namespace = ? AND source = ?",
                (title, self.namespace, source),
            )
            for table, value in (("details", details), ("facts", facts)):
                cur.execute(
                    f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)",
                    (self.namespace, source, value),
                )

    def outdated_details(self, version: int, facts_version: int = 0) -> list[str]:
        """Reports whose details (or facts) were read by an older release: details before
        ``version``, facts before ``facts_version``."""
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT r.source FROM reports r LEFT JOIN details d "
                "ON d.namespace = r.namespace AND d.source = r.source WHERE r.namespace = ? "
                "AND (coalesce(json_extract(d.details, '$.version'), 0) < ? "
                "OR coalesce(json_extract(d.details, '$.facts_version'), 0) < ?) "
                "ORDER BY r.source",
                (self.namespace, version, facts_version),
            ).fetchall()
        return [r[0] for r in rows]

    def mark_removed(self, source: str) -> bool:
        """Forget a report and mark its chunks for deletion, in one transaction: from here on
        questions cannot see it, and a crash before :meth:`removal_done` is finished by the next
        writer (see ``pending_removals``). Returns whether the report was listed."""
        with self._transaction() as cur:
            cur.execute(
                "DELETE FROM reports WHERE namespace = ? AND source = ?", (self.namespace, source)
            )
            deleted = cur.rowcount > 0
            for table in ("facts", "details", "corrections"):
                cur.execute(
                    f"DELETE FROM {table} WHERE namespace = ? AND source = ?",
                    (self.namespace, source),
                )
            cur.execute("INSERT OR IGNORE INTO removals VALUES (?, ?)", (self.namespace, source))
        return deleted

    def pending_removals(self) -> list[str]:
        """Reports forgotten by the catalog whose chunks may still be in the stores."""
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT source FROM removals WHERE namespace = ? ORDER BY source",
                (self.namespace,),
            ).fetchall()
        return [r[0] for r in rows]

    def removal_done(self, source: str) -> None:
        with self._cursor() as cur:
            cur.execute(
                "DELETE FROM removals WHERE namespace = ? AND source = ?", (self.namespace, source)
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()
