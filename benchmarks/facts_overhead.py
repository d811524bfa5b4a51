"""What reading facts at index time adds to indexing, side by side.

    python benchmarks/facts_overhead.py [CORPUS ...]   (default: ../shared/eval/dev/corpus)

Indexes the corpus into a fresh store (load, clean, chunk, embed, store, facts, catalog), then
times fact extraction alone over the same cleaned texts, and prints both with their ratio. The
model is loaded and warmed up before timing, so the figure is indexing work, not model loading.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from parkqa import ParkQA, Settings
from parkqa.answer.facts import extract_facts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    default = ROOT.parent / "shared" / "eval" / "dev" / "corpus"
    corpora = [Path(p) for p in sys.argv[1:]] or [default]
    with tempfile.TemporaryDirectory() as tmp:
        qa = ParkQA(settings=Settings(store=Path(tmp) / "store"))
        qa.embeddings.embed_query("warm up")
        started = time.perf_counter()
        result = qa.index(corpora)
        indexing = time.perf_counter() - started
        reports = qa.reports()
        texts = {r.source: (r.title, qa.report_text(r.source)) for r in reports}
        started = time.perf_counter()
        facts = sum(len(extract_facts(s, title, text)) for s, (title, text) in texts.items())
        extraction = time.perf_counter() - started
        qa.close()
    print(f"reports {len(reports)}, chunks embedded {result.chunks_added}, facts {facts}")
    print(f"indexing (with facts) {indexing:.2f} s | fact extraction alone {extraction:.2f} s")
    print(f"facts / indexing without facts: {extraction / (indexing - extraction):.1%}")


if __name__ == "__main__":
    main()
