"""ONNX Runtime encoders for the embedding model, exported once from the local model, offline.

Why ONNX: on the 2-core CPU the model is the cost of indexing and a third of every answer;
ONNX Runtime runs the same network faster, and its dynamically quantized int8 version faster
still with vectors that stay within a cosine of ~0.997 of the float ones (see
docs/benchmarks.md for the measured speeds and the retrieval check that allowed each backend).

Why not sentence-transformers' own ``backend="onnx"``: it loads through ``optimum-onnx``,
which requires ``transformers<4.58`` while sentence-transformers 6 requires ``transformers>=5``
(checked on the registry). What it would do is done here directly: the transformer with its
mean pooling and L2 normalisation is traced into one ONNX graph with ``torch.onnx``, and the
int8 model is made from it by ``onnxruntime.quantization.quantize_dynamic``. Both are written
next to the model (``<model>/onnx/``) the first time they are needed, atomically (a second
process waits for, or reuses, the first one's file), and never downloaded.
"""

from __future__ import annotations

import os
import tempfile
import threading
import warnings
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

_FILES = {"onnx": "model.onnx", "onnx-int8": "model_qint8.onnx"}
_export_lock = threading.Lock()


def onnx_path(model_dir: Path, backend: str) -> Path:
    return Path(model_dir) / "onnx" / _FILES[backend]


def ensure_exported(model_dir: Path, backend: str) -> Path:
    """The ONNX file of ``backend`` for the model in ``model_dir``, exported on first use (the
    int8 model is quantized from the float one)."""
    target = onnx_path(model_dir, backend)
    with _export_lock:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            if backend == "onnx-int8":
                source = onnx_path(model_dir, "onnx")
                if not source.exists():
                    _atomic(source, lambda tmp: _export(Path(model_dir), tmp))
                _atomic(target, lambda tmp: _quantize(source, tmp))
            else:
                _atomic(target, lambda tmp: _export(Path(model_dir), tmp))
    return target


def _atomic(target: Path, write: Any) -> None:
    """Write through a temporary file in the same folder, then rename: a reader never sees a
    half-written model, and two writers both end with a whole one."""
    fd, name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _export(model_dir: Path, out: Path) -> None:
    """Trace the transformer with mean pooling and L2 normalisation into one graph whose output
    is the sentence embedding (what sentence-transformers computes for this model)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    bert = AutoModel.from_pretrained(model_dir).eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask)[0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    sample = tokenizer(["passage: 园区全年新签约项目46个。"], return_tensors="pt")
    axes = {0: "batch", 1: "tokens"}
    # The tracer warns about Python conditions in the attention code (padding length, causal
    # flag) that are constants for an encoder; the test compares the graph with torch on
    # padded batches of mixed lengths.
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pooled().eval(),
            (sample["input_ids"], sample["attention_mask"]),
            str(out),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "embedding": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )


def _quantize(source: Path, out: Path) -> None:
    """int8 weights per output channel, activations quantized at run time (no calibration
    data needed: the model stays the same function of its input)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(out), weight_type=QuantType.QInt8, per_channel=True)


class OnnxEncoder:
    """Tokenize (the ``tokenizers`` library on the model's own ``tokenizer.json``: no torch or
    transformers import, so a process starts fast), run the ONNX graph, return normalized
    embeddings. Thread-safe: ONNX Runtime sessions may be run from several threads."""

    def __init__(self, model_dir: Path, backend: str, batch_size: int = 16) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = ensure_exported(Path(model_dir), backend)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=512)
        pad = self.tokenizer.token_to_id("<pad>")
        self.tokenizer.enable_padding(pad_id=1 if pad is None else pad, pad_token="<pad>")
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> list[list[float]]:
        """Embeddings in the order given; batches are cut from the texts sorted by length, as
        sentence-transformers does (a short chunk is not padded to the longest)."""
        import numpy as np

        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        vectors: list[Any] = [None] * len(texts)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in batch])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            out = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for i, vector in zip(batch, out, strict=True):
                vectors[i] = vector.tolist()
        return vectors


class OnnxEmbeddings(Embeddings):
    """LangChain's ``Embeddings`` over :class:`OnnxEncoder`, with the model's prompts."""

    def __init__(
        self,
        model_dir: Path,
        backend: str,
        query_prompt: str,
        passage_prompt: str,
        batch_size: int = 16,
    ) -> None:
        self.encoder = OnnxEncoder(model_dir, backend, batch_size)
        self.query_prompt, self.passage_prompt = query_prompt, passage_prompt

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encoder.encode([self.passage_prompt + t for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return self.encoder.encode([self.query_prompt + text])[0]
