#!/usr/bin/env python3
"""Check the held-out set (stdlib only).

For every question in qa.jsonl and every turn in conversations.json:
  * every answer must occur verbatim in the visible text of its source report
    after all whitespace (including hard line breaks) is removed from both;
  * a numeric answer must occur at least once with clean boundaries, i.e. not
    cut out of a longer figure ("2.6" inside "12.6", "7个" inside "17个");
  * refuse items have answers [] and source null.
Prints counts and exits with status 1 on any failure.

Run:  python3 check.py
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
SEP = "\u0001"  # marks a boundary between HTML blocks/cells; removed for the verbatim check
BLOCK_TAGS = {"p", "div", "td", "th", "tr", "table", "li", "h1", "h2", "h3",
              "h4", "br", "article", "section", "thead", "tbody", "form"}
TYPES = {"count", "amount", "percent", "date", "name", "list", "phrase", "rank", "refuse"}


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(SEP)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(SEP)

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def load_report(name):
    raw = open(os.path.join(REPORTS, name), encoding="utf-8").read()
    if name.endswith((".html", ".htm")):
        p = VisibleText()
        p.feed(raw)
        p.close()
        raw = "".join(p.parts)
    strict = re.sub(r"\s+", "", raw)      # keeps block separators
    loose = strict.replace(SEP, "")       # what the verbatim check uses
    return strict, loose


def clean_boundary(text, ans):
    """True if ans occurs in text at least once not glued to a longer figure."""
    start = 0
    while True:
        i = text.find(ans, start)
        if i < 0:
            return False
        prev = text[i - 1] if i > 0 else ""
        j = i + len(ans)
        nxt = text[j] if j < len(text) else ""
        nxt2 = text[j + 1] if j + 1 < len(text) else ""
        bad = False
        if ans[0].isdigit() and (prev.isdigit() or prev in ".-"):
            bad = True
        if ans[-1].isdigit() and (nxt.isdigit() or (nxt == "." and nxt2.isdigit())):
            bad = True
        if not bad:
            return True
        start = i + 1


def main():
    reports = {n: load_report(n) for n in sorted(os.listdir(REPORTS))}
    errors = []

    def check_item(label, answers, source):
        if not answers:
            if source is not None:
                errors.append(f"{label}: refused item must have source null")
            return
        if source not in reports:
            errors.append(f"{label}: unknown source {source!r}")
            return
        strict, loose = reports[source]
        for ans in answers:
            norm = re.sub(r"\s+", "", ans)
            if norm != ans:
                errors.append(f"{label}: answer has whitespace: {ans!r}")
            if norm not in loose:
                errors.append(f"{label}: answer not found verbatim in {source}: {ans!r}")
            elif re.search(r"\d", norm) and not clean_boundary(strict, norm):
                errors.append(f"{label}: answer only occurs inside a longer figure: {ans!r}")

    # ---- qa.jsonl
    qa = []
    with open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                qa.append(json.loads(line))
    ids = Counter(q["id"] for q in qa)
    for k, v in ids.items():
        if v > 1:
            errors.append(f"duplicate id {k}")
    for q in qa:
        for key in ("id", "question", "answers", "source", "type", "lang", "paraphrase"):
            if key not in q:
                errors.append(f"{q.get('id')}: missing {key}")
        if q["type"] not in TYPES:
            errors.append(f"{q['id']}: bad type {q['type']}")
        if q["lang"] not in ("zh", "en"):
            errors.append(f"{q['id']}: bad lang {q['lang']}")
        if (q["type"] == "refuse") != (q["answers"] == []):
            errors.append(f"{q['id']}: type refuse <=> answers []")
        check_item(q["id"], q["answers"], q["source"])

    # ---- conversations.json
    convs = json.load(open(os.path.join(HERE, "conversations.json"), encoding="utf-8"))
    refused_turns = 0
    for ci, conv in enumerate(convs, 1):
        if not 2 <= len(conv) <= 3:
            errors.append(f"conv {ci}: needs 2-3 turns")
        for ti, turn in enumerate(conv, 1):
            refused_turns += turn["answers"] == []
            check_item(f"conv {ci} turn {ti}", turn["answers"], turn["source"])

    # ---- counts
    answerable = [q for q in qa if q["answers"]]
    print(f"questions: {len(qa)}  (answerable {len(answerable)}, refuse {len(qa) - len(answerable)})")
    print("by lang (answerable):", dict(Counter(q["lang"] for q in answerable)))
    print("by lang (refuse):    ", dict(Counter(q["lang"] for q in qa if not q["answers"])))
    print("by type:", dict(sorted(Counter(q["type"] for q in qa).items())))
    print("by source:", dict(Counter(q["source"] for q in qa)))
    print("paraphrased (answerable):", sum(q["paraphrase"] for q in answerable), "/", len(answerable))
    print(f"conversations: {len(convs)}, turns: {sum(len(c) for c in convs)}, refused turns: {refused_turns}")
    for name, (strict, loose) in reports.items():
        cjk = len(re.findall(r"[\u4e00-\u9fff]", loose))
        print(f"report {name}: {len(loose)} visible non-space chars, {cjk} CJK")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: every answer occurs verbatim in its source report")


if __name__ == "__main__":
    main()
