# -*- coding: utf-8 -*-
"""Checker for heldout_v6 part B.

Run:  /work/main/.venv/bin/python /tmp/heldout_v6/b_check.py
Extracts each report's text (txt/md/html directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes
all whitespace, then asserts every gold span occurs in its source, and checks ids,
types, the refusal convention, counts and the language mix.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QA = os.path.join(HERE, "b_qa.jsonl")
CONV = os.path.join(HERE, "b_conversations.json")
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
REPORTS = ["b_meitang_2025h1_work.txt", "b_luanyuan_parks_2024_2025.xlsx", "b_qiaodun_news_20251120.md"]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# ---------------------------------------------------------------- extraction
def _fmt_number(v, fmt):
    fmt = (fmt or "General").strip()
    if fmt in ("General", "@"):
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    core = fmt.split(";")[0]
    percent = core.endswith("%")
    if percent:
        v = v * 100
        core = core[:-1]
    m = re.fullmatch(r"(#,##)?0(?:\.(0+))?", core)
    if not m:
        raise ValueError(f"unsupported number format {fmt!r}")
    dec = len(m.group(2) or "")
    out = f"{v:,.{dec}f}" if m.group(1) else f"{v:.{dec}f}"
    return out + ("%" if percent else "")


def _fmt_date(v, fmt):
    f = (fmt or "").lower()
    if "年" in f:
        return f"{v.year}年{v.month}月{v.day}日"
    return v.strftime("%Y-%m-%d")


def text_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, bool):
                    parts.append(str(v).upper())
                elif isinstance(v, (int, float)):
                    parts.append(_fmt_number(v, c.number_format))
                elif isinstance(v, (datetime.datetime, datetime.date)):
                    parts.append(_fmt_date(v, c.number_format))
                else:
                    parts.append(str(v))
                parts.append("\n")
    return " ".join(parts)


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def text_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md", ".html", ".htm"):
        with open(path, encoding="utf-8-sig") as f:
            return f.read()
    if ext == ".xlsx":
        return text_xlsx(path)
    if ext == ".docx":
        return text_docx(path)
    if ext == ".pdf":
        return text_pdf(path)
    raise ValueError(f"unknown format: {path}")


_cache = {}


def source_text(name):
    if name not in _cache:
        _cache[name] = norm(extract(os.path.join(HERE, name)))
    return _cache[name]


# ---------------------------------------------------------------- report checks
def check_reports():
    for name in REPORTS:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(f"missing report {name}")
            continue
        raw = extract(path)
        cjk = len(re.findall(r"[\u4e00-\u9fff]", raw))
        print(f"  {name}: {cjk} CJK chars")
        if not 3000 <= cjk <= 4500:
            err(f"{name}: {cjk} CJK characters, expected 3000-4500")
    txt = os.path.join(HERE, REPORTS[0])
    if os.path.exists(txt):
        with open(txt, "rb") as f:
            if not f.read(3) == b"\xef\xbb\xbf":
                err("txt report lacks UTF-8 BOM")
        with open(txt, encoding="utf-8-sig") as f:
            long_lines = [l for l in f.read().splitlines() if len(l) > 36]
        if long_lines:
            err(f"txt report has {len(long_lines)} lines longer than 36 chars (not hard-wrapped)")


# ---------------------------------------------------------------- item checks
def check_item(where, answers, source, typ=None):
    if typ is not None and typ not in TYPES:
        err(f"{where}: bad type {typ!r}")
    refused = (typ == "refuse") if typ is not None else (answers == [])
    if refused:
        if answers != [] or source is not None:
            err(f"{where}: refusal must have answers [] and source null")
        return
    if not answers or not isinstance(answers, list):
        err(f"{where}: answerable item needs a non-empty answers list")
        return
    if source not in REPORTS:
        err(f"{where}: unknown source {source!r}")
        return
    text = source_text(source)
    for a in answers:
        if not isinstance(a, str) or not a.strip():
            err(f"{where}: empty/non-string answer {a!r}")
            continue
        if norm(a) not in text:
            err(f"{where}: span {a!r} not found in {source}")


def check_qa():
    rows = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err(f"qa line {ln}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"qa line {ln}: bad JSON ({e})")
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    for i, r in enumerate(rows, 1):
        want = f"h6b-{i:03d}"
        if set(r) != keys:
            err(f"{r.get('id')}: keys {sorted(r)} != {sorted(keys)}")
        if r.get("id") != want:
            err(f"line {i}: id {r.get('id')!r}, expected {want}")
        if r.get("lang") not in ("zh", "en"):
            err(f"{want}: bad lang {r.get('lang')!r}")
        if not isinstance(r.get("paraphrase"), bool):
            err(f"{want}: paraphrase must be a bool")
        q = r.get("question", "")
        if r.get("lang") == "en" and re.search(r"[？。，]", q):
            err(f"{want}: English question with Chinese punctuation")
        if r.get("lang") == "zh" and not re.search(r"[\u4e00-\u9fff]{4}", q):
            err(f"{want}: Chinese question without Chinese text")
        check_item(want, r.get("answers"), r.get("source"), r.get("type"))
    qs = [r.get("question") for r in rows]
    dup = [q for q, c in Counter(qs).items() if c > 1]
    if dup:
        err(f"duplicate questions: {dup}")

    n = len(rows)
    if not 105 <= n <= 115:
        err(f"{n} questions, expected 105-115")
    refuse = sum(r.get("type") == "refuse" for r in rows)
    zh_plain = sum(r.get("lang") == "zh" and not r.get("paraphrase") for r in rows)
    zh_coll = sum(r.get("lang") == "zh" and r.get("paraphrase") for r in rows)
    en_off = sum(r.get("lang") == "en" and not r.get("paraphrase") for r in rows)
    en_pl = sum(r.get("lang") == "en" and r.get("paraphrase") for r in rows)
    print(f"  questions: {n}; refusals {refuse} ({refuse / n:.1%})")
    print(f"  zh plain {zh_plain} ({zh_plain / n:.0%}), zh colloquial {zh_coll} ({zh_coll / n:.0%}), "
          f"en official {en_off} ({en_off / n:.0%}), en plain {en_pl} ({en_pl / n:.0%})")
    print("  types:", dict(Counter(r.get("type") for r in rows)))
    print("  by source:", dict(Counter(r.get("source") for r in rows)))
    if not 0.12 <= refuse / n <= 0.18:
        err(f"refusal share {refuse / n:.1%} outside 12-18%")
    if not 0.48 <= zh_plain / n <= 0.62:
        err(f"plain Chinese share {zh_plain / n:.0%} outside 48-62%")
    if not 0.15 <= zh_coll / n <= 0.25:
        err(f"colloquial Chinese share {zh_coll / n:.0%} outside 15-25%")
    if not 0.20 <= (en_off + en_pl) / n <= 0.30:
        err(f"English share {(en_off + en_pl) / n:.0%} outside 20-30%")
    if abs(en_off - en_pl) > 3:
        err(f"English official/plain split unbalanced: {en_off}/{en_pl}")
    for t in TYPES:
        if not any(r.get("type") == t for r in rows):
            err(f"type {t} unused")


def check_conversations():
    with open(CONV, encoding="utf-8") as f:
        convs = json.load(f)
    if not isinstance(convs, list) or len(convs) != 7:
        err(f"expected a list of 7 conversations, got {len(convs) if isinstance(convs, list) else type(convs)}")
        return
    refused = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            err(f"conversation {ci}: {len(conv)} turns, expected 3-4")
        for ti, turn in enumerate(conv, 1):
            where = f"conv {ci} turn {ti}"
            if set(turn) != {"question", "answers", "source"}:
                err(f"{where}: keys {sorted(turn)}")
                continue
            if turn["answers"] == []:
                refused += 1
                if turn["source"] is not None:
                    err(f"{where}: refused turn must have source null")
            else:
                check_item(where, turn["answers"], turn["source"])
        if conv and conv[0]["answers"] == []:
            err(f"conversation {ci}: first turn should be answerable")
    turns = sum(len(c) for c in convs)
    print(f"  conversations: {len(convs)}, turns {turns}, refused turns {refused}")
    if not 2 <= refused <= 4:
        err(f"{refused} refused conversation turns, expected about 3")


def main():
    print("reports:")
    check_reports()
    print("qa:")
    check_qa()
    print("conversations:")
    check_conversations()
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
