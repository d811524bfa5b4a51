"""Checker for heldout_v7 part B.

Extracts the text of every report (txt/md/html read directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes all
whitespace, then asserts that every gold span occurs in its source report, and checks ids,
types, the refusal convention, language/paraphrase/refusal counts and the conversations file.

Run: /work/main/.venv/bin/python /tmp/heldout_v7/b_check.py
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
REPORTS = ["b_moyuan_jitang_park_2025_annual.txt",
           "b_rangcheng_edz_projects_2025.xlsx",
           "b_mudong_hitech_signing_20251028.md"]


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def read_text_file(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("cannot decode " + path)


def fmt_cell(v, number_format):
    """Approximate Excel's displayed value for the formats used in this set."""
    if v is None:
        return ""
    if isinstance(v, (datetime.datetime, datetime.date)):
        nf = (number_format or "").lower()
        if "yyyy-mm-dd" in nf or nf in ("general", ""):
            return v.strftime("%Y-%m-%d")
        return v.strftime("%Y-%m-%d")
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        nf = number_format or "General"
        m = re.fullmatch(r"0(?:\.(0+))?", nf)
        if m:
            d = len(m.group(1) or "")
            return f"{v:.{d}f}"
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return str(v)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md", ".html", ".htm"):
        return read_text_file(path)
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
            parts.append(ws.title)
            for row in ws.iter_rows():
                cells = [fmt_cell(c.value, c.number_format) for c in row]
                parts.append("\t".join(cells))
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    raise ValueError("unsupported " + path)


def main():
    errors = []
    texts = {}
    for r in REPORTS:
        p = os.path.join(HERE, r)
        if not os.path.exists(p):
            errors.append(f"missing report {r}")
            continue
        t = extract(p)
        texts[r] = norm(t)
        cjk = sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff")
        print(f"{r}: {cjk} CJK chars")
        if not 3000 <= cjk <= 4500:
            errors.append(f"{r}: CJK count {cjk} outside 3000-4500")
    # format-specific checks
    txt = os.path.join(HERE, REPORTS[0])
    if os.path.exists(txt):
        raw = open(txt, "rb").read()
        try:
            raw.decode("utf-8")
            errors.append("annual txt decodes as UTF-8; expected GB18030")
        except UnicodeDecodeError:
            pass
        if raw.count(b"\n") != raw.count(b"\r\n"):
            errors.append("annual txt is not pure CRLF")

    # ---- QA file ----
    rows = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                errors.append(f"blank line {ln}")
                continue
            rows.append(json.loads(line))
    if not 105 <= len(rows) <= 115:
        errors.append(f"QA count {len(rows)} not in 105-115")
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    seen_q = set()
    for i, q in enumerate(rows, 1):
        qid = q.get("id")
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid != f"h7b-{i:03d}":
            errors.append(f"id {qid} at position {i}")
        if q["type"] not in TYPES:
            errors.append(f"{qid}: bad type {q['type']}")
        if q["lang"] not in ("zh", "en"):
            errors.append(f"{qid}: bad lang")
        if not isinstance(q["paraphrase"], bool):
            errors.append(f"{qid}: paraphrase not bool")
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in q["question"])
        if q["lang"] == "zh" and not has_cjk:
            errors.append(f"{qid}: zh question without CJK")
        if q["lang"] == "en" and not re.search(r"[A-Za-z]{3,}", q["question"]):
            errors.append(f"{qid}: en question without English")
        nq = norm(q["question"])
        if nq in seen_q:
            errors.append(f"{qid}: duplicate question")
        seen_q.add(nq)
        if q["type"] == "refuse":
            if q["answers"] != [] or q["source"] is not None:
                errors.append(f"{qid}: refusal must have answers [] and source null")
            continue
        if not q["answers"]:
            errors.append(f"{qid}: empty answers for non-refusal")
        if q["source"] not in texts:
            errors.append(f"{qid}: unknown source {q['source']}")
            continue
        for a in q["answers"]:
            if not isinstance(a, str) or not a.strip():
                errors.append(f"{qid}: bad answer {a!r}")
            elif norm(a) not in texts[q["source"]]:
                errors.append(f"{qid}: answer {a!r} not in {q['source']}")

    n = len(rows)
    lang = Counter(q["lang"] for q in rows)
    zh_plain = sum(1 for q in rows if q["lang"] == "zh" and not q["paraphrase"])
    zh_para = sum(1 for q in rows if q["lang"] == "zh" and q["paraphrase"])
    en_off = sum(1 for q in rows if q["lang"] == "en" and not q["paraphrase"])
    en_plain = sum(1 for q in rows if q["lang"] == "en" and q["paraphrase"])
    refuse = sum(1 for q in rows if q["type"] == "refuse")
    print(f"QA: {n} rows; zh plain {zh_plain}, zh paraphrase {zh_para}, en official {en_off}, "
          f"en plain {en_plain}; refusals {refuse}")
    print("types:", dict(Counter(q["type"] for q in rows)))
    print("by source:", dict(Counter(q["source"] for q in rows)))
    if not 0.48 <= zh_plain / n <= 0.62:
        errors.append(f"zh plain share {zh_plain / n:.2f}")
    if not 0.15 <= zh_para / n <= 0.25:
        errors.append(f"zh paraphrase share {zh_para / n:.2f}")
    if not 0.20 <= (en_off + en_plain) / n <= 0.30:
        errors.append(f"en share {(en_off + en_plain) / n:.2f}")
    if abs(en_off - en_plain) > 3:
        errors.append(f"en official/plain imbalance {en_off}/{en_plain}")
    if not 0.12 <= refuse / n <= 0.18:
        errors.append(f"refusal share {refuse / n:.2f}")
    for r in REPORTS:
        if sum(1 for q in rows if q["source"] == r) < 25:
            errors.append(f"too few questions for {r}")

    # ---- conversations ----
    conv = json.load(open(CONV, encoding="utf-8"))
    if not isinstance(conv, list) or len(conv) != 7:
        errors.append("conversations: need a list of 7")
    conv_ref = 0
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            errors.append(f"conversation {ci}: {len(c)} turns")
        for ti, t in enumerate(c, 1):
            if set(t) != {"question", "answers", "source"}:
                errors.append(f"conv {ci} turn {ti}: keys {sorted(t)}")
                continue
            if t["answers"] == []:
                conv_ref += 1
                if t["source"] is not None:
                    errors.append(f"conv {ci} turn {ti}: refusal with source")
                continue
            if t["source"] not in texts:
                errors.append(f"conv {ci} turn {ti}: unknown source {t['source']}")
                continue
            for a in t["answers"]:
                if norm(a) not in texts[t["source"]]:
                    errors.append(f"conv {ci} turn {ti}: answer {a!r} not in {t['source']}")
    print(f"conversations: {len(conv)}, turns {sum(len(c) for c in conv)}, refused turns {conv_ref}")
    if not 2 <= conv_ref <= 4:
        errors.append(f"conversation refusals {conv_ref}, expected about 3")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
