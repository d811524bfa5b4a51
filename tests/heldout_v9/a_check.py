#!/usr/bin/env python
"""Checker for heldout_v9 part A (a_qa.jsonl, a_conversations.json and the three a_ reports).

Extracts each report's text (txt/md/html read directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes all
whitespace, and asserts every gold span occurs in its source. Also checks ids, types,
refusal convention, language / paraphrase flags, counts and report lengths.
Run: /work/main/.venv/bin/python /tmp/heldout_v9/a_check.py
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
REPORTS = {
    "a_junling_etdz_2025_annual.docx": "钧岭",
    "a_xidai_hitech_jan_nov_2025.html": "锡岱",
    "a_mingrong_park_h1_2025.txt": "铭嵘",
}
# every standalone question must name a park / sub-park / city
PARK_MARKERS = ["钧岭", "Junling", "锡岱", "Xidai", "铭嵘", "Mingrong", "钤岫", "Qianxiu", "岚嵩", "Lansong"]

errors = []


def err(msg):
    errors.append(msg)


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
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        v = c.value
                        if isinstance(v, float) and c.number_format and c.number_format != "General":
                            m = re.search(r"0\.(0+)", c.number_format)
                            v = f"{v:.{len(m.group(1))}f}" if m else v
                        parts.append(str(v))
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    raise ValueError("unsupported format: " + path)


texts = {}
raw_texts = {}
for name in REPORTS:
    p = os.path.join(HERE, name)
    if not os.path.exists(p):
        err(f"missing report {name}")
        continue
    raw = extract(p)
    raw_texts[name] = raw
    texts[name] = norm(raw)

# report-level checks
for name, raw in raw_texts.items():
    body = raw
    if name.endswith(".html"):
        body = re.sub(r"<style.*?</style>", "", body, flags=re.S)
        body = re.sub(r"<[^>]+>", "", body)
    n_cjk = len(re.findall(r"[\u4e00-\u9fff]", body))
    if not 3000 <= n_cjk <= 4500:
        err(f"{name}: {n_cjk} CJK characters, expected 3000-4500")
    if name.endswith(".txt"):
        try:
            raw.encode("gbk")
        except UnicodeEncodeError as e:
            err(f"{name}: not GBK-safe: {e}")
    print(f"report {name}: {n_cjk} CJK chars")


def check_span(where, answers, source):
    if source not in texts:
        err(f"{where}: unknown source {source!r}")
        return
    if not answers:
        err(f"{where}: empty answers for answerable item")
    for a in answers:
        if not isinstance(a, str) or not norm(a):
            err(f"{where}: bad answer {a!r}")
        elif norm(a) not in texts[source]:
            err(f"{where}: span {a!r} not found in {source}")


# ---- QA file
items = []
with open(QA, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            err(f"a_qa.jsonl line {ln}: blank line")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"a_qa.jsonl line {ln}: {e}")

if not 105 <= len(items) <= 115:
    err(f"a_qa.jsonl has {len(items)} lines, expected 105-115")

KEYS = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
seen_q = set()
for i, it in enumerate(items, 1):
    where = it.get("id", f"line{i}")
    if set(it) != KEYS:
        err(f"{where}: keys {sorted(it)}")
    if it.get("id") != f"h9a-{i:03d}":
        err(f"{where}: expected id h9a-{i:03d}")
    q = it.get("question", "")
    if not q or q in seen_q:
        err(f"{where}: empty or duplicate question")
    seen_q.add(q)
    if not any(m in q for m in PARK_MARKERS):
        err(f"{where}: question names no park/city")
    t = it.get("type")
    if t not in TYPES:
        err(f"{where}: bad type {t!r}")
    if it.get("lang") not in ("zh", "en"):
        err(f"{where}: bad lang")
    if not isinstance(it.get("paraphrase"), bool):
        err(f"{where}: paraphrase must be bool")
    has_cjk = bool(re.search(r"[\u4e00-\u9fff]", re.sub(r"\(.*?\)", "", q)))
    if it.get("lang") == "zh" and not has_cjk:
        err(f"{where}: lang zh but no Chinese")
    if it.get("lang") == "en" and has_cjk:
        err(f"{where}: lang en but Chinese outside parentheses")
    if t == "refuse":
        if it.get("answers") != [] or it.get("source") is not None:
            err(f"{where}: refusal must have answers [] and source null")
    else:
        if it.get("source") is None or it.get("answers") == []:
            err(f"{where}: non-refusal needs answers and source")
        else:
            check_span(where, it["answers"], it["source"])
            marker = REPORTS.get(it["source"])
            if marker and not any(m in q for m in (marker, {"钧岭": "Junling", "锡岱": "Xidai", "铭嵘": "Mingrong"}[marker])):
                err(f"{where}: question does not name the park of its source")

# ---- conversations
with open(CONV, encoding="utf-8") as f:
    conv = json.load(f)
if not isinstance(conv, list) or len(conv) != 7:
    err(f"a_conversations.json: expected 7 conversations, got {len(conv) if isinstance(conv, list) else type(conv)}")
n_ref_turns = 0
for ci, c in enumerate(conv, 1):
    if not 3 <= len(c) <= 4:
        err(f"conv {ci}: {len(c)} turns, expected 3-4")
    if not any(m in c[0]["question"] for m in PARK_MARKERS):
        err(f"conv {ci}: first turn names no park")
    for ti, turn in enumerate(c, 1):
        where = f"conv {ci} turn {ti}"
        if set(turn) != {"question", "answers", "source"}:
            err(f"{where}: keys {sorted(turn)}")
        if turn["answers"] == [] or turn["source"] is None:
            if turn["answers"] != [] or turn["source"] is not None:
                err(f"{where}: refusal must have answers [] and source null")
            n_ref_turns += 1
            if ti == 1:
                err(f"{where}: first turn should be answerable")
        else:
            check_span(where, turn["answers"], turn["source"])
if not 2 <= n_ref_turns <= 4:
    err(f"conversations: {n_ref_turns} refused turns, expected about 3")

# ---- stats
n = len(items)
by_type = Counter(it.get("type") for it in items)
by_lang = Counter((it.get("lang"), it.get("paraphrase")) for it in items)
by_src = Counter(it.get("source") for it in items)
n_ref = by_type.get("refuse", 0)
print(f"questions: {n}; refusals: {n_ref} ({100 * n_ref / max(n, 1):.1f}%)")
print("by type:", dict(sorted(by_type.items())))
print("zh plain:", by_lang[("zh", False)], " zh paraphrase:", by_lang[("zh", True)],
      " en official:", by_lang[("en", False)], " en plain:", by_lang[("en", True)])
print("by source:", dict(by_src))
print(f"conversations: {len(conv)}; turns: {sum(len(c) for c in conv)}; refused turns: {n_ref_turns}")
if not 0.12 <= n_ref / max(n, 1) <= 0.18:
    err(f"refusal share {n_ref}/{n} outside ~15%")

if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
