"""The dev-set protocol of the answer-engine issue: train on one half, measure the other.

    python benchmarks/dev_eval.py DEVSTORE GOLDSTORE [--dev ../shared/eval/dev]

Trains a ranker on our own gold sets plus dev half A and scores dev half B (and the reverse: the
2-fold figure), then scores the conversations with the ranker trained on A. Prints the summary of
each run and writes the JSON metrics to ``docs/dev_eval.json``. Half A/B are fixed in
``benchmarks/dev_split.json`` (by report; refusals alternate).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from parkqa import ParkQA
from parkqa.answer.training import collect, half, train
from parkqa.evaluation import evaluate, load_gold, summary_line

HERE = Path(__file__).parent
ROOT = HERE.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("devstore")
    parser.add_argument("goldstore")
    parser.add_argument("--dev", default=str(ROOT.parent / "shared" / "eval" / "dev"))
    parser.add_argument("--c", type=float, default=None, help="default: chosen by CV in training")
    args = parser.parse_args()
    dev = Path(args.dev)
    split = json.loads((HERE / "dev_split.json").read_text(encoding="utf-8"))
    rows = load_gold(dev / "qa.jsonl")
    own = load_gold(ROOT / "tests/gold/parks.jsonl") + load_gold(ROOT / "tests/gold/heldout.jsonl")
    gold_qa, dev_qa = ParkQA(args.goldstore), ParkQA(args.devstore)
    own_examples = collect(gold_qa, own)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for train_half, test_half in (("A", "B"), ("B", "A")):
            ranker = train(own_examples + collect(dev_qa, half(rows, split, train_half)), args.c)
            path = Path(tmp) / f"ranker{train_half}.json"
            ranker.save(path)
            os.environ["PARKQA_RANKER"] = str(path)
            qa = ParkQA(args.devstore)  # a fresh instance reads the ranker
            report = evaluate(qa, half(rows, split, test_half))
            metrics = report.metrics()
            results[f"train {train_half} → test {test_half}"] = metrics
            print(f"== trained on own gold + dev {train_half}, measured on dev {test_half}")
            print(summary_line(metrics))
            for miss in report.misses():
                print("MISS " + miss.miss())
            if train_half == "A":
                conv = evaluate(qa, load_gold(dev / "conversations.json"))
                results["conversations (ranker A)"] = conv.metrics()
                print("== conversations, ranker trained on own gold + dev A")
                print(summary_line(conv.metrics()))
                for miss in conv.misses():
                    print("MISS " + miss.miss())
    out = ROOT / "docs" / "dev_eval.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
