#!/usr/bin/env python
"""Checker for heldout_v10 part B: every gold span must occur in its source report."""
import json, os, re, sys, unicodedata
from collections import Counter

DIR = os.path.dirname(os.path.abspath(__file__))
REPORTS = [
    "b_kunyuan_parks_2023_2025.xlsx",
    "b_jingtang_hitech_h1_2025_report.pdf",
    "b_yingdong_ftz_briefing_2025.md",
]
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}


def _fmt(v, nf):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, (int, float)):
        m = re.fullmatch(r"0(?:\.(0+))?", nf or "")
        if m:
            return f"{v:.{len(m.group(1) or '')}f}"
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return str(v)


def extract(path):
    path = os.path.join(DIR, path) if not os.path.isabs(path) else path
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md", "html", "htm"):
        return open(path, encoding="utf-8").read()
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
                        parts.append(_fmt(c.value, c.number_format))
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    raise ValueError(path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    errors = []
    texts = {r: norm(extract(r)) for r in REPORTS}
    for r, t in texts.items():
        n = len(re.findall(r"[\u4e00-\u9fff]", t))
        print(f"{r}: {n} CJK chars")
        if not 3000 <= n <= 4500:
            errors.append(f"{r}: CJK length {n} outside 3000-4500")

    qa = [json.loads(l) for l in open(os.path.join(DIR, "b_qa.jsonl"), encoding="utf-8") if l.strip()]
    if not 105 <= len(qa) <= 115:
        errors.append(f"qa count {len(qa)} not in 105-115")
    for i, q in enumerate(qa, 1):
        exp = f"h10b-{i:03d}"
        if q.get("id") != exp:
            errors.append(f"id {q.get('id')} expected {exp}")
        keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(q) != keys:
            errors.append(f"{q.get('id')}: keys {sorted(q)}")
        if q["type"] not in TYPES:
            errors.append(f"{q['id']}: bad type {q['type']}")
        if q["lang"] not in ("zh", "en"):
            errors.append(f"{q['id']}: bad lang")
        if not isinstance(q["paraphrase"], bool):
            errors.append(f"{q['id']}: paraphrase not bool")
        if q["type"] == "refuse":
            if q["answers"] != [] or q["source"] is not None:
                errors.append(f"{q['id']}: refusal must have answers [] and source null")
        else:
            if not q["answers"] or q["source"] not in texts:
                errors.append(f"{q['id']}: missing answers or bad source {q['source']}")
                continue
            for a in q["answers"]:
                if norm(a) not in texts[q["source"]]:
                    errors.append(f"{q['id']}: span {a!r} not in {q['source']}")
    ids = [q["id"] for q in qa]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    qs = [q["question"] for q in qa]
    if len(set(qs)) != len(qs):
        errors.append("duplicate questions")

    n = len(qa)
    lang = Counter(q["lang"] for q in qa)
    zh_plain = sum(1 for q in qa if q["lang"] == "zh" and not q["paraphrase"])
    zh_para = sum(1 for q in qa if q["lang"] == "zh" and q["paraphrase"])
    en_off = sum(1 for q in qa if q["lang"] == "en" and not q["paraphrase"])
    en_plain = sum(1 for q in qa if q["lang"] == "en" and q["paraphrase"])
    ref = sum(1 for q in qa if q["type"] == "refuse")
    print(f"questions {n}: zh plain {zh_plain}, zh colloquial {zh_para}, en official {en_off}, en plain {en_plain}, refuse {ref}")
    print("types:", dict(Counter(q["type"] for q in qa)))
    print("sources:", dict(Counter(q["source"] for q in qa)))
    if not (0.48 <= zh_plain / n <= 0.62): errors.append("zh plain share off")
    if not (0.15 <= zh_para / n <= 0.25): errors.append("zh colloquial share off")
    if not (0.20 <= (en_off + en_plain) / n <= 0.30): errors.append("english share off")
    if abs(en_off - en_plain) > 3: errors.append("english official/plain imbalance")
    if not (0.12 <= ref / n <= 0.18): errors.append("refusal share off")

    conv = json.load(open(os.path.join(DIR, "b_conversations.json"), encoding="utf-8"))
    if len(conv) != 7:
        errors.append(f"conversations {len(conv)} != 7")
    cref = 0
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            errors.append(f"conv {ci}: {len(c)} turns")
        for ti, t in enumerate(c, 1):
            if set(t) != {"question", "answers", "source"}:
                errors.append(f"conv {ci} turn {ti}: keys {sorted(t)}")
            if t["answers"] == []:
                cref += 1
                if t["source"] is not None:
                    errors.append(f"conv {ci} turn {ti}: refusal with source")
            else:
                if t["source"] not in texts:
                    errors.append(f"conv {ci} turn {ti}: bad source")
                    continue
                for a in t["answers"]:
                    if norm(a) not in texts[t["source"]]:
                        errors.append(f"conv {ci} turn {ti}: span {a!r} not in {t['source']}")
    print(f"conversations {len(conv)}, turns {sum(len(c) for c in conv)}, refused turns {cref}")
    if not 2 <= cref <= 4:
        errors.append(f"conversation refusals {cref}")

    if errors:
        print("FAIL")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
