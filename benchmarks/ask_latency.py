"""Warm ``ask`` latency on the sample corpus, with the query embedding alone beside it.

Indexes the bundled samples, the real report and the unseen-report fixture, warms the model,
then asks every question of tests/gold/parks.jsonl ``--rounds`` times. Prints p50/p95 of the
whole ``ask`` and of ``embed_query`` on the same questions, and the share the embedding takes.
Usage: ``python benchmarks/ask_latency.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from parkqa import ParkQA, Settings
from parkqa.evaluation import load_gold

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    qa = ParkQA(settings=Settings.from_env(Path(tempfile.mkdtemp()) / "store"))
    qa.index(
        [
            ROOT / "examples" / "reports",
            ROOT.parent / "shared" / "reports",
            ROOT / "tests" / "fixtures" / "donggang_port_park_2024q1.html",
        ]
    )
    rows = load_gold(ROOT / "tests" / "gold" / "parks.jsonl")
    qa.ask(rows[0].question)  # warm: model, BM25 index, jieba dictionary

    ask_times: list[float] = []
    embed_times: list[float] = []
    for _ in range(args.rounds):
        for row in rows:
            started = time.perf_counter()
            qa.ask(row.question, history=list(row.history) or None)
            ask_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            qa.embeddings.embed_query(row.question)
            embed_times.append(time.perf_counter() - started)

    def ms(value: float) -> str:
        return f"{value * 1000:6.1f} ms"

    print(f"{len(rows)} questions x {args.rounds} rounds, {len(qa.reports())} reports")
    print(
        f"ask          p50 {ms(percentile(ask_times, 0.5))}  p95 {ms(percentile(ask_times, 0.95))}"
        f"  mean {ms(statistics.mean(ask_times))}"
    )
    print(
        f"embed_query  p50 {ms(percentile(embed_times, 0.5))}  "
        f"p95 {ms(percentile(embed_times, 0.95))}  mean {ms(statistics.mean(embed_times))}"
    )
    share = statistics.mean(embed_times) / statistics.mean(ask_times)
    print(f"embedding share of ask (means): {share:.0%}")


if __name__ == "__main__":
    main()
