#!/usr/bin/env python
"""Checker for heldout_v7 part A (a_qa.jsonl, a_conversations.json, a_* reports).

Run: /work/main/.venv/bin/python /tmp/heldout_v7/a_check.py
Extracts each report's text (txt/md/html read directly; docx paragraphs + table
cells; xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC
and removes all whitespace, then asserts that every gold span occurs in its
source. Also checks ids, types, languages, refusal convention and counts.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QA = os.path.join(HERE, "a_qa.jsonl")
CONV = os.path.join(HERE, "a_conversations.json")
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
REPORTS = [
    "a_longxi_hitech_2025q3_economy.html",
    "a_tanlang_etdz_2024_2025_compare.docx",
    "a_chenqian_multi_park_2025h1.pdf",
]
# strings that must NOT occur anywhere in the set (support for refusal items)
FORBIDDEN_ANYWHERE = ["钏玥", "锘瑶", "可支配收入", "常住人口", "失业率"]
# (report, string) pairs that must NOT occur in that report (support for refusals)
FORBIDDEN_IN = [
    ("a_tanlang_etdz_2024_2025_compare.docx", "社会消费品零售总额"),
    ("a_tanlang_etdz_2024_2025_compare.docx", "社零"),
    ("a_chenqian_multi_park_2025h1.pdf", "社会消费品零售总额"),
    ("a_longxi_hitech_2025q3_economy.html", "1—9月，全区规上工业企业实现营业收入"),
    ("a_chenqian_multi_park_2025h1.pdf", "前三季度综合考评结果"),
]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def raw_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md", "html", "htm"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        v = c.value
                        fmt = c.number_format or ""
                        if isinstance(v, float) and re.fullmatch(r"0\.(0+)", fmt):
                            v = f"{v:.{len(fmt) - 2}f}"
                        parts.append(str(v))
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    raise ValueError(f"unsupported report type: {path}")


def main():
    texts, raws = {}, {}
    for name in REPORTS:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(f"missing report {name}")
            continue
        raw = raw_text(path)
        raws[name] = raw
        texts[name] = norm(raw)
        if name.endswith((".html", ".htm")):
            vis = re.sub(r"<[^>]+>", "", raw)
        else:
            vis = raw
        cjk = len(re.findall(r"[\u4e00-\u9fff]", vis))
        print(f"report {name}: {cjk} CJK characters")
        if not 3000 <= cjk <= 4500:
            err(f"{name}: {cjk} CJK characters, expected 3000-4500")
        if "(cid:" in raw:
            err(f"{name}: unmapped CID glyphs in extracted text")

    for s in FORBIDDEN_ANYWHERE:
        for name, t in texts.items():
            if norm(s) in t:
                err(f"forbidden string {s!r} found in {name}")
    for name, s in FORBIDDEN_IN:
        if name in texts and norm(s) in texts[name]:
            err(f"forbidden string {s!r} found in {name}")

    def check_span(where, src, ans):
        if src not in texts:
            err(f"{where}: unknown source {src!r}")
            return
        for a in ans:
            if not isinstance(a, str) or not a.strip():
                err(f"{where}: empty/non-string answer {a!r}")
            elif norm(a) not in texts[src]:
                err(f"{where}: span {a!r} not found in {src}")

    # ---- questions ----
    rows = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"a_qa.jsonl line {ln}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"a_qa.jsonl line {ln}: bad JSON {e}")
    n = len(rows)
    if not 105 <= n <= 115:
        err(f"{n} questions, expected 105-115")
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    seen_q = set()
    for i, o in enumerate(rows, 1):
        where = o.get("id", f"row{i}")
        if set(o) != keys:
            err(f"{where}: keys {sorted(o)} != {sorted(keys)}")
        if o.get("id") != f"h7a-{i:03d}":
            err(f"{where}: expected id h7a-{i:03d}")
        if o.get("type") not in TYPES:
            err(f"{where}: bad type {o.get('type')!r}")
        if o.get("lang") not in ("zh", "en"):
            err(f"{where}: bad lang {o.get('lang')!r}")
        if not isinstance(o.get("paraphrase"), bool):
            err(f"{where}: paraphrase must be bool")
        q = o.get("question", "")
        if not q or q in seen_q:
            err(f"{where}: empty or duplicate question")
        seen_q.add(q)
        if o.get("lang") == "zh" and not re.search(r"[\u4e00-\u9fff]", q):
            err(f"{where}: zh question without Chinese")
        if o.get("lang") == "en" and len(re.findall(r"[A-Za-z]+", q)) < 4:
            err(f"{where}: en question is not English")
        ans, src = o.get("answers"), o.get("source")
        if not isinstance(ans, list):
            err(f"{where}: answers must be a list")
            continue
        if o.get("type") == "refuse":
            if ans != [] or src is not None:
                err(f"{where}: refusal must have answers [] and source null")
        else:
            if not ans:
                err(f"{where}: non-refusal with no answers")
            if src not in REPORTS:
                err(f"{where}: source {src!r} not a part-A report")
            check_span(where, src, ans)
            if len(set(ans)) != len(ans):
                err(f"{where}: duplicate answers")

    # ---- conversations ----
    with open(CONV, encoding="utf-8") as f:
        convs = json.load(f)
    if not isinstance(convs, list) or len(convs) != 7:
        err(f"expected a list of 7 conversations, got {len(convs) if isinstance(convs, list) else type(convs)}")
    refused_turns = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            err(f"conversation {ci}: {len(conv)} turns, expected 3-4")
        for ti, t in enumerate(conv, 1):
            where = f"conv{ci}.turn{ti}"
            if set(t) != {"question", "answers", "source"}:
                err(f"{where}: keys {sorted(t)}")
                continue
            if t["answers"] == []:
                refused_turns += 1
                if t["source"] is not None:
                    err(f"{where}: refused turn must have source null")
                if ti == 1:
                    err(f"{where}: first turn should not be a refusal")
            else:
                if t["source"] not in REPORTS:
                    err(f"{where}: bad source {t['source']!r}")
                check_span(where, t["source"], t["answers"])
    if not 2 <= refused_turns <= 4:
        err(f"{refused_turns} refused conversation turns, expected about 3")

    # ---- summary ----
    grp = Counter()
    for o in rows:
        grp[(o["lang"], o["paraphrase"])] += 1
    refuse = sum(1 for o in rows if o["type"] == "refuse")
    print(f"questions: {n}; refusals: {refuse} ({100 * refuse / max(n, 1):.0f}%)")
    print("zh plain %d, zh colloquial %d, en official %d, en plain %d" % (
        grp[("zh", False)], grp[("zh", True)], grp[("en", False)], grp[("en", True)]))
    print("types:", dict(Counter(o["type"] for o in rows)))
    print("by source:", dict(Counter(o["source"] for o in rows)))
    print(f"conversations: {len(convs)}, turns {[len(c) for c in convs]}, refused turns {refused_turns}")
    if not 0.10 <= refuse / max(n, 1) <= 0.20:
        err(f"refusal share {refuse}/{n} outside ~15%")

    # informational: PDF gold spans that cross a line break in the raw text
    pdf = [r for r in REPORTS if r.endswith(".pdf")]
    for name in pdf:
        if name not in raws:
            continue
        lines = raws[name].split("\n")
        spans = {a for o in rows if o["source"] == name for a in o["answers"]}
        spans |= {a for c in convs for t in c if t["source"] == name for a in t["answers"]}
        crossing = sorted(a for a in spans if norm(a) in texts[name] and not any(norm(a) in norm(l) for l in lines))
        print(f"{name}: {len(crossing)} gold spans wrap across a line break: {crossing}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
