# -*- coding: utf-8 -*-
"""Checker for heldout_v10 part A.

Run:  /work/main/.venv/bin/python /tmp/heldout_v10/a_check.py
Extracts every report's text (txt/md/html read directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes all
whitespace, then asserts that every gold span occurs in its source and that ids, types,
the refusal convention, language mix and counts are as specified.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = [
    "a_xilian_park_q1_q3_2025.docx",
    "a_meixuan_edz_signing_2025.html",
    "a_yingan_hitech_2021_2025_review.txt",
]
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md", ".html", ".htm"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    v = c.value
                    fmt = c.number_format or "General"
                    if isinstance(v, float) and fmt != "General":
                        m = re.search(r"0\.(0+)", fmt)
                        v = f"{v:.{len(m.group(1))}f}" if m else (f"{v:.0f}" if "0" in fmt else v)
                    parts.append(str(v))
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    raise ValueError(f"unsupported report type: {path}")


def cjk_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


# ---------------- reports ----------------
raw, texts = {}, {}
for r in REPORTS:
    p = os.path.join(HERE, r)
    if not os.path.exists(p):
        err(f"missing report {r}")
        continue
    raw[r] = extract(p)
    texts[r] = norm(raw[r])
    n = cjk_count(raw[r])
    if not 3000 <= n <= 4500:
        err(f"{r}: {n} CJK characters, expected 3000-4500")
    print(f"report {r}: {n} CJK chars")

txt = "a_yingan_hitech_2021_2025_review.txt"
if txt in raw:
    try:
        raw[txt].encode("gbk")
    except UnicodeEncodeError as e:
        err(f"{txt} not GBK-safe: {e}")
    long_lines = [l for l in raw[txt].split("\n") if len(l) > 40 and not re.match(r"^\S+\s{2,}", l)]
    if long_lines:
        err(f"{txt}: {len(long_lines)} prose lines longer than 40 chars")
    wrapped = [l for l in raw[txt].split("\n") if len(l) == 38]
    if len(wrapped) < 80:
        err(f"{txt}: only {len(wrapped)} lines hard-wrapped at 38 chars")

html = "a_meixuan_edz_signing_2025.html"
if html in raw:
    for needle in ["class=\"nav\"", "breadcrumb", "发布时间", "来源", "作者", "浏览次数", "分享",
                   "上一篇", "下一篇", "备案号", "<table", "合计"]:
        if needle not in raw[html]:
            err(f"{html}: chrome element {needle!r} missing")


def check_span(where, ans, src):
    if src not in texts:
        err(f"{where}: source {src!r} is not a report of part A")
        return
    for a in ans:
        if not isinstance(a, str) or not a.strip():
            err(f"{where}: empty/non-string answer {a!r}")
        elif norm(a) not in texts[src]:
            err(f"{where}: answer {a!r} not found in {src}")


# ---------------- QA ----------------
qa = []
with open(os.path.join(HERE, "a_qa.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"a_qa.jsonl line {ln}: blank line")
            continue
        qa.append(json.loads(line))

if not 105 <= len(qa) <= 115:
    err(f"{len(qa)} questions, expected 105-115")
KEYS = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
seen_q = set()
for i, o in enumerate(qa, 1):
    where = o.get("id", f"line{i}")
    if set(o) != KEYS:
        err(f"{where}: keys {sorted(o)}")
        continue
    if o["id"] != f"h10a-{i:03d}":
        err(f"{where}: expected id h10a-{i:03d}")
    if o["type"] not in TYPES:
        err(f"{where}: bad type {o['type']}")
    if o["lang"] not in ("zh", "en"):
        err(f"{where}: bad lang {o['lang']}")
    if not isinstance(o["paraphrase"], bool):
        err(f"{where}: paraphrase not bool")
    if o["question"] in seen_q:
        err(f"{where}: duplicate question")
    seen_q.add(o["question"])
    has_cjk = cjk_count(o["question"]) > 0
    if o["lang"] == "zh" and not re.search(r"[？?]$", o["question"]):
        err(f"{where}: zh question should end with a question mark")
    if o["lang"] == "en" and not re.match(r"^[A-Z]", o["question"]):
        err(f"{where}: en question should start in English")
    if o["type"] == "refuse":
        if o["answers"] != [] or o["source"] is not None:
            err(f"{where}: refusal must have answers [] and source null")
    else:
        if not o["answers"]:
            err(f"{where}: non-refusal without answers")
        if o["source"] is None:
            err(f"{where}: non-refusal without source")
        check_span(where, o["answers"], o["source"])
    # every question names a park / sub-park / city
    if not re.search(r"汐楝|湄楦|潆桉|渌槐|汶栎|洮椿", o["question"]):
        err(f"{where}: question names no park")

n = len(qa)
by_lang = collections.Counter((o["lang"], o["paraphrase"]) for o in qa)
refusals = [o for o in qa if o["type"] == "refuse"]
zh_plain = by_lang[("zh", False)] / n
zh_para = by_lang[("zh", True)] / n
en = (by_lang[("en", False)] + by_lang[("en", True)]) / n
if not 0.50 <= zh_plain <= 0.60:
    err(f"plain Chinese share {zh_plain:.2%}")
if not 0.16 <= zh_para <= 0.24:
    err(f"colloquial Chinese share {zh_para:.2%}")
if not 0.21 <= en <= 0.29:
    err(f"English share {en:.2%}")
if by_lang[("en", False)] and not 0.35 <= by_lang[("en", False)] / (by_lang[("en", False)] + by_lang[("en", True)]) <= 0.65:
    err("English official/plain split unbalanced")
if not 0.12 <= len(refusals) / n <= 0.18:
    err(f"refusal share {len(refusals) / n:.2%}")
for r in REPORTS:
    k = sum(1 for o in qa if o["source"] == r)
    if k < 25:
        err(f"only {k} questions on {r}")

# ---------------- conversations ----------------
with open(os.path.join(HERE, "a_conversations.json"), encoding="utf-8") as f:
    conv = json.load(f)
if not (isinstance(conv, list) and len(conv) == 7):
    err("a_conversations.json must be a list of 7 conversations")
conv_ref = 0
for ci, c in enumerate(conv, 1):
    if not 3 <= len(c) <= 4:
        err(f"conversation {ci}: {len(c)} turns")
    if c and not re.search(r"汐楝|湄楦|潆桉", c[0]["question"]):
        err(f"conversation {ci}: first turn names no park")
    for ti, t in enumerate(c, 1):
        where = f"conv{ci}.turn{ti}"
        if set(t) != {"question", "answers", "source"}:
            err(f"{where}: keys {sorted(t)}")
            continue
        if t["answers"] == []:
            conv_ref += 1
            if t["source"] is not None:
                err(f"{where}: refused turn must have source null")
        else:
            check_span(where, t["answers"], t["source"])
if not 2 <= conv_ref <= 4:
    err(f"{conv_ref} refused conversation turns, expected about 3")

# ---------------- report ----------------
print(f"questions: {n}; refusals: {len(refusals)} ({len(refusals) / n:.1%})")
print("lang/paraphrase:", dict(by_lang))
print("types:", dict(collections.Counter(o["type"] for o in qa)))
print("per source:", dict(collections.Counter(o["source"] for o in qa)))
print(f"conversations: {len(conv)}; turns: {sum(len(c) for c in conv)}; refused turns: {conv_ref}")
if errors:
    print(f"\nFAILED with {len(errors)} error(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
