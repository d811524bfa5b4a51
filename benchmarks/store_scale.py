"""Store scale without a cliff: N synthetic chunks written straight into Chroma and the catalog
(random unit vectors: this measures the store, not the model), then what every question and a
consistency check cost at that size.

    python benchmarks/store_scale.py 40000 200000

Prints, per N: seconds to write, peak RSS, ``ask`` latency (first question, which builds the BM25
index, then warm p50/p95), ``check`` seconds. Before chunks were read in pages, every question
failed above ~32,000 chunks ("too many SQL variables").
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from parkqa import ParkQA, Settings
from parkqa.answer.fact import facts_json
from parkqa.answer.facts import extract_facts

CHUNKS_PER_REPORT = 1000
PARKS = ["青湖", "松山", "南湖", "西苑", "滨江", "东港", "北塘", "云陵", "岚溪", "澄湾"]


def fill(qa: ParkQA, n_chunks: int, seed: int = 0) -> None:
    """Write ``n_chunks`` chunks in reports of :data:`CHUNKS_PER_REPORT` sentences each."""
    rng = random.Random(seed)
    collection = qa.vector_store._collection
    qa.catalog.set_backend(qa.settings.backend)  # written directly, not by `index`
    for r in range(n_chunks // CHUNKS_PER_REPORT):
        park = f"{PARKS[r % len(PARKS)]}{r}号园"
        source = f"synthetic_{r:05d}.txt"
        sentences = [
            f"{park}第{i}号厂房年产值{rng.randint(1, 999)}.{rng.randint(0, 9)}亿元，"
            f"同比增长{rng.randint(1, 30)}.{rng.randint(0, 9)}%。"
            for i in range(CHUNKS_PER_REPORT)
        ]
        text = "".join(sentences)
        ids, docs, metas, start = [], [], [], 0
        for i, sentence in enumerate(sentences):
            end = start + len(sentence)
            ids.append(f"{source}-{i}")
            docs.append(sentence)
            metas.append(
                {"source": source, "title": park, "start": start, "end": end, "section": ""}
            )
            start = end
        vectors = np.random.default_rng(r).normal(size=(len(ids), 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        for i in range(0, len(ids), 2000):
            collection.add(
                ids=ids[i : i + 2000],
                documents=docs[i : i + 2000],
                metadatas=metas[i : i + 2000],
                embeddings=vectors[i : i + 2000].tolist(),
            )
        qa.catalog.put(
            source=source,
            path=f"/nonexistent/{source}",
            title=park,
            fmt="txt",
            file_sha256="0" * 64,
            config_key="synthetic",
            chunks=len(ids),
            text=text,
            facts=facts_json(extract_facts(source, park, text)),
        )


def run(n_chunks: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        qa = ParkQA(settings=Settings.from_env(Path(tmp) / "store"))
        started = time.perf_counter()
        fill(qa, n_chunks)
        wrote = time.perf_counter() - started
        started = time.perf_counter()
        qa.ask("青湖0号园第17号厂房年产值多少？")
        first = time.perf_counter() - started
        times = []
        for i in range(30):
            started = time.perf_counter()
            qa.ask(f"{PARKS[i % len(PARKS)]}{i}号园第{i * 7}号厂房同比增长多少？")
            times.append(time.perf_counter() - started)
        times.sort()
        started = time.perf_counter()
        found = qa.check()
        checked = time.perf_counter() - started
        assert found.chunks == n_chunks, found.problems()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        qa.close()
    return {
        "chunks": n_chunks,
        "write_s": round(wrote, 1),
        "first_ask_s": round(first, 2),
        "ask_p50_ms": round(statistics.median(times) * 1000),
        "ask_p95_ms": round(times[int(len(times) * 0.95)] * 1000),
        "check_s": round(checked, 1),
        "peak_rss_mb": round(rss),
    }


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["40000"]:
        print(run(int(arg)), flush=True)
