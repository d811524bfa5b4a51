"""The vector store (Chroma through ``langchain-chroma``) and LangChain's record manager.

Why a record manager: LangChain's indexing API uses it to remember which chunk hashes are in the
store for which source, so re-indexing embeds only new chunks and deletes a changed report's old
ones (``cleanup="incremental"``). It lives in the store folder even when Chroma is a server.

Chroma is always handed vectors by us: the collection is created without an embedding function,
so Chroma's default one (which would download an English ONNX model) can never run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import sys
import threading
import uuid
from pathlib import Path
from types import ModuleType
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


def store_id(store: Path) -> str:
    """The store folder's own random id, created with it and never changed.

    Why: several stores may share one Chroma server. Their collections (and so their chunk
    ids, which are content hashes) must not meet, or removing a report from one store deletes
    another's chunks. The id is written to a temporary file, synced and linked into place, so
    two processes creating a store at once agree on one id and a power cut leaves either no id
    or a whole one. (A copied store folder is the same store: delete its ``STORE_ID`` to make
    the copy a store of its own, whose next ``index`` fills a new collection.)
    """
    path = Path(store) / "STORE_ID"
    for _ in range(2):
        try:
            value = path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            value = None
        except (OSError, UnicodeDecodeError):
            value = ""
        if value and _STORE_ID.fullmatch(value):
            return value
        if value is not None:  # damaged: a new id, a new collection, re-filled by `index`
            path.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"STORE_ID.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "w", encoding="ascii") as fh:
            fh.write(uuid.uuid4().hex + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process got there first: keep theirs
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_text(encoding="ascii").strip()


_STORE_ID = re.compile(r"[0-9a-f]{32}")


def collection_name(model: str, store: str | None = None) -> str:
    """One collection per embedding model (vectors of different models must never mix) and,
    on a shared Chroma server, per store (``store`` = its :func:`store_id`)."""
    slug = re.sub(r"[^a-zA-Z0-9._-]+", "-", Path(model).name).strip("-._") or "model"
    digest = hashlib.sha1(model.encode("utf-8")).hexdigest()[:8]
    name = f"parkqa-{slug[:40]}-{digest}"
    return f"{name}-{store[:12]}" if store else name


def store_collection(settings: Settings) -> str:
    """The collection of this store: an embedded Chroma lives inside the store folder and is
    the store's alone; on a server the store's id keeps it apart from other stores'."""
    if settings.chroma_url:
        return collection_name(settings.model, store_id(Path(settings.store)))
    return collection_name(settings.model)


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
        collection_name=store_collection(settings),
        embedding_function=embeddings,
        client=client if client is not None else chroma_client(settings),
        collection_metadata={"hnsw:space": "cosine", "parkqa:model": settings.model},
    )
    # langchain-chroma opens the collection without an embedding function, which makes Chroma
    # fall back to its default one on any text query; put a refusing one in its place.
    store._collection._embedding_function = _refusing_embedding_function()
    return store


_SQL_RECORD_MANAGER = "langchain_classic.indexes._sql_record_manager"
_module_lock = threading.Lock()


def sql_record_manager_module() -> ModuleType:
    """langchain-classic's ``SQLRecordManager`` module, without its package's ``__init__``.

    Why: ``langchain_classic.indexes`` imports ``VectorstoreIndexCreator`` and through it the
    LLM chains, 0.65 s of pydantic model building at every process start (a sixth of the cold
    start of ``parkqa ask``) for classes parkqa never uses. The record manager's own module
    needs only ``langchain_core`` and ``sqlalchemy``, so it is loaded from its file under its
    real name: a later ``import langchain_classic.indexes`` finds it in ``sys.modules`` and
    uses the same module (one ``UpsertionRecord`` table class per process).
    """
    with _module_lock:
        module = sys.modules.get(_SQL_RECORD_MANAGER)
        if module is not None:
            return module
        package = importlib.util.find_spec("langchain_classic")
        if package is None or not package.submodule_search_locations:
            raise ImportError("langchain-classic is not installed")
        folder = Path(next(iter(package.submodule_search_locations)))
        path = folder / "indexes" / "_sql_record_manager.py"
        spec = importlib.util.spec_from_file_location(_SQL_RECORD_MANAGER, path)
        if spec is None or spec.loader is None:  # pragma: no cover - a broken install
            raise ImportError(f"cannot load {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[_SQL_RECORD_MANAGER] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[_SQL_RECORD_MANAGER]
            raise
        return module


def record_manager(settings: Settings) -> RecordManager:
    """A SQLite record manager next to the report catalog, namespaced by collection and server."""
    Path(settings.store).mkdir(parents=True, exist_ok=True)
    where = settings.chroma_url or "local"
    manager = sql_record_manager_module().SQLRecordManager(
        f"{where}/{store_collection(settings)}",
        db_url=f"sqlite:///{Path(settings.store).resolve() / 'records.sqlite'}",
    )
    manager.create_schema()
    return manager
