"""The vector store (Chroma through ``langchain-chroma``) and LangChain's record manager.

Why a record manager: LangChain's indexing API uses it to remember which chunk hashes are in the
store for which source, so re-indexing embeds only new chunks and deletes a changed report's old
ones (``cleanup="incremental"``). It lives in the store folder even when Chroma is a server.

Chroma is always handed vectors by us: the collection is created without an embedding function,
so Chroma's default one (which would download an English ONNX model) can never run.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from parkqa.config import Settings
from parkqa.embedding import offline_environment

if TYPE_CHECKING:
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings
    from langchain_core.indexing import RecordManager


class StoreError(RuntimeError):
    """The vector store cannot be reached or opened."""


def collection_name(model: str) -> str:
    """One collection per embedding model: vectors of different models must never mix."""
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", Path(model).name).strip("-._") or "model"
    digest = hashlib.sha1(model.encode("utf-8")).hexdigest()[:8]
    return f"parkqa-{slug[:40]}-{digest}"


def chroma_client(settings: Settings):
    """``PersistentClient`` in the store folder, or ``HttpClient`` when a server URL is set."""
    offline_environment()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(
            settings.chroma_url if "://" in settings.chroma_url else f"http://{settings.chroma_url}"
        )
        if not url.hostname:
            raise StoreError(f"PARKQA_CHROMA_URL is not a URL: {settings.chroma_url!r}")
        ssl = url.scheme == "https"
        port = url.port or (443 if ssl else 8000)
        try:
            client = chromadb.HttpClient(
                host=url.hostname, port=port, ssl=ssl, settings=chroma_settings
            )
            client.heartbeat()
        except Exception as exc:
            raise StoreError(
                f"cannot reach the Chroma server at {settings.chroma_url}: {exc}"
            ) from exc
        return client
    path = Path(settings.store) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class ChromaMustNotEmbed(RuntimeError):
    """Something asked Chroma to embed text itself, which would download its default model."""


def _refusing_embedding_function():
    from chromadb.api.types import EmbeddingFunction

    class RefuseToEmbed(EmbeddingFunction):
        """Chroma falls back to its default (downloading) model when a collection has no
        embedding function; this one takes its place and refuses, loudly."""

        def __init__(self) -> None:
            pass

        def __call__(self, input):
            raise ChromaMustNotEmbed("parkqa gives Chroma vectors; Chroma must never embed text")

        def embed_query(self, input):
            return self(input)

        @staticmethod
        def name() -> str:
            return "parkqa-refuse"

    return RefuseToEmbed()


def vector_store(settings: Settings, embeddings: Embeddings, client=None) -> Chroma:
    from langchain_chroma import Chroma

    store = Chroma(
        collection_name=collection_name(settings.model),
        embedding_function=embeddings,
        client=client if client is not None else chroma_client(settings),
        collection_metadata={"hnsw:space": "cosine", "parkqa:model": settings.model},
    )
    # langchain-chroma opens the collection without an embedding function, which makes Chroma
    # fall back to its default one on any text query; put a refusing one in its place.
    store._collection._embedding_function = _refusing_embedding_function()
    return store


def record_manager(settings: Settings) -> RecordManager:
    """A SQLite record manager next to the report catalog, namespaced by collection and server."""
    from langchain_classic.indexes import SQLRecordManager

    Path(settings.store).mkdir(parents=True, exist_ok=True)
    where = settings.chroma_url or "local"
    manager = SQLRecordManager(
        f"{where}/{collection_name(settings.model)}",
        db_url=f"sqlite:///{Path(settings.store).resolve() / 'records.sqlite'}",
    )
    manager.create_schema()
    return manager
