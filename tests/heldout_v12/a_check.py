"""Checks qa.jsonl and conversations.json against the reports in reports/.

Extracts each report's text (txt/md; html via bs4; docx via python-docx incl. tables; pdf via
pdfplumber; xlsx via openpyxl), normalises it (NFKC, all whitespace removed) and asserts that every
answer span occurs in the text of its source report. Also checks the record shape, ids, types and
refusals, and prints counts. Exit code 1 on any problem.
Run: venv/bin/python check.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "percent", "count", "date", "name", "list", "phrase", "rank", "refuse"}


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".txt", ".md"):
        raw = open(path, "rb").read()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
        raise ValueError("cannot decode " + path)
    if ext in (".htm", ".html"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(open(path, "rb").read(), "html.parser")
        for t in soup(["script", "style"]):
            t.decompose()
        return soup.get_text("\n")
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.append("\t".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    raise ValueError("unknown format " + path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    errors = []
    texts, cjk = {}, {}
    for fn in sorted(os.listdir(REPORTS)):
        raw = extract(os.path.join(REPORTS, fn))
        texts[fn] = norm(raw)
        cjk[fn] = len(re.findall(r"[\u4e00-\u9fff]", raw))
    print("reports:")
    for fn in texts:
        ok = 3000 <= cjk[fn] <= 4500
        print("  %-50s CJK chars %5d %s" % (fn, cjk[fn], "" if ok else "<-- outside 3000-4500"))
        if not ok:
            errors.append("%s: %d CJK chars" % (fn, cjk[fn]))

    rows = [json.loads(l) for l in open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") if l.strip()]
    keys = ["id", "question", "answers", "source", "type", "lang", "paraphrase"]
    ids = set()
    n_spans = 0
    for r in rows:
        if list(r.keys()) != keys:
            errors.append("%s: keys %s" % (r.get("id"), list(r.keys())))
        if r["id"] in ids or not re.fullmatch(r"h12a-\d{3}", r["id"]):
            errors.append("bad or duplicate id " + r["id"])
        ids.add(r["id"])
        if r["type"] not in TYPES or r["lang"] not in ("zh", "en") or not isinstance(r["paraphrase"], bool):
            errors.append("%s: bad type/lang/paraphrase" % r["id"])
        if r["source"] not in texts:
            errors.append("%s: unknown source %s" % (r["id"], r["source"]))
            continue
        if (r["type"] == "refuse") != (r["answers"] == []):
            errors.append("%s: refuse type and empty answers must go together" % r["id"])
        for a in r["answers"]:
            n_spans += 1
            if not norm(a) or norm(a) not in texts[r["source"]]:
                errors.append("%s: answer %r not in %s" % (r["id"], a, r["source"]))

    conv = json.load(open(os.path.join(HERE, "conversations.json"), encoding="utf-8"))
    n_turns = 0
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            errors.append("conversation %d has %d turns" % (ci, len(c)))
        for ti, t in enumerate(c, 1):
            n_turns += 1
            if set(t) != {"question", "answers", "source"} or t["source"] not in texts:
                errors.append("conversation %d turn %d: bad record" % (ci, ti))
                continue
            for a in t["answers"]:
                n_spans += 1
                if norm(a) not in texts[t["source"]]:
                    errors.append("conversation %d turn %d: answer %r not in %s" % (ci, ti, a, t["source"]))

    # counts
    try:
        sys.path.insert(0, HERE)
        from make_qa import Q
        groups = Counter(q[6] for q in Q)
    except Exception:
        groups = None
    print("questions: %d  (answer spans checked incl. conversations: %d)" % (len(rows), n_spans))
    print("  by source:", dict(Counter(r["source"] for r in rows)))
    print("  by type:  ", dict(Counter(r["type"] for r in rows)))
    print("  by lang:  ", dict(Counter(r["lang"] for r in rows)),
          " paraphrase:", sum(r["paraphrase"] for r in rows))
    if groups:
        print("  by group: ", dict(groups), "(zh plain, zhc colloquial, ens bureau English, enp plain English)")
    print("  refusals: %d (%.1f%%)" % (sum(r["type"] == "refuse" for r in rows),
                                       100.0 * sum(r["type"] == "refuse" for r in rows) / len(rows)))
    print("conversations: %d, turns: %d" % (len(conv), n_turns))
    if errors:
        print("\nPROBLEMS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: every answer span occurs in its report.")


if __name__ == "__main__":
    main()
