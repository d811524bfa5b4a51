#!/usr/bin/env python3
"""Checker for part B of the held-out set (/tmp/heldout_v5/b_*).

Extracts the text of each b_ report
  * .html -> text via the stdlib html.parser (script/style dropped)
  * .txt  -> decoded as GB18030
  * .xlsx -> openpyxl, every cell rendered as displayed (see cell_display),
             cells of a row joined by '|', rows by newlines
and verifies that every answer in qa_b.jsonl and conversations_b.json
occurs in its source after NFKC normalisation and removal of all whitespace.
Also checks the schema, the id sequence, the refusal convention and the mix.
Usage: python3 check_b.py [--stats]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, 'reports')
TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "refuse"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def cell_display(cell):
    """Render a cell the way a spreadsheet shows it.
    Text cells as stored; numbers by their number format:
    '0' -> no decimals, '0.0' -> 1 decimal, '0.00' -> 2 decimals,
    General -> shortest form (integers without '.0')."""
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, (int, float)):
        fmt = cell.number_format or "General"
        m = re.fullmatch(r"0(?:\.(0+))?", fmt)
        if m:
            return f"{v:.{len(m.group(1) or '')}f}"
        if float(v).is_integer():
            return str(int(v))
        return repr(round(float(v), 10))
    return str(v)


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".html"):
        p = _Text()
        p.feed(open(path, encoding="utf-8").read())
        return "\n".join(p.parts)
    if name.endswith(".txt"):
        return open(path, "rb").read().decode("gb18030")
    if name.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)  # formulas none; values as stored
        out = []
        for ws in wb.worksheets:
            out.append(f"##{ws.title}")
            for row in ws.iter_rows():
                out.append("|".join(cell_display(c) for c in row))
        return "\n".join(out)
    raise ValueError(name)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cjk(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def main():
    errors = []
    reports = sorted(f for f in os.listdir(REPORTS) if f.startswith("b_") and f.endswith((".html", ".txt", ".xlsx")))
    texts = {f: extract(f) for f in reports}
    ntexts = {f: norm(t) for f, t in texts.items()}
    for f in reports:
        print(f"report {f}: {cjk(texts[f])} CJK characters (whole extracted text)")

    # raw encoding checks for the txt
    for f in reports:
        if f.endswith(".txt"):
            raw = open(os.path.join(REPORTS, f), "rb").read()
            try:
                raw.decode("utf-8")
                errors.append(f"{f}: decodes as UTF-8, expected GB18030")
            except UnicodeDecodeError:
                pass
            if raw.count(b"\n") != raw.count(b"\r\n"):
                errors.append(f"{f}: not all line ends are CRLF")

    def check_item(label, q, a, src, typ=None):
        if not isinstance(a, list):
            errors.append(f"{label}: answers not a list")
            return
        if typ == "refuse" or not a:
            if a or src is not None:
                errors.append(f"{label}: refusal must have answers [] and source null")
            if typ is not None and typ != "refuse":
                errors.append(f"{label}: empty answers but type {typ}")
            return
        if src not in ntexts:
            errors.append(f"{label}: unknown source {src!r}")
            return
        for ans in a:
            if not isinstance(ans, str) or not ans.strip():
                errors.append(f"{label}: bad answer {ans!r}")
            elif norm(ans) not in ntexts[src]:
                errors.append(f"{label}: answer {ans!r} not found in {src}")

    # qa_b.jsonl
    qa = []
    with open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    qa.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append(f"qa line {i}: {e}")
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    seen_q = set()
    for n, r in enumerate(qa, 1):
        lab = r.get("id", f"line{n}")
        if set(r) != keys:
            errors.append(f"{lab}: keys {sorted(r)}")
            continue
        if r["id"] != f"h5b-{n:03d}":
            errors.append(f"{lab}: expected id h5b-{n:03d}")
        if r["type"] not in TYPES:
            errors.append(f"{lab}: bad type {r['type']}")
        if r["lang"] not in ("zh", "en"):
            errors.append(f"{lab}: bad lang")
        if not isinstance(r["paraphrase"], bool):
            errors.append(f"{lab}: paraphrase not bool")
        if r["question"] in seen_q:
            errors.append(f"{lab}: duplicate question")
        seen_q.add(r["question"])
        check_item(lab, r["question"], r["answers"], r["source"], r["type"])

    # conversations_b.json
    conv = json.load(open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8"))
    refused_turns = 0
    if not isinstance(conv, list) or not 6 <= len(conv) <= 7:
        errors.append("conversations: need a list of 6-7 conversations")
    for ci, c in enumerate(conv, 1):
        if not 2 <= len(c) <= 4:
            errors.append(f"conv{ci}: {len(c)} turns")
        for ti, t in enumerate(c, 1):
            if set(t) != {"question", "answers", "source"}:
                errors.append(f"conv{ci}.{ti}: keys {sorted(t)}")
                continue
            if not t["answers"]:
                refused_turns += 1
            check_item(f"conv{ci}.{ti}", t["question"], t["answers"], t["source"])
    if refused_turns < 1:
        errors.append("conversations: no refused turn")

    # mix
    n = len(qa)
    by_type = Counter(r["type"] for r in qa)
    by_lang = Counter(r["lang"] for r in qa)
    zh_plain = sum(1 for r in qa if r["lang"] == "zh" and not r["paraphrase"])
    zh_para = sum(1 for r in qa if r["lang"] == "zh" and r["paraphrase"])
    by_src = Counter(r["source"] for r in qa)
    print(f"questions: {n}; conversations: {len(conv)} with {sum(len(c) for c in conv)} turns ({refused_turns} refused)")
    print("by type:", dict(sorted(by_type.items())))
    print("by lang:", dict(by_lang), f"zh plain {zh_plain}, zh paraphrased {zh_para}, en {by_lang['en']}")
    print("by source:", dict(by_src))
    print(f"refuse share: {by_type['refuse'] / max(n, 1):.1%}")
    if not 105 <= n <= 115:
        errors.append(f"{n} questions, need 105-115")

    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: every answer found verbatim (NFKC, whitespace removed) in its source")


if __name__ == "__main__":
    if "--dump" in sys.argv:
        for f in sorted(os.listdir(REPORTS)):
            if f.startswith("b_") and f == sys.argv[-1]:
                print(extract(f))
        sys.exit(0)
    main()
