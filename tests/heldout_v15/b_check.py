#!/usr/bin/env python3
"""Check half B of heldout_v15: every gold span occurs verbatim in its report.

    /work/main/.venv/bin/python tests/heldout_v15/b_check.py     # exit status 1 on any problem

Text extraction (deliberately plain):
  .docx  python-docx: body paragraphs and table cells in document order (a merged cell once)
  .txt   decoded from GBK, then every line break removed (the release is hard-wrapped)
  .md    UTF-8, as is (pipes and ** stay in the text)
Comparison: both sides NFKC-normalised and all whitespace removed.

Also checked: ids unique (h15b-NNN) across qa_b.jsonl and the conversations, fields and
types valid, refusals have answers [] and source null, conversations have 3–4 turns and
at least one refused turn overall, and each report has 3,000–6,000 CJK characters.
"""

import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
QA = os.path.join(HERE, "qa_b.jsonl")
CONV = os.path.join(HERE, "conversations_b.json")
TYPES = {"count", "amount", "percent", "date", "name", "list", "phrase", "rank", "refuse"}
MIN_CJK, MAX_CJK = 3000, 6000
ID_RE = re.compile(r"^h15b-\d{3}$")


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


def read_txt(path):
    text = open(path, "rb").read().decode("gbk")
    return text.replace("\r", "").replace("\n", "")


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return read_docx(path)
    if ext == ".txt":
        return read_txt(path)
    if ext == ".md":
        return open(path, encoding="utf-8").read()
    raise ValueError("unknown format: %s" % path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def cjk_count(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def main():
    problems = []
    texts = {}
    print("reports:")
    for name in sorted(os.listdir(REPORTS)):
        if not name.startswith("b_"):
            continue
        t = extract(os.path.join(REPORTS, name))
        texts[name] = norm(t)
        n_cjk = cjk_count(t)
        print("  %-42s %5d CJK chars, %5d non-space chars" % (name, n_cjk, len(texts[name])))
        if not MIN_CJK <= n_cjk <= MAX_CJK:
            problems.append(
                "%s: %d CJK characters, outside %d–%d" % (name, n_cjk, MIN_CJK, MAX_CJK)
            )

    def check_span(where, source, answers):
        if source not in texts:
            problems.append("%s: source %r is not a half-B report" % (where, source))
            return
        if not answers:
            problems.append("%s: no answers" % where)
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                problems.append("%s: empty or non-string answer %r" % (where, a))
            elif norm(a) not in texts[source]:
                problems.append("%s: answer %r not found in %s" % (where, a, source))
        if len(set(map(norm, answers))) != len(answers):
            problems.append("%s: duplicate answers after normalisation" % where)

    # ---------------------------------------------------------------- qa_b.jsonl
    items, ids, questions = [], set(), set()
    with open(QA, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append("qa_b.jsonl line %d: bad JSON (%s)" % (ln, e))
                continue
            items.append(q)
            where = "qa %s" % q.get("id", "line %d" % ln)
            keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
            if set(q) != keys:
                problems.append("%s: fields %s, want %s" % (where, sorted(q), sorted(keys)))
                continue
            if not ID_RE.match(q["id"]):
                problems.append("%s: id must look like h15b-001" % where)
            if q["id"] in ids:
                problems.append("%s: duplicate id" % where)
            ids.add(q["id"])
            if q["question"] in questions:
                problems.append("%s: duplicate question text" % where)
            questions.add(q["question"])
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

    # ---------------------------------------------------------------- conversations_b.json
    convs = json.load(open(CONV, encoding="utf-8"))
    n_turns = n_refused = 0
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
                n_refused += 1
                continue
            if turn["answers"] == [] or turn["source"] is None:
                problems.append("%s: answers [] and source null go together" % where)
                continue
            check_span(where, turn["source"], turn["answers"])
    if n_refused == 0:
        problems.append("conversations: no turn must be refused")

    # ---------------------------------------------------------------- counts
    answerable = [q for q in items if q.get("type") != "refuse"]
    print(
        "\nqa_b.jsonl: %d questions (%d answerable, %d refuse); conversations: %d (%d turns, %d refused)"
        % (
            len(items),
            len(answerable),
            len(items) - len(answerable),
            len(convs),
            n_turns,
            n_refused,
        )
    )
    by_type = collections.Counter(q.get("type") for q in items)
    print("  by type:", ", ".join("%s %d" % kv for kv in sorted(by_type.items())))
    zh_plain = sum(1 for q in items if q.get("lang") == "zh" and not q.get("paraphrase"))
    zh_para = sum(1 for q in items if q.get("lang") == "zh" and q.get("paraphrase"))
    en = sum(1 for q in items if q.get("lang") == "en")
    print("  by slice: zh plain %d, zh colloquial/paraphrased %d, en %d" % (zh_plain, zh_para, en))
    by_lang = collections.Counter((q.get("lang"), q.get("type") == "refuse") for q in items)
    print(
        "  by lang: zh answerable %d, en answerable %d, zh refuse %d, en refuse %d"
        % (
            by_lang[("zh", False)],
            by_lang[("en", False)],
            by_lang[("zh", True)],
            by_lang[("en", True)],
        )
    )
    by_src = collections.Counter(q.get("source") for q in answerable)
    print("  by source:", ", ".join("%s %d" % kv for kv in sorted(by_src.items())))

    print("\n%d problems" % len(problems))
    for p in problems:
        print("  -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
