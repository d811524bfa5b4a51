"""Check half B of heldout_v19: every gold answer is an exact span of its report.

    /work/main/.venv/bin/python b_check.py

Text extraction: the GBK .txt is decoded as GBK; the .md is read as UTF-8 as is;
the .docx is read with python-docx (body paragraphs, table cells, headers, footers).
An answer passes if it occurs verbatim in the text, or in the text with the hard line
breaks removed (the .txt is wrapped at ~38 characters, so a figure may span a wrap).
Also checks ids, fields, types, refusal format and the conversation file.
Exit 0 on pass, 1 on any problem.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "count", "percent", "date", "name", "list", "number", "rank", "phrase", "refuse"}


def extract(name):
    path = os.path.join(REPORTS, name)
    if name.endswith(".txt"):
        return open(path, "rb").read().decode("gbk")
    if name.endswith(".md"):
        return open(path, encoding="utf-8").read()
    if name.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    raise ValueError(name)


def main():
    problems = []
    texts = {}
    for name in sorted(os.listdir(REPORTS)):
        if name.startswith("b_"):
            texts[name] = extract(name)
    flat = {n: re.sub(r"[\r\n]", "", t) for n, t in texts.items()}

    def found(ans, src):
        return ans in texts[src] or ans in flat[src]

    def check_answers(where, answers, source, is_refusal):
        if is_refusal:
            if answers != [] or source is not None:
                problems.append("%s: refusal must have answers [] and source null" % where)
            return
        if source not in texts:
            problems.append("%s: unknown source %r" % (where, source))
            return
        if not answers:
            problems.append("%s: no answers" % where)
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                problems.append("%s: bad answer %r" % (where, a))
            elif not found(a, source):
                problems.append("%s: answer %r not in %s" % (where, a, source))

    # ---- qa_b.jsonl
    rows = [json.loads(l) for l in open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for i, r in enumerate(rows, 1):
        if r["id"] != "h19b-%03d" % i:
            problems.append("id out of sequence: %s" % r["id"])
        if set(r) != {"id", "question", "answers", "source", "type", "lang", "paraphrase"}:
            problems.append("%s: fields %s" % (r["id"], sorted(r)))
        if r["type"] not in TYPES:
            problems.append("%s: type %s" % (r["id"], r["type"]))
        if r["lang"] not in ("zh", "en"):
            problems.append("%s: lang %s" % (r["id"], r["lang"]))
        if not isinstance(r["paraphrase"], bool):
            problems.append("%s: paraphrase not bool" % r["id"])
        check_answers(r["id"], r["answers"], r["source"], r["type"] == "refuse")
        if (r["type"] == "refuse") != (r["answers"] == []):
            problems.append("%s: refuse type/answers mismatch" % r["id"])

    # ---- conversations_b.json
    convs = json.load(open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8"))
    nturns = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            problems.append("conversation %d has %d turns" % (ci, len(conv)))
        refusals = 0
        for ti, t in enumerate(conv, 1):
            nturns += 1
            ref = t["answers"] == []
            refusals += ref
            check_answers("conv%d.turn%d" % (ci, ti), t["answers"], t.get("source"), ref)
        if refusals > 1:
            problems.append("conversation %d has %d refusal turns" % (ci, refusals))

    # ---- report sizes
    for n, t in texts.items():
        cjk = len(re.findall(r"[\u4e00-\u9fff]", t))
        print("%-42s %5d CJK characters" % (n, cjk))

    # ---- summary
    c = collections.Counter
    print("questions:", len(rows), "| conversations:", len(convs), "turns:", nturns)
    print("by type:", dict(c(r["type"] for r in rows)))
    print("by lang:", dict(c(r["lang"] for r in rows)))
    print("by source:", dict(c(r["source"] for r in rows)))
    zh_plain = sum(1 for r in rows if r["lang"] == "zh" and not r["paraphrase"])
    zh_para = sum(1 for r in rows if r["lang"] == "zh" and r["paraphrase"])
    en = sum(1 for r in rows if r["lang"] == "en")
    ref = sum(1 for r in rows if r["type"] == "refuse")
    n = len(rows)
    print("zh plain %d (%.0f%%), zh paraphrased %d (%.0f%%), en %d (%.0f%%), refusals %d (%.0f%%)"
          % (zh_plain, 100 * zh_plain / n, zh_para, 100 * zh_para / n, en, 100 * en / n, ref, 100 * ref / n))

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK: every gold answer occurs verbatim in its report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
