"""The BM25 index kept on disk beside the store and brought up to date incrementally.

Why: building BM25 means tokenizing every chunk with jieba (~0.4 ms a chunk) and indexing them
all; at 10,000 reports (180,000 chunks) that is a minute, which the old in-memory index paid at
every process start and again after every write. Here:

- every chunk's tokens are computed once, when it is first seen, and kept in
  ``lexical/tokens.sqlite`` under its id (the indexing API's content hash of text and metadata,
  so an entry never goes stale);
- a BM25 index (built by ``bm25s``) over the chunks of some past state, the **base**, is
  saved in ``lexical/<namespace>/``; a new process loads it (memory-mapped) instead of
  building one;
- a question after a write sees a **snapshot**: the base, minus the chunks deleted since
  (masked), plus the chunks added since (the **delta**, scored by the same BM25 formula with
  the base's statistics). When the changes reach a twentieth of the base, or the store is
  small enough that a rebuild costs little, the base is rebuilt from the stored tokens.

The set of current chunks is the record manager's keys: one indexed SQL query, not a pass over
Chroma. Scores with a delta differ from a fresh index only through the document frequencies
and average length of the changed chunks, which a twentieth of the corpus barely moves.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import shutil
import sqlite3
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from langchain_core.documents import Document

from parkqa.lexical import query_tokens, tokenize

#: bm25s's defaults (method "lucene"), which the delta's scores must reproduce.
K1, B = 1.5, 0.75
#: Rebuild the base when the changes since it exceed this share of it...
REBUILD_SHARE = 0.05
#: ...or whenever the store has at most this many chunks (a rebuild takes well under a second).
SMALL_STORE = 20_000
#: Chunks read from the vector store and tokenized per step when catching up.
FETCH_PAGE = 2000
#: Tokens are joined with a character that jieba never returns inside a token.
_SEP = "\x1f"


class TokenStore:
    """Chunk id → (text, metadata, tokens), in SQLite. Safe to share between threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        self._local = threading.local()
        with self._cursor() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS chunks (id TEXT PRIMARY KEY, text TEXT NOT NULL, "
                "metadata TEXT NOT NULL, tokens TEXT NOT NULL)"
            )

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = sqlite3.connect(self._path, timeout=60)
            conn.execute("PRAGMA journal_mode=WAL")
        with conn:
            yield conn.cursor()

    def known(self, ids: list[str] | None = None) -> set[str]:
        """The ids (of these, when given) whose tokens are kept."""
        if ids is None:
            with self._cursor() as cur:
                return {row[0] for row in cur.execute("SELECT id FROM chunks")}
        return {row[0] for row in self._select("id", ids)}

    def put(self, docs: Iterable[tuple[str, Document]]) -> int:
        """Tokenize and keep these chunks; returns how many."""
        rows = [
            (
                chunk_id,
                doc.page_content,
                json.dumps(doc.metadata, ensure_ascii=False),
                _SEP.join(tokenize(doc.page_content)),
            )
            for chunk_id, doc in docs
        ]
        with self._cursor() as cur:
            cur.executemany("INSERT OR REPLACE INTO chunks VALUES (?, ?, ?, ?)", rows)
        return len(rows)

    def tokens(self, ids: list[str]) -> Iterator[tuple[str, str, list[str]]]:
        """``(chunk id, its report's source, its tokens)`` of these chunks (those kept), read a
        page at a time."""
        for chunk_id, source, tokens in self._select(
            "id, json_extract(metadata, '$.source'), tokens", ids
        ):
            yield chunk_id, str(source), tokens.split(_SEP) if tokens else []

    def documents(self, ids: list[str]) -> dict[str, Document]:
        return {
            chunk_id: Document(page_content=text, metadata=json.loads(meta))
            for chunk_id, text, meta in self._select("id, text, metadata", ids)
        }

    def prune(self, keep: set[str]) -> None:
        """Forget chunks no longer in the store."""
        gone = [(chunk_id,) for chunk_id in self.known() - keep]
        with self._cursor() as cur:
            cur.executemany("DELETE FROM chunks WHERE id = ?", gone)

    def _select(self, columns: str, ids: list[str]) -> Iterator[tuple]:
        page = 900  # below SQLite's limit on variables in one statement
        with self._cursor() as cur:
            for i in range(0, len(ids), page):
                chunk = ids[i : i + page]
                marks = ",".join("?" * len(chunk))
                yield from cur.execute(
                    f"SELECT {columns} FROM chunks WHERE id IN ({marks})", chunk
                ).fetchall()


class Base:
    """A BM25 index over a fixed list of chunk ids (with their reports' sources), and the
    statistics the delta needs.

    bm25s builds it (``build``); what is saved and searched is bm25s's precomputed score matrix
    (per token, the chunks it occurs in and their BM25 term scores) and its vocabulary, in files
    of ours, scored as bm25s scores them. Why not ``bm25s.BM25.load``: importing bm25s (and the
    scipy it imports) took 0.85 s of every new process's first answer; loading the arrays
    memory-mapped needs only numpy, and the file format does not follow bm25s's releases.
    """

    #: The files of a saved base; ``FORMAT`` changes when they do (older bases are rebuilt).
    FORMAT = 2
    ARRAYS = ("data", "indices", "indptr")

    def __init__(
        self,
        ids: list[str],
        sources: list[str],
        vocab: dict[str, int],
        matrix: dict[str, np.ndarray],
        avgdl: float,
    ) -> None:
        self.ids, self.sources, self.avgdl = ids, sources, avgdl
        self.vocab, self.matrix = vocab, matrix

    @classmethod
    def empty(cls) -> Base:
        return cls([], [], {}, {}, 1.0)

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str, list[str]]]) -> Base:
        """From ``(chunk id, source, tokens)`` rows, read as they come: each document is kept
        as token numbers (at 180,000 chunks, lists of token strings took ~1 GB)."""
        ids: list[str] = []
        sources: list[str] = []
        docs: list[list[int]] = []
        vocab: dict[str, int] = {}
        for chunk_id, source, tokens in rows:
            ids.append(chunk_id)
            sources.append(source)
            docs.append([vocab.setdefault(t, len(vocab)) for t in tokens])
        if not ids:
            return cls.empty()
        import bm25s

        bm25 = bm25s.BM25(k1=K1, b=B)
        bm25.index((docs, vocab), show_progress=False)
        matrix = {name: np.asarray(bm25.scores[name]) for name in cls.ARRAYS}
        return cls(ids, sources, dict(bm25.vocab_dict), matrix, sum(map(len, docs)) / len(docs))

    def save(self, folder: Path) -> Path:
        """Write to a new directory under ``folder`` (renamed into place: readers never see a
        half-written base) and return it."""
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".base-", dir=folder))
        for name, array in self.matrix.items():
            np.save(work / f"{name}.npy", array)
        meta = {
            "format": self.FORMAT,
            "avgdl": self.avgdl,
            "ids": self.ids,
            "sources": self.sources,
            "vocab": self.vocab,
        }
        (work / "base.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        final = folder / f"base-{time.time_ns()}"
        work.rename(final)
        return final

    @classmethod
    def load(cls, path: Path) -> Base:
        """A saved base, its arrays memory-mapped; ``ValueError`` for another format."""
        meta = json.loads((path / "base.json").read_text(encoding="utf-8"))
        if meta.get("format") != cls.FORMAT:
            raise ValueError(f"lexical base format {meta.get('format')}, not {cls.FORMAT}")
        matrix = {}
        if meta["ids"]:
            matrix = {n: np.load(path / f"{n}.npy", mmap_mode="r") for n in cls.ARRAYS}
        return cls(meta["ids"], meta["sources"], meta["vocab"], matrix, float(meta["avgdl"]))

    @functools.cached_property
    def rows_of(self) -> dict[str, np.ndarray]:
        """Source → its rows (to restrict a search to the reports a question names)."""
        rows: dict[str, list[int]] = {}
        for i, source in enumerate(self.sources):
            rows.setdefault(source, []).append(i)
        return {source: np.asarray(found) for source, found in rows.items()}

    def document_frequency(self, token: str) -> int:
        column = self.vocab.get(token)
        if column is None:
            return 0
        indptr = self.matrix["indptr"]
        return int(indptr[column + 1] - indptr[column])

    def scores(self, tokens: list[str]) -> np.ndarray:
        """Every chunk's BM25 score for these query tokens (a repeated token counts again),
        summed per token in bm25s's order and precision."""
        scores = np.zeros(len(self.ids), dtype=np.float32)
        if not self.ids:
            return scores
        data, indices, indptr = (self.matrix[n] for n in self.ARRAYS)
        for token in tokens:
            column = self.vocab.get(token)
            if column is not None:
                start, end = int(indptr[column]), int(indptr[column + 1])
                np.add.at(scores, indices[start:end], data[start:end])
        return scores


class Snapshot:
    """The lexical index of one state of the store: base − deleted + delta."""

    def __init__(
        self, base: Base, deleted: set[str], delta: dict[str, tuple[str, list[str]]]
    ) -> None:
        self.base = base
        self.size = len(base.ids) - len(deleted) + len(delta)
        self._mask = np.ones(len(base.ids), dtype=bool)
        if deleted:
            rows = {chunk_id: i for i, chunk_id in enumerate(base.ids)}
            self._mask[[rows[c] for c in deleted]] = False
        self._delta = [
            (chunk_id, source, Counter(toks), len(toks))
            for chunk_id, (source, toks) in delta.items()
        ]

    @property
    def changes(self) -> int:
        return int((~self._mask).sum()) + len(self._delta)

    def search(
        self, tokens: list[str], k: int, sources: Iterable[str] | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` best chunk ids for these query tokens (of these reports' chunks, when
        ``sources`` is given), with their BM25 scores (> 0)."""
        if not tokens or self.size == 0:
            return []
        within = set(sources) if sources is not None else None
        mask = self._mask
        if within is not None:
            mask = np.zeros_like(self._mask)
            for source in within:
                rows = self.base.rows_of.get(source)
                if rows is not None:
                    mask[rows] = self._mask[rows]
        hits: list[tuple[str, float]] = []
        if mask.any():
            scores = self.base.scores(tokens) * mask
            top = np.argsort(-scores)[:k]
            hits = [(self.base.ids[i], float(scores[i])) for i in top if scores[i] > 0]
        if self._delta:
            hits += self._delta_scores(tokens, within)
        hits.sort(key=lambda hit: -hit[1])
        return hits[:k]

    def _delta_scores(self, tokens: list[str], within: set[str] | None) -> list[tuple[str, float]]:
        n = max(len(self.base.ids), 1)
        idf = {t: _idf(self.base.document_frequency(t), n) for t in set(tokens)}
        out = []
        for chunk_id, source, counts, length in self._delta:
            if within is not None and source not in within:
                continue
            norm = K1 * ((1 - B) + B * length / self.base.avgdl)
            score = sum(idf[t] * counts[t] / (norm + counts[t]) for t in tokens if t in counts)
            if score > 0:
                out.append((chunk_id, score))
        return out


def _idf(df: int, n: int) -> float:
    """bm25s's "lucene" inverse document frequency."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


class LexicalStore:
    """The lexical index of a store, kept current with its chunks (see the module docstring).

    ``current_ids`` lists the store's chunk ids; ``fetch`` reads chunks by id (from Chroma) for
    the ones the token store has not seen; ``signature`` changes whenever the store does.
    """

    def __init__(
        self,
        folder: Path,
        namespace: str,
        current_ids: Callable[[], list[str]],
        fetch: Callable[[list[str]], list[tuple[str, Document]]],
        signature: Callable[[], str],
    ) -> None:
        # One folder per namespace (server, collection): their chunk sets differ.
        self._bases = folder / hashlib.sha256(namespace.encode()).hexdigest()[:16]
        self._tokens = TokenStore(self._bases / "tokens.sqlite")
        self._current_ids = current_ids
        self._fetch = fetch
        self._signature = signature
        self._snapshot: tuple[str, Snapshot] | None = None
        self._base_path: Path | None = None  # where the snapshot's base was loaded or saved
        self._lock = threading.Lock()

    def get(self) -> Snapshot:
        """The snapshot of the store's present state (brought up to date if it changed)."""
        signature = self._signature()
        cached = self._snapshot
        if cached is not None and cached[0] == signature:
            return cached[1]
        with self._lock:
            cached = self._snapshot
            if cached is None or cached[0] != signature:
                cached = self._snapshot = (signature, self._update(cached))
            return cached[1]

    def search(
        self, question: str, k: int, sources: Iterable[str] | None = None
    ) -> list[tuple[Document, float]]:
        """BM25 over the question's tokens (English terms add their Chinese equivalents), over
        the chunks of these reports when ``sources`` is given."""
        hits = self.get().search(query_tokens(question), k, sources)
        docs = self._tokens.documents([chunk_id for chunk_id, _ in hits])
        return [(docs[chunk_id], score) for chunk_id, score in hits if chunk_id in docs]

    def _update(self, previous: tuple[str, Snapshot] | None) -> Snapshot:
        ids = self._current_ids()
        current = set(ids)
        # Another process (the `parkqa index` beside a server) may have saved a newer base.
        newest = self._saved()[:1]
        if previous is None or (newest and newest[0] != self._base_path):
            base = self._load_base()
        else:
            base = previous[1].base
        in_base = set(base.ids)
        deleted = in_base - current
        added = [chunk_id for chunk_id in ids if chunk_id not in in_base]
        changes = len(deleted) + len(added)
        rebuild = changes and (len(ids) <= SMALL_STORE or changes > REBUILD_SHARE * len(base.ids))
        # Chunks never tokenized (new ones, or all of a store made before this index existed)
        # are read from the vector store once.
        wanted = ids if rebuild else added
        known = self._tokens.known(wanted)
        missing = [chunk_id for chunk_id in wanted if chunk_id not in known]
        for i in range(0, len(missing), FETCH_PAGE):  # a page in memory at a time
            self._tokens.put(self._fetch(missing[i : i + FETCH_PAGE]))
        if rebuild:
            base = Base.build(self._tokens.tokens(ids))
            self._base_path = self._save(base)
            self._tokens.prune(current)
            return Snapshot(base, set(), {})
        delta = {chunk_id: (source, toks) for chunk_id, source, toks in self._tokens.tokens(added)}
        return Snapshot(base, deleted, delta)

    def _saved(self) -> list[Path]:
        """The saved bases, newest first."""
        return sorted(self._bases.glob("base-*"), reverse=True)

    def _load_base(self) -> Base:
        """The newest saved base (an empty one if there is none or it cannot be read)."""
        for path in self._saved():
            try:
                base = Base.load(path)
            except (OSError, ValueError, KeyError):
                continue  # removed by another process meanwhile, or damaged: try an older one
            self._base_path = path
            return base
        self._base_path = None
        return Base.empty()

    def _save(self, base: Base) -> Path | None:
        try:
            path = base.save(self._bases)
        except OSError:
            return None  # a read-only store still answers; the next writable process saves
        for old in self._saved()[2:]:
            shutil.rmtree(old, ignore_errors=True)  # keep two: a reader may be loading one
        return path
