"""The embedding backends side by side: speed, and whether answers stay the same.

For each backend (torch, onnx, onnx-int8), in one run on the same machine:

1. index the 848 CMRC 2018 dev paragraphs into a fresh store (each paragraph a report) and
   report indexing chunks/s, then raw encoding chunks/s of exactly the stored chunk texts;
2. ask all CMRC questions: EM, and recall@5 (the gold paragraph among the five passages);
3. index the reports of each question set (the dev set, tests/heldout_v2, tests/heldout_v3) into
   a fresh store and score its questions and conversations (``parkqa eval``'s grader): EM+cite
   of answerable questions, refusals;
4. time the query embedding alone (p50 over 50 questions).

The ONNX models are exported (once, into the model cache) before any timing. A backend may be
the default only if its CMRC recall@5 and EM and its dev-set EM differ from torch's by < 1
point. Writes ``docs/backends.json``.
A backend may be given with an embedding batch size, ``onnx-int8@1`` (default: the backend's).
Usage: ``python benchmarks/backends.py [--limit N] [--backends torch,onnx-int8,onnx-int8@1]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from parkqa import ParkQA, Settings
from parkqa.evaluation import cmrc_exact, evaluate, load_gold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
#: Question sets scored per backend: name → (reports folder, question files).
SETS = {
    "dev": (SHARED / "eval" / "dev" / "corpus", SHARED / "eval" / "dev"),
    "heldout_v2": (ROOT / "tests" / "heldout_v2" / "reports", ROOT / "tests" / "heldout_v2"),
    "heldout_v3": (ROOT / "tests" / "heldout_v3" / "reports", ROOT / "tests" / "heldout_v3"),
}


def cmrc_corpus(folder: Path, limit: int | None) -> list[tuple[str, tuple[str, ...], str]]:
    data = json.loads((SHARED / "benchmarks" / "cmrc2018_dev.json").read_text(encoding="utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    questions = []
    for article in data["data"]:
        for paragraph in article["paragraphs"]:
            name = f"{paragraph['id']}.txt"
            (folder / name).write_text(paragraph["context"], encoding="utf-8")
            for q in paragraph["qas"]:
                questions.append((q["question"], tuple(a["text"] for a in q["answers"]), name))
    return questions[:limit] if limit else questions


def measure(label: str, work: Path, questions: list, paragraphs: Path) -> dict[str, object]:
    backend, _, batch = label.partition("@")
    chosen = {"backend": backend, "batch_size": int(batch) if batch else None}
    settings = Settings.from_env(work / f"cmrc-{label}", **chosen)
    qa = ParkQA(settings=settings)
    qa.embeddings.embed_documents(["预热"])  # load (and export, the first time) before timing
    result = qa.index([paragraphs])
    texts = list(qa.vector_store._collection.get(include=["documents"])["documents"] or [])
    started = time.perf_counter()
    qa.embeddings.inner.embed_documents(texts)
    raw = len(texts) / (time.perf_counter() - started)
    indexing = result.chunks_added / result.seconds

    em = recall = 0
    started = time.perf_counter()
    for question, answers, source in questions:
        answer = qa.ask(question)
        em += bool(answer.value) and cmrc_exact(answer.value or "", answers)
        recall += source in [p.source for p in answer.passages[:5]]
    ask_ms = 1000 * (time.perf_counter() - started) / len(questions)
    query_times = []
    for question, _, _ in questions[:50]:
        started = time.perf_counter()
        qa.embeddings.embed_query(question)
        query_times.append(1000 * (time.perf_counter() - started))
    qa.close()

    scores = {}
    for name, (reports, folder) in SETS.items():
        qa = ParkQA(settings=Settings.from_env(work / f"{name}-{label}", **chosen))
        qa.index([reports])
        rows = [*load_gold(folder / "qa.jsonl"), *load_gold(folder / "conversations.json")]
        metrics = evaluate(qa, rows).metrics()
        qa.close()
        scores[f"{name}_answerable_em_cite"] = metrics["answerable_em_cite"]
        scores[f"{name}_refusals_right"] = f"{metrics['refusals_right']}/{metrics['must_refuse']}"
    return {
        "backend": label,
        "chunks": len(texts),
        "indexing_chunks_per_s": round(indexing, 1),
        "raw_encoding_chunks_per_s": round(raw, 1),
        "indexing_share_of_raw": round(indexing / raw, 3),
        "query_embedding_ms_p50": round(statistics.median(query_times), 1),
        "cmrc_ask_ms_mean": round(ask_ms, 1),
        "cmrc_questions": len(questions),
        "cmrc_em": round(em / len(questions), 4),
        "cmrc_recall_at_5": round(recall / len(questions), 4),
        **scores,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions")
    parser.add_argument("--backends", default="torch,onnx,onnx-int8")
    parser.add_argument("--out", default=str(ROOT / "docs" / "backends.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parkqa-backends-"))
    questions = cmrc_corpus(work / "paragraphs", args.limit)
    rows = [measure(b, work, questions, work / "paragraphs") for b in args.backends.split(",")]
    base = rows[0]
    print(
        f"{'backend':<12} {'index/s':>8} {'raw/s':>7} {'×torch':>7} {'query ms':>9} "
        f"{'CMRC EM':>8} {'R@5':>7} "
        + " ".join(f"{name + ' EM+cite':>18} {'refusals':>8}" for name in SETS)
    )
    for r in rows:
        speedup = float(r["indexing_chunks_per_s"]) / float(base["indexing_chunks_per_s"])
        print(
            f"{r['backend']:<12} {r['indexing_chunks_per_s']:>8} "
            f"{r['raw_encoding_chunks_per_s']:>7} "
            f"{speedup:>6.2f}× {r['query_embedding_ms_p50']:>9} {r['cmrc_em']:>8.2%} "
            f"{r['cmrc_recall_at_5']:>7.2%} "
            + " ".join(
                f"{float(r[name + '_answerable_em_cite']):>18.2%} {r[name + '_refusals_right']:>8}"
                for name in SETS
            )
        )
    Path(args.out).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
