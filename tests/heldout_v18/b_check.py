#!/usr/bin/env python3
"""Check qa_b.jsonl and conversations_b.json against the half-B reports.

For every gold answer alternative the checker looks for an exact occurrence in
the text of its report as extracted:
  * .txt (GBK): "raw" = decoded text as written (CRLF, hard wraps, page
    headers/footers); "clean" = the same text with page header lines, page
    footers ("—N—") and blank lines dropped and all line breaks removed.
  * .md: the UTF-8 file text.
  * .docx: paragraph texts and table cell texts (python-docx).
It prints, per answer, whether it was found in raw text or only in the
cleaned text, plus counts by type / lang / paraphrase.  Exit status 1 on any
failure.  Run with /work/main/.venv/bin/python.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
sys.dont_write_bytecode = True  # keep the shared folder free of __pycache__
sys.path.insert(0, HERE)

import b_make_qa  # noqa: E402  (only for CONV_SOURCES and the expected content)

TXT_HEADER_RE = re.compile(r"^艨江经开区经济运行简报")
TXT_FOOTER_RE = re.compile(r"^[\s　]*—\d+—[\s　]*$")
VALID_TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "number", "refuse"}
VALID_LANGS = {"zh", "en"}


def load_txt(path):
    data = open(path, "rb").read()
    raw = data.decode("gbk")  # strict
    try:
        data.decode("utf-8")
        utf8_ok = True
    except UnicodeDecodeError:
        utf8_ok = False
    kept, dropped_hdr, dropped_ftr = [], 0, 0
    for line in raw.splitlines():
        if TXT_HEADER_RE.match(line):
            dropped_hdr += 1
            continue
        if TXT_FOOTER_RE.match(line):
            dropped_ftr += 1
            continue
        if not line.strip():
            continue
        kept.append(line.rstrip())
    clean = "".join(kept)
    info = "gbk ok, utf-8 decodable=%s, header lines dropped=%d, footers dropped=%d, lines kept=%d" % (
        utf8_ok, dropped_hdr, dropped_ftr, len(kept))
    return raw, clean, info


def load_md(path):
    text = open(path, encoding="utf-8").read()
    return text, text, "utf-8 markdown, %d chars" % len(text)


def load_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    ncells = 0
    for t in d.tables:
        for row in t.rows:
            cells = [c.text for c in row.cells]
            ncells += len(cells)
            parts.append("\t".join(cells))
    text = "\n".join(parts)
    return text, text, "docx: %d paragraphs, %d tables, %d cells" % (len(d.paragraphs), len(d.tables), ncells)


def load(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".txt"):
        return load_txt(path)
    if name.endswith(".md"):
        return load_md(path)
    if name.endswith(".docx"):
        return load_docx(path)
    raise ValueError(name)


def locate(ans, raw, clean):
    if ans in raw:
        return "raw"
    if ans in clean:
        return "clean-only"
    return None


def main():
    errors = []
    texts = {}
    qa_path = os.path.join(HERE, "qa_b.jsonl")
    recs = [json.loads(line) for line in open(qa_path, encoding="utf-8") if line.strip()]

    sources = sorted({r["source"] for r in recs} | set(b_make_qa.CONV_SOURCES))
    for s in sources:
        if not s.startswith("b_"):
            errors.append("source not a b_ file: %s" % s)
        raw, clean, info = load(s)
        texts[s] = (raw, clean)
        cjk = len(re.findall(r"[\u4e00-\u9fff]", clean))
        print("[report] %s  (%s; %d CJK chars)" % (s, info, cjk))

    # ---- questions
    seen = set()
    where_counts = collections.Counter()
    print("\n[questions]")
    for r in recs:
        rid = r.get("id")
        keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
        if set(r) != keys:
            errors.append("%s: keys %s" % (rid, sorted(r)))
        if not re.fullmatch(r"h18b-\d{3}", rid or "") or rid in seen:
            errors.append("bad or duplicate id %r" % rid)
        seen.add(rid)
        if r["type"] not in VALID_TYPES:
            errors.append("%s: bad type %s" % (rid, r["type"]))
        if r["lang"] not in VALID_LANGS:
            errors.append("%s: bad lang %s" % (rid, r["lang"]))
        if not isinstance(r["paraphrase"], bool):
            errors.append("%s: paraphrase not bool" % rid)
        if (r["type"] == "refuse") != (r["answers"] == []):
            errors.append("%s: refuse/answers mismatch" % rid)
        if len(set(r["answers"])) != len(r["answers"]):
            errors.append("%s: duplicate alternatives" % rid)
        if r["lang"] == "zh" and not re.search(r"[\u4e00-\u9fff]", r["question"]):
            errors.append("%s: zh question without Chinese" % rid)
        if r["lang"] == "en" and not re.search(r"[A-Za-z]{3,}", r["question"]):
            errors.append("%s: en question without English" % rid)
        raw, clean = texts[r["source"]]
        locs = []
        for a in r["answers"]:
            w = locate(a, raw, clean)
            if w is None:
                errors.append("%s: answer %r not found in %s" % (rid, a, r["source"]))
                locs.append("MISSING:" + a)
            else:
                where_counts[(r["source"], w)] += 1
                locs.append("%s:%s" % (w, a))
        print("  %s %-7s %-2s %s" % (rid, r["type"], r["lang"], " | ".join(locs) if locs else "(refuse)"))

    # ---- conversations
    conv_path = os.path.join(HERE, "conversations_b.json")
    convs = json.load(open(conv_path, encoding="utf-8"))
    print("\n[conversations]")
    if convs != b_make_qa.conversations():
        errors.append("conversations_b.json differs from b_make_qa.py (re-run b_make_qa.py)")
    if len(convs) != 7:
        errors.append("expected 7 conversations, got %d" % len(convs))
    conv_turns = conv_refuse = 0
    for ci, (conv, src) in enumerate(zip(convs, b_make_qa.CONV_SOURCES), 1):
        if not 3 <= len(conv) <= 4:
            errors.append("conversation %d has %d turns" % (ci, len(conv)))
        raw, clean = texts[src]
        locs = []
        for ti, turn in enumerate(conv, 1):
            if set(turn) != {"question", "answers"}:
                errors.append("conv %d turn %d keys %s" % (ci, ti, sorted(turn)))
            conv_turns += 1
            if not turn["answers"]:
                conv_refuse += 1
                locs.append("refuse")
            for a in turn["answers"]:
                w = locate(a, raw, clean)
                if w is None:
                    errors.append("conv %d turn %d: %r not in %s" % (ci, ti, a, src))
                    locs.append("MISSING")
                else:
                    where_counts[(src, w)] += 1
                    locs.append(w)
        print("  conv %d (%s): %s" % (ci, src, ", ".join(locs)))

    # ---- summary
    n = len(recs)
    by_type = collections.Counter(r["type"] for r in recs)
    by_lang = collections.Counter(r["lang"] for r in recs)
    by_src = collections.Counter(r["source"] for r in recs)
    zh_plain = sum(1 for r in recs if r["lang"] == "zh" and not r["paraphrase"])
    zh_para = sum(1 for r in recs if r["lang"] == "zh" and r["paraphrase"])
    en = by_lang["en"]
    print("\n[summary] %d questions" % n)
    print("  by type:", dict(sorted(by_type.items())))
    print("  by lang:", dict(by_lang), " en share %.0f%%" % (100.0 * en / n))
    print("  zh plain %d (%.0f%%), zh colloquial/paraphrased %d (%.0f%%)" % (
        zh_plain, 100.0 * zh_plain / n, zh_para, 100.0 * zh_para / n))
    print("  en paraphrased/everyday %d" % sum(1 for r in recs if r["lang"] == "en" and r["paraphrase"]))
    print("  refuse %d (%.0f%%)" % (by_type["refuse"], 100.0 * by_type["refuse"] / n))
    print("  by source:", dict(by_src))
    print("  conversations: %d, turns %d, must-refuse turns %d" % (len(convs), conv_turns, conv_refuse))
    print("  answer locations:", {"%s/%s" % k: v for k, v in sorted(where_counts.items())})

    if errors:
        print("\nFAIL (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
