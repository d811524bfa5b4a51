"""Scale: N park reports of realistic length through the real pipeline, embedded store and a
`chroma run` server, one run per N on the same machine.

Reports are generated from templates (invented parks, figures and dates, in the shape of the
sample reports) with two CMRC 2018 paragraphs each for varied prose, about 1,500 characters.
Per N and store, in two phases (each in its own process when run apart, so that the peak RSS
of answering is not indexing's):

1. **index** all reports into a fresh store: chunks/s by the wall clock (the lexical index's
   tokens included), next to raw encoding of a sample of the same chunk texts with the same
   backend; peak RSS;
2. **measure**: cold start (a new ``parkqa ask`` process, start → answer printed, best of 3);
   warm ``ask`` p50/p95 over 60 generated questions, with the query embedding alone beside it;
   peak RSS; store size on disk; re-index of the unchanged folder, after one report changed,
   and the first question after that write.

Writes ``docs/scale.json`` and ``docs/scale.png`` (ask latency and RSS against N); each row
names the commit of each phase. Usage:
``python benchmarks/scale.py --n 1000,10000 [--stores embedded,server] [--work DIR]
[--phase index|measure]`` (one store per process for peak RSS that is that store's alone).
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


def _open(n: int, work: Path, backend: str, chroma_url: str | None) -> tuple[Path, Path, ParkQA]:
    folder = work / f"reports-{n}"
    store = work / f"store-{n}-{'server' if chroma_url else 'embedded'}"
    settings = Settings.from_env(store, backend=backend, chroma_url=chroma_url)
    return folder, store, ParkQA(settings=settings)


def index_phase(n: int, work: Path, backend: str, chroma_url: str | None) -> dict[str, object]:
    """Index N reports into a fresh store: chunks/s (wall clock, including the lexical index)
    next to raw encoding of a sample of the same chunks; peak RSS of indexing."""
    questions = write_reports(work / f"reports-{n}", n)  # the same files for both stores
    (work / f"questions-{n}.json").write_text(json.dumps(questions, ensure_ascii=False))
    folder, _, qa = _open(n, work, backend, chroma_url)
    qa.embeddings.embed_documents(["预热"])
    started = time.perf_counter()
    result = qa.index([folder])
    seconds = time.perf_counter() - started
    sample = list(qa.vector_store._collection.get(include=["documents"], limit=3000)["documents"])
    started = time.perf_counter()
    qa.embeddings.inner.embed_documents(sample)
    raw = len(sample) / (time.perf_counter() - started)
    qa.close()
    return {
        "chunks": result.chunks_added,
        "indexing_chunks_per_s": round(result.chunks_added / seconds, 1),
        "raw_encoding_chunks_per_s": round(raw, 1),
        "index_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def measure_phase(n: int, work: Path, backend: str, chroma_url: str | None) -> dict[str, object]:
    """On the indexed store, in a fresh process: cold start, warm ask with the query embedding
    beside it, peak RSS of answering, store size, re-index unchanged and one changed."""
    folder, store, _ = _open(n, work, backend, chroma_url)
    questions = json.loads((work / f"questions-{n}.json").read_text(encoding="utf-8"))
    env = dict(os.environ, PARKQA_STORE=str(store), PARKQA_BACKEND=backend)
    if chroma_url:
        env["PARKQA_CHROMA_URL"] = chroma_url
    asked = random.Random(1).sample(sorted(questions), min(60, len(questions)))
    cold = []
    for question in asked[:3]:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "parkqa.cli", "ask", question],
            env=env,
            check=True,
            capture_output=True,
        )
        cold.append(time.perf_counter() - started)

    _, _, qa = _open(n, work, backend, chroma_url)
    qa.ask(asked[0])  # warm: model, indexes, caches
    ask_ms, query_ms, right = [], [], 0
    for question in asked:
        started = time.perf_counter()
        answer = qa.ask(question)
        ask_ms.append(1000 * (time.perf_counter() - started))
        right += answer.value == questions[question]
        started = time.perf_counter()
        qa.embeddings.embed_query(question)
        query_ms.append(1000 * (time.perf_counter() - started))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    qa.index([folder])
    unchanged = time.perf_counter() - started
    changed_file = folder / "park_00000.txt"
    original = changed_file.read_text(encoding="utf-8")
    changed_file.write_text(original + "\n\n四、其他\n\n本年度新增标准厂房3栋。", encoding="utf-8")
    started = time.perf_counter()
    qa.index([folder])
    one_changed = time.perf_counter() - started
    started = time.perf_counter()
    after_write = qa.ask(asked[1])
    first_after_write = time.perf_counter() - started
    changed_file.write_text(original, encoding="utf-8")
    qa.index([folder])
    qa.close()
    ask_ms.sort()
    return {
        "ask_ms_p50": round(statistics.median(ask_ms), 1),
        "ask_ms_p95": round(ask_ms[min(len(ask_ms) - 1, int(0.95 * len(ask_ms)))], 1),
        "query_embedding_ms_p50": round(statistics.median(query_ms), 1),
        "answers_right": f"{right}/{len(asked)}",
        "ask_peak_rss_mb": round(rss_mb),
        "store_mb": round(du(work / f"server-{n}" if chroma_url else store) / 1048576, 1),
        "cold_start_s": round(min(cold), 2),
        "reindex_unchanged_s": round(unchanged, 2),
        "reindex_one_changed_s": round(one_changed, 2),
        "first_ask_after_write_ms": round(1000 * first_after_write, 1),
        "answer_after_write_right": after_write.value == questions[asked[1]],
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
        right.plot(ns, [r["ask_peak_rss_mb"] for r in mine], "o-", label=f"{store} answering")
        right.plot(ns, [r["index_peak_rss_mb"] for r in mine], "o--", label=f"{store} indexing")
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
    parser.add_argument(
        "--stores", default="embedded", help="embedded,server (server: a `chroma run` server)"
    )
    parser.add_argument("--work", default=None, help="keep stores here (default: a temp dir)")
    parser.add_argument(
        "--phase",
        choices=["all", "index", "measure"],
        default="all",
        help="index: build the stores; measure: measure stores built before in --work",
    )
    parser.add_argument("--out", default=str(ROOT / "docs" / "scale.json"))
    args = parser.parse_args()
    backend = args.backend or Settings.from_env().backend
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="parkqa-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in [int(x) for x in args.n.split(",")]:
        for store in args.stores.split(","):
            rows.append(run(n, store, work, backend, args.phase))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    if args.phase != "index":
        Path(args.out).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        plot(rows, Path(args.out).with_suffix(".png"))


def run(n: int, store: str, work: Path, backend: str, phase: str) -> dict[str, object]:
    """One N and store: the index phase's figures (kept in --work), then the measure phase's."""
    saved = work / f"index-{n}-{store}.json"

    def both(url: str | None) -> dict[str, object]:
        if phase in ("all", "index"):
            indexed = {"commit": commit(), **index_phase(n, work, backend, url)}
            saved.write_text(json.dumps(indexed))
        row: dict[str, object] = {"n_reports": n, "store": store, "backend": backend}
        row.update(json.loads(saved.read_text()))
        if phase in ("all", "measure"):
            row.update(measure_commit=commit(), **measure_phase(n, work, backend, url))
        return row

    if store == "embedded":
        return both(None)
    # The same port in both phases: the store's catalog is namespaced by the server's URL.
    saved_port = work / f"server-{n}.port"
    if not saved_port.exists():
        saved_port.write_text(str(free_port()))
    port = int(saved_port.read_text())
    chroma = Path(sys.executable).parent / "chroma"
    command = [str(chroma), "run", "--path", str(work / f"server-{n}"), "--port", str(port)]
    env = dict(os.environ, ANONYMIZED_TELEMETRY="False")
    with running(command, port, work / f"chroma-{n}.log", env, timeout=60):
        return both(f"http://127.0.0.1:{port}")


def commit() -> str:
    """The checkout's commit (figures say which code made them)."""
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return out.stdout.strip()


if __name__ == "__main__":
    main()
