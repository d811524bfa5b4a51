"""Indexing throughput next to the raw embedding throughput of the same model on the same chunks.

Corpus: the 848 CMRC 2018 dev paragraphs (``../shared/benchmarks``), each written as a UTF-8
``.txt`` report, plus the bundled samples and the real park report. One run measures, in order:

1. full indexing into a fresh store (load, clean, chunk, embed, write to Chroma, record manager);
2. raw ``SentenceTransformer.encode`` of exactly the chunk texts that indexing embedded;
3. re-indexing the unchanged corpus (nothing should be embedded);
4. re-indexing after one report changed.

The model is loaded and warmed up before any timing, so neither figure includes the load.
Usage: ``python benchmarks/index_throughput.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
import time
from pathlib import Path

from parkqa import ParkQA, Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def build_corpus(folder: Path, limit: int | None) -> int:
    data = json.loads((SHARED / "benchmarks" / "cmrc2018_dev.json").read_text(encoding="utf-8"))
    paragraphs = [p["context"] for article in data["data"] for p in article["paragraphs"]]
    if limit:
        paragraphs = paragraphs[:limit]
    for n, text in enumerate(paragraphs):
        (folder / f"cmrc_{n:04d}.txt").write_text(text, encoding="utf-8")
    for report in [*(ROOT / "examples" / "reports").iterdir(), *(SHARED / "reports").iterdir()]:
        shutil.copy(report, folder / report.name)
    return len(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="only the first N paragraphs")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="parkqa-bench-"))
    corpus = work / "reports"
    corpus.mkdir()
    n_paragraphs = build_corpus(corpus, args.limit)
    qa = ParkQA(settings=Settings.from_env(work / "store"))

    started = time.perf_counter()
    qa.embeddings.embed_query("预热")  # load (and if needed convert) the model: not timed below
    load_seconds = time.perf_counter() - started

    result = qa.index([corpus])
    assert not result.failed, result.failed
    chunks = qa.vector_store.get(include=["documents"])["documents"]
    index_rate = result.chunks_added / result.seconds

    model = qa.embeddings.inner._client  # the SentenceTransformer behind HuggingFaceEmbeddings
    _, passage_prompt = qa.settings.prompts
    started = time.perf_counter()
    model.encode(
        chunks,
        prompt=passage_prompt,
        batch_size=qa.settings.embedding_batch,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    raw_seconds = time.perf_counter() - started
    raw_rate = len(chunks) / raw_seconds

    again = qa.index([corpus])
    target = corpus / "cmrc_0000.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\n新增一句用于测试增量索引。", "utf-8")
    changed = qa.index([corpus])

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"corpus: {n_paragraphs} CMRC paragraphs + samples = {result.added} reports, "
        f"{result.chunks_added} chunks (chunk_chars={qa.settings.chunk_chars})"
    )
    print(f"model load + warm-up:        {load_seconds:8.1f} s")
    print(f"full index:                  {result.seconds:8.1f} s  {index_rate:7.1f} chunks/s")
    print(f"raw embedding, same chunks:  {raw_seconds:8.1f} s  {raw_rate:7.1f} chunks/s")
    print(f"indexing / raw embedding:    {index_rate / raw_rate:8.2f}")
    print(
        f"re-index, nothing changed:   {again.seconds:8.2f} s  unchanged={again.unchanged} "
        f"embedded={again.chunks_added}"
    )
    print(
        f"re-index, one report edited: {changed.seconds:8.2f} s  updated={changed.updated} "
        f"embedded={changed.chunks_added} deleted={changed.chunks_deleted}"
    )
    print(f"peak RSS:                    {peak_mb:8.0f} MB")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
