"""Compare parkqa's web-page reader with trafilatura and readability-lxml on the portal pages.

For every page of ``tests/fixtures/portal`` (hand-written portal templates, each with the article
paragraphs and the boilerplate lines a reader sees), each extractor's text is scored:

- **article lost**: expected article paragraphs (and the headline) that are not in its text;
- **boilerplate kept**: boilerplate lines that are in its text (a line of ≤ 5 characters, such
  as 首页 or 打印, counts only when a whole output line is that word);
- **exact**: parkqa only: the cleaned report text is exactly headline + article paragraphs.

Matching ignores whitespace and ``|``, so the extractors' table formats do not count against them.

    python benchmarks/html_extract.py [--json docs/html_extract.json]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from parkqa.ingest.cleaning import clean
from parkqa.ingest.dispatch import load

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "portal"


def _norm(text: str) -> str:
    return re.sub(r"[\s|]+", "", text)


def parkqa_text(path: Path) -> str:
    loaded = load(path)
    return clean(loaded.text, loaded.wrapped).text


def trafilatura_text(path: Path) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(path.read_bytes(), include_tables=True, with_metadata=True)
    if doc is None:
        return ""
    return f"{doc.title or ''}\n{doc.text or ''}"


def readability_text(path: Path) -> str:
    import lxml.html
    from readability import Document

    from parkqa.ingest.core import decode_text

    data = path.read_bytes()
    try:
        html = decode_text(data)
    except Exception:
        html = data.decode("utf-8", "replace")
    document = Document(html)
    summary = document.summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = tree.xpath("//p|//div|//h1|//h2|//h3|//h4|//li|//tr|//figcaption|//section")
    lines = []
    for block in blocks:
        if block.tag == "tr":
            lines.append(" | ".join(c.text_content().strip() for c in block.xpath("./td|./th")))
        elif not block.xpath(".//p|.//div|.//tr|.//section|.//li"):
            lines.extend(block.text_content().split("\n"))
    lines.insert(0, document.short_title())
    return "\n".join(line.strip() for line in lines if line.strip())


EXTRACTORS = {
    "parkqa": parkqa_text,
    "trafilatura": trafilatura_text,
    "readability-lxml": readability_text,
}


def score(expected: dict, text: str) -> dict[str, object]:
    flat = _norm(text)
    lines = {_norm(line) for line in text.splitlines()}
    wanted = [expected["title"], *expected["article"]]
    lost = [p for p in wanted if _norm(p) not in flat]
    kept = []
    article = _norm("".join(wanted))
    # A separator ("|") or a line the article also contains (the issuing body of a signature)
    # says nothing about boilerplate.
    boilerplate = [b for b in dict.fromkeys(expected["boilerplate"]) if _norm(b) not in article]
    for line in boilerplate:
        n = _norm(line)
        if (n in lines) if len(n) <= 5 else (n in flat):
            kept.append(line)
    return {
        "article_lost": len(lost),
        "article": len(wanted),
        "boilerplate_kept": len(kept),
        "boilerplate": len(boilerplate),
        "lost": lost,
        "kept": kept,
    }


def run(pages: Path = PAGES) -> dict[str, dict[str, dict[str, object]]]:
    results: dict[str, dict[str, dict[str, object]]] = {}
    for page in sorted(pages.glob("*.html")):
        expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
        row = {}
        for name, extract in EXTRACTORS.items():
            started = time.perf_counter()
            text = extract(page)
            row[name] = score(expected, text) | {"ms": 1000 * (time.perf_counter() - started)}
        if True:
            lines = [line for line in parkqa_text(page).split("\n") if line]
            row["parkqa"]["exact"] = lines == [expected["title"], *expected["article"]]
        results[page.stem] = row
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--pages", type=Path, default=PAGES, help="a folder of pages + expected")
    parser.add_argument("--verbose", action="store_true", help="print what each one lost/kept")
    args = parser.parse_args()
    results = run(args.pages)
    names = list(EXTRACTORS)
    print("boilerplate lines kept / article lines lost (of boilerplate / article lines)")
    print(f"{'page':36}" + "".join(f"{n:>22}" for n in names))
    totals = {n: [0, 0, 0, 0, 0.0] for n in names}
    for page, row in results.items():
        cells = []
        for n in names:
            r = row[n]
            t = totals[n]
            t[0] += r["boilerplate_kept"]
            t[1] += r["article_lost"]
            t[2] += r["boilerplate"]
            t[3] += r["article"]
            t[4] += r["ms"]
            kept = f"{r['boilerplate_kept']:>3}/{r['boilerplate']:<3}"
            cells.append(f"{kept} {r['article_lost']:>3}/{r['article']:<3}")
        print(f"{page:36}" + "".join(f"{c:>22}" for c in cells))
        if args.verbose:
            for n in names:
                print(f"    {n}: lost {row[n]['lost']}  kept {row[n]['kept']}")
    print(
        f"{'total':36}"
        + "".join(f"{t[0]:>3}/{t[2]:<3} {t[1]:>3}/{t[3]:<3}".rjust(22) for t in totals.values())
    )
    print(f"{'ms per page':36}" + "".join(f"{t[4] / len(results):>22.1f}" for t in totals.values()))
    exact = sum(1 for row in results.values() if row["parkqa"].get("exact"))
    print(f"parkqa exact (cleaned text == headline + article): {exact}/{len(results)}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
