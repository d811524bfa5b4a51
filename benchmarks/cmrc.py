"""CMRC 2018 (dev) through the whole parkqa pipeline: retrieval over all 848 paragraphs + reader.

Each paragraph is indexed as its own report; every question is asked against the full index
(the gold paragraph is not given), so retrieval and extraction are measured together. Scores use
CMRC 2018's EM and F1 (see parkqa.evaluation), for all 3,219 questions and for the 660 whose
answer contains a digit, plus the share of questions whose first citation is the gold paragraph.

Usage: ``python benchmarks/cmrc.py [--store DIR] [--limit N]`` (the store is reused if given).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from parkqa import ParkQA, Settings
from parkqa.evaluation import cmrc_exact, f1

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "cmrc2018_dev.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", default=None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions")
    args = parser.parse_args()

    data = json.loads(DATA.read_text(encoding="utf-8"))["data"]
    work = Path(args.store or tempfile.mkdtemp(prefix="parkqa-cmrc-"))
    folder = work / "paragraphs"
    folder.mkdir(parents=True, exist_ok=True)
    questions = []
    for article in data:
        for paragraph in article["paragraphs"]:
            name = f"{paragraph['id']}.txt"
            path = folder / name
            if not path.exists():
                path.write_text(paragraph["context"], encoding="utf-8")
            for qa in paragraph["qas"]:
                answers = tuple(a["text"] for a in qa["answers"])
                questions.append((qa["question"], answers, name))
    if args.limit:
        questions = questions[: args.limit]

    qa = ParkQA(settings=Settings.from_env(work / "store"))
    result = qa.index([folder])
    print(
        f"indexed {len(qa.reports())} paragraphs ({result.chunks_added} chunks embedded "
        f"in {result.seconds:.0f} s)"
    )

    rows = []
    started = time.perf_counter()
    for question, answers, source in questions:
        answer = qa.ask(question)
        value = answer.value or ""
        cited = answer.citations[0].source if answer.citations else None
        retrieved = [p.source for p in answer.passages]
        rows.append(
            {
                "em": cmrc_exact(value, answers) if value else False,
                "f1": f1(value, answers) if value else 0.0,
                "numeric": any(ch.isdigit() for answer_text in answers for ch in answer_text),
                "found": answer.found,
                "cited_gold": cited == source,
                "retrieved_gold": source in retrieved,
            }
        )
    seconds = time.perf_counter() - started

    def summary(subset: list[dict]) -> str:
        n = len(subset)
        if not n:
            return "n=0"
        em = sum(r["em"] for r in subset) / n
        f = sum(r["f1"] for r in subset) / n
        answered = sum(r["found"] for r in subset) / n
        cited = sum(r["cited_gold"] for r in subset) / n
        recall = sum(r["retrieved_gold"] for r in subset) / n
        return (
            f"n={n}  EM {em:.1%}  F1 {f:.1%}  answered {answered:.1%}  "
            f"cited gold paragraph {cited:.1%}  gold paragraph in top-5 passages {recall:.1%}"
        )

    print("all questions:     " + summary(rows))
    print("digit in answer:   " + summary([r for r in rows if r["numeric"]]))
    correct = [r for r in rows if r["em"]]
    if correct:
        share = sum(r["cited_gold"] for r in correct) / len(correct)
        print(f"exact answers citing the gold paragraph: {share:.1%}")
    print(f"asking took {seconds:.0f} s ({1000 * seconds / len(rows):.0f} ms per question)")


if __name__ == "__main__":
    main()
