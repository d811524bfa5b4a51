"""Does the store tell the truth? Catalog vs record manager vs Chroma, checked and repaired.

Why: a report lives in three places (the catalog's row and text, LangChain's record manager,
Chroma's chunks) that no single transaction spans. The writers order their steps so that a
crash leaves only states this module recognises (see ``indexing.py``), and anything else that
can happen to a store from outside (a Chroma server emptied, replaced or shared, a file copied
over) is also just one of these states:

- a **pending removal**: the catalog forgot a report, its chunks may remain;
- **orphan chunks**: chunks of a source the catalog does not list;
- **stale chunks**: chunks of a listed report whose text is not the catalog's text at their
  offsets (an older version's, left by a crash after the new version was committed);
- **orphan records**: record-manager keys with no chunk behind them (LangChain would skip
  re-adding those chunks forever);
- **unrecorded chunks**: chunks with no record-manager key (a crash inside LangChain's
  ``index()``, between its Chroma write and its record update): never cleaned up by key;
- **duplicate chunks**: two good chunks at the same offsets of one report;
- **incomplete reports**: fewer (or more) good chunks than the catalog says it wrote.

Questions are safe in every state (retrieval drops any chunk whose text is not the catalog's,
see ``ParkQA._is_current``); this module makes the store whole again. Chunks are read in pages:
a check holds one page of texts and the set of ids, never every text at once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from langchain_core.documents import Document

from parkqa.catalog import Catalog
from parkqa.messages import t

#: Chunks read from Chroma per request, and ids per delete (SQLite allows ~32k variables).
PAGE = 2000


@dataclass
class CheckResult:
    """What a check found (all empty: the store is consistent)."""

    reports: int = 0
    chunks: int = 0
    records: int = 0
    pending_removals: list[str] = field(default_factory=list)
    #: source → ids of chunks whose source the catalog does not list
    orphan_chunks: dict[str, list[str]] = field(default_factory=dict)
    #: source → ids of chunks whose text is not the catalog's at their offsets
    stale_chunks: dict[str, list[str]] = field(default_factory=dict)
    #: record-manager keys with no chunk in Chroma
    orphan_records: list[str] = field(default_factory=list)
    #: source → ids of a listed report's chunks that have no record-manager key
    unrecorded: dict[str, list[str]] = field(default_factory=dict)
    #: source → ids of good chunks that repeat another good chunk's offsets
    duplicates: dict[str, list[str]] = field(default_factory=dict)
    #: source → (good chunks in Chroma, chunks the catalog says it wrote)
    incomplete: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: After a repair: what was found and fixed (the other fields describe the store after it).
    repaired: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.pending_removals
            or self.orphan_chunks
            or self.stale_chunks
            or self.orphan_records
            or self.unrecorded
            or self.duplicates
            or self.incomplete
        )

    def problems(self, lang: str = "en") -> list[str]:
        """One line per problem, for people (in a page language of :mod:`parkqa.messages`)."""
        lines = [t("check.interrupted", lang, source=s) for s in self.pending_removals]
        lines += [
            t("check.orphans", lang, n=len(ids), source=s) for s, ids in self.orphan_chunks.items()
        ]
        lines += [
            t("check.stale", lang, n=len(ids), source=s) for s, ids in self.stale_chunks.items()
        ]
        if self.orphan_records:
            lines.append(t("check.orphan_records", lang, n=len(self.orphan_records)))
        lines += [
            t("check.unrecorded", lang, n=len(ids), source=s) for s, ids in self.unrecorded.items()
        ]
        lines += [
            t("check.duplicates", lang, n=len(ids), source=s) for s, ids in self.duplicates.items()
        ]
        lines += [
            t("check.incomplete", lang, source=s, good=good, want=want)
            for s, (good, want) in self.incomplete.items()
        ]
        return lines

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "reports": self.reports,
            "chunks": self.chunks,
            "records": self.records,
            "problems": self.problems(),
            "pending_removals": self.pending_removals,
            "orphan_chunks": {s: len(v) for s, v in self.orphan_chunks.items()},
            "stale_chunks": {s: len(v) for s, v in self.stale_chunks.items()},
            "orphan_records": len(self.orphan_records),
            "unrecorded": {s: len(v) for s, v in self.unrecorded.items()},
            "duplicates": {s: len(v) for s, v in self.duplicates.items()},
            "incomplete": {s: list(v) for s, v in self.incomplete.items()},
            "repaired": self.repaired,
        }


def _collection(vector_store):
    return vector_store._collection


def chunk_pages(vector_store, include: list[str]) -> Iterator[dict]:
    """Every chunk of the collection, ``PAGE`` at a time (ids always included)."""
    collection = _collection(vector_store)
    offset = 0
    while True:
        got = collection.get(include=include, limit=PAGE, offset=offset)
        if not got["ids"]:
            return
        yield got
        offset += len(got["ids"])


def chunk_ids(record_manager, sources: Iterable[str] | None = None) -> list[str]:
    """The ids of the store's chunks (of these reports only, when ``sources`` is given), as the
    record manager lists them: one query for the key column where it is LangChain's SQL record
    manager (``list_keys`` builds an ORM object per key: 4 s for 180,000 chunks; a column query
    through the ORM still takes 2 s). For reports, the query filters on ``group_id`` alone and
    the namespace in Python: with both in SQL, SQLite scans the namespace index (every row of a
    one-store database): 37 ms instead of 0.3 ms for nine reports at 180,000 chunks."""
    wanted = None if sources is None else sorted(set(sources))
    try:
        from sqlalchemy import select

        from parkqa.store import sql_record_manager_module

        UpsertionRecord = sql_record_manager_module().UpsertionRecord

        table = UpsertionRecord.__table__
        namespace = record_manager.namespace
        with record_manager.engine.connect() as conn:  # Core, not the ORM: no object per row
            if wanted is None:
                query = select(table.c.key).where(table.c.namespace == namespace)
                return list(conn.execute(query).scalars())
            rows = conn.execute(
                select(table.c.key, table.c.namespace).where(table.c.group_id.in_(wanted))
            )
            return [key for key, space in rows if space == namespace]
    except (ImportError, AttributeError):  # another record manager
        return list(record_manager.list_keys(group_ids=wanted))


def chunks_by_id(vector_store, ids: list[str]) -> list[tuple[str, Document]]:
    """These chunks (those that exist), ``PAGE`` ids per request."""
    found = []
    for i in range(0, len(ids), PAGE):
        got = _collection(vector_store).get(
            ids=ids[i : i + PAGE], include=["documents", "metadatas"]
        )
        for chunk_id, text, meta in zip(
            got["ids"], got["documents"], got["metadatas"], strict=True
        ):
            found.append((chunk_id, Document(page_content=text, metadata=meta or {})))
    return found


def delete_chunks(vector_store, ids: list[str]) -> None:
    """Delete chunks from Chroma, a page at a time."""
    for i in range(0, len(ids), PAGE):
        _collection(vector_store).delete(ids=ids[i : i + PAGE])


def delete_ids(vector_store, record_manager, ids: list[str]) -> None:
    """Delete chunks from Chroma, then their record-manager keys, a page at a time (in this
    order: a key without a chunk is found and dropped by the next check)."""
    for i in range(0, len(ids), PAGE):
        page = ids[i : i + PAGE]
        delete_chunks(vector_store, page)
        record_manager.delete_keys(page)


def source_ids(vector_store, source: str) -> list[str]:
    """Ids of every chunk Chroma holds for one source."""
    return list(_collection(vector_store).get(where={"source": source}, include=[])["ids"])


def looks_consistent(catalog: Catalog, vector_store, record_manager) -> bool:
    """The cheap check an ``index`` run starts with: no pending removal, and as many chunks in
    Chroma and keys in the record manager as the catalog says it wrote. An emptied, replaced or
    half-written collection fails it (and then gets the full :func:`inspect`)."""
    if catalog.pending_removals():
        return False
    expected = sum(r.chunks for r in catalog.all())
    return _collection(vector_store).count() == expected == count_keys(record_manager)


def count_keys(record_manager) -> int:
    """How many keys the record manager holds, counted by SQL where it is LangChain's SQL
    record manager (listing 200,000 keys just to count them is what this avoids)."""
    try:
        from parkqa.store import sql_record_manager_module

        UpsertionRecord = sql_record_manager_module().UpsertionRecord

        with record_manager._make_session() as session:
            return int(
                session.query(UpsertionRecord)
                .filter(UpsertionRecord.namespace == record_manager.namespace)
                .count()
            )
    except (ImportError, AttributeError):  # another record manager: list, then count
        return len(record_manager.list_keys())


def inspect(catalog: Catalog, vector_store, record_manager) -> CheckResult:
    """The full check: every chunk's source and text against the catalog, every key against
    the chunks and every chunk against the keys."""
    reports = {r.source: r for r in catalog.all()}
    result = CheckResult(reports=len(reports), pending_removals=catalog.pending_removals())
    texts: dict[str, str | None] = {}
    good: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
    chroma_ids: dict[str, str] = {}  # id → source
    for page in chunk_pages(vector_store, ["documents", "metadatas"]):
        for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"], strict=True):
            meta = meta or {}
            source = str(meta.get("source", ""))
            chroma_ids[cid] = source
            if source not in reports:
                result.orphan_chunks.setdefault(source, []).append(cid)
                continue
            if source not in texts:
                texts[source] = catalog.text(source)
            full = texts[source] or ""
            start, end = int(meta.get("start", -1)), int(meta.get("end", -1))
            if not (0 <= start < end <= len(full) and full[start:end] == text):
                result.stale_chunks.setdefault(source, []).append(cid)
            elif (start, end) in good[source]:
                result.duplicates.setdefault(source, []).append(cid)
            else:
                good[source][(start, end)] = cid
    result.chunks = len(chroma_ids)
    keys = set(record_manager.list_keys())
    result.records = len(keys)
    result.orphan_records = sorted(k for k in keys if k not in chroma_ids)
    for cid, source in chroma_ids.items():
        if cid not in keys and source in reports:
            result.unrecorded.setdefault(source, []).append(cid)
    for source, info in reports.items():
        if len(good[source]) != info.chunks:
            result.incomplete[source] = (len(good[source]), info.chunks)
    return result


def finish_removal(catalog: Catalog, vector_store, record_manager, source: str) -> int:
    """Delete what is left of a report the catalog has forgotten; returns chunks deleted."""
    ids = sorted(
        set(source_ids(vector_store, source)) | set(record_manager.list_keys(group_ids=[source]))
    )
    delete_ids(vector_store, record_manager, ids)
    catalog.removal_done(source)
    return len(ids)


def repair(catalog: Catalog, vector_store, record_manager, found: CheckResult) -> list[str]:
    """Fix what :func:`inspect` found, except what needs the model; returns the reports that
    must be indexed again (their missing chunks re-embedded by the caller).

    Chunks without a key are deleted and their report indexed again, which writes them back
    with their keys; of duplicate chunks one is kept.
    """
    for source in found.pending_removals:
        finish_removal(catalog, vector_store, record_manager, source)
    doomed = [
        ids
        for group in (found.orphan_chunks, found.stale_chunks, found.duplicates, found.unrecorded)
        for ids in group.values()
    ]
    for ids in doomed:
        delete_ids(vector_store, record_manager, ids)
    for i in range(0, len(found.orphan_records), PAGE):
        record_manager.delete_keys(found.orphan_records[i : i + PAGE])
    catalog.touch()  # other processes: rebuild BM25 without what was deleted
    return sorted(set(found.incomplete) | set(found.unrecorded))
