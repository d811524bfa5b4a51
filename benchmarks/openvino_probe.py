"""Probe: would an OpenVINO backend beat ONNX Runtime int8? (issue 11, "OpenVINO if it wins").

Runs each configuration in its own process (so its peak RSS and start-up are its own), in
alternating rounds on the same passages (paragraphs of the sample reports and the real report):

- ``ort-int8`` / ``ort-float``: ONNX Runtime on the int8 and float ONNX files parkqa exports
  (parkqa's ``onnx-int8`` and ``onnx`` backends);
- ``ov-f32`` / ``ov-bf16``: OpenVINO's CPU runtime compiling the float ONNX file with the
  LATENCY hint, inference precision pinned to f32, or bf16 (which OpenVINO picks by itself on
  CPUs with bf16 units; on others it is not offered).

Prints, per configuration and round: model start-up (second process onward: OpenVINO's compiled
blob is cached), texts/s at batch 16, 4 and 1, the query embedding p50 (one short text), the
peak RSS of the process, and the lowest cosine to ONNX Runtime's float vectors; then each
median as a ratio to ``ort-int8``. Writes ``docs/openvino_probe.json``.

OpenVINO is not a parkqa dependency: run it with ``openvino`` installed in the venv
(``pip install openvino``) and the model exported once by parkqa.
Usage: ``python benchmarks/openvino_probe.py [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL = Path.home() / ".cache" / "parkqa" / "models" / "multilingual-e5-small"
CONFIGS = ("ort-int8", "ort-float", "ov-f32", "ov-bf16")


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


def start(config: str, model: Path) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """A runner of (input ids, attention mask) → normalized embeddings."""
    if config.startswith("ort"):
        import onnxruntime as ort

        name = "model_qint8.onnx" if config == "ort-int8" else "model.onnx"
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        session = ort.InferenceSession(str(model / "onnx" / name), options)
        return lambda ids, mask: session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    import openvino as ov

    core = ov.Core()
    precision = config.removeprefix("ov-")
    capability = {"f32": "FP32", "bf16": "BF16"}[precision]
    if capability not in core.get_property("CPU", "OPTIMIZATION_CAPABILITIES"):
        raise SystemExit(f"{config}: this CPU does not offer {precision}")
    compiled = core.compile_model(
        str(model / "onnx" / "model.onnx"),
        "CPU",
        {
            "PERFORMANCE_HINT": "LATENCY",
            "INFERENCE_PRECISION_HINT": precision,
            "CACHE_DIR": str(Path(tempfile.gettempdir()) / "parkqa-openvino-probe-cache"),
        },
    )
    request = compiled.create_infer_request()
    return lambda ids, mask: request.infer({"input_ids": ids, "attention_mask": mask})[0].copy()


def one(config: str, model: Path, texts: int, vectors_out: Path) -> dict[str, float]:
    """Measure one configuration in this process."""
    from tokenizers import Tokenizer

    started = time.perf_counter()
    run = start(config, model)
    tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=512)
    tokenizer.enable_padding(pad_id=1, pad_token="<pad>")
    startup = time.perf_counter() - started
    corpus = passages(texts)

    def encode(batch: int) -> np.ndarray:
        out = []
        for i in range(0, len(corpus), batch):
            encoded = tokenizer.encode_batch(corpus[i : i + batch])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            out.append(run(ids, mask))
        return np.concatenate(out)

    encode(64)  # warm up every shape path once
    figures: dict[str, float] = {"startup_s": startup}
    for batch in (16, 4, 1):
        begun = time.perf_counter()
        vectors = encode(batch)
        figures[f"texts_per_s_b{batch}"] = len(corpus) / (time.perf_counter() - begun)
    query = []
    for text in corpus[:60]:
        encoded = tokenizer.encode_batch(["query: " + text[9:40]])
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        begun = time.perf_counter()
        run(ids, mask)
        query.append(time.perf_counter() - begun)
    figures["query_p50_ms"] = statistics.median(query) * 1000
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    np.save(vectors_out, vectors)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--texts", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--one", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--vectors", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "openvino_probe.json")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.model, args.texts, args.vectors)))
        return
    runs: dict[str, list[dict[str, float]]] = {c: [] for c in CONFIGS}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            for config in CONFIGS:
                vectors = Path(tmp) / f"{config}.npy"
                done = subprocess.run(
                    [
                        *(sys.executable, __file__, "--one", config, "--vectors", str(vectors)),
                        *("--model", str(args.model), "--texts", str(args.texts)),
                    ],
                    capture_output=True,
                    text=True,
                )
                if done.returncode != 0:
                    print(f"{config}: {done.stderr.strip().splitlines()[-1]}")
                    continue
                figures = json.loads(done.stdout)
                reference = np.load(Path(tmp) / "ort-float.npy") if config != "ort-int8" else None
                if reference is not None:
                    cosine = (np.load(vectors) * reference).sum(axis=1)
                    figures["lowest_cosine_to_float"] = float(cosine.min())
                runs[config].append(figures)
                shown = ", ".join(f"{k} {v:.4g}" for k, v in figures.items())
                print(f"round {round_ + 1} {config}: {shown}", flush=True)
        int8 = Path(tmp) / "ort-int8.npy"
        low = float((np.load(int8) * np.load(Path(tmp) / "ort-float.npy")).sum(axis=1).min())
        runs["ort-int8"][-1]["lowest_cosine_to_float"] = low
    medians = {
        config: {k: statistics.median(r[k] for r in rs if k in r) for k in rs[-1]}
        for config, rs in runs.items()
        if rs
    }
    base = medians["ort-int8"]
    print("\nmedians, and ratio to ort-int8 (texts/s: higher is better; ms, MB: lower)")
    for config, figures in medians.items():
        shown = ", ".join(
            f"{k} {v:.4g}" + (f" ({v / base[k]:.2f}×)" if k in base and "cosine" not in k else "")
            for k, v in figures.items()
        )
        print(f"{config}: {shown}")
    import openvino

    args.out.write_text(
        json.dumps({"openvino": openvino.__version__, "runs": runs, "medians": medians}, indent=1)
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
