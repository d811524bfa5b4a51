#!/usr/bin/env python3
"""Check held-out part A: every answer span occurs verbatim in the extracted text of its report.

    python check.py        # needs python-docx, beautifulsoup4, pdfplumber, pypdf (openpyxl for xlsx)

Extraction: txt/md as UTF-8; html via BeautifulSoup (script/style dropped, all text nodes);
docx via python-docx (body paragraphs + every table cell, merged cells once); pdf via pdfplumber
(and, as a second opinion, pypdf); xlsx via openpyxl (every cell value).
Comparison: NFKC-normalised, all whitespace removed, on both sides.
Exit status 1 on any problem.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "percent", "count", "date", "name", "list", "phrase", "rank", "refuse"}
KEYS = ["id", "question", "answers", "source", "type", "lang", "paraphrase"]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def extract(path, pdf_engine="pdfplumber"):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
        return open(path, encoding="utf-8-sig").read()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(open(path, "rb").read(), "html.parser")
        for t in soup(["script", "style"]):
            t.decompose()
        return soup.get_text("\n")
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            seen = []  # keep the elements alive so identity checks are reliable
            for row in t.rows:
                for c in row.cells:
                    if any(c._tc is e for e in seen):
                        continue
                    seen.append(c._tc)
                    out.append(c.text)
        return "\n".join(out)
    if ext == ".pdf":
        if pdf_engine == "pypdf":
            import pypdf
            return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    raise ValueError("unknown format: " + path)


def main():
    problems = []
    files = sorted(f for f in os.listdir(REPORTS) if f.startswith("a_"))
    texts, alt = {}, {}
    print("reports:")
    for f in files:
        raw = extract(os.path.join(REPORTS, f))
        texts[f] = norm(raw)
        if f.endswith(".pdf"):
            alt[f] = norm(extract(os.path.join(REPORTS, f), "pypdf"))
        cjk = len(re.findall(r"[\u4e00-\u9fff]", raw))
        print("  %-45s %5d CJK chars, %5d chars (normalised)" % (f, cjk, len(texts[f])))
        if not 3000 <= cjk <= 4500:
            problems.append("%s: %d CJK chars outside 3000-4500" % (f, cjk))

    def check_span(where, src, answers):
        if src not in texts:
            problems.append("%s: unknown source %r" % (where, src))
            return
        for a in answers:
            if norm(a) not in texts[src]:
                problems.append("%s: answer %r not in %s" % (where, a, src))
            elif src in alt and norm(a) not in alt[src]:
                problems.append("%s: answer %r not in pypdf text of %s" % (where, a, src))

    # ---- qa.jsonl
    rows = [json.loads(l) for l in open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    for i, r in enumerate(rows, 1):
        where = r.get("id", "line %d" % i)
        if list(r.keys()) != KEYS:
            problems.append("%s: keys %s" % (where, list(r.keys())))
        if r["id"] != "h13a-%03d" % i or r["id"] in ids:
            problems.append("%s: bad or duplicate id" % where)
        ids.add(r["id"])
        if r["type"] not in TYPES or r["lang"] not in ("zh", "en") or not isinstance(r["paraphrase"], bool):
            problems.append("%s: bad type/lang/paraphrase" % where)
        if (r["type"] == "refuse") != (r["answers"] == []):
            problems.append("%s: refusal iff empty answers" % where)
        if r["source"] not in texts:
            problems.append("%s: source %r not a report" % (where, r["source"]))
        check_span(where, r["source"], r["answers"])
        if len(set(r["answers"])) != len(r["answers"]):
            problems.append("%s: duplicate answers" % where)
    qs = [r["question"] for r in rows]
    for q, n in collections.Counter(qs).items():
        if n > 1:
            problems.append("duplicate question %r" % q)

    # ---- conversations.json
    conv = json.load(open(os.path.join(HERE, "conversations.json"), encoding="utf-8"))
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            problems.append("conversation %d has %d turns" % (ci, len(c)))
        for ti, t in enumerate(c, 1):
            if sorted(t.keys()) != ["answers", "question", "source"] or not t["answers"]:
                problems.append("conversation %d turn %d: bad shape" % (ci, ti))
            check_span("conv %d.%d" % (ci, ti), t["source"], t["answers"])

    # ---- counts
    C = collections.Counter
    n = len(rows)
    ref = [r for r in rows if r["type"] == "refuse"]
    ans = [r for r in rows if r["type"] != "refuse"]
    zh_plain = sum(1 for r in rows if r["lang"] == "zh" and not r["paraphrase"])
    zh_para = sum(1 for r in rows if r["lang"] == "zh" and r["paraphrase"])
    en = sum(1 for r in rows if r["lang"] == "en")
    print("questions: %d (answerable %d, refuse %d = %.0f%%)" % (n, len(ans), len(ref), 100.0 * len(ref) / n))
    print("  zh plain %d (%.0f%%), zh paraphrased %d (%.0f%%), en %d (%.0f%%)"
          % (zh_plain, 100.0 * zh_plain / n, zh_para, 100.0 * zh_para / n, en, 100.0 * en / n))
    print("  by source:", dict(C(r["source"] for r in rows)))
    print("  by type:", dict(C(r["type"] for r in rows)))
    print("  en plain/paraphrased:", sum(1 for r in rows if r["lang"] == "en" and r["paraphrase"]),
          " en statistical wording:", sum(1 for r in rows if r["lang"] == "en" and not r["paraphrase"]))
    print("conversations: %d, turns %d" % (len(conv), sum(map(len, conv))))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: every answer span found in its report")


if __name__ == "__main__":
    main()
