#!/usr/bin/env python3
"""Check half A of held-out set v15.

    /work/main/.venv/bin/python tests/heldout_v15/a_check.py          # checks; exit 1 on any problem
    /work/main/.venv/bin/python tests/heldout_v15/a_check.py --dump   # also print each report's text

Checks:
  * every report exists and has 3,000-6,000 CJK characters of extracted text;
  * qa_a.jsonl: ids unique (h15a-NNN), fields and types valid, every gold span occurs verbatim in the
    extracted text of its source report, refusals have answers [] and source null;
  * conversations_a.json: 3-4 turns each, same span check, at least one refusal turn;
  * prints counts by slice.

Text extraction (plain on purpose, so a span that passes here is in what any loader reads):
  .pdf   pdfplumber extract_text() AND pypdf extract_text(), page by page; a span must be in both
  .html  UTF-8, every text node except <script>/<style>
  .xlsx  openpyxl, every non-empty cell value (str()), sheet by sheet, row by row
Comparison: NFKC, then all whitespace removed, on both sides.
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
QA = os.path.join(HERE, "qa_a.jsonl")
CONV = os.path.join(HERE, "conversations_a.json")
SOURCES = [
    "a_wanchun_hitech_2025_work_report.pdf",
    "a_luoyun_parks_2025q3_bulletin.html",
    "a_rongming_edz_2025_10_project_ledger.xlsx",
]
TYPES = {"count", "amount", "percent", "date", "name", "list", "phrase", "rank", "refuse"}
ID_RE = re.compile(r"^h15a-\d{3}$")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "title"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def read_html(path):
    p = _Text()
    p.feed(open(path, encoding="utf-8").read())
    return "".join(p.out)


def read_pdf(path):
    import pdfplumber
    import pypdf

    with pdfplumber.open(path) as pdf:
        a = "\n".join(page.extract_text() or "" for page in pdf.pages)
    b = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    return [a, b]


def read_xlsx(path):
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("【%s】" % ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [str(v) for v in row if v is not None]
            if cells:
                out.append("\t".join(cells))
    return "\n".join(out)


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".pdf"):
        return read_pdf(path)
    if name.endswith(".html"):
        return [read_html(path)]
    if name.endswith(".xlsx"):
        return [read_xlsx(path)]
    raise ValueError(name)


def cjk(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    problems = []
    texts = {}
    for name in SOURCES:
        if not os.path.exists(os.path.join(REPORTS, name)):
            problems.append("missing report %s (run a_build.py)" % name)
            continue
        variants = extract(name)
        texts[name] = [norm(t) for t in variants]
        n = cjk(variants[0])
        print("%-45s %5d CJK chars, %6d chars normalised" % (name, n, len(texts[name][0])))
        if not 3000 <= n <= 6000:
            problems.append("%s: %d CJK characters, want 3000-6000" % (name, n))
        if "--dump" in sys.argv:
            print(variants[0])

    def check_spans(where, answers, source):
        if not answers:
            if source is not None:
                problems.append("%s: refusal with a source" % where)
            return
        if source not in texts:
            problems.append("%s: unknown source %r" % (where, source))
            return
        if len(set(map(norm, answers))) != len(answers):
            problems.append("%s: duplicate answers after normalisation" % where)
        for a in answers:
            if not isinstance(a, str) or not norm(a):
                problems.append("%s: empty answer" % where)
                continue
            for i, t in enumerate(texts[source]):
                if norm(a) not in t:
                    problems.append("%s: %r not in %s (extractor %d)" % (where, a, source, i))

    # ---- qa
    ids = set()
    rows = []
    for ln, line in enumerate(open(QA, encoding="utf-8"), 1):
        if not line.strip():
            continue
        q = json.loads(line)
        rows.append(q)
        where = "qa line %d (%s)" % (ln, q.get("id"))
        if set(q) != {"id", "question", "answers", "source", "type", "lang", "paraphrase"}:
            problems.append("%s: fields %s" % (where, sorted(q)))
        if not ID_RE.match(q.get("id", "")):
            problems.append("%s: bad id" % where)
        if q["id"] in ids:
            problems.append("%s: duplicate id" % where)
        ids.add(q["id"])
        if q["type"] not in TYPES:
            problems.append("%s: bad type %r" % (where, q["type"]))
        if q["lang"] not in ("zh", "en"):
            problems.append("%s: bad lang" % where)
        if not isinstance(q["paraphrase"], bool):
            problems.append("%s: paraphrase not bool" % where)
        if (q["type"] == "refuse") != (q["answers"] == []):
            problems.append("%s: type refuse iff answers []" % where)
        if q["answers"] == [] and q["source"] is not None:
            problems.append("%s: refusal must have source null" % where)
        if q["lang"] == "en" and re.search(r"[\u4e00-\u9fff]", q["question"]):
            problems.append("%s: Chinese characters in an English question" % where)
        check_spans(where, q["answers"], q["source"])
    expected = ["h15a-%03d" % i for i in range(1, len(rows) + 1)]
    if [q["id"] for q in rows] != expected:
        problems.append("qa ids are not consecutive h15a-001..h15a-%03d" % len(rows))
    qs = [q["question"] for q in rows]
    for qq, c in collections.Counter(qs).items():
        if c > 1:
            problems.append("duplicate question: %s" % qq)

    # ---- conversations
    conv = json.load(open(CONV, encoding="utf-8"))
    n_turns = n_ref_turns = 0
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            problems.append("conversation %d: %d turns, want 3-4" % (ci, len(c)))
        for ti, t in enumerate(c, 1):
            n_turns += 1
            where = "conversation %d turn %d" % (ci, ti)
            if set(t) != {"question", "answers", "source"}:
                problems.append("%s: fields %s" % (where, sorted(t)))
            if t["answers"] == []:
                n_ref_turns += 1
            check_spans(where, t["answers"], t["source"])
    if not n_ref_turns:
        problems.append("no refusal turn in the conversations")

    # ---- counts
    ans = [q for q in rows if q["answers"]]
    ref = [q for q in rows if not q["answers"]]
    print(
        "\nqa_a.jsonl: %d questions = %d answerable + %d must-refuse (%.0f%%)"
        % (len(rows), len(ans), len(ref), 100.0 * len(ref) / max(1, len(rows)))
    )
    zh_plain = sum(1 for q in rows if q["lang"] == "zh" and not q["paraphrase"])
    zh_para = sum(1 for q in rows if q["lang"] == "zh" and q["paraphrase"])
    en = sum(1 for q in rows if q["lang"] == "en")
    print(
        "  by slice: zh plain %d (%.0f%%), zh colloquial/paraphrased %d (%.0f%%), en %d (%.0f%%)"
        % (
            zh_plain,
            100.0 * zh_plain / len(rows),
            zh_para,
            100.0 * zh_para / len(rows),
            en,
            100.0 * en / len(rows),
        )
    )
    print("  refusals by lang:", dict(collections.Counter(q["lang"] for q in ref)))
    print("  by type:", dict(sorted(collections.Counter(q["type"] for q in rows).items())))
    print("  by source:", dict(collections.Counter(q["source"] for q in ans)))
    print("  answerable paraphrased (zh+en): %d" % sum(1 for q in ans if q["paraphrase"]))
    print(
        "conversations_a.json: %d conversations, %d turns, %d refusal turns"
        % (len(conv), n_turns, n_ref_turns)
    )

    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: every gold span found in its report; ids unique.")


if __name__ == "__main__":
    main()
