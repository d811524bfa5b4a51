"""Scale: N park reports of realistic length through the real pipeline, embedded store and a
`chroma run` server, one run per N on the same machine.

Reports are generated from templates (invented parks, figures and dates, in the shape of the
sample reports) with two CMRC 2018 paragraphs each for varied prose, about 1,500 characters.
Per N and store, in order:

1. index all reports into a fresh store: chunks/s, next to raw encoding of a sample of the
   same chunk texts with the same backend;
2. warm ``ask`` p50/p95 over 60 generated questions, with the query embedding alone beside it;
3. peak RSS of this process, store size on disk;
4. cold start: a new ``parkqa ask`` process, start → answer printed;
5. re-index of the unchanged folder, and after one report changed.

Writes ``docs/scale.json`` and ``docs/scale.png`` (ask latency and RSS against N).
Usage: ``python benchmarks/scale.py --n 1000,10000 [--server] [--backend onnx-int8]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from parkqa import ParkQA, Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))

from servers import free_port, running  # noqa: E402

FIRST = "青松南西滨东北云岚澄枫柳石金玉白桐梅竹星银翠丹紫龙凤鹤鹿鸿锦华明清安宁泰和永兴昌"
SECOND = "湖山江港塘陵溪湾桥岸门川泉沙林岭河洲坪源峰谷原滩浦渚屿堤台冈阳城"
KINDS = ["高新区", "经济开发区", "产业园", "科技园", "工业园"]
PERIODS = [("2022年", "年度工作总结"), ("2023年", "年度工作总结"), ("2024年", "上半年运行情况")]


def park(i: int) -> str:
    a, b = divmod(i, len(SECOND))
    return FIRST[a % len(FIRST)] + SECOND[b] + KINDS[(a // len(FIRST)) % len(KINDS)]


def report(i: int, prose: list[str], rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """(file name, text, {question: expected value}) of report ``i``."""
    name = park(i // len(PERIODS))
    year, kind = PERIODS[i % len(PERIODS)]
    signed, investment = rng.randint(5, 90), round(rng.uniform(10, 400), 1)
    firms, patents = rng.randint(10, 300), rng.randint(50, 2000)
    month, day, batch = rng.randint(1, 12), rng.randint(1, 28), rng.randint(3, 20)
    text = (
        f"{name}{year}{kind}\n\n"
        f"一、主要经济指标\n\n{year}，{name}实现地区生产总值"
        f"{rng.randint(50, 900)}.{rng.randint(0, 9)}亿元，"
        f"同比增长{rng.randint(1, 15)}.{rng.randint(0, 9)}%；规模以上工业总产值"
        f"{rng.randint(100, 2000)}亿元。\n\n"
        f"二、招商引资\n\n全年新签约项目{signed}个，协议总投资{investment}亿元，其中亿元以上项目"
        f"{rng.randint(1, signed)}个。{month}月{day}日，{name}{batch}个项目集中签约。\n\n"
        f"三、科技创新\n\n新认定高新技术企业{firms}家，发明专利授权{patents}件。\n\n"
        + "\n\n".join(prose)
    )
    questions = {
        f"{name}{year}新签约项目多少个？": f"{signed}个",
        f"{name}{year}发明专利授权多少件？": f"{patents}件",
    }
    return f"park_{i:05d}.txt", text, questions


def write_reports(folder: Path, n: int, seed: int = 0) -> dict[str, str]:
    data = json.loads((SHARED / "benchmarks" / "cmrc2018_dev.json").read_text(encoding="utf-8"))
    paragraphs = [p["context"] for a in data["data"] for p in a["paragraphs"]]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    questions: dict[str, str] = {}
    for i in range(n):
        name, text, asked = report(i, rng.sample(paragraphs, 2), rng)
        (folder / name).write_text(text, encoding="utf-8")
        questions.update(asked)
    return questions


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def measure(n: int, work: Path, backend: str, chroma_url: str | None) -> dict[str, object]:
    folder = work / f"reports-{n}"
    questions = write_reports(folder, n)  # deterministic: the same files for both stores
    store = work / f"store-{n}-{'server' if chroma_url else 'embedded'}"
    settings = Settings.from_env(store, backend=backend, chroma_url=chroma_url)
    qa = ParkQA(settings=settings)
    qa.embeddings.embed_documents(["预热"])
    result = qa.index([folder])
    indexing = result.chunks_added / result.seconds
    sample = list(qa.vector_store._collection.get(include=["documents"], limit=3000)["documents"])
    started = time.perf_counter()
    qa.embeddings.inner.embed_documents(sample)
    raw = len(sample) / (time.perf_counter() - started)

    rng = random.Random(1)
    asked = rng.sample(sorted(questions), min(60, len(questions))) if questions else []
    qa.ask(asked[0] if asked else "园区新签约项目多少个？")  # warm: BM25 and caches
    ask_ms, query_ms, right = [], [], 0
    for question in asked:
        started = time.perf_counter()
        answer = qa.ask(question)
        ask_ms.append(1000 * (time.perf_counter() - started))
        right += answer.value == questions[question]
        started = time.perf_counter()
        qa.embeddings.embed_query(question)
        query_ms.append(1000 * (time.perf_counter() - started))
    unchanged = qa.index([folder]).seconds
    changed_file = folder / "park_00000.txt"
    original = changed_file.read_text(encoding="utf-8")
    changed_file.write_text(original + "\n\n四、其他\n\n本年度新增标准厂房3栋。", encoding="utf-8")
    one_changed = qa.index([folder]).seconds
    changed_file.write_text(original, encoding="utf-8")
    qa.index([folder])
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    qa.close()

    env = dict(os.environ, PARKQA_STORE=str(store), PARKQA_BACKEND=backend)
    if chroma_url:
        env["PARKQA_CHROMA_URL"] = chroma_url
    cold = []
    for question in asked[:2]:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "parkqa.cli", "ask", question],
            env=env,
            check=True,
            capture_output=True,
        )
        cold.append(time.perf_counter() - started)
    ask_ms.sort()
    return {
        "n_reports": n,
        "store": "server" if chroma_url else "embedded",
        "backend": backend,
        "chunks": result.chunks_added,
        "indexing_chunks_per_s": round(indexing, 1),
        "raw_encoding_chunks_per_s": round(raw, 1),
        "ask_ms_p50": round(statistics.median(ask_ms), 1),
        "ask_ms_p95": round(ask_ms[min(len(ask_ms) - 1, int(0.95 * len(ask_ms)))], 1),
        "query_embedding_ms_p50": round(statistics.median(query_ms), 1),
        "answers_right": f"{right}/{len(asked)}",
        "peak_rss_mb": round(rss_mb),
        "store_mb": round(du(store) / 1048576, 1) if not chroma_url else None,
        "cold_start_s": round(min(cold), 2) if cold else None,
        "reindex_unchanged_s": round(unchanged, 2),
        "reindex_one_changed_s": round(one_changed, 2),
    }


def plot(rows: list[dict[str, object]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for store in ("embedded", "server"):
        mine = [r for r in rows if r["store"] == store]
        if not mine:
            continue
        ns = [r["n_reports"] for r in mine]
        left.plot(ns, [r["ask_ms_p50"] for r in mine], "o-", label=f"{store} p50")
        left.plot(ns, [r["ask_ms_p95"] for r in mine], "o--", label=f"{store} p95")
        right.plot(ns, [r["peak_rss_mb"] for r in mine], "o-", label=store)
    for axis, label in ((left, "warm ask (ms)"), (right, "peak RSS (MB)")):
        axis.set_xscale("log")
        axis.set_xlabel("reports")
        axis.set_ylabel(label)
        axis.legend()
        axis.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", default="1000,10000")
    parser.add_argument("--backend", default=None, help="default: the configured one")
    parser.add_argument("--server", action="store_true", help="also with a `chroma run` server")
    parser.add_argument("--out", default=str(ROOT / "docs" / "scale.json"))
    args = parser.parse_args()
    backend = args.backend or Settings.from_env().backend
    work = Path(tempfile.mkdtemp(prefix="parkqa-scale-"))
    rows = []
    for n in [int(x) for x in args.n.split(",")]:
        rows.append(measure(n, work, backend, None))
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
        if args.server:
            port = free_port()
            chroma = Path(sys.executable).parent / "chroma"
            command = [str(chroma), "run", "--path", str(work / f"server-{n}"), "--port", str(port)]
            env = dict(os.environ, ANONYMIZED_TELEMETRY="False")
            with running(command, port, work / f"chroma-{n}.log", env, timeout=60):
                rows.append(measure(n, work, backend, f"http://127.0.0.1:{port}"))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    plot(rows, Path(args.out).with_suffix(".png"))


if __name__ == "__main__":
    main()
