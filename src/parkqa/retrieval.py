"""Retrieval: the question's nearest chunks in the vector store, as :class:`Passage` objects.

Dense search over e5 vectors in Chroma. Scores are cosine similarities (the collection uses the
cosine space, so Chroma's distance is ``1 - cos``).
"""

from __future__ import annotations

from langchain_core.documents import Document

from parkqa.answer import Passage


def to_passage(doc: Document, score: float) -> Passage:
    meta = doc.metadata
    return Passage(
        source=str(meta.get("source", "")),
        title=str(meta.get("title", "")),
        text=doc.page_content,
        start=int(meta.get("start", 0)),
        end=int(meta.get("end", 0)),
        section=str(meta.get("section", "")),
        score=float(score),
    )


def dense_search(vector_store, question: str, k: int = 5) -> list[Passage]:
    """Top ``k`` chunks by cosine similarity to the question."""
    hits = vector_store.similarity_search_with_score(question, k=k)
    return [to_passage(doc, 1.0 - distance) for doc, distance in hits]
