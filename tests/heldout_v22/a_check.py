"""Check half A of heldout_v22.

* extracts the text of each a_* report as a reader sees it
  (xlsx: every sheet, cell values rendered with their number format; docx: paragraphs and
  table cells in document order; txt: GBK bytes decoded);
* normalises (NFKC, all whitespace removed) and checks that every gold answer of
  qa_a.jsonl and conversations_a.json occurs verbatim in the text of its source report;
* checks the file format (ids, fields, types, refusals) and the length of each report
  (2,500–6,000 CJK characters).

Exit status 0 when everything passes, 1 otherwise.
Run:  /work/main/.venv/bin/python a_check.py
"""

import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")

TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "number", "refuse"}
PREFIX_CHARS = set("王玉")  # radical; proper names are checked by hand, see README_a.md


def render_number(value, fmt):
    m = re.fullmatch(r"0(?:\.(0+))?", fmt or "")
    if m:
        dec = len(m.group(1) or "")
        return f"{value:.{dec}f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def text_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(f"[{ws.title}]")
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(render_number(v, c.number_format))
                else:
                    cells.append(str(v))
            if cells:
                out.append("\t".join(cells))
    return "\n".join(out)


def text_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            t = Table(el, d)
            for row in t.rows:
                seen, cells = [], []
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell is listed once per grid column
                        continue
                    seen.append(cell._tc)
                    cells.append(cell.text)
                out.append("\t".join(cells))
    return "\n".join(out)


def text_txt(path):
    raw = open(path, "rb").read()
    return raw.decode("gbk")


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".xlsx"):
        return text_xlsx(path)
    if name.endswith(".docx"):
        return text_docx(path)
    return text_txt(path)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def cjk_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def main():
    problems = []
    names = sorted(n for n in os.listdir(REPORTS) if n.startswith("a_"))
    texts = {}
    for n in names:
        t = extract(n)
        texts[n] = norm(t)
        k = cjk_count(t)
        print(f"{n}: {k} CJK characters, {len(texts[n])} normalised characters")
        if not 2500 <= k <= 6000:
            problems.append(f"{n}: {k} CJK characters, outside 2500–6000")
    # the txt must be GBK with CRLF line ends
    for n in names:
        if n.endswith(".txt"):
            raw = open(os.path.join(REPORTS, n), "rb").read()
            if b"\n" in raw.replace(b"\r\n", b""):
                problems.append(f"{n}: bare LF line end")

    qa = [json.loads(l) for l in open(os.path.join(HERE, "qa_a.jsonl"), encoding="utf-8") if l.strip()]
    conv = json.load(open(os.path.join(HERE, "conversations_a.json"), encoding="utf-8"))

    def check_item(where, q, a, src, typ=None):
        if typ is not None and typ not in TYPES:
            problems.append(f"{where}: bad type {typ}")
        if (typ == "refuse") or (typ is None and not a):
            if a or src is not None:
                problems.append(f"{where}: refusal must have answers [] and source null")
            return
        if not a:
            problems.append(f"{where}: no answers")
            return
        if src not in texts:
            problems.append(f"{where}: unknown source {src}")
            return
        for ans in a:
            if norm(ans) not in texts[src]:
                problems.append(f"{where}: answer {ans!r} not found in {src}")

    ids = set()
    for i, item in enumerate(qa, start=1):
        want = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(item) != want:
            problems.append(f"line {i}: fields {sorted(item)}")
            continue
        if item["id"] != f"h22a-{i:03d}":
            problems.append(f"line {i}: id {item['id']}")
        if item["id"] in ids:
            problems.append(f"duplicate id {item['id']}")
        ids.add(item["id"])
        if item["lang"] not in ("zh", "en"):
            problems.append(f"{item['id']}: lang")
        if not isinstance(item["paraphrase"], bool):
            problems.append(f"{item['id']}: paraphrase not bool")
        check_item(item["id"], item["question"], item["answers"], item["source"], item["type"])

    nturns = 0
    for ci, c in enumerate(conv, start=1):
        if len(c) != 4:
            problems.append(f"conversation {ci}: {len(c)} turns")
        for ti, turn in enumerate(c, start=1):
            nturns += 1
            if set(turn) != {"question", "answers", "source"}:
                problems.append(f"conversation {ci} turn {ti}: fields {sorted(turn)}")
                continue
            check_item(f"conv {ci}.{ti}", turn["question"], turn["answers"], turn["source"])

    # counts
    by_type = collections.Counter(x["type"] for x in qa)
    by_lang = collections.Counter(x["lang"] for x in qa)
    by_src = collections.Counter(x["source"] for x in qa)
    para = collections.Counter((x["lang"], x["paraphrase"]) for x in qa if x["type"] != "refuse")
    ref_lang = collections.Counter(x["lang"] for x in qa if x["type"] == "refuse")
    print(f"questions: {len(qa)}; conversations: {len(conv)} ({nturns} turns)")
    print("by type:", dict(sorted(by_type.items())))
    print("by lang:", dict(by_lang), "refusals by lang:", dict(ref_lang))
    print("by source:", dict(by_src))
    print("answerable by (lang, paraphrase):", dict(sorted(para.items())))

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK: every gold answer occurs verbatim in its report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
