#!/usr/bin/env python3
"""Check part B of heldout_v14: reports, qa_b.jsonl and conversations_b.json.

    source /work/main/.venv/bin/activate && python b_check.py

* extracts the text of each report (python-docx paragraphs + tables + header/footer;
  GB18030 text with all line breaks removed; Markdown as is);
* checks that every non-empty answer occurs verbatim in its source report
  (after Unicode NFKC and removal of all whitespace, as in the scoring rules);
* checks the JSON fields, ids, types, refusal conventions, and the report formats
  (GB18030 bytes, hard wrap, 4,000-6,000 Chinese characters per report);
* prints counts; exits 1 on any problem.
"""
import collections
import json
import os
import re
import sys
import unicodedata

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "refuse"}
WRAP = 35

problems = []


def bad(msg):
    problems.append(msg)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def text_docx(path):
    d = docx.Document(path)
    parts = []
    for sec in d.sections:
        parts += [p.text for p in sec.header.paragraphs]
        parts += [p.text for p in sec.footer.paragraphs]
    parts += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def text_txt(path):
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
        bad(f"{os.path.basename(path)}: decodes as UTF-8, expected GB18030 bytes")
    except UnicodeDecodeError:
        pass
    s = raw.decode("gb18030")
    lines = s.split("\r\n")
    longest = max(len(l) for l in lines)
    if longest > WRAP:
        bad(f"{os.path.basename(path)}: line of {longest} characters > {WRAP}")
    return s.replace("\r", "").replace("\n", ""), lines


def text_md(path):
    return open(path, encoding="utf-8").read()


def load_reports():
    texts, info = {}, {}
    for name in sorted(os.listdir(REPORTS)):
        if not name.startswith("b_"):
            continue
        path = os.path.join(REPORTS, name)
        if name.endswith(".docx"):
            t = text_docx(path)
            d = docx.Document(path)
            info[name] = f"docx, {len(d.tables)} tables"
            if not d.tables:
                bad(f"{name}: no table")
        elif name.endswith(".txt"):
            t, lines = text_txt(path)
            # figures broken by the hard wrap: a line ending in a digit/point followed by a digit/point/unit
            splits = sum(1 for a, b in zip(lines, lines[1:])
                         if a and b and re.search(r"[0-9.]$", a) and re.match(r"[0-9.%亿万个年月日]", b))
            info[name] = f"GB18030, {len(lines)} lines <= {WRAP} chars, {splits} figures split by a line break"
            if "｜" not in t:
                bad(f"{name}: no table")
        elif name.endswith(".md"):
            t = text_md(path)
            ntab = len(re.findall(r"^\|[-:| ]+\|$", t, flags=re.M))
            info[name] = f"markdown, {ntab} tables"
            if not ntab:
                bad(f"{name}: no table")
        else:
            continue
        cjk = len(re.findall(r"[\u4e00-\u9fff]", t))
        info[name] += f", {cjk} Chinese characters"
        if not 4000 <= cjk <= 6000:
            bad(f"{name}: {cjk} Chinese characters, expected 4000-6000")
        texts[name] = norm(t)
    return texts, info


def check_item(where, answers, source, texts):
    if not isinstance(answers, list) or not all(isinstance(a, str) and a for a in answers):
        bad(f"{where}: answers must be a list of non-empty strings")
        return
    if not answers:
        if source is not None:
            bad(f"{where}: refusal must have source null")
        return
    if source not in texts:
        bad(f"{where}: unknown source {source!r}")
        return
    for a in answers:
        if norm(a) not in texts[source]:
            bad(f"{where}: answer {a!r} not found in {source}")


def main():
    texts, info = load_reports()
    print("reports:")
    for n, i in info.items():
        print(f"  {n}: {i}")
    if len(texts) != 3:
        bad(f"expected 3 b_ reports, found {len(texts)}")

    qa = [json.loads(l) for l in open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") if l.strip()]
    seen_q = set()
    for n, d in enumerate(qa, 1):
        where = d.get("id", f"line {n}")
        if set(d) != {"id", "question", "answers", "source", "type", "lang", "paraphrase"}:
            bad(f"{where}: fields {sorted(d)}")
        if d.get("id") != f"h14b-{n:03d}":
            bad(f"{where}: expected id h14b-{n:03d}")
        if d.get("type") not in TYPES:
            bad(f"{where}: bad type {d.get('type')}")
        if d.get("lang") not in ("zh", "en"):
            bad(f"{where}: bad lang")
        if not isinstance(d.get("paraphrase"), bool):
            bad(f"{where}: paraphrase must be bool")
        if (d.get("type") == "refuse") != (d.get("answers") == []):
            bad(f"{where}: type refuse <=> answers []")
        if d["question"] in seen_q:
            bad(f"{where}: duplicate question")
        seen_q.add(d["question"])
        check_item(where, d.get("answers"), d.get("source"), texts)

    conv = json.load(open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8"))
    nturn = 0
    for i, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4:
            bad(f"conversation {i}: {len(c)} turns")
        for j, t in enumerate(c, 1):
            nturn += 1
            if set(t) != {"question", "answers", "source"}:
                bad(f"conversation {i} turn {j}: fields {sorted(t)}")
            check_item(f"conversation {i} turn {j}", t.get("answers"), t.get("source"), texts)

    ans = [d for d in qa if d["answers"]]
    ref = [d for d in qa if not d["answers"]]
    print(f"qa_b.jsonl: {len(qa)} questions = {len(ans)} answerable + {len(ref)} must-refuse")
    print("  by type:", dict(collections.Counter(d["type"] for d in qa).most_common()))
    print("  by lang:", dict(collections.Counter(d["lang"] for d in qa)))
    print("  zh literal / zh paraphrased / en:",
          sum(1 for d in qa if d["lang"] == "zh" and not d["paraphrase"]),
          sum(1 for d in qa if d["lang"] == "zh" and d["paraphrase"]),
          sum(1 for d in qa if d["lang"] == "en"))
    print("  paraphrase:", dict(collections.Counter(d["paraphrase"] for d in qa)))
    print("  refusals by lang:", dict(collections.Counter(d["lang"] for d in ref)))
    print("  answerable by source:", dict(collections.Counter(d["source"] for d in ans)))
    print(f"conversations_b.json: {len(conv)} conversations, {nturn} turns, "
          f"{sum(1 for c in conv for t in c if not t['answers'])} refusal turn(s)")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: every non-empty answer occurs verbatim in its source report")


if __name__ == "__main__":
    main()
