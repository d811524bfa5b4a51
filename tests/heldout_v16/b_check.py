#!/usr/bin/env python3
"""Check half B of heldout_v16: every gold span occurs in its report's extracted text, ids unique.

    /work/main/.venv/bin/python b_check.py      # needs pypdf; exit status 1 on any problem

Extraction: .txt UTF-8 (BOM allowed); .md UTF-8 as is; .pdf pypdf extract_text() page by page.
Comparison: NFKC, then all whitespace removed (both sides).
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"count", "amount", "percent", "date", "name", "list", "phrase", "rank", "refuse"}
FIELDS = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
MIN_CJK, MAX_CJK = 3000, 6000


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        return open(path, "rb").read().decode("utf-8-sig")
    if ext == ".md":
        return open(path, encoding="utf-8").read()
    if ext == ".pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    raise ValueError("unknown format: %s" % path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    problems = []
    texts = {}
    print("reports:")
    for name in sorted(os.listdir(REPORTS)):
        if not name.startswith("b_"):
            continue
        path = os.path.join(REPORTS, name)
        raw = extract(path)
        texts[name] = norm(raw)
        cjk = len(re.findall(r"[\u4e00-\u9fff\u3007]", raw))
        print("  %-46s %5d CJK chars, %5d non-space chars" % (name, cjk, len(re.sub(r"\s+", "", raw))))
        if not MIN_CJK <= cjk <= MAX_CJK:
            problems.append("%s: %d Chinese characters, outside %d-%d" % (name, cjk, MIN_CJK, MAX_CJK))
        if name.endswith(".txt"):
            b = open(path, "rb").read()
            if not b.startswith(b"\xef\xbb\xbf"):
                problems.append("%s: no UTF-8 BOM" % name)
            if b.count(b"\n") != b.count(b"\r\n"):
                problems.append("%s: not all line endings are CRLF" % name)
    if len(texts) != 3:
        problems.append("expected 3 b_ reports, found %d" % len(texts))

    def check_span(where, source, answers):
        if source not in texts:
            problems.append("%s: source %r is not a b_ report" % (where, source))
            return
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                problems.append("%s: empty or non-string answer %r" % (where, a))
            elif norm(a) not in texts[source]:
                problems.append("%s: answer %r not found in %s" % (where, a, source))

    items, ids = [], set()
    with open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append("qa_b.jsonl line %d: bad JSON (%s)" % (ln, e))
                continue
            where = "qa %s" % q.get("id", "line %d" % ln)
            if set(q) != FIELDS:
                problems.append("%s: fields %s, want %s" % (where, sorted(q), sorted(FIELDS)))
                continue
            items.append(q)
            if not re.fullmatch(r"h16b-\d{3}", q["id"]):
                problems.append("%s: id must look like h16b-001" % where)
            if q["id"] in ids:
                problems.append("%s: duplicate id" % where)
            ids.add(q["id"])
            if q["type"] not in TYPES:
                problems.append("%s: unknown type %r" % (where, q["type"]))
            if q["lang"] not in ("zh", "en"):
                problems.append("%s: lang must be zh or en" % where)
            if not isinstance(q["paraphrase"], bool):
                problems.append("%s: paraphrase must be true/false" % where)
            if q["type"] == "refuse" or q["answers"] == []:
                if q["type"] != "refuse" or q["answers"] != [] or q["source"] is not None:
                    problems.append("%s: a refusal needs type refuse, answers [] and source null" % where)
            else:
                check_span(where, q["source"], q["answers"])
    qs = collections.Counter(q["question"] for q in items)
    for text, n in qs.items():
        if n > 1:
            problems.append("question asked %d times: %s" % (n, text))

    convs = json.load(open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8"))
    n_turns = n_refuse_turns = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            problems.append("conversation %d: %d turns (want 3-4)" % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            n_turns += 1
            where = "conversation %d turn %d" % (ci, ti)
            if set(turn) != {"question", "answers", "source"}:
                problems.append("%s: fields must be question, answers, source" % where)
                continue
            if turn["answers"] == [] or turn["source"] is None:
                if turn["answers"] != [] or turn["source"] is not None:
                    problems.append("%s: a refusal turn needs answers [] and source null" % where)
                n_refuse_turns += 1
                continue
            check_span(where, turn["source"], turn["answers"])
    if n_refuse_turns == 0:
        problems.append("conversations: no refusal turn")

    ans = [q for q in items if q["type"] != "refuse"]
    ref = [q for q in items if q["type"] == "refuse"]
    print("\nqa_b.jsonl: %d questions (%d answerable, %d refuse)" % (len(items), len(ans), len(ref)))
    print("  zh plain %d, zh paraphrased %d, en %d (en refuse %d)" % (
        sum(q["lang"] == "zh" and not q["paraphrase"] for q in items),
        sum(q["lang"] == "zh" and q["paraphrase"] for q in items),
        sum(q["lang"] == "en" for q in items),
        sum(q["lang"] == "en" for q in ref)))
    print("  by type:", dict(sorted(collections.Counter(q["type"] for q in items).items())))
    print("  by source:", dict(sorted(collections.Counter(q["source"] for q in ans).items())))
    print("conversations_b.json: %d conversations, %d turns (%d refusal turns)" % (len(convs), n_turns, n_refuse_turns))

    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: every gold span found, ids unique")
    return 0


if __name__ == "__main__":
    sys.exit(main())
