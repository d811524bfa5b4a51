#!/usr/bin/env python3
"""Check half B of heldout_v21: every gold answer must occur verbatim in its report.

    /work/main/.venv/bin/python tests/heldout_v21/b_check.py

Text extraction: PDF text layer via pypdf, .txt decoded from GB18030 (lines
joined), .md as is. Comparison after NFKC and removal of all whitespace.
Exits 0 when everything passes, 1 otherwise.
"""

import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
VENV_PY = "/work/main/.venv/bin/python"

try:
    from pypdf import PdfReader
except ImportError:  # re-run under the project venv, which has pypdf
    venv = os.path.dirname(os.path.dirname(VENV_PY))
    if os.path.exists(VENV_PY) and os.path.realpath(sys.prefix) != os.path.realpath(venv):
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    raise

TYPES = {"amount", "count", "percent", "date", "name", "list", "number", "rank", "phrase", "refuse"}
TXT_ENCODING = "gb18030"

errors = []


def err(msg):
    errors.append(msg)
    print("FAIL:", msg)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def pdf_pages(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def report_text(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".pdf"):
        return "\n".join(pdf_pages(path))
    if name.endswith(".txt"):
        raw = open(path, "rb").read()
        text = raw.decode(TXT_ENCODING)
        return "".join(text.splitlines())  # undo the hard wrap
    with open(path, encoding="utf-8") as f:
        return f.read()


def check_reports():
    pdf = os.path.join(REPORTS, "b_yizhou_parks_bulletin_2025m9.pdf")
    pages = pdf_pages(pdf)
    if not 3 <= len(pages) <= 4:
        err(f"PDF has {len(pages)} pages, want 3-4")
    for i, t in enumerate(pages, 1):
        n = norm(t)
        if "熠开办〔2025〕27号" not in n:
            err(f"PDF page {i}: running header missing")
        if f"第{i}页共{len(pages)}页" not in n:
            err(f"PDF page {i}: page number missing")
    with_table_head = [i for i, t in enumerate(pages, 1) if "进度位次" in t]
    if len(with_table_head) < 2:
        err(f"PDF table does not continue across a page break: {with_table_head}")

    txt = os.path.join(REPORTS, "b_kunning_hitech_2025h1.txt")
    raw = open(txt, "rb").read()
    if raw.count(b"\n") != raw.count(b"\r\n") or b"\r\n" not in raw:
        err("TXT must use CRLF line ends only")
    try:
        raw.decode("utf-8")
        err("TXT unexpectedly decodes as UTF-8 (should be GB18030)")
    except UnicodeDecodeError:
        pass
    text = raw.decode(TXT_ENCODING)
    lines = text.split("\r\n")
    prose = [l for l in lines if l.startswith("　　") or (l and l[0] not in "┌│├└表-　 注")]
    if sum(1 for l in lines if "│" in l) < 5:
        err("TXT bar-drawn table missing")
    widths = {len(l.encode("gbk")) for l in lines if l and "│" not in l and "─" not in l}
    if max(widths) > 80:
        err(f"TXT prose lines wider than 80 columns: {max(widths)}")
    if not prose:
        err("TXT has no prose lines")

    md = open(os.path.join(REPORTS, "b_suichuan_invest_presser.md"), encoding="utf-8").read()
    if "**主持人" not in md or "**发布人" not in md:
        err("MD speaker lines missing")
    if "|---" not in md:
        err("MD table missing")


def check_answers(items, texts, label):
    for it in items:
        src = it["source"]
        if src not in texts:
            err(f"{label}: unknown source {src}")
            continue
        hay = texts[src]
        for a in it["answers"]:
            if not a.strip():
                err(f"{label}: empty answer string")
            elif norm(a) not in hay:
                err(f"{label}: answer {a!r} not in {src}")


def main():
    names = sorted(f for f in os.listdir(REPORTS) if f.startswith("b_"))
    texts = {n: norm(report_text(n)) for n in names}
    check_reports()

    qa = [
        json.loads(l) for l in open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") if l.strip()
    ]
    ids = set()
    for q in qa:
        keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(q) != keys:
            err(f"{q.get('id')}: keys {sorted(q)}")
        if q["id"] in ids or not re.fullmatch(r"h21b-\d{3}", q["id"]):
            err(f"bad or duplicate id {q['id']}")
        ids.add(q["id"])
        if q["type"] not in TYPES or q["lang"] not in ("zh", "en"):
            err(f"{q['id']}: bad type/lang")
        if (q["type"] == "refuse") != (q["answers"] == []):
            err(f"{q['id']}: refuse type and empty answers must go together")
        if q["lang"] == "en" and q["paraphrase"]:
            err(f"{q['id']}: en questions are not flagged paraphrase")
        check_answers([q], texts, q["id"])

    conv = json.load(open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8"))
    if len(conv) != 7 or any(len(c) != 4 for c in conv):
        err("conversations_b.json must hold 7 conversations of 4 turns")
    for ci, c in enumerate(conv, 1):
        for ti, t in enumerate(c, 1):
            if set(t) != {"question", "answers", "source"}:
                err(f"conv {ci} turn {ti}: keys {sorted(t)}")
            check_answers([t], texts, f"conv{ci}.{ti}")

    by_lang = collections.Counter(
        "en" if q["lang"] == "en" else ("zh-paraphrase" if q["paraphrase"] else "zh-plain")
        for q in qa
    )
    by_type = collections.Counter(q["type"] for q in qa)
    by_src = collections.Counter(q["source"] for q in qa)
    print(f"{len(qa)} questions; {sum(len(c) for c in conv)} conversation turns")
    print("by lang:", dict(by_lang))
    print("by type:", dict(sorted(by_type.items())))
    print("by source:", dict(by_src))
    for n in names:
        print(f"{n}: {sum(1 for ch in texts[n] if '一' <= ch <= '鿿')} CJK chars extracted")
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("OK: all gold answers found verbatim")
    return 0


if __name__ == "__main__":
    sys.exit(main())
