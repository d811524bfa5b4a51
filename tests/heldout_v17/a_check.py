# -*- coding: utf-8 -*-
"""Check half A of heldout_v17.

- extracts the text of every report in reports/a_* (docx, html, xlsx) with its own
  simple extractors (independent of the project code);
- checks that every non-empty answer of qa_a.jsonl and conversations_a.json occurs
  verbatim in the text of its source report;
- checks field values, ids, must-refuse items, report lengths;
- prints the counts per slice.

Run:  /work/main/.venv/bin/python a_check.py          (exit code 0 = pass)
      /work/main/.venv/bin/python a_check.py --dump   (also print extracted texts)
"""
import collections
import json
import os
import re
import sys

from bs4 import BeautifulSoup
from docx import Document
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
QA = os.path.join(HERE, "qa_a.jsonl")
CONV = os.path.join(HERE, "conversations_a.json")

TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "refuse"}
LANGS = {"zh", "en"}
HAN = re.compile(r"[\u4e00-\u9fff]")


def text_docx(path):
    doc = Document(path)
    out = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append("".join(
                (t.text or "") if t.tag.endswith("}t") else "\n"
                for t in child.iter() if t.tag.endswith("}t") or t.tag.endswith("}br")))
        elif tag == "tbl":
            for tr in child.iter():
                if not tr.tag.endswith("}tr"):
                    continue
                cells = []
                for tc in tr:
                    if not tc.tag.endswith("}tc"):
                        continue
                    cells.append("".join(
                        (t.text or "") if t.tag.endswith("}t") else "\n"
                        for t in tc.iter() if t.tag.endswith("}t") or t.tag.endswith("}br")))
                out.append("\t".join(cells))
    return "\n".join(out)


def text_html(path):
    with open(path, encoding="utf-8") as f:
        soup = BeautifulSoup(f.read(), "html.parser")
    for t in soup(["script", "style", "head"]):
        t.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for t in soup.find_all(["p", "div", "li", "tr", "h1", "h2", "h3", "ul", "form"]):
        t.append("\n")
    for t in soup.find_all(["td", "th"]):
        t.append("\t")
    text = soup.get_text()
    text = text.replace("\xa0", " ")
    return re.sub(r"\n\s*\n+", "\n", text)


def _cell_str(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


def text_xlsx(path):
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append("【%s】" % ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_cell_str(v) for v in row]
            if any(cells):
                out.append("\t".join(cells).rstrip("\t"))
    return "\n".join(out)


def report_text(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".docx"):
        return text_docx(path)
    if name.endswith(".html"):
        return text_html(path)
    if name.endswith(".xlsx"):
        return text_xlsx(path)
    raise ValueError(name)


def main():
    dump = "--dump" in sys.argv
    errors = []
    texts = {}
    for name in sorted(os.listdir(REPORTS)):
        if not name.startswith("a_"):
            continue
        texts[name] = report_text(name)
        n_han = len(HAN.findall(texts[name]))
        print("report %-45s %5d Chinese characters" % (name, n_han))
        if not 3000 <= n_han <= 6000:
            errors.append("%s: %d Chinese characters (want 3000-6000)" % (name, n_han))
        if dump:
            print("=" * 30, name)
            print(texts[name])

    def check_item(where, item, need_id):
        for key in ("question", "answers", "source"):
            if key not in item:
                errors.append("%s: missing %s" % (where, key))
                return
        if need_id:
            for key in ("id", "type", "lang", "paraphrase"):
                if key not in item:
                    errors.append("%s: missing %s" % (where, key))
                    return
            if item["type"] not in TYPES:
                errors.append("%s: bad type %r" % (where, item["type"]))
            if item["lang"] not in LANGS:
                errors.append("%s: bad lang %r" % (where, item["lang"]))
            if not isinstance(item["paraphrase"], bool):
                errors.append("%s: paraphrase not bool" % where)
            if (item["type"] == "refuse") != (item["answers"] == []):
                errors.append("%s: type refuse <=> answers []" % where)
        if item["answers"] == []:
            if item["source"] is not None:
                errors.append("%s: must-refuse item must have source null" % where)
            return
        if item["source"] not in texts:
            errors.append("%s: unknown source %r" % (where, item["source"]))
            return
        if len(set(item["answers"])) != len(item["answers"]):
            errors.append("%s: duplicate answers" % where)
        for ans in item["answers"]:
            if not isinstance(ans, str) or not ans.strip():
                errors.append("%s: empty/non-string answer %r" % (where, ans))
            elif ans not in texts[item["source"]]:
                errors.append("%s: answer %r not found in %s" % (where, ans, item["source"]))

    # single questions
    items = []
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append("qa_a.jsonl line %d: %s" % (ln, e))
    ids = [it.get("id") for it in items]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for k, it in enumerate(items, 1):
        if it.get("id") != "h17a-%03d" % k:
            errors.append("id %r out of sequence (want h17a-%03d)" % (it.get("id"), k))
        check_item(it.get("id", "line %d" % k), it, True)
    seen_q = collections.Counter(it["question"] for it in items)
    for q, n in seen_q.items():
        if n > 1:
            errors.append("duplicate question %r" % q)

    # conversations
    with open(CONV, encoding="utf-8") as f:
        convs = json.load(f)
    n_turns = 0
    n_conv_refuse = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            errors.append("conversation %d has %d turns" % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            n_turns += 1
            n_conv_refuse += turn.get("answers") == []
            check_item("conv %d turn %d" % (ci, ti), turn, False)
    if n_conv_refuse < 1:
        errors.append("no must-refuse turn in conversations")

    # counts per slice
    total = len(items)
    print("\nqa_a.jsonl: %d questions" % total)

    def show(title, counter):
        print("  by %s:" % title)
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("    %-38s %3d  (%4.1f%%)" % (key, n, 100.0 * n / total))

    def slice_of(it):
        if it["lang"] == "en":
            return "en"
        return "zh-paraphrase" if it["paraphrase"] else "zh-plain"

    show("slice", collections.Counter(slice_of(it) for it in items))
    show("refuse", collections.Counter("must-refuse" if it["type"] == "refuse" else "answerable" for it in items))
    show("type", collections.Counter(it["type"] for it in items))
    show("source", collections.Counter(str(it["source"]) for it in items))
    show("lang", collections.Counter(it["lang"] for it in items))
    show("paraphrase", collections.Counter(str(it["paraphrase"]) for it in items))
    show("slice x refuse", collections.Counter(
        "%s / %s" % (slice_of(it), "refuse" if it["type"] == "refuse" else "answer") for it in items))
    print("\nconversations_a.json: %d conversations, %d turns, %d must-refuse turns"
          % (len(convs), n_turns, n_conv_refuse))

    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("\nCHECK PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
