"""Fuzzed questions and questions under write load, with figures.

    python benchmarks/robustness.py [--store DIR]

1. 1,000 fuzzed questions (random mixes of Chinese, English, digits, punctuation, control and
   zero-width characters, emoji, lengths 1–499, plus a conversation that grows): how many were
   answered, refused, rejected as malformed (``ValueError``), and how many raised anything else.
2. 8 threads asking 5 questions about reports nobody touches, in a loop, while the main thread
   uploads, replaces and deletes another report 6 times: questions, errors, answers different
   from a quiet run, latency p50/p95 (and the same questions on a quiet store beside it).
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"

POOLS = [
    "青湖高新区发明专利授权多少件？那2024年呢其中以上亿元个%月日第几最",
    "how many what which first half Q3 2024 billion yuan the park",
    "0123456789.,;:!?()[]{}|/\\-—~、，。；：？！（）《》“”",
    "\u200b\u202e\ufeff\t\n \x00\x1b",
    "".join(chr(c) for c in range(0x4E00, 0x4E40)),
    "😀🏭𠀀𪚥",
]


def fuzz_text(rng: random.Random) -> str:
    n = rng.choice([1, 2, 5, 20, 80, 300, 499])
    return "".join(rng.choice(rng.choice(POOLS)) for _ in range(n))


def fuzz(qa, n: int = 1000, seed: int = 20261126) -> dict[str, int]:
    rng = random.Random(seed)
    history: list[dict[str, str]] = []
    counts = {"inputs": n, "answered": 0, "refused": 0, "value_error": 0, "other_exception": 0}
    for _ in range(n):
        question = fuzz_text(rng)
        try:
            answer = qa.ask(question, history=history[-6:])
        except ValueError:
            counts["value_error"] += 1
            continue
        except Exception:
            counts["other_exception"] += 1
            continue
        counts["answered" if answer.found else "refused"] += 1
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
    return counts


QUESTIONS = [
    "青湖高新区2023年地区生产总值是多少？",
    "青湖高新区全年新签约项目多少个？",
    "青湖高新区当年新认定高新技术企业多少家？",
    "How many invention patents were granted in Qinghu?",
    "前三季度新签约项目多少个？",
]


def under_load(qa, folder: Path, churn: Path, rounds: int = 6) -> dict[str, float]:
    churn_bytes = churn.read_bytes()
    churn.unlink()
    qa.index([folder])
    quiet = {q: qa.ask(q).to_dict() for q in QUESTIONS}
    quiet_times = []
    for q in QUESTIONS * 4:
        started = time.perf_counter()
        qa.ask(q)
        quiet_times.append(time.perf_counter() - started)
    stop = threading.Event()
    times: list[float] = []
    errors: list[str] = []
    differing: list[str] = []

    def loop(n: int) -> None:
        i = n
        while not stop.is_set():
            q = QUESTIONS[i % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                got = qa.ask(q).to_dict()
            except Exception as exc:
                errors.append(repr(exc))
                continue
            times.append(time.perf_counter() - started)
            if got["answer"] != quiet[q]["answer"] or got["citations"] != quiet[q]["citations"]:
                differing.append(q)
            i += 1

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for _ in range(rounds):
        churn.write_bytes(churn_bytes)
        qa.index([churn])
        churn.write_bytes(churn_bytes + b"\n")  # replaced: new bytes
        qa.index([churn])
        qa.remove(churn.name)
        churn.unlink()
    stop.set()
    for t in threads:
        t.join()
    times.sort()
    quiet_times.sort()
    return {
        "questions": len(times) + len(errors),
        "errors": len(errors),
        "different_from_quiet": len(differing),
        "p50_ms": round(statistics.median(times) * 1000),
        "p95_ms": round(times[int(len(times) * 0.95)] * 1000),
        "quiet_p50_ms": round(statistics.median(quiet_times) * 1000),
        "quiet_p95_ms": round(quiet_times[int(len(quiet_times) * 0.95)] * 1000),
    }


def main() -> None:
    from parkqa import ParkQA

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        shutil.copytree(EXAMPLES, folder)
        qa = ParkQA(Path(tmp) / "store")
        print(
            "under write load:",
            under_load(qa, folder, folder / "songshan_industrial_park_2023.docx"),
        )
        print("fuzz:", fuzz(qa))
        qa.close()


if __name__ == "__main__":
    main()
