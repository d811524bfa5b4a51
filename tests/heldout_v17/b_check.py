# -*- coding: utf-8 -*-
"""Checks half B of heldout_v17 against its own reports (no project code involved).

- extracts report text itself: .txt decoded from GBK (CRLF -> LF), .md as UTF-8,
  .docx from word/document.xml (paragraph and table-cell text);
- every non-empty answer must be an exact substring of its source report;
- refuse items: answers [] and source null; answerable items: non-empty answers, a source;
- schema, ids, enums; report sizes (3000-6000 CJK characters);
- conversations: 7, 3-4 turns each, at least one refuse turn;
- prints counts per slice. Exit code 1 on any failure.
Run: /work/main/.venv/bin/python b_check.py
"""
import collections
import json
import os
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, "reports")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "refuse"}


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def report_text(name):
    path = os.path.join(REP, name)
    if name.endswith(".txt"):
        with open(path, "rb") as f:
            return f.read().decode("gbk").replace("\r\n", "\n")
    if name.endswith(".md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if name.endswith(".docx"):
        return docx_text(path)
    raise ValueError(name)


def main():
    errors = []
    texts = {}
    for name in sorted(os.listdir(REP)):
        if not name.startswith("b_"):
            continue
        texts[name] = report_text(name)
        n = len(re.findall(r"[\u4e00-\u9fff]", texts[name]))
        print("report %-40s %5d CJK characters" % (name, n))
        if not 3000 <= n <= 6000:
            errors.append("%s: %d CJK characters, outside 3000-6000" % (name, n))
    if len(texts) != 3:
        errors.append("expected 3 b_ reports, found %d" % len(texts))

    def check_answer(where, answers, source):
        if not isinstance(answers, list):
            errors.append("%s: answers is not a list" % where)
            return
        if not answers:
            if source is not None:
                errors.append("%s: refuse item must have source null" % where)
            return
        if source not in texts:
            errors.append("%s: unknown source %r" % (where, source))
            return
        for a in answers:
            if not a or a not in texts[source]:
                errors.append("%s: answer %r not found in %s" % (where, a, source))

    qa = []
    with open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                qa.append(json.loads(line))
    seen = set()
    for i, r in enumerate(qa, 1):
        where = r.get("id", "line %d" % i)
        keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(r) != keys:
            errors.append("%s: fields %s" % (where, sorted(r)))
        if r["id"] != "h17b-%03d" % i:
            errors.append("%s: id out of sequence" % where)
        if r["question"] in seen:
            errors.append("%s: duplicate question" % where)
        seen.add(r["question"])
        if r["type"] not in TYPES:
            errors.append("%s: bad type %r" % (where, r["type"]))
        if r["lang"] not in ("zh", "en"):
            errors.append("%s: bad lang" % where)
        if not isinstance(r["paraphrase"], bool):
            errors.append("%s: paraphrase not bool" % where)
        if (r["type"] == "refuse") != (r["answers"] == []):
            errors.append("%s: type refuse <-> empty answers mismatch" % where)
        check_answer(where, r["answers"], r["source"])

    with open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8") as f:
        convs = json.load(f)
    if len(convs) != 7:
        errors.append("expected 7 conversations, found %d" % len(convs))
    conv_refuse = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            errors.append("conversation %d: %d turns" % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            if set(turn) != {"question", "answers", "source"}:
                errors.append("conversation %d turn %d: fields %s" % (ci, ti, sorted(turn)))
            check_answer("conversation %d turn %d" % (ci, ti), turn["answers"], turn["source"])
            conv_refuse += turn["answers"] == []
    if conv_refuse < 1:
        errors.append("conversations: no must-refuse turn")

    # ---- slices
    def slice_of(r):
        if r["lang"] == "en":
            return "en"
        return "zh-colloquial" if r["paraphrase"] else "zh-plain"

    n = len(qa)
    print("\nqa_b.jsonl: %d questions" % n)
    for title, keyf in (("slice", slice_of), ("lang", lambda r: r["lang"]),
                        ("paraphrase", lambda r: str(r["paraphrase"])),
                        ("type", lambda r: r["type"]),
                        ("source", lambda r: r["source"] or "(refuse)"),
                        ("answerable/refuse", lambda r: "refuse" if r["type"] == "refuse" else "answerable")):
        c = collections.Counter(keyf(r) for r in qa)
        print("  by %s: %s" % (title, ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / n)
                                                 for k, v in sorted(c.items()))))
    c = collections.Counter((slice_of(r), r["type"] == "refuse") for r in qa)
    print("  refuse per slice: %s" % ", ".join("%s=%d" % (s, c[(s, True)])
                                               for s in ("zh-plain", "zh-colloquial", "en")))
    turns = sum(len(c) for c in convs)
    print("conversations_b.json: %d conversations, %d turns, %d must-refuse turns"
          % (len(convs), turns, conv_refuse))

    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nCHECK PASSED: all %d non-empty answers found in their reports"
          % (sum(len(r["answers"]) for r in qa) + sum(len(t["answers"]) for c in convs for t in c)))


if __name__ == "__main__":
    main()
