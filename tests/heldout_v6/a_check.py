#!/usr/bin/env python
"""Checker for heldout_v6 part A.

Extracts each report's text (txt/md/html read directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes all
whitespace, then asserts that every gold span of a_qa.jsonl and a_conversations.json occurs in
its source. Also checks ids, types, languages, refusal convention and counts.

Run: /work/main/.venv/bin/python /tmp/heldout_v6/a_check.py
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
QA = os.path.join(HERE, "a_qa.jsonl")
CONV = os.path.join(HERE, "a_conversations.json")
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
REPORTS = [
    "a_honglan_hitech_2025_annual.pdf",
    "a_yuxun_parks_q3_bulletin.html",
    "a_chefeng_etdz_investment_2025.docx",
]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def extract(path):
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
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        parts.append(str(c.value) if not c.number_format or c.number_format == "General"
                                     else _display(c))
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    raise ValueError("unsupported source type: " + path)


def _display(cell):
    v = cell.value
    fmt = cell.number_format
    if isinstance(v, (int, float)):
        m = re.search(r"0\.(0+)", fmt)
        if m:
            return f"{v:.{len(m.group(1))}f}"
        if re.fullmatch(r"0", fmt):
            return f"{v:.0f}"
    return str(v)


def main():
    errors = []
    texts = {}
    for r in REPORTS:
        p = os.path.join(HERE, r)
        if not os.path.exists(p):
            errors.append(f"missing report {r}")
            continue
        texts[r] = norm(extract(p))
        cjk = len(re.findall(r"[\u4e00-\u9fff]", texts[r]))
        print(f"{r}: {cjk} CJK characters (extracted, incl. chrome)")
        if not 3000 <= cjk <= 4500:
            errors.append(f"{r}: CJK length {cjk} outside 3000-4500")

    # ---- QA file ----
    rows = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                errors.append(f"a_qa.jsonl line {ln}: blank line")
                continue
            rows.append(json.loads(line))
    if not 105 <= len(rows) <= 115:
        errors.append(f"a_qa.jsonl has {len(rows)} lines, expected 105-115")
    seen_q = set()
    for i, r in enumerate(rows, 1):
        want_id = f"h6a-{i:03d}"
        tag = r.get("id", f"line{i}")
        if r.get("id") != want_id:
            errors.append(f"{tag}: id should be {want_id}")
        keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(r) != keys:
            errors.append(f"{tag}: keys {sorted(r)} != {sorted(keys)}")
        if r.get("type") not in TYPES:
            errors.append(f"{tag}: bad type {r.get('type')}")
        if r.get("lang") not in ("zh", "en"):
            errors.append(f"{tag}: bad lang {r.get('lang')}")
        if not isinstance(r.get("paraphrase"), bool):
            errors.append(f"{tag}: paraphrase must be bool")
        q = r.get("question", "")
        if not q.strip():
            errors.append(f"{tag}: empty question")
        if q in seen_q:
            errors.append(f"{tag}: duplicate question")
        seen_q.add(q)
        has_cjk = bool(re.search(r"[\u4e00-\u9fff]", q))
        if r.get("lang") == "zh" and not has_cjk:
            errors.append(f"{tag}: lang zh but no CJK in question")
        if r.get("lang") == "en" and re.search(r"[\u4e00-\u9fff]", q):
            errors.append(f"{tag}: lang en but CJK in question")
        errors += check_answer(tag, r.get("answers"), r.get("source"), r.get("type"), texts)

    # ---- conversations ----
    with open(CONV, encoding="utf-8") as f:
        convs = json.load(f)
    if not isinstance(convs, list) or len(convs) != 7:
        errors.append(f"a_conversations.json: expected list of 7 conversations, got {len(convs)}")
    refused_turns = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            errors.append(f"conv {ci}: {len(conv)} turns, expected 3-4")
        for ti, turn in enumerate(conv, 1):
            tag = f"conv{ci}.turn{ti}"
            if set(turn) != {"question", "answers", "source"}:
                errors.append(f"{tag}: keys {sorted(turn)}")
            ttype = "refuse" if turn.get("answers") == [] else "span"
            if ttype == "refuse":
                refused_turns += 1
            errors += check_answer(tag, turn.get("answers"), turn.get("source"), ttype, texts)
    if not 2 <= refused_turns <= 4:
        errors.append(f"conversations: {refused_turns} refused turns, expected about 3")

    # ---- distribution report ----
    n = len(rows)
    lang = collections.Counter()
    for r in rows:
        if r["lang"] == "en":
            lang["en-paraphrase(plain)" if r["paraphrase"] else "en-official"] += 1
        else:
            lang["zh-colloquial" if r["paraphrase"] else "zh-plain"] += 1
    types = collections.Counter(r["type"] for r in rows)
    src = collections.Counter(r["source"] for r in rows)
    print(f"\nquestions: {n}")
    print("language mix:", dict(lang), {k: f"{v / n:.0%}" for k, v in lang.items()})
    print("types:", dict(types))
    print("sources:", dict(src))
    ref = types["refuse"]
    print(f"refusals: {ref} ({ref / n:.0%})")
    print(f"conversations: {len(convs)}, turns {sum(len(c) for c in convs)}, refused turns {refused_turns}")
    if not 0.12 <= ref / n <= 0.18:
        errors.append(f"refusal share {ref / n:.2f} outside 12-18%")
    if not 0.50 <= lang["zh-plain"] / n <= 0.60:
        errors.append("plain Chinese share outside 50-60%")
    if not 0.16 <= lang["zh-colloquial"] / n <= 0.24:
        errors.append("colloquial Chinese share outside 16-24%")
    en = lang["en-official"] + lang["en-paraphrase(plain)"]
    if not 0.21 <= en / n <= 0.29:
        errors.append("English share outside 21-29%")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


def check_answer(tag, answers, source, qtype, texts):
    errs = []
    if not isinstance(answers, list):
        return [f"{tag}: answers must be a list"]
    if qtype == "refuse" or answers == []:
        if answers != []:
            errs.append(f"{tag}: refusal must have answers []")
        if source is not None:
            errs.append(f"{tag}: refusal must have source null")
        if qtype not in ("refuse",):
            errs.append(f"{tag}: empty answers but type {qtype}")
        return errs
    if source not in texts:
        return [f"{tag}: unknown source {source}"]
    text = texts[source]
    for a in answers:
        na = norm(a)
        if not na:
            errs.append(f"{tag}: empty answer span")
        elif na not in text:
            errs.append(f"{tag}: span {a!r} not found in {source}")
    if len(set(answers)) != len(answers):
        errs.append(f"{tag}: duplicate answers")
    return errs


if __name__ == "__main__":
    main()
