"""Checker for heldout_v9 part B.

Usage:  /work/main/.venv/bin/python /tmp/heldout_v9/b_check.py [--dump NAME]

Extracts the text of each b_ report (txt/md/html read directly; docx paragraphs and
table cells; xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC
and removes all whitespace, then asserts that every gold span of b_qa.jsonl and
b_conversations.json occurs in its source report, and checks ids, types, the refusal
convention and the counts required by the brief.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = [
    "b_renzhou_parks_q3_2025_bulletin.pdf",
    "b_huanning_park_2024_2025_monthly.xlsx",
    "b_jihu_hitech_interview_2026.md",
]
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
WS = re.compile(r"\s+")


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s))


# ---------------------------------------------------------------- extraction
def _fmt_cell(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, (dt.datetime, dt.date)):
        f = (cell.number_format or "").lower()
        if "yyyy-mm-dd" in f or f in ("general", ""):
            return v.strftime("%Y-%m-%d")
        if "年" in f:
            return f"{v.year}年{v.month}月{v.day}日"
        return v.strftime("%Y-%m-%d")
    if isinstance(v, (int, float)):
        f = cell.number_format or "General"
        if f == "General":
            if isinstance(v, float) and v.is_integer():
                return str(int(v))
            return repr(v) if isinstance(v, float) else str(v)
        m = re.fullmatch(r"(#,##)?0(\.(0+))?(%?)", f)
        if m:
            nd = len(m.group(3) or "")
            x = v * 100 if m.group(4) else v
            s = f"{x:,.{nd}f}" if m.group(1) else f"{x:.{nd}f}"
            return s + m.group(4)
        return str(v)
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md", "html", "htm"):
        with open(path, encoding="utf-8") as fh:
            return fh.read()
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
        wb = openpyxl.load_workbook(path)  # displayed values (no formulas are used)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                parts.append("\t".join(_fmt_cell(c) for c in row))
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    raise ValueError(path)


def cjk_count(text):
    return len(re.findall(r"[\u4e00-\u9fff]", text))


# ---------------------------------------------------------------- checks
def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(extract(os.path.join(HERE, sys.argv[2])))
        return 0
    errors = []
    texts = {}
    for r in REPORTS:
        p = os.path.join(HERE, r)
        assert os.path.exists(p), f"missing report {r}"
        raw = extract(p)
        texts[r] = norm(raw)
        n = cjk_count(raw)
        print(f"{r}: {n} CJK characters")
        if not 3000 <= n <= 4500:
            errors.append(f"{r}: CJK count {n} outside 3000-4500")
    # pdf sanity: at least 3 pages
    import pdfplumber
    with pdfplumber.open(os.path.join(HERE, REPORTS[0])) as pdf:
        if len(pdf.pages) < 3:
            errors.append("pdf has fewer than 3 pages")

    def check_span(where, source, answers, qtype):
        if qtype == "refuse" or answers == []:
            if not (qtype == "refuse" and answers == [] and source is None):
                errors.append(f"{where}: refusal convention broken")
            return
        if source not in texts:
            errors.append(f"{where}: unknown source {source!r}")
            return
        if not answers:
            errors.append(f"{where}: no answers")
        for a in answers:
            if not isinstance(a, str) or not a:
                errors.append(f"{where}: bad answer {a!r}")
                continue
            if norm(a) != a:
                errors.append(f"{where}: answer not normalised {a!r}")
            if norm(a) not in texts[source]:
                errors.append(f"{where}: span {a!r} not in {source}")
        if len(set(answers)) != len(answers):
            errors.append(f"{where}: duplicate answers")

    # ---- b_qa.jsonl
    qa = []
    with open(os.path.join(HERE, "b_qa.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                errors.append(f"b_qa.jsonl line {ln}: empty line")
                continue
            qa.append(json.loads(line))
    n = len(qa)
    if not 105 <= n <= 115:
        errors.append(f"b_qa.jsonl has {n} lines (need 105-115)")
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    qs = set()
    for i, q in enumerate(qa, 1):
        w = q.get("id", f"line{i}")
        if set(q) != keys:
            errors.append(f"{w}: keys {sorted(q)}")
            continue
        if q["id"] != f"h9b-{i:03d}":
            errors.append(f"{w}: expected id h9b-{i:03d}")
        if q["type"] not in TYPES:
            errors.append(f"{w}: bad type {q['type']}")
        if q["lang"] not in ("zh", "en"):
            errors.append(f"{w}: bad lang")
        if not isinstance(q["paraphrase"], bool):
            errors.append(f"{w}: paraphrase not bool")
        if q["question"] in qs:
            errors.append(f"{w}: duplicate question")
        qs.add(q["question"])
        has_cjk = bool(re.search(r"[\u4e00-\u9fff]{3}", q["question"]))
        if q["lang"] == "zh" and not has_cjk:
            errors.append(f"{w}: zh question without Chinese")
        if q["lang"] == "en" and re.search(r"[\u4e00-\u9fff]", q["question"]) and \
                not re.search(r"[A-Za-z]{4}", q["question"]):
            errors.append(f"{w}: en question not English")
        check_span(w, q["source"], q["answers"], q["type"])
    # ---- counts
    lang = Counter((q["lang"], q["paraphrase"]) for q in qa)
    refuse = sum(q["type"] == "refuse" for q in qa)
    types = Counter(q["type"] for q in qa)
    src = Counter(q["source"] for q in qa)
    zh_plain, zh_para = lang[("zh", False)], lang[("zh", True)]
    en_off, en_plain = lang[("en", False)], lang[("en", True)]
    print(f"questions {n}: zh plain {zh_plain}, zh paraphrased {zh_para}, "
          f"en official {en_off}, en plain {en_plain}; refuse {refuse}")
    print("types:", dict(types))
    print("sources:", dict(src))
    if n:
        if not 0.50 <= zh_plain / n <= 0.60:
            errors.append(f"zh plain share {zh_plain / n:.2f}")
        if not 0.16 <= zh_para / n <= 0.24:
            errors.append(f"zh paraphrase share {zh_para / n:.2f}")
        if not 0.21 <= (en_off + en_plain) / n <= 0.29:
            errors.append(f"en share {(en_off + en_plain) / n:.2f}")
        if abs(en_off - en_plain) > 2:
            errors.append(f"en official/plain unbalanced {en_off}/{en_plain}")
        if not 0.12 <= refuse / n <= 0.18:
            errors.append(f"refuse share {refuse / n:.2f}")
        for t in TYPES:
            if types[t] == 0:
                errors.append(f"type {t} unused")

    # ---- conversations
    with open(os.path.join(HERE, "b_conversations.json"), encoding="utf-8") as fh:
        conv = json.load(fh)
    if not (isinstance(conv, list) and len(conv) == 7):
        errors.append("conversations: need a list of 7")
    conv_ref = 0
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            errors.append(f"conv {ci}: {len(c)} turns")
        for ti, t in enumerate(c, 1):
            w = f"conv {ci} turn {ti}"
            if set(t) != {"question", "answers", "source"}:
                errors.append(f"{w}: keys {sorted(t)}")
                continue
            if t["answers"] == []:
                conv_ref += 1
                if t["source"] is not None:
                    errors.append(f"{w}: refusal needs source null")
            else:
                check_span(w, t["source"], t["answers"], "conv")
    print(f"conversations {len(conv)}, turns {sum(len(c) for c in conv)}, refused turns {conv_ref}")
    if not 2 <= conv_ref <= 4:
        errors.append(f"conversations: {conv_ref} refused turns (want about 3)")

    if errors:
        print("\nFAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
