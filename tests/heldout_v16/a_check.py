#!/usr/bin/env python3
"""Check half A of heldout_v16: every gold span occurs in its report's extracted text, ids are unique.

    /work/main/.venv/bin/python a_check.py        # prints counts and problems; exit 1 on any problem

Extraction (plain, like any reasonable loader):
  .docx  python-docx: body paragraphs and table cells in document order
  .html  charset from <meta>, every text node except <script>/<style>
  .xlsx  openpyxl (data_only): every sheet, every row, non-empty cells joined by tabs
         (numbers written as Python prints them: 446300, 106.3)
  .csv   UTF-8 (BOM allowed)
Comparison: NFKC, then all whitespace removed, on both sides.
Only files starting with a_ in reports/ and the a files (qa_a.jsonl, conversations_a.json) are checked.
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
TYPES = {"count", "amount", "percent", "date", "name", "list", "phrase", "rank", "refuse"}
MIN_HAN, MAX_HAN = 3000, 6000


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "td", "th", "title"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def read_html(path):
    raw = open(path, "rb").read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    if enc in ("gb2312", "gbk", "gb18030"):
        enc = "gb18030"
    p = _Text()
    p.feed(raw.decode(enc))
    return "".join(p.out)


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            seen = []
            for row in Table(child, d).rows:
                cells = []
                for c in row.cells:
                    if any(c._tc is tc for tc in seen):
                        continue
                    seen.append(c._tc)
                    cells.append(c.text)
                out.append("\t".join(cells))
    return "\n".join(out)


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [str(v) for v in row if v is not None]
            if cells:
                out.append("\t".join(cells))
    return "\n".join(out)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        return read_html(path)
    if ext == ".docx":
        return read_docx(path)
    if ext == ".xlsx":
        return read_xlsx(path)
    if ext == ".csv":
        return open(path, encoding="utf-8-sig").read()
    raise ValueError("unknown format: %s" % path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    problems = []
    texts = {}
    print("reports:")
    for name in sorted(os.listdir(REPORTS)):
        if not name.startswith("a_"):
            continue
        t = extract(os.path.join(REPORTS, name))
        texts[name] = norm(t)
        han = len(re.findall(r"[\u4e00-\u9fff]", t))
        print("  %-48s %6d chars, %5d Chinese characters" % (name, len(texts[name]), han))
        if not MIN_HAN <= han <= MAX_HAN:
            problems.append("%s: %d Chinese characters, outside %d–%d" % (name, han, MIN_HAN, MAX_HAN))

    def check_span(where, source, answers):
        if source not in texts:
            problems.append("%s: source %r is not an a_ report" % (where, source))
            return
        if not answers:
            problems.append("%s: no answers" % where)
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                problems.append("%s: empty or non-string answer %r" % (where, a))
            elif norm(a) not in texts[source]:
                problems.append("%s: answer %r not found in %s" % (where, a, source))

    items, ids = [], set()
    with open(os.path.join(HERE, "qa_a.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append("qa_a.jsonl line %d: bad JSON (%s)" % (ln, e))
                continue
            items.append(q)
            where = "qa %s" % q.get("id", "line %d" % ln)
            fields = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
            if set(q) != fields:
                problems.append("%s: fields %s, want %s" % (where, sorted(q), sorted(fields)))
                continue
            if not re.fullmatch(r"h16a-\d{3}", q["id"]):
                problems.append("%s: id not of the form h16a-NNN" % where)
            if q["id"] in ids:
                problems.append("%s: duplicate id" % where)
            ids.add(q["id"])
            if q["type"] not in TYPES:
                problems.append("%s: unknown type %r" % (where, q["type"]))
            if q["lang"] not in ("zh", "en"):
                problems.append("%s: lang must be zh or en" % where)
            if not isinstance(q["paraphrase"], bool):
                problems.append("%s: paraphrase must be true/false" % where)
            if q["type"] == "refuse":
                if q["answers"] != [] or q["source"] is not None:
                    problems.append("%s: a refusal needs answers [] and source null" % where)
            else:
                check_span(where, q["source"], q["answers"])
    qs = collections.Counter(q["question"] for q in items)
    for text, c in qs.items():
        if c > 1:
            problems.append("question asked %d times: %s" % (c, text))

    convs = json.load(open(os.path.join(HERE, "conversations_a.json"), encoding="utf-8"))
    n_turns = n_ref_turns = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            problems.append("conversation %d: %d turns (want 3–4)" % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            n_turns += 1
            where = "conversation %d turn %d" % (ci, ti)
            if set(turn) != {"question", "answers", "source"}:
                problems.append("%s: fields must be question, answers, source" % where)
                continue
            if turn["answers"] == [] and turn["source"] is None:
                n_ref_turns += 1
                continue
            check_span(where, turn["source"], turn["answers"])
    if n_ref_turns == 0:
        problems.append("conversations: no refusal turn")

    ans = [q for q in items if q.get("type") != "refuse"]
    ref = [q for q in items if q.get("type") == "refuse"]
    print("\nqa_a.jsonl: %d questions (%d answerable, %d refuse)" % (len(items), len(ans), len(ref)))
    zh_plain = sum(1 for q in items if q["lang"] == "zh" and not q["paraphrase"])
    zh_para = sum(1 for q in items if q["lang"] == "zh" and q["paraphrase"])
    en = sum(1 for q in items if q["lang"] == "en")
    print("  slices: zh plain %d, zh paraphrased %d, en %d (en paraphrased %d)"
          % (zh_plain, zh_para, en, sum(1 for q in items if q["lang"] == "en" and q["paraphrase"])))
    print("  by type:", dict(sorted(collections.Counter(q["type"] for q in items).items())))
    print("  by source:", dict(sorted(collections.Counter(str(q["source"]) for q in items).items())))
    print("  refusals by lang:", dict(collections.Counter(q["lang"] for q in ref)))
    print("conversations_a.json: %d conversations, %d turns (%d refusal turns)" % (len(convs), n_turns, n_ref_turns))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: every gold span found, ids unique")
    return 0


if __name__ == "__main__":
    sys.exit(main())
