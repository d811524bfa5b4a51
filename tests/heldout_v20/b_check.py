#!/usr/bin/env python3
"""Half B of heldout_v20: check that every gold answer occurs verbatim in its source report.

    /work/main/.venv/bin/python b_check.py     # prints counts and problems; exit 0 when all pass

Extraction: the PDF with pdfplumber (extract_text, page by page), the .txt decoded as GB18030,
the .md read as UTF-8 as is. Comparison: NFKC on both sides, then every whitespace character
removed (so hard line breaks, also those inside a number, do not matter).

Also checked: the JSON schema of qa_b.jsonl and conversations_b.json (7 conversations of 4 turns),
the id sequence, refusals (answers [] and source null), the length of every report
(1,800–2,500 Chinese characters), and that the listed invented names begin with a 鸟-radical
character and occur in the reports.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, "reports")
TYPES = {"amount", "percent", "count", "number", "rank", "date", "name", "list", "phrase", "refuse"}
HAN_MIN, HAN_MAX = 1800, 2500

# characters under the 鸟 radical used for names in this half
BIRD = set("鸟鸠鸢鸣鸥鸦鸬鸭鸯鸲鸳鸵鸶鸷鸽鸾鸿鹀鹁鹂鹃鹄鹅鹆鹇鹈鹉鹊鹋鹌鹎鹏鹑鹕鹗鹘鹚鹛鹜鹞"
           "鹟鹠鹡鹢鹣鹤鹦鹧鹨鹩鹪鹫鹬鹭鹯鹰鹱鹲鹳鹴")
NAMES = [
    # cities and places
    "鸾陵市", "鹧阳市", "鸲州", "鹞港",
    # parks
    "鹭湾高新技术产业开发区", "鹊原经济技术开发区", "鸥屿临港产业园", "鹏桥新材料产业园", "鹂坪工业园区",
    "鹬江经济开发区", "鹬江智造产业园",
    # companies and institutions
    "鹨川汽车系统有限公司", "鹦源新能源科技有限公司", "鹪明云计算有限公司", "鸳澜汽车部件有限公司",
    "鹌丰精密电子股份有限公司", "鹡远智能传动有限公司", "鹩晟集团", "鸾陵理工学院", "鸾陵日报",
    # projects
    "鸿砚功率半导体封测基地项目", "鹰眸智能视觉传感器产业园项目", "鹉林光电显示模组项目",
    "鹤立生物医药研发生产基地项目", "鸣泰高端聚烯烃新材料项目", "鹃山中药配方颗粒智能工厂项目",
    "鹳舟冷链物流枢纽项目", "鸽翔船用复合材料项目", "鹈湖海上风电装备制造基地项目", "鹩晟碳纤维复合材料项目",
    "鸬岩特种玻璃项目", "鹛鑫高纯电子化学品项目", "鹗岭纺织智能化改造项目", "鹕川食品产业园项目",
    "鹦源氢能装备制造基地项目", "鹪明数据中心二期项目", "鸳澜新能源汽车热管理系统项目", "鹌丰高速连接器项目",
    "鹡远工业机器人精密减速器项目", "鹞石半导体硅材料项目", "鹣禾高性能膜材料项目", "鸶蓝先进涂层材料项目",
    "鹏桥新材料产业基金",
    # persons
    "鹄志远", "鸳晓岚", "鹤松年", "鹭明川",
]


def read_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        return read_pdf(path)
    if ext == ".txt":
        return open(path, "rb").read().decode("gb18030")
    if ext == ".md":
        return open(path, encoding="utf-8").read()
    raise ValueError("unknown format: %s" % path)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    problems = []
    texts, raw = {}, {}
    for name in sorted(os.listdir(REPORTS)):
        if not name.startswith("b_"):
            continue
        t = extract(os.path.join(REPORTS, name))
        raw[name] = t
        texts[name] = norm(t)
    print("reports:")
    for name in sorted(texts):
        han = len(re.findall(r"[\u4e00-\u9fff]", raw[name]))
        print("  %-42s %5d Chinese characters, %5d non-space characters" % (name, han, len(texts[name])))
        if not HAN_MIN <= han <= HAN_MAX:
            problems.append("%s: %d Chinese characters, outside %d–%d" % (name, han, HAN_MIN, HAN_MAX))
    if len(texts) != 3:
        problems.append("expected 3 b_ reports, found %d" % len(texts))

    everything = "".join(texts.values())
    for n in NAMES:
        if n[0] not in BIRD:
            problems.append("name %s does not begin with a 鸟-radical character" % n)
        if norm(n) not in everything:
            problems.append("name %s does not occur in any report" % n)

    def check_span(where, source, answers):
        if source not in texts:
            problems.append("%s: source %r is not a b_ report" % (where, source))
            return
        if not answers:
            problems.append("%s: no answers" % where)
        for a in answers:
            if not isinstance(a, str) or not a.strip():
                problems.append("%s: empty or non-string answer %r" % (where, a))
            elif norm(a) not in texts[source]:
                problems.append("%s: answer %r not found in %s" % (where, a, source))

    # ---------------------------------------------------------------- qa_b.jsonl
    items = []
    with open(os.path.join(HERE, "qa_b.jsonl"), encoding="utf-8") as f:
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
            fields = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
            if set(q) != fields:
                problems.append("%s: fields %s, want %s" % (where, sorted(q), sorted(fields)))
                continue
            if q["id"] != "h20b-%03d" % len(items):
                problems.append("%s: id out of sequence (want h20b-%03d)" % (where, len(items)))
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
    seen_q = collections.Counter(q.get("question") for q in items)
    for qq, n in seen_q.items():
        if n > 1:
            problems.append("question asked %d times: %s" % (n, qq))

    # ---------------------------------------------------------------- conversations_b.json
    convs = json.load(open(os.path.join(HERE, "conversations_b.json"), encoding="utf-8"))
    n_turns = n_refuse_turns = 0
    if len(convs) != 7:
        problems.append("conversations_b.json: %d conversations, want 7" % len(convs))
    for ci, conv in enumerate(convs, 1):
        if len(conv) != 4:
            problems.append("conversation %d: %d turns, want 4" % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            n_turns += 1
            where = "conversation %d turn %d" % (ci, ti)
            if set(turn) != {"question", "answers", "source"}:
                problems.append("%s: fields must be question, answers, source" % where)
                continue
            if turn["answers"] == [] and turn["source"] is None:
                n_refuse_turns += 1
                continue
            check_span(where, turn["source"], turn["answers"])

    # ---------------------------------------------------------------- counts
    ans = [q for q in items if q.get("type") != "refuse"]
    ref = [q for q in items if q.get("type") == "refuse"]
    print("\nqa_b.jsonl: %d questions (%d answerable, %d must-refuse)" % (len(items), len(ans), len(ref)))
    zh_plain = sum(1 for q in items if q.get("lang") == "zh" and not q.get("paraphrase"))
    zh_para = sum(1 for q in items if q.get("lang") == "zh" and q.get("paraphrase"))
    en = sum(1 for q in items if q.get("lang") == "en")
    n = max(len(items), 1)
    print("  plain Chinese %d (%.0f%%), colloquial/paraphrased Chinese %d (%.0f%%), English %d (%.0f%%), "
          "must-refuse %d (%.0f%%)" % (zh_plain, 100.0 * zh_plain / n, zh_para, 100.0 * zh_para / n,
                                       en, 100.0 * en / n, len(ref), 100.0 * len(ref) / n))
    print("  answerable by lang/paraphrase:", dict(sorted(collections.Counter(
        "%s-%s" % (q["lang"], "para" if q["paraphrase"] else "plain") for q in ans).items())))
    print("  refusals by lang:", dict(sorted(collections.Counter(q["lang"] for q in ref).items())))
    print("  by type:", dict(sorted(collections.Counter(q.get("type") for q in items).items())))
    print("  answerable by source:", dict(sorted(collections.Counter(q.get("source") for q in ans).items())))
    print("conversations_b.json: %d conversations, %d turns (%d must-refuse turns)"
          % (len(convs), n_turns, n_refuse_turns))

    print("\n%d problems" % len(problems))
    for p in problems:
        print("  -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
