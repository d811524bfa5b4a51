# -*- coding: utf-8 -*-
"""Check half A of heldout_v18: every gold answer must be an exact span of the
text of its report as extracted (docx paragraphs + table cells, xlsx cells,
html visible text).  Also validates the schema of qa_a.jsonl and
conversations_a.json and prints the question mix.

    /work/main/.venv/bin/python a_check.py          # exit code 0 = pass
    /work/main/.venv/bin/python a_check.py --dump   # also print extracted texts
"""
import collections
import json
import os
import re
import sys

import openpyxl
from bs4 import BeautifulSoup
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
QA = os.path.join(HERE, "qa_a.jsonl")
CONV = os.path.join(HERE, "conversations_a.json")
TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "number", "refuse"}


def docx_text(path):
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def _cell_str(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_cell_str(v) for v in row if v is not None]
            if cells:
                parts.append("\t".join(cells))
    return "\n".join(parts)


def html_text(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.get_text()


def report_text(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".docx"):
        return docx_text(path)
    if name.endswith(".xlsx"):
        return xlsx_text(path)
    if name.endswith(".html"):
        return html_text(path)
    raise ValueError(name)


def cjk_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def main():
    errors = []
    names = sorted(n for n in os.listdir(REPORTS) if n.startswith("a_"))
    texts = {n: report_text(n) for n in names}
    for n in names:
        print(f"{n}: {len(texts[n])} chars, {cjk_count(texts[n])} CJK")
        if "--dump" in sys.argv:
            print(texts[n])
            print("-" * 60)
        if not 2000 <= cjk_count(texts[n]) <= 6000:
            print(f"  note: CJK count outside 2000–6000 for {n}")

    # ---- qa_a.jsonl
    rows = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"qa line {ln}: bad json {e}")
    seen = set()
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    multi = []
    for r in rows:
        rid = r.get("id")
        if set(r) != keys:
            errors.append(f"{rid}: keys {sorted(r)}")
        if rid in seen:
            errors.append(f"{rid}: duplicate id")
        seen.add(rid)
        if not re.fullmatch(r"h18a-\d{3}", rid or ""):
            errors.append(f"{rid}: bad id")
        if r.get("type") not in TYPES:
            errors.append(f"{rid}: bad type {r.get('type')}")
        if r.get("lang") not in ("zh", "en"):
            errors.append(f"{rid}: bad lang")
        if not isinstance(r.get("paraphrase"), bool):
            errors.append(f"{rid}: paraphrase not bool")
        src = r.get("source")
        if src not in texts:
            errors.append(f"{rid}: unknown source {src}")
            continue
        ans = r.get("answers")
        if not isinstance(ans, list):
            errors.append(f"{rid}: answers not a list")
            continue
        if r["type"] == "refuse":
            if ans:
                errors.append(f"{rid}: refuse with answers")
            continue
        if not ans:
            errors.append(f"{rid}: no answers for type {r['type']}")
        if len(set(ans)) != len(ans):
            errors.append(f"{rid}: duplicate alternatives")
        for a in ans:
            if not isinstance(a, str) or not a:
                errors.append(f"{rid}: bad answer {a!r}")
            elif a not in texts[src]:
                errors.append(f"{rid}: answer {a!r} not in {src}")
        # information only: the first (most specific) alternative occurring many times
        if ans and isinstance(ans[0], str):
            k = texts[src].count(ans[0])
            if k > 1 and len(ans[0]) >= 3:
                multi.append((rid, ans[0], k))

    # ---- conversations_a.json
    with open(CONV, encoding="utf-8") as f:
        convs = json.load(f)
    if not isinstance(convs, list):
        errors.append("conversations: not a list")
        convs = []
    n_turns = 0
    n_conv_refuse = 0
    for ci, conv in enumerate(convs, 1):
        if not isinstance(conv, list) or not 3 <= len(conv) <= 4:
            errors.append(f"conv {ci}: must be a list of 3–4 turns")
            continue
        # all answers of one conversation must come from one report
        homes = set(texts)
        for ti, turn in enumerate(conv, 1):
            n_turns += 1
            if set(turn) != {"question", "answers"}:
                errors.append(f"conv {ci} turn {ti}: keys {sorted(turn)}")
            ans = turn.get("answers", [])
            if not ans:
                n_conv_refuse += 1
            for a in ans:
                homes = {n for n in homes if a in texts[n]}
        if not homes:
            errors.append(f"conv {ci}: answers not all found in one report")
        else:
            print(f"conv {ci}: {len(conv)} turns, source {sorted(homes)[0]}")

    # ---- summary
    by = collections.Counter
    print(f"\n{len(rows)} questions")
    print("by type:", dict(sorted(by(r['type'] for r in rows).items())))
    print("by lang:", dict(sorted(by(r['lang'] for r in rows).items())))
    print("by source:", dict(sorted(by(r['source'] for r in rows).items())))
    bucket = by(("en" if r["lang"] == "en" else ("zh-paraphrase" if r["paraphrase"] else "zh-plain")) for r in rows)
    print("by bucket:", dict(sorted(bucket.items())))
    nref = sum(r["type"] == "refuse" for r in rows)
    print(f"refuse: {nref} ({100 * nref / max(len(rows), 1):.1f}%)")
    print(f"{len(convs)} conversations, {n_turns} turns, {n_conv_refuse} refuse turns")
    if multi:
        print("\ninfo: first alternative occurs more than once in its report:")
        for rid, a, k in multi:
            print(f"  {rid}: {a!r} x{k}")

    if errors:
        print("\nFAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
