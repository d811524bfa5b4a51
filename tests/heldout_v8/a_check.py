# -*- coding: utf-8 -*-
"""Checker for part A of heldout_v8.

Extracts the text of every report (txt/md/html read directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes all
whitespace, then asserts that every gold span of a_qa.jsonl and a_conversations.json occurs in
its source report. Also checks ids, types, the refusal convention, the language/type mix and counts.

Run:  /work/main/.venv/bin/python /tmp/heldout_v8/a_check.py
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
REPORTS = [
    "a_qiuqing_hitech_2025_annual.pdf",
    "a_feixiao_edz_2026q1_brief.html",
    "a_xiyun_park_attraction_2025.docx",
]
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
# every question must name a park / sub-park / city (Chinese or pinyin) so that other reports cannot answer it
PARK_MARKERS = [
    "楸箐", "Qiuqing", "桤箬", "Qiruo", "柘笙", "Zhesheng", "槿篁", "Jinhuang", "桉篱",
    "榧箫", "Feixiao", "槐筑", "Huaizhu", "樨筠", "Xiyun",
    "柽篁", "Chenghuang", "椤笳",  # parks that appear in no report (refusals)
]

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# ---------------------------------------------------------------- extraction
def text_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def _fmt_cell(v, fmt):
    if v is None:
        return ""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    fmt = fmt or "General"
    pct = fmt.endswith("%")
    f = fmt.rstrip("%")
    m = re.search(r"0\.(0+)", f)
    nd = len(m.group(1)) if m else 0
    x = v * 100 if pct else v
    if fmt == "General":
        s = repr(v) if isinstance(v, float) else str(v)
        return s[:-2] if s.endswith(".0") else s
    s = ("{:,.%df}" if "," in f else "{:.%df}") % nd
    return s.format(x) + ("%" if pct else "")


def text_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            parts.append("\t".join(_fmt_cell(c.value, c.number_format) for c in row))
    return "\n".join(parts)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md", ".html", ".htm"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if ext == ".docx":
        return text_docx(path)
    if ext == ".xlsx":
        return text_xlsx(path)
    if ext == ".pdf":
        return text_pdf(path)
    raise ValueError("unsupported report type: " + path)


# ---------------------------------------------------------------- checks
def check_answer_item(where, item, texts, require_keys):
    for k in require_keys:
        if k not in item:
            err("%s: missing key %r" % (where, k))
            return None
    ans, src = item["answers"], item["source"]
    if not isinstance(ans, list) or not all(isinstance(a, str) and a for a in ans):
        err("%s: answers must be a list of non-empty strings" % where)
        return None
    refused = (len(ans) == 0)
    if refused:
        if src is not None:
            err("%s: refusal must have source null" % where)
    else:
        if src not in texts:
            err("%s: unknown source %r" % (where, src))
            return refused
        if len(set(ans)) != len(ans):
            err("%s: duplicate answers" % where)
        for a in ans:
            if a != norm(a):
                err("%s: answer %r is not in NFKC/no-whitespace form" % (where, a))
            if norm(a) not in texts[src]:
                err("%s: answer %r not found in %s" % (where, a, src))
    return refused


def names_park(q):
    return any(m.lower() in q.lower() for m in PARK_MARKERS)


def main():
    texts = {}
    for r in REPORTS:
        p = os.path.join(HERE, r)
        if not os.path.exists(p):
            err("missing report " + r)
            continue
        t = norm(extract(p))
        texts[r] = t
        cjk = sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff")
        print("%-40s CJK chars %d" % (r, cjk))
        if not 3000 <= cjk <= 4500:
            err("%s: CJK chars %d outside 3000-4500" % (r, cjk))

    # ---- QA
    rows = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                err("a_qa.jsonl line %d empty" % ln)
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("a_qa.jsonl line %d: %s" % (ln, e))
    n = len(rows)
    if not 105 <= n <= 115:
        err("question count %d not in 105-115" % n)
    seen_q = set()
    for i, r in enumerate(rows, 1):
        want = "h8a-%03d" % i
        where = r.get("id", "line %d" % i)
        if r.get("id") != want:
            err("line %d: id %r, expected %r" % (i, r.get("id"), want))
        keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(r) != keys:
            err("%s: keys %s" % (where, sorted(set(r) ^ keys)))
        q = r.get("question", "")
        if not q or q in seen_q:
            err("%s: empty or duplicate question" % where)
        seen_q.add(q)
        if not names_park(q):
            err("%s: question names no park: %s" % (where, q))
        if r.get("type") not in TYPES:
            err("%s: bad type %r" % (where, r.get("type")))
        if r.get("lang") not in ("zh", "en"):
            err("%s: bad lang %r" % (where, r.get("lang")))
        if not isinstance(r.get("paraphrase"), bool):
            err("%s: paraphrase must be bool" % where)
        q_wo = q
        for m in PARK_MARKERS:
            q_wo = q_wo.replace(m, "")
        n_cjk = len(re.findall(r"[\u4e00-\u9fff]", q_wo))
        n_lat = len(re.findall(r"[A-Za-z]", q_wo))
        if r.get("lang") == "en" and not n_lat > 2 * n_cjk:
            err("%s: lang en but question looks Chinese" % where)
        if r.get("lang") == "zh" and not n_cjk >= 4:
            err("%s: lang zh but question has little Chinese" % where)
        refused = check_answer_item(where, r, texts, ["answers", "source"])
        if refused is None:
            continue
        if refused != (r.get("type") == "refuse"):
            err("%s: type refuse <=> answers [] violated" % where)

    # ---- mix
    lang = Counter(r["lang"] for r in rows)
    typ = Counter(r["type"] for r in rows)
    zh_plain = sum(1 for r in rows if r["lang"] == "zh" and not r["paraphrase"])
    zh_para = sum(1 for r in rows if r["lang"] == "zh" and r["paraphrase"])
    en_off = sum(1 for r in rows if r["lang"] == "en" and not r["paraphrase"])
    en_plain = sum(1 for r in rows if r["lang"] == "en" and r["paraphrase"])
    ref = typ["refuse"]
    src = Counter(r["source"] for r in rows)
    print("questions:", n)
    print("  zh plain %d (%.0f%%), zh colloquial %d (%.0f%%), en official %d, en plain %d (en %.0f%%)"
          % (zh_plain, 100 * zh_plain / n, zh_para, 100 * zh_para / n, en_off, en_plain, 100 * lang["en"] / n))
    print("  types:", dict(sorted(typ.items())))
    print("  refusals: %d (%.1f%%)" % (ref, 100 * ref / n))
    print("  by source:", dict(src))
    if not 0.48 <= zh_plain / n <= 0.62:
        err("plain Chinese share %.2f not ~55%%" % (zh_plain / n))
    if not 0.15 <= zh_para / n <= 0.25:
        err("colloquial Chinese share %.2f not ~20%%" % (zh_para / n))
    if not 0.20 <= lang["en"] / n <= 0.30:
        err("English share %.2f not ~25%%" % (lang["en"] / n))
    if abs(en_off - en_plain) > 3:
        err("English official/plain split unbalanced: %d/%d" % (en_off, en_plain))
    if not 0.12 <= ref / n <= 0.18:
        err("refusal share %.2f not ~15%%" % (ref / n))
    for t in TYPES:
        if typ[t] == 0:
            err("type %s never used" % t)

    # ---- conversations
    with open(CONV, encoding="utf-8") as f:
        convs = json.load(f)
    if not isinstance(convs, list) or len(convs) != 7:
        err("conversations: need a list of 7")
    conv_ref = 0
    turns = 0
    for ci, c in enumerate(convs, 1):
        if not isinstance(c, list) or not 3 <= len(c) <= 4:
            err("conversation %d: needs 3-4 turns" % ci)
            continue
        if not names_park(c[0].get("question", "")):
            err("conversation %d: first turn names no park" % ci)
        for ti, t in enumerate(c, 1):
            turns += 1
            where = "conv %d turn %d" % (ci, ti)
            if set(t) != {"question", "answers", "source"}:
                err("%s: keys %s" % (where, sorted(t)))
            if not t.get("question"):
                err("%s: empty question" % where)
            refused = check_answer_item(where, t, texts, ["answers", "source"])
            if refused:
                conv_ref += 1
    print("conversations: %d, turns %d, refused turns %d" % (len(convs), turns, conv_ref))
    if not 2 <= conv_ref <= 4:
        err("conversations: about 3 refused turns expected, got %d" % conv_ref)

    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
