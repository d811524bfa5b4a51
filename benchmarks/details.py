"""Report details (title, park, year, period) against a hand-written gold set.

    python benchmarks/details.py [--set benchmarks/details_sets/v1] [--json OUT] [--misses]

Each document of the set is read as ``parkqa index`` reads it (load, chrome, cleaning, details;
no embedding), under its path relative to the set's folder, so file and folder names count as
they do for a user. Prints accuracy per detail and per style, and every miss with ``--misses``.

Scoring (the set's README gives the gold rules):
- title: equal after removing whitespace;
- park: for a one-park report, the report's park is one of the gold park's spellings; for a
  bulletin over several parks (``multi``), every gold park is among the parks read;
- year, period: equal (``None`` when the gold says the document does not tell).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from parkqa.ingest.cleaning import clean
from parkqa.ingest.details import ReportDetails, details_of
from parkqa.ingest.dispatch import LoadError, load

HERE = Path(__file__).parent


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def read(folder: Path, relative: str) -> ReportDetails:
    loaded = load(folder / relative)
    cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
    return details_of(relative, loaded, cleaned)


def score(gold: dict, got: ReportDetails) -> dict[str, bool]:
    spellings = [[_norm(s) for s in park] for park in gold["parks"]]
    read_parks = {_norm(p) for p in got.parks}
    if gold.get("multi"):
        park_ok = all(any(s in read_parks for s in park) for park in spellings)
    else:
        park_ok = bool(spellings) and _norm(got.park) in spellings[0]
    months = tuple(gold["months"]) if gold.get("months") else None
    return {
        "title": _norm(got.title) == _norm(gold["title"]),
        "park": park_ok,
        "year": got.year == gold.get("year"),
        "period": got.months == months,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default=str(HERE / "details_sets" / "v1"))
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    folder = Path(args.set)
    if (folder / "build.py").is_file() and not any(folder.rglob("*.pdf")):
        subprocess.run([sys.executable, "build.py"], cwd=folder, check=True)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    fields = ("title", "park", "year", "period")
    totals = {f: 0 for f in fields}
    by_format: dict[str, dict[str, list[int]]] = defaultdict(lambda: {f: [0, 0] for f in fields})
    misses = []
    for row in gold:
        try:
            got = read(folder, row["file"])
        except LoadError as exc:  # a document that cannot be read: every detail missed
            print(f"FAILED {row['file']}: {exc}")
            got = ReportDetails("", None, (), None, None, None)
        marks = score(row, got)
        fmt = Path(row["file"]).suffix.lower().lstrip(".")
        for f in fields:
            totals[f] += marks[f]
            by_format[fmt][f][0] += marks[f]
            by_format[fmt][f][1] += 1
        if not all(marks.values()):
            misses.append((row, got, marks))
    n = len(gold)
    print(f"{n} documents from {folder}")
    for f in fields:
        print(f"  {f:<7} {totals[f]}/{n} ({totals[f] / n:.1%})")
    for fmt, cells in sorted(by_format.items()):
        print(f"  {fmt:<5} " + ", ".join(f"{f} {a}/{b}" for f, (a, b) in cells.items()))
    if args.misses:
        for row, got, marks in misses:
            wrong = [f for f, ok in marks.items() if not ok]
            print(f"MISS {row['file']} ({', '.join(wrong)})")
            print(
                f"  gold: {row['title']} | {row['parks']} | {row.get('year')} | {row.get('months')}"
            )
            print(f"  read: {got.title} | {list(got.parks)} | {got.year} | {got.months}")
    if args.json:
        out = {
            "documents": n,
            "accuracy": {f: round(totals[f] / n, 4) for f in fields},
            "right": totals,
            "by_format": by_format,
        }
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
