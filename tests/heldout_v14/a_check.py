"""Checker for part A of heldout_v14.

    source /work/main/.venv/bin/activate && python a_check.py

Extracts the text of each part-A report (pypdf / openpyxl / html.parser), then checks
qa_a.jsonl and conversations_a.json:
  * every record has the expected fields and values;
  * every non-empty answer occurs verbatim in its source report
    (after NFKC and removal of all whitespace, as in the scoring rules);
  * refusals have answers [] and source null;
  * ids are unique and consecutive;
and prints counts by type / lang / paraphrase / source plus the CJK length of each report.
Exits 1 on any problem.
"""
import collections
import html.parser
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "refuse"}


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("## " + ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            if any(cells):
                out.append("\t".join(cells))
    return "\n".join(out)


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "tr", "li", "div", "br", "h1", "h2", "h3", "caption"):
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = _Text()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.parts)


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".pdf"):
        return pdf_text(path)
    if name.endswith(".xlsx"):
        return xlsx_text(path)
    if name.endswith((".html", ".htm")):
        return html_text(path)
    raise ValueError(name)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cjk_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    names = sorted(n for n in os.listdir(REPORTS) if n.startswith("a_"))
    texts = {n: extract(n) for n in names}
    normed = {n: norm(t) for n, t in texts.items()}
    problems = []
    for n in names:
        print("report %-45s %5d CJK characters, %6d non-space characters" % (n, cjk_count(texts[n]), len(normed[n])))
        if not 4000 <= cjk_count(texts[n]) <= 6000:
            problems.append("%s: %d CJK characters, outside 4000-6000" % (n, cjk_count(texts[n])))

    def check(where, q, a, src, rec_type=None):
        if a:
            if src not in texts:
                problems.append("%s: unknown source %r" % (where, src))
                return
            for span in a:
                if not span or norm(span) not in normed[src]:
                    problems.append("%s: answer %r not in %s" % (where, span, src))
        else:
            if src is not None:
                problems.append("%s: refusal with source %r" % (where, src))
            if rec_type not in (None, "refuse"):
                problems.append("%s: refusal typed %r" % (where, rec_type))
        if not q or not q.strip():
            problems.append("%s: empty question" % where)

    # ---- qa_a.jsonl
    qa = []
    with open(os.path.join(HERE, "qa_a.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    qa.append(json.loads(line))
                except json.JSONDecodeError as e:
                    problems.append("qa_a.jsonl line %d: %s" % (i, e))
    fields = ["id", "question", "answers", "source", "type", "lang", "paraphrase"]
    seen_q = set()
    for k, r in enumerate(qa, 1):
        rid = r.get("id")
        if list(r.keys()) != fields:
            problems.append("%s: fields %s" % (rid, list(r.keys())))
        if rid != "h14a-%03d" % k:
            problems.append("%s: expected id h14a-%03d" % (rid, k))
        if r.get("type") not in TYPES:
            problems.append("%s: type %r" % (rid, r.get("type")))
        if r.get("lang") not in ("zh", "en"):
            problems.append("%s: lang %r" % (rid, r.get("lang")))
        if not isinstance(r.get("paraphrase"), bool):
            problems.append("%s: paraphrase %r" % (rid, r.get("paraphrase")))
        if (r.get("type") == "refuse") != (r.get("answers") == []):
            problems.append("%s: type refuse iff answers == []" % rid)
        if r.get("question") in seen_q:
            problems.append("%s: duplicate question" % rid)
        seen_q.add(r.get("question"))
        check(rid, r.get("question"), r.get("answers"), r.get("source"), r.get("type"))

    # ---- conversations_a.json
    with open(os.path.join(HERE, "conversations_a.json"), encoding="utf-8") as f:
        convs = json.load(f)
    n_turns = 0
    n_refuse_turns = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            problems.append("conversation %d: %d turns" % (ci, len(conv)))
        for ti, t in enumerate(conv, 1):
            n_turns += 1
            if list(t.keys()) != ["question", "answers", "source"]:
                problems.append("conversation %d turn %d: fields %s" % (ci, ti, list(t.keys())))
            if t.get("answers") == []:
                n_refuse_turns += 1
            check("conversation %d turn %d" % (ci, ti), t.get("question"), t.get("answers"), t.get("source"))

    # ---- counts
    c = collections.Counter
    answerable = [r for r in qa if r["answers"]]
    refusals = [r for r in qa if not r["answers"]]
    print()
    print("qa_a.jsonl: %d questions = %d answerable + %d must-refuse" % (len(qa), len(answerable), len(refusals)))
    print("  by type:", dict(sorted(c(r["type"] for r in qa).items())))
    print("  by lang:", dict(c(r["lang"] for r in qa)))
    print("  answerable by lang:", dict(c(r["lang"] for r in answerable)),
          " refusals by lang:", dict(c(r["lang"] for r in refusals)))
    print("  zh answerable paraphrased:", sum(1 for r in answerable if r["lang"] == "zh" and r["paraphrase"]),
          " en answerable paraphrased:", sum(1 for r in answerable if r["lang"] == "en" and r["paraphrase"]),
          " all paraphrased:", sum(1 for r in qa if r["paraphrase"]))
    print("  answerable by source:", dict(c(r["source"] for r in answerable)))
    print("conversations_a.json: %d conversations, %d turns (%d must-refuse)" % (len(convs), n_turns, n_refuse_turns))
    print()
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: every answer occurs verbatim in its source report")


if __name__ == "__main__":
    main()
