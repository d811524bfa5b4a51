"""Hybrid retrieval as a LangChain (LCEL) chain: dense (Chroma, e5) ∥ lexical (BM25) → RRF.

Both halves read the same chunks: the lexical index follows the store's chunks whenever the
catalog says the set of indexed reports changed (``lexical_store.py``), so incremental
re-indexing keeps them in step. Reciprocal rank fusion needs no score calibration between
cosine and BM25.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel

from parkqa.answer import Passage

RRF_K = 60


def to_passage(doc: Document, score: float, dense: float | None, lexical: float | None) -> Passage:
    meta = doc.metadata
    return Passage(
        source=str(meta.get("source", "")),
        title=str(meta.get("title", "")),
        text=doc.page_content,
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        section=str(meta.get("section", "")),
        score=score,
        dense=dense,
        lexical=lexical,
    )


def _key(doc: Document) -> tuple[str, int, int]:
    meta = doc.metadata
    return str(meta.get("source")), int(meta.get("start", 0)), int(meta.get("end", 0))


def rrf_fuse(ranked: dict[str, list[tuple[Document, float]]], k: int) -> list[Passage]:
    """Reciprocal rank fusion of several ranked lists; each passage keeps its per-list scores."""
    fused: dict[tuple[str, int, int], float] = {}
    docs: dict[tuple[str, int, int], Document] = {}
    raw: dict[str, dict[tuple[str, int, int], float]] = {name: {} for name in ranked}
    for name, hits in ranked.items():
        for rank, (doc, score) in enumerate(hits):
            key = _key(doc)
            fused[key] = fused.get(key, 0.0) + 1.0 / (RRF_K + rank + 1)
            docs.setdefault(key, doc)
            raw[name][key] = score
    order = sorted(fused, key=lambda key: -fused[key])[:k]
    return [
        to_passage(
            docs[key], fused[key], raw.get("dense", {}).get(key), raw.get("lexical", {}).get(key)
        )
        for key in order
    ]


class Lexical(Protocol):
    """A lexical index: the ``k`` best chunks for a question, with their scores."""

    def search(
        self, question: str, k: int, sources: Iterable[str] | None = None
    ) -> list[tuple[Document, float]]: ...


def hybrid_chain(
    vector_store,
    lexical: Lexical,
    k: int = 8,
    fetch_k: int = 30,
    current: Callable[[Document], bool] | None = None,
) -> Runnable:
    """``{"question", "sources"} -> list[Passage]``: dense ∥ lexical search, fused by RRF.

    ``sources`` (optional) restricts both searches to those reports, for questions that name
    their park. ``current`` (optional) keeps only chunks that belong to the catalog's present
    version of their report: after a crash, or while another process writes, the vector store
    may hold chunks of a report the catalog has not committed or has already forgotten.
    """

    def dense(query: dict) -> list[tuple[Document, float]]:
        sources = query.get("sources")
        where = {"source": {"$in": list(sources)}} if sources else None
        hits = vector_store.similarity_search_with_score(query["question"], k=fetch_k, filter=where)
        # cosine space: similarity = 1 - distance
        return [(doc, 1.0 - distance) for doc, distance in hits if keep(doc)]

    def keep(doc: Document) -> bool:
        return current is None or current(doc)

    def bm25(query: dict) -> list[tuple[Document, float]]:
        sources = query.get("sources")
        hits = lexical.search(query["question"], fetch_k, sources)
        return [(doc, score) for doc, score in hits if keep(doc)]

    parallel = RunnableParallel(dense=RunnableLambda(dense), lexical=RunnableLambda(bm25))
    return parallel | RunnableLambda(lambda ranked: rrf_fuse(ranked, k))
