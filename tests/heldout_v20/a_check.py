#!/usr/bin/env python3
"""Check held-out set v20, half A.

Extracts the text of every a_* report in reports/ (python-docx, openpyxl, HTML
with tags stripped; pdfplumber for any PDF) and checks that every gold answer in
qa_a.jsonl and conversations_a.json occurs verbatim in its source report after
Unicode NFKC and removal of all whitespace. Also checks the row format, the id
sequence and the question mix, and prints counts. Exit code 0 when all pass.

    /work/main/.venv/bin/python a_check.py [--dump]
"""
import collections
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "percent", "count", "number", "rank", "date", "name", "list", "phrase", "refuse"}


def text_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def text_xlsx(path):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append("【" + ws.title + "】")
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(cells):
                out.append("\t".join(cells))
    return "\n".join(out)


def text_html(path):
    with open(path, "rb") as f:
        raw = f.read().decode("utf-8")
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d|table)>", "\n", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_pdf(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return text_docx(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    if ext in (".html", ".htm"):
        return text_html(path)
    if ext == ".pdf":
        return text_pdf(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def han_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    problems = []
    files = sorted(f for f in os.listdir(REPORTS) if f.startswith("a_"))
    texts = {}
    for f in files:
        texts[f] = extract(os.path.join(REPORTS, f))
        n = han_count(texts[f])
        print(f"{f}: {n} Chinese characters, {len(norm(texts[f]))} non-whitespace characters")
        if not 1800 <= n <= 2500:
            problems.append(f"{f}: {n} Chinese characters, outside 1800-2500")
    if "--dump" in sys.argv:
        for f in files:
            print("=" * 30, f)
            print(texts[f])
    normed = {f: norm(t) for f, t in texts.items()}

    def check_item(label, item):
        ans = item.get("answers")
        src = item.get("source")
        if not isinstance(ans, list):
            problems.append(f"{label}: answers is not a list")
            return
        if not ans:
            if src is not None:
                problems.append(f"{label}: refusal with a source")
            return
        if src not in normed:
            problems.append(f"{label}: unknown source {src!r}")
            return
        for a in ans:
            if not a or norm(a) not in normed[src]:
                problems.append(f"{label}: answer {a!r} not found in {src}")

    rows = []
    with open(os.path.join(HERE, "qa_a.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                rows.append(json.loads(line))
    seen = set()
    for i, r in enumerate(rows, 1):
        label = r.get("id", f"line {i}")
        if set(r) != {"id", "question", "answers", "source", "type", "lang", "paraphrase"}:
            problems.append(f"{label}: wrong keys {sorted(r)}")
        if r.get("id") != f"h20a-{i:03d}":
            problems.append(f"{label}: id out of sequence (expected h20a-{i:03d})")
        if r.get("id") in seen:
            problems.append(f"{label}: duplicate id")
        seen.add(r.get("id"))
        if r.get("type") not in TYPES:
            problems.append(f"{label}: bad type {r.get('type')!r}")
        if r.get("lang") not in ("zh", "en"):
            problems.append(f"{label}: bad lang")
        if not isinstance(r.get("paraphrase"), bool):
            problems.append(f"{label}: paraphrase not bool")
        if (r.get("type") == "refuse") != (r.get("answers") == []):
            problems.append(f"{label}: type refuse iff answers empty")
        check_item(label, r)
    qs = [r["question"] for r in rows]
    for q, n in collections.Counter(qs).items():
        if n > 1:
            problems.append(f"duplicate question: {q}")

    with open(os.path.join(HERE, "conversations_a.json"), encoding="utf-8") as f:
        convs = json.load(f)
    nturns = 0
    for ci, conv in enumerate(convs, 1):
        if len(conv) != 4:
            problems.append(f"conversation {ci}: {len(conv)} turns, expected 4")
        for ti, turn in enumerate(conv, 1):
            nturns += 1
            if set(turn) != {"question", "answers", "source"}:
                problems.append(f"conversation {ci} turn {ti}: wrong keys")
            check_item(f"conversation {ci} turn {ti}", turn)

    # counts
    refuse = [r for r in rows if r["type"] == "refuse"]
    zh = [r for r in rows if r["lang"] == "zh"]
    en = [r for r in rows if r["lang"] == "en"]
    zh_plain = [r for r in zh if not r["paraphrase"]]
    zh_para = [r for r in zh if r["paraphrase"]]
    print(f"qa_a.jsonl: {len(rows)} questions; zh {len(zh)} (plain {len(zh_plain)}, "
          f"colloquial/paraphrased {len(zh_para)}), en {len(en)} "
          f"(paraphrased {sum(r['paraphrase'] for r in en)}); must-refuse {len(refuse)} "
          f"(zh {sum(r['lang'] == 'zh' for r in refuse)}, en {sum(r['lang'] == 'en' for r in refuse)})")
    print("by type:", dict(sorted(collections.Counter(r["type"] for r in rows).items())))
    print("by source:", dict(sorted(collections.Counter(str(r["source"]) for r in rows).items())))
    print(f"conversations_a.json: {len(convs)} conversations, {nturns} turns, "
          f"{sum(1 for c in convs for t in c if not t['answers'])} must-refuse turns")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("all gold answers found verbatim in their sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
