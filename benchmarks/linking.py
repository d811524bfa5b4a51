"""Linking accuracy: the indicator and measure each figure of a report is linked to, against
annotations written by a helper who never saw the code (``tests/linking/annotations``).

    python benchmarks/linking.py [--annotations DIR] [--corpus DIR] [--misses] [--json OUT]

Each annotated report is read as ``parkqa index`` reads it (load, cleaning, facts, linking; no
embedding). An annotation is matched to the fact with the same number whose sentence holds the
annotated clause (a table cell: whose row holds the row header). Scored per figure:

- ``found``: a fact exists for the annotated figure;
- ``indicator``: the fact's indicator is the annotated one (an ``unlisted`` figure: no indicator);
- ``measure``: the same measure (``other`` in the annotation: any measure outside the registry's
  main ones is accepted, and so is no link);
- ``linked``: both right — the linking accuracy of the issue (of all annotated figures, a figure
  the reader did not find counts as wrong).
A flow indicator's level is its stock's increase on both sides (新认定高新技术企业 = 高新技术企业
increase), as the engine compares them.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from parkqa.answer.fact import Fact
from parkqa.answer.facts import extract_facts
from parkqa.answer.ontology import ontology
from parkqa.ingest.cleaning import clean, normalize_chars
from parkqa.ingest.dispatch import load

ROOT = Path(__file__).resolve().parents[1]
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _norm(text: str) -> str:
    return re.sub(r"\s|\*", "", normalize_chars(text))


def _number(text: str) -> str | None:
    m = NUMBER.search(_norm(text).replace(",", ""))
    return m.group(0).rstrip("0").rstrip(".") if m else None


def _find(ann: dict, facts: list[Fact], text: str, used: set[int]) -> Fact | None:
    number = _number(ann["value"])
    clause = _norm(ann["clause"])
    table = clause.count("|") >= 2
    row = clause.split("|")[0] if table else ""
    for i, fact in enumerate(facts):
        if i in used or _number(fact.value) != number:
            continue
        sentence = _norm(text[fact.sentence_start : fact.sentence_end])
        if (table and fact.table and row in sentence) or (not table and clause in sentence):
            used.add(i)
            return fact
    for i, fact in enumerate(facts):  # a clause cut differently: the value's own context
        if i in used or _number(fact.value) != number:
            continue
        context = _norm(text[fact.context_start : fact.end])
        if context and (
            context in clause or clause[-8:] in _norm(text[fact.sentence_start : fact.end])
        ):
            used.add(i)
            return fact
    return None


def _name(ident: str) -> str:
    return ontology().get(ident).name if ident else "unlisted"


def _pair(ident: str, measure: str) -> tuple[str, str]:
    return ontology().canonical(ident, measure) if ident else ("", measure)


def score_report(path: Path, annotations: list[dict]) -> list[dict]:
    onto = ontology()
    loaded = load(path)
    cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
    facts = [
        f
        for f in extract_facts(path.name, loaded.title, cleaned.text)
        if f.kind not in ("date", "name", "list")
    ]
    used: set[int] = set()
    rows = []
    for ann in annotations:
        fact = _find(ann, facts, cleaned.text, used)
        gold_ind = onto.by_name(ann["indicator"])
        gold_id = gold_ind.id if gold_ind and ann["indicator"] != "unlisted" else ""
        gold = _pair(gold_id, ann["measure"])
        got = _pair(fact.indicator_id, fact.measure) if fact else ("?", "?")
        indicator_ok = fact is not None and got[0] == gold[0]
        if ann["measure"] == "other":
            measure_ok = fact is not None and (
                not fact.indicator_id or got[1] not in ("level", "growth", "share")
            )
        else:
            measure_ok = fact is not None and got[1] == gold[1]
        rows.append(
            {
                "report": path.name,
                "value": ann["value"],
                "clause": ann["clause"],
                "gold": f"{ann['indicator']}/{ann['measure']}",
                "got": (f"{_name(fact.indicator_id)}/{fact.measure}" if fact else "(no fact)"),
                "found": fact is not None,
                "indicator": indicator_ok,
                "measure": measure_ok,
                "linked": indicator_ok and measure_ok,
                "listed": bool(gold_id),
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=Path, default=ROOT / "tests/linking/annotations")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/eval/dev/corpus")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows: list[dict] = []
    for gold in sorted(args.annotations.glob("*.jsonl")):
        report = next(p for p in args.corpus.iterdir() if p.stem == gold.stem)
        annotations = [
            json.loads(line)
            for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        rows += score_report(report, annotations)
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by[r["report"]].append(r)
        by["listed" if r["listed"] else "unlisted"].append(r)
        by["all"].append(r)
    metrics = {}
    print(f"{'slice':<48} {'n':>4} {'found':>7} {'indic.':>7} {'measure':>8} {'linked':>7}")
    for name, part in by.items():
        n = len(part)
        m = {k: sum(r[k] for r in part) / n for k in ("found", "indicator", "measure", "linked")}
        metrics[name] = {"n": n, **m}
        print(
            f"{name:<48} {n:>4} {m['found']:>7.1%} {m['indicator']:>7.1%} "
            f"{m['measure']:>8.1%} {m['linked']:>7.1%}"
        )
    if args.misses:
        confusions = Counter((r["gold"], r["got"]) for r in rows if not r["linked"])
        for (gold, got), n in confusions.most_common():
            example = next(
                r for r in rows if r["gold"] == gold and r["got"] == got and not r["linked"]
            )
            print(
                f"{n:>3}  gold {gold:<28} got {got:<28} "
                f"e.g. {example['value']} « {example['clause'][:50]} »"
            )
    if args.json:
        args.json.write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
