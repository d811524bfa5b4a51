# -*- coding: utf-8 -*-
"""Check half A of heldout_v21: every gold answer must occur verbatim in its source report.

    /work/main/.venv/bin/python tests/heldout_v21/a_check.py [--dump]

Text extraction: docx = paragraphs + table cells; xlsx = every cell value of every
sheet; html = visible text (script/style dropped). Comparison is done after NFKC
normalisation and removal of all whitespace. Also checks ids, types, langs,
conversation shape, and that each refuse question's key terms really are absent.
Exits 0 when everything passes.
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "count", "percent", "date", "name", "list", "number", "rank", "phrase", "refuse"}

# For refuse questions: strings whose absence from the source shows the report cannot answer.
REFUSE_ABSENT = {
    "h21a-036": ["2023年地区生产总值", "2023年实现"],
    "h21a-037": ["社会消费品零售"],
    "h21a-038": ["可支配收入"],
    "h21a-039": ["单位地区生产总值能耗", "单位GDP能耗", "能耗下降"],
    "h21a-040": ["2022"],
    "h21a-041": ["桤林综合保税片区实际使用外资", "片区实际使用外资", "片区外资"],
    "h21a-073": ["10月份", "1—10月", "10月当月"],
    "h21a-074": ["地区生产总值", "GDP"],
    "h21a-075": ["研发投入"],
    "h21a-076": ["柏溪"],
    "h21a-077": ["出口"],
    "h21a-078": ["2024年全年", "上年全年", "2024年规"],
    "h21a-106": ["2024年"],
    "h21a-107": ["社会消费品零售"],
    "h21a-108": ["能耗下降", "单位工业增加值能耗"],
    "h21a-109": ["就业"],
    "h21a-110": ["研发投入强度", "研发经费", "R&D"],
}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def cell_str(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def text_docx(path):
    from docx import Document

    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_xlsx(path):
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join(cell_str(v) for v in row))
    return "\n".join(parts)


def text_html(path):
    from bs4 import BeautifulSoup

    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.get_text("\n")


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".docx"):
        return text_docx(path)
    if name.endswith(".xlsx"):
        return text_xlsx(path)
    if name.endswith(".html"):
        return text_html(path)
    raise ValueError(name)


def main():
    errors = []
    cache = {}

    def src_text(name):
        if name not in cache:
            if not name.startswith("a_") or not os.path.exists(os.path.join(REPORTS, name)):
                errors.append("missing source %s" % name)
                cache[name] = ""
            else:
                cache[name] = norm(extract(name))
        return cache[name]

    if "--dump" in sys.argv:
        for n in sorted(os.listdir(REPORTS)):
            if n.startswith("a_"):
                raw = extract(n)
                han = len(re.findall(r"[\u4e00-\u9fff]", raw))
                print("=" * 20, n, "chars", len(raw), "han", han)
                print(raw)
        return 0

    qa = []
    with open(os.path.join(HERE, "qa_a.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                qa.append(json.loads(line))
    ids = set()
    for q in qa:
        qid = q["id"]
        if qid in ids:
            errors.append("duplicate id %s" % qid)
        ids.add(qid)
        if set(q) != {"id", "question", "answers", "source", "type", "lang", "paraphrase"}:
            errors.append("%s: bad keys %s" % (qid, sorted(q)))
        if q["type"] not in TYPES:
            errors.append("%s: bad type %s" % (qid, q["type"]))
        if q["lang"] not in ("zh", "en"):
            errors.append("%s: bad lang" % qid)
        if not isinstance(q["paraphrase"], bool):
            errors.append("%s: paraphrase not bool" % qid)
        text = src_text(q["source"])
        if q["type"] == "refuse":
            if q["answers"]:
                errors.append("%s: refuse with answers" % qid)
            for term in REFUSE_ABSENT.get(qid, []):
                if norm(term) in text:
                    errors.append("%s: refuse term present in source: %s" % (qid, term))
            if qid not in REFUSE_ABSENT:
                errors.append("%s: refuse without absence check" % qid)
        else:
            if not q["answers"]:
                errors.append("%s: no answers" % qid)
            for a in q["answers"]:
                if norm(a) not in text:
                    errors.append("%s: answer %r not in %s" % (qid, a, q["source"]))

    with open(os.path.join(HERE, "conversations_a.json"), encoding="utf-8") as f:
        convs = json.load(f)
    if len(convs) != 7:
        errors.append("expected 7 conversations, got %d" % len(convs))
    for ci, conv in enumerate(convs, 1):
        if len(conv) != 4:
            errors.append("conversation %d has %d turns" % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            if set(turn) != {"question", "answers", "source"}:
                errors.append("conv %d turn %d: bad keys" % (ci, ti))
            text = src_text(turn["source"])
            for a in turn["answers"]:
                if norm(a) not in text:
                    errors.append(
                        "conv %d turn %d: answer %r not in %s" % (ci, ti, a, turn["source"])
                    )

    by = {}
    for q in qa:
        by.setdefault(("lang", q["lang"], "para" if q["paraphrase"] else "plain"), 0)
        by[("lang", q["lang"], "para" if q["paraphrase"] else "plain")] += 1
        by[("type", q["type"])] = by.get(("type", q["type"]), 0) + 1
        by[("source", q["source"])] = by.get(("source", q["source"]), 0) + 1
    print("questions:", len(qa), "conversations:", len(convs))
    for k in sorted(by):
        print("  ", " ".join(k[1:]), by[k])
    if errors:
        print("FAIL")
        for e in errors:
            print("  ", e)
        return 1
    print("OK: all gold answers found verbatim in their sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
