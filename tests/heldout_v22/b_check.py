"""Check half B of heldout_v22: every gold answer occurs verbatim in the text of its report.

    /work/main/.venv/bin/python tests/heldout_v22/b_check.py

Text is extracted the way a reader sees it:
  * PDF  -> pypdf and pdfplumber (an answer must be found in both extractions);
  * HTML -> BeautifulSoup text of the whole page, and of the article body (div.content) alone;
            the answer must be inside the article body;
  * MD   -> the raw file, and the text of the rendered page (markdown-it -> HTML -> text).
Normalisation as in the dev set: Unicode NFKC, then all whitespace removed.

Also checks the file formats, the question mix, the length of each report and the proper names.
Exits 0 when everything passes, 1 otherwise.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
QA = HERE / "qa_b.jsonl"
CONV = HERE / "conversations_b.json"

TYPES = {"amount", "count", "percent", "date", "name", "list", "phrase", "rank", "number", "refuse"}

# Characters under the 雨 radical used (or usable) as the first character of proper names.
RAIN = set("雨雪雯雳零雷雹雾需霁震霄霆霉霍霎霏霓霖霜霞霭霰露霸霹霾雩雱雰霂霈霙霪")

# Every proper name that appears in the half-B reports (parks, sub-parks, city, companies,
# projects, platforms, persons).  Each must start with a 雨-radical character and occur in a report.
PROPER_NAMES = [
    "霖州市", "霁溪高新技术产业开发区", "霓港经济技术开发区", "霏山经济开发区", "雯湖高新技术产业园区",
    "霄桥经济开发区", "霭屿临港产业园", "霜河经济开发区", "露塘工业集中区", "雪岭科创城", "霆云智造园",
    "霂湾生物医药园", "霓港综合保税区", "霆锐精密机械股份有限公司", "雳芯半导体科技有限公司",
    "霈康生物医药有限公司", "雷晟新能源科技有限公司", "震宇汽车零部件有限公司", "霙华新材料股份有限公司",
    "零壹数智科技有限公司", "霞晖供应链管理有限公司", "霓港开发投资集团有限公司", "雾松机器人有限公司",
    "霓港水务有限公司", "霓港产业引导基金", "霓港科创中心", "霓企通", "霖州海关", "霁溪大道",
    "霁才汇", "霁溪创新周", "霍思远", "雷敏", "霜立新", "雪晓雯", "雷振宇", "霍世诚", "霈ICP备",
]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def strip_quotes(s):
    return s.strip("“”「」\"'。，")


def pdf_texts(path):
    import pdfplumber
    import pypdf

    a = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    with pdfplumber.open(str(path)) as pdf:
        b = "\n".join(p.extract_text() or "" for p in pdf.pages)
    return {"pypdf": a, "pdfplumber": b}


def html_texts(path):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    for tag in soup(["script", "style"]):
        tag.decompose()
    body = soup.select_one("div.content")
    return {"page": soup.get_text("\n"), "article": body.get_text("\n")}


def md_texts(path):
    from bs4 import BeautifulSoup
    from markdown_it import MarkdownIt

    raw = path.read_text(encoding="utf-8")
    rendered = BeautifulSoup(MarkdownIt("commonmark").enable("table").render(raw), "lxml").get_text("\n")
    return {"raw": raw, "rendered": rendered}


def report_texts(name):
    path = REPORTS / name
    if name.endswith(".pdf"):
        return pdf_texts(path)
    if name.endswith(".html"):
        return html_texts(path)
    if name.endswith(".md"):
        return md_texts(path)
    raise ValueError(name)


def cjk_count(text):
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def main():
    problems = []
    names = sorted(p.name for p in REPORTS.glob("b_*"))
    texts = {n: report_texts(n) for n in names}
    ntexts = {n: {k: norm(v) for k, v in t.items()} for n, t in texts.items()}

    # --- report lengths -----------------------------------------------------------------
    for n, t in texts.items():
        key = {"pdf": "pypdf", "html": "article", "md": "rendered"}[n.rsplit(".", 1)[1]]
        c = cjk_count(t[key])
        print(f"{n}: {c} Chinese characters ({key})")
        if not 2500 <= c <= 6000:
            problems.append(f"{n}: {c} Chinese characters, outside 2500-6000")

    # --- proper names -------------------------------------------------------------------
    alltext = "".join(v for t in ntexts.values() for v in t.values())
    for name in PROPER_NAMES:
        if name[0] not in RAIN:
            problems.append(f"proper name {name} does not start with a 雨-radical character")
        if norm(name) not in alltext:
            problems.append(f"proper name {name} not found in any report")

    def check_item(where, item, is_turn=False):
        ans, src = item["answers"], item["source"]
        if not ans:
            if src is not None:
                problems.append(f"{where}: refusal with a source")
            if not is_turn and item.get("type") != "refuse":
                problems.append(f"{where}: empty answers but type {item.get('type')}")
            return
        if not is_turn and item.get("type") == "refuse":
            problems.append(f"{where}: type refuse with answers")
        if src not in ntexts:
            problems.append(f"{where}: unknown source {src}")
            return
        if len(set(ans)) != len(ans):
            problems.append(f"{where}: duplicate answers")
        for a in ans:
            na = norm(strip_quotes(a))
            if not na:
                problems.append(f"{where}: empty answer span")
                continue
            for kind, txt in ntexts[src].items():
                if kind == "page":
                    continue  # the article-body check below is stricter
                if na not in txt:
                    problems.append(f"{where}: answer {a!r} not in {src} ({kind})")
        # the best answer should not also be the answer text of another report for the same
        # span? (not checkable in general) -- nothing more here.

    # --- qa_b.jsonl -----------------------------------------------------------------------
    items = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    for i, it in enumerate(items, 1):
        where = it.get("id", f"line {i}")
        if set(it) != keys:
            problems.append(f"{where}: fields {sorted(it)}")
            continue
        if it["id"] != f"h22b-{i:03d}":
            problems.append(f"{where}: expected id h22b-{i:03d}")
        if it["type"] not in TYPES:
            problems.append(f"{where}: bad type {it['type']}")
        if it["lang"] not in ("zh", "en"):
            problems.append(f"{where}: bad lang")
        if not isinstance(it["paraphrase"], bool):
            problems.append(f"{where}: paraphrase not bool")
        if it["source"] is not None and not it["source"].startswith("b_"):
            problems.append(f"{where}: source not a half-B report")
        check_item(where, it)
    qs = [it["question"] for it in items]
    for q, c in Counter(qs).items():
        if c > 1:
            problems.append(f"duplicate question: {q}")

    # --- conversations_b.json ---------------------------------------------------------------
    convs = json.loads(CONV.read_text(encoding="utf-8"))
    if len(convs) != 7:
        problems.append(f"{len(convs)} conversations, expected 7")
    nturns = nref = 0
    for ci, conv in enumerate(convs):
        cid = f"c{8 + ci}"
        if len(conv) != 4:
            problems.append(f"{cid}: {len(conv)} turns, expected 4")
        for ti, turn in enumerate(conv, 1):
            if set(turn) != {"id", "conversation", "question", "answers", "source"}:
                problems.append(f"{cid}: turn {ti} fields {sorted(turn)}")
                continue
            if turn["conversation"] != cid or turn["id"] != f"{cid}-{ti}":
                problems.append(f"{cid}: turn {ti} has id {turn['id']} / {turn['conversation']}")
            check_item(turn["id"], turn, is_turn=True)
            nturns += 1
            nref += not turn["answers"]
    if nref < 1:
        problems.append("no refused conversation turn")

    # --- summary ------------------------------------------------------------------------
    ans = [it for it in items if it["answers"]]
    print(f"qa_b.jsonl: {len(items)} questions, {len(ans)} answerable, {len(items) - len(ans)} refuse")
    print("  by type:", dict(sorted(Counter(it["type"] for it in items).items())))
    print("  by lang:", dict(sorted(Counter(it["lang"] for it in items).items())))
    print("  by source:", dict(sorted(Counter(str(it["source"]) for it in items).items())))
    zh_plain = sum(1 for it in items if it["lang"] == "zh" and not it["paraphrase"])
    zh_para = sum(1 for it in items if it["lang"] == "zh" and it["paraphrase"])
    en = sum(1 for it in items if it["lang"] == "en")
    print(f"  zh plain {zh_plain}, zh paraphrased {zh_para}, en {en} "
          f"(en paraphrased {sum(1 for it in items if it['lang'] == 'en' and it['paraphrase'])})")
    print(f"  refusals: zh {sum(1 for it in items if not it['answers'] and it['lang'] == 'zh')}, "
          f"en {sum(1 for it in items if not it['answers'] and it['lang'] == 'en')}")
    print(f"conversations_b.json: {len(convs)} conversations, {nturns} turns, {nref} refused turns")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("\nOK: every gold answer occurs verbatim in its report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
