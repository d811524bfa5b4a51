"""Hybrid retrieval as a LangChain (LCEL) chain: dense (Chroma, e5) ∥ lexical (BM25) → RRF.

Both halves read the same chunks: the lexical index follows the store's chunks whenever the
catalog says the set of indexed reports changed (``lexical_store.py``), so incremental
re-indexing keeps them in step. Reciprocal rank fusion needs no score calibration between
cosine and BM25.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

import numpy as np
from langchain_core.documents import Document
from langchain_core.runnables import (
    Runnable,
    RunnableLambda,
    RunnableParallel,
    RunnablePassthrough,
)

from parkqa.answer import Passage, vocab
from parkqa.consistency import chunks_by_id

RRF_K = 60
# Up to this many chunks in the named reports, dense search reads their vectors and ranks them
# exactly instead of asking Chroma for a filtered search. Chroma evaluates a ``source $in``
# filter over the whole collection's metadata: 118 ms for nine reports among 180,000 chunks,
# where reading their 170 vectors by id and ranking them takes 4 ms. Reading vectors grows with
# the named chunks (~0.02 ms each), so many named reports go back to Chroma's own search.
EXACT_DENSE_LIMIT = 3000
# A store this small is ranked exactly whatever the question names: reading its vectors costs
# ~0.02 ms each, and Chroma's HNSW graph is built by several threads, so its approximate
# neighbours (and the answers and ranker trained on them) changed with the machine's load
# (measured: one of 620 training questions, a passage one rank apart).
EXACT_STORE_LIMIT = 1000


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


def exact_dense(
    vector_store, question: str, ids: list[str], k: int
) -> list[tuple[Document, float]]:
    """The ``k`` chunks among ``ids`` most similar to the question (cosine, as the collection
    measures it), ranked exactly over all of them."""
    if not ids:
        return []
    query = np.asarray(vector_store.embeddings.embed_query(question), dtype=np.float32)
    got = vector_store._collection.get(ids=ids, include=["embeddings"])
    if not got["ids"]:
        return []
    vectors = np.asarray(got["embeddings"], dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
    similarity = vectors @ query / np.where(norms == 0, 1.0, norms)
    best = np.argsort(-similarity, kind="stable")[:k]
    chosen = [got["ids"][i] for i in best]
    docs = dict(chunks_by_id(vector_store, chosen))
    return [(docs[c], float(similarity[i])) for i, c in zip(best, chosen, strict=True) if c in docs]


def hybrid_chain(
    vector_store,
    lexical: Lexical,
    k: int = 8,
    fetch_k: int = 30,
    current: Callable[[Document], bool] | None = None,
    ids_of: Callable[[list[str]], list[str]] | None = None,
) -> Runnable:
    """``{"question", "sources", "terms"} -> list[Passage]``: dense ∥ lexical search (the
    ``terms`` added to the lexical one's words), fused by RRF.

    ``sources`` (optional) restricts both searches to those reports, for questions that name
    their park. ``current`` (optional) keeps only chunks that belong to the catalog's present
    version of their report: after a crash, or while another process writes, the vector store
    may hold chunks of a report the catalog has not committed or has already forgotten.
    ``ids_of`` (optional) lists the chunk ids of reports: with it, a search restricted to a few
    reports ranks their chunks exactly (see ``EXACT_DENSE_LIMIT``).
    """

    def dense(query: dict) -> list[tuple[Document, float]]:
        sources = query.get("sources")
        if sources and ids_of is not None:
            ids = ids_of(list(sources))
            if len(ids) <= EXACT_DENSE_LIMIT:
                hits = exact_dense(vector_store, query["question"], ids, fetch_k)
                return [(doc, similarity) for doc, similarity in hits if keep(doc)]
        if not sources and vector_store._collection.count() <= EXACT_STORE_LIMIT:
            ids = vector_store._collection.get(include=[])["ids"]
            hits = exact_dense(vector_store, query["question"], sorted(ids), fetch_k)
            return [(doc, similarity) for doc, similarity in hits if keep(doc)]
        where = {"source": {"$in": list(sources)}} if sources else None
        hits = vector_store.similarity_search_with_score(query["question"], k=fetch_k, filter=where)
        # cosine space: similarity = 1 - distance
        return [(doc, 1.0 - distance) for doc, distance in hits if keep(doc)]

    def keep(doc: Document) -> bool:
        return current is None or current(doc)

    def bm25(query: dict) -> list[tuple[Document, float]]:
        sources = query.get("sources")
        # (with the names of the indicators the question was read as asking: "到账的钱" finds
        # the sentences saying 实际到位资金)
        words = " ".join(filter(None, (query["question"], query.get("terms", ""))))
        hits = lexical.search(words, fetch_k, sources)
        return [(doc, score) for doc, score in hits if keep(doc)]

    def fuse(found: dict) -> list[Passage]:
        ranked = {"dense": found["dense"], "lexical": found["lexical"]}
        days = set(found["query"].get("dates") or ())
        if days:
            # A day the question names ("31 Oct", 10月31日) is a precise anchor: the chunks
            # either search found that write it are a third ranked list (in lexical order).
            seen: set[tuple[str, int, int]] = set()
            dated = []
            for doc, score in ranked["lexical"] + ranked["dense"]:
                if _key(doc) not in seen and days & vocab.month_days(doc.page_content):
                    seen.add(_key(doc))
                    dated.append((doc, score))
            ranked["dated"] = dated
        return rrf_fuse(ranked, k)

    parallel = RunnableParallel(
        dense=RunnableLambda(dense), lexical=RunnableLambda(bm25), query=RunnablePassthrough()
    )
    return parallel | RunnableLambda(fuse)
