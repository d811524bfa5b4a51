# -*- coding: utf-8 -*-
"""Check half A: every gold answer is an exact substring of its report's extracted text.

    /work/main/.venv/bin/python a_check.py        # exit 0 on pass, 1 on any problem

Text extraction: pdf via pdfplumber (pypdf as fallback), xlsx via openpyxl (cell values,
row by row, cells joined by a tab), html by dropping <script>/<style> and stripping tags.
Comparison as in the dev set: Unicode NFKC, then all whitespace removed (PDF wraps lines
inside figures, so a figure may be split by a line break in the raw extraction).
"""
import html as htmlmod
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
QA = os.path.join(HERE, "qa_a.jsonl")
CONV = os.path.join(HERE, "conversations_a.json")
TYPES = {"amount", "count", "percent", "date", "name", "list", "number", "rank", "phrase", "refuse"}


def text_pdf(path):
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    except ImportError:
        from pypdf import PdfReader
        return "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)


def text_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("## " + ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(cells):
                out.append("\t".join(cells))
    return "\n".join(out)


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return htmlmod.unescape(raw)


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".pdf"):
        return text_pdf(path)
    if name.endswith(".xlsx"):
        return text_xlsx(path)
    if name.endswith((".html", ".htm")):
        return text_html(path)
    raise ValueError(name)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cjk(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    problems = []
    texts = {}
    for name in sorted(os.listdir(REPORTS)):
        if name.startswith("a_"):
            t = extract(name)
            texts[name] = norm(t)
            print("%-45s %6d CJK chars, %6d non-space chars" % (name, cjk(t), len(texts[name])))

    def check_item(where, item, conv=False):
        ans = item.get("answers")
        src = item.get("source")
        if not isinstance(ans, list):
            problems.append("%s: answers not a list" % where)
            return
        if not ans:
            if src not in (None, ""):
                problems.append("%s: refusal with a source" % where)
            if not conv and item.get("type") != "refuse":
                problems.append("%s: empty answers but type %s" % (where, item.get("type")))
            return
        if src not in texts:
            problems.append("%s: unknown source %r" % (where, src))
            return
        if not conv and item.get("type") == "refuse":
            problems.append("%s: type refuse with answers" % where)
        for a in ans:
            if not a or norm(a) not in texts[src]:
                problems.append("%s: answer %r not in %s" % (where, a, src))

    items = [json.loads(l) for l in open(QA, encoding="utf-8") if l.strip()]
    ids = set()
    for it in items:
        w = it.get("id")
        if w in ids:
            problems.append("duplicate id %s" % w)
        ids.add(w)
        for k in ("id", "question", "answers", "source", "type", "lang", "paraphrase"):
            if k not in it:
                problems.append("%s: missing %s" % (w, k))
        if it.get("type") not in TYPES:
            problems.append("%s: bad type %r" % (w, it.get("type")))
        if it.get("lang") not in ("zh", "en"):
            problems.append("%s: bad lang" % w)
        check_item(w, it)
    convs = json.load(open(CONV, encoding="utf-8"))
    nturns = 0
    for i, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            problems.append("conv %d: %d turns" % (i, len(conv)))
        if sum(1 for t in conv if not t["answers"]) > 1:
            problems.append("conv %d: more than one refusal turn" % i)
        for j, t in enumerate(conv, 1):
            nturns += 1
            check_item("conv %d turn %d" % (i, j), t, conv=True)

    n = len(items)
    ref = [it for it in items if not it["answers"]]
    print("\nquestions: %d  (refuse %d = %.1f%%)" % (n, len(ref), 100.0 * len(ref) / n))
    print("by lang:", dict(Counter(it["lang"] for it in items)))
    print("by type:", dict(sorted(Counter(it["type"] for it in items).items())))
    print("by source:", dict(Counter(it["source"] for it in items)))
    zh = [it for it in items if it["lang"] == "zh" and it["answers"]]
    print("zh answerable: %d (paraphrased %d); en answerable: %d; refusals zh %d / en %d" % (
        len(zh), sum(1 for it in zh if it["paraphrase"]),
        sum(1 for it in items if it["lang"] == "en" and it["answers"]),
        sum(1 for it in ref if it["lang"] == "zh"), sum(1 for it in ref if it["lang"] == "en")))
    print("conversations: %d, turns %d, refusal turns %d" % (
        len(convs), nturns, sum(1 for c in convs for t in c if not t["answers"])))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: every gold answer occurs verbatim in its report.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
