"""Probe: would an OpenVINO backend beat ONNX Runtime int8? (issue 11, "OpenVINO if it wins").

Encodes the same passages (paragraphs of the sample reports and the real report, length-sorted,
batches of 16, mean pooling) with ONNX Runtime (the int8 and float ONNX files parkqa exports)
and with OpenVINO reading the same ONNX files (LATENCY and THROUGHPUT hints), and prints
texts/s and the lowest cosine to ONNX Runtime's float vectors.

OpenVINO is not a parkqa dependency: run it from a venv with ``openvino onnxruntime tokenizers
numpy`` installed and the model exported once by parkqa (``--model`` defaults to the cache).
It only compiles ONNX files with OpenVINO's runtime and calls none of its conversion tools
(those are what use the ``openvino-telemetry`` package the wheel pulls in); a parkqa backend
would have to make sure of that again. Usage: ``python benchmarks/openvino_probe.py``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = Path.home() / ".cache" / "parkqa" / "models" / "multilingual-e5-small"


def passages(limit: int) -> list[str]:
    texts: list[str] = []
    for folder in (ROOT / "examples" / "reports", ROOT.parent / "shared" / "reports"):
        for path in sorted(folder.glob("*")):
            if path.suffix not in (".txt", ".md"):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            texts += ["passage: " + p.replace("\n", "") for p in text.split("\n\n") if p.strip()]
    return sorted(texts[:limit], key=len, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--texts", type=int, default=600)
    args = parser.parse_args()
    import onnxruntime as ort
    import openvino as ov
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=512)
    tokenizer.enable_padding(pad_id=1, pad_token="<pad>")
    texts = passages(args.texts)
    batches = []
    for i in range(0, len(texts), 16):
        encoded = tokenizer.encode_batch(texts[i : i + 16])
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        batches.append((ids, mask))

    def pooled(out: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if out.ndim == 3:  # token vectors: mean over the real tokens
            weights = mask[..., None].astype(np.float32)
            out = (out * weights).sum(1) / weights.sum(1)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def timed(run) -> tuple[float, list[np.ndarray]]:
        run(*batches[-1])
        started = time.perf_counter()
        vectors = [run(ids, mask) for ids, mask in batches]
        return len(texts) / (time.perf_counter() - started), vectors

    results = {}
    for name in ("model_qint8.onnx", "model.onnx"):
        session = ort.InferenceSession(str(args.model / "onnx" / name))
        wanted = {i.name for i in session.get_inputs()}

        def run_ort(ids, mask, session=session, wanted=wanted):
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids}
            out = session.run(None, {k: v for k, v in feed.items() if k in wanted})[0]
            return pooled(out, mask)

        results[f"onnxruntime {name}"] = timed(run_ort)
        for hint in ("LATENCY", "THROUGHPUT"):
            compiled = ov.Core().compile_model(
                str(args.model / "onnx" / name), "CPU", {"PERFORMANCE_HINT": hint}
            )
            names = {i.get_any_name() for i in compiled.inputs}

            def run_ov(ids, mask, compiled=compiled, names=names):
                feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids}
                return pooled(compiled({k: v for k, v in feed.items() if k in names})[0], mask)

            results[f"openvino {name} {hint}"] = timed(run_ov)
    reference = results["onnxruntime model.onnx"][1]
    for label, (rate, vectors) in results.items():
        low = min(float((a * b).sum(1).min()) for a, b in zip(vectors, reference, strict=True))
        print(f"{label}: {rate:.1f} texts/s, lowest cosine to ONNX Runtime float {low:.4f}")


if __name__ == "__main__":
    main()
