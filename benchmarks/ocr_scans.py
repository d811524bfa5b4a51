"""OCR accuracy and speed on scans rendered from our own text reports.

Each report text (the bundled sample sources and the articles of the hand-written portal pages)
is set on A4 pages (``docgen.render_scan``: 10.5 pt WenQuanYi Zen Hei, 150 dpi) and saved as an
image-only PDF, then read through ``parkqa.ingest.dispatch.load`` as any scanned PDF is:
rasterised by pdfium, read by RapidOCR, put back into lines and paragraphs, cleaned. Conditions:
clean; noisy (speckles, grain, blur); rotated by 1.5°; noisy and rotated.

Character error rate = edit distance between the cleaned OCR text and the source text (both
without whitespace) / source length. Seconds per page include rasterisation.

Needs a CJK font: ``apt-get install fonts-wqy-zenhei``.

    python benchmarks/ocr_scans.py [--json docs/ocr_scans.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docgen import render_scan  # noqa: E402
from parkqa.ingest.cleaning import clean  # noqa: E402
from parkqa.ingest.dispatch import load  # noqa: E402

CONDITIONS = {
    "clean": {},
    "noisy": {"noise": 0.02},
    "rotated 1.5°": {"angle": 1.5},
    "noisy + rotated": {"noise": 0.02, "angle": 1.5},
}


def texts() -> dict[str, list[str]]:
    """Report name → paragraphs, all written for this project."""
    out = {}
    for path in sorted((ROOT / "examples" / "sources").glob("*.txt")):
        paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
        out[path.stem] = paragraphs
    for path in sorted((ROOT / "tests" / "fixtures" / "portal").glob("*.expected.json")):
        page = json.loads(path.read_text(encoding="utf-8"))
        out[path.name.split(".")[0]] = [page["title"], *page["article"]]
    return out


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _flat(text: str) -> str:
    return re.sub(r"[\s|]+", "", text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N reports")
    parser.add_argument("--dpi", type=int, default=0, help="rasterise PDF pages at this dpi")
    args = parser.parse_args()
    if args.dpi:
        import parkqa.ingest.ocr

        parkqa.ingest.ocr.DPI = args.dpi
    reports = texts()
    if args.limit:
        reports = dict(list(reports.items())[: args.limit])
    load(ROOT / "tests" / "fixtures" / "scan" / "yunqi_bay_2025q3_scan.png")  # warm the models
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for condition, options in CONDITIONS.items():
            errors = chars = pages = 0
            seconds = 0.0
            for name, paragraphs in reports.items():
                images = render_scan(paragraphs, seed=len(name), **options)
                path = Path(tmp) / f"{name}.pdf"
                images[0].convert("RGB").save(
                    path,
                    format="PDF",
                    resolution=150,
                    save_all=True,
                    append_images=[i.convert("RGB") for i in images[1:]],
                )
                started = time.perf_counter()
                loaded = load(path)
                seconds += time.perf_counter() - started
                got = _flat(clean(loaded.text, loaded.wrapped, loaded.paged).text)
                want = _flat("".join(paragraphs))
                errors += edit_distance(got, want)
                chars += len(want)
                pages += len(images)
            results[condition] = {
                "reports": len(reports),
                "pages": pages,
                "characters": chars,
                "cer": errors / chars,
                "seconds_per_page": seconds / pages,
            }
            r = results[condition]
            print(
                f"{condition:18} {r['reports']:3} reports {pages:3} pages {chars:6} chars  "
                f"CER {100 * r['cer']:5.2f}%  {r['seconds_per_page']:5.2f} s/page",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
