#!/usr/bin/env python3
"""Checker for held-out set B: extracts every report's text and asserts every answer occurs verbatim
(NFKC-normalised, whitespace removed). Also validates the qa.jsonl / conversations.json shape and prints counts."""
import json, os, re, sys, unicodedata, collections

HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        from bs4 import BeautifulSoup
        return BeautifulSoup(open(path, "rb").read(), "html.parser").get_text("\n")
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cjk(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    texts = {}
    for f in sorted(os.listdir(REP)):
        raw = extract(os.path.join(REP, f))
        texts[f] = norm(raw)
        print(f"{f}: {cjk(raw)} CJK chars, {len(texts[f])} non-whitespace chars")
    errors = []
    TYPES = {"amount", "percent", "count", "date", "name", "list", "phrase", "rank", "refuse"}
    qa = [json.loads(l) for l in open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") if l.strip()]
    ids = set()
    for q in qa:
        keys = ["id", "question", "answers", "source", "type", "lang", "paraphrase"]
        if list(q.keys()) != keys:
            errors.append(f"{q.get('id')}: keys {list(q.keys())}")
        if q["id"] in ids:
            errors.append(f"duplicate id {q['id']}")
        ids.add(q["id"])
        if q["type"] not in TYPES or q["lang"] not in ("zh", "en") or not isinstance(q["paraphrase"], bool):
            errors.append(f"{q['id']}: bad type/lang/paraphrase")
        if q["source"] not in texts:
            errors.append(f"{q['id']}: unknown source {q['source']}")
            continue
        if q["type"] == "refuse":
            if q["answers"]:
                errors.append(f"{q['id']}: refusal with answers")
            continue
        if not q["answers"]:
            errors.append(f"{q['id']}: no answers")
        for a in q["answers"]:
            if norm(a) not in texts[q["source"]]:
                errors.append(f"{q['id']}: answer {a!r} not in {q['source']}")
    conv = json.load(open(os.path.join(HERE, "conversations.json"), encoding="utf-8"))
    nturns = 0
    for i, c in enumerate(conv):
        if not 3 <= len(c) <= 4:
            errors.append(f"conversation {i}: {len(c)} turns")
        for t in c:
            nturns += 1
            if list(t.keys()) != ["question", "answers", "source"]:
                errors.append(f"conversation {i}: keys {list(t.keys())}")
            if t["source"] not in texts:
                errors.append(f"conversation {i}: unknown source {t['source']}")
                continue
            for a in t["answers"]:
                if norm(a) not in texts[t["source"]]:
                    errors.append(f"conversation {i}: answer {a!r} not in {t['source']}")
    # counts
    print(f"\nqa.jsonl: {len(qa)} questions; conversations.json: {len(conv)} conversations, {nturns} turns")
    print("by type:", dict(collections.Counter(q["type"] for q in qa)))
    print("by source:", dict(collections.Counter(q["source"] for q in qa)))
    grp = collections.Counter()
    for q in qa:
        if q["lang"] == "en":
            grp["en"] += 1
        elif q["paraphrase"]:
            grp["zh colloquial/paraphrased"] += 1
        else:
            grp["zh plain"] += 1
    print("by group:", dict(grp))
    print("refusals:", sum(q["type"] == "refuse" for q in qa))
    if errors:
        print("\nFAIL")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("\nOK: every answer occurs verbatim in its report")


if __name__ == "__main__":
    main()
