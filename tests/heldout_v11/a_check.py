#!/usr/bin/env python3
"""Checker for heldout_v11 part A: every gold span must occur in its source report
(text extracted, NFKC-normalised, all whitespace removed); ids, types, refusal
convention, language/paraphrase fields and counts are validated too."""
import json, os, re, sys, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"amount", "percent", "count", "date", "rank", "name", "list", "phrase", "refuse"}
REPORTS = ["a_jinli_etdz_2025_jan_nov_bulletin.html",
           "a_qijun_park_2025_summary_2026_plan.txt",
           "a_huati_city_2025q3_investment_notice.docx"]

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip: self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        p = _Text(); p.feed(open(path, encoding="utf-8").read()); p.close()
        return "\n".join(p.parts)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.extend("" if v is None else str(v) for v in row)
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    raise ValueError("unsupported: " + path)

def main():
    errors = []
    texts = {}
    for r in REPORTS:
        fp = os.path.join(HERE, r)
        if not os.path.exists(fp):
            errors.append("missing report " + r); continue
        raw = extract(fp)
        texts[r] = norm(raw)
        cjk = len(re.findall(r"[\u4e00-\u9fff]", raw))
        print(f"{r}: {cjk} CJK chars")
        if not 3000 <= cjk <= 4500:
            errors.append(f"{r}: CJK length {cjk} outside 3000-4500")
    # html: spans should also survive a naive tag-strip (check raw html without tags)
    html_raw = {}
    for r in REPORTS:
        if r.endswith(".html"):
            h = open(os.path.join(HERE, r), encoding="utf-8").read()
            h = re.sub(r"<script.*?</script>", "", h, flags=re.S)
            html_raw[r] = norm(re.sub(r"<[^>]+>", "", h))

    def check_span(where, src, ans):
        if src not in texts:
            errors.append(f"{where}: unknown source {src}"); return
        if not isinstance(ans, list) or not ans:
            errors.append(f"{where}: answers must be a non-empty list"); return
        for a in ans:
            if not isinstance(a, str) or not a:
                errors.append(f"{where}: bad answer {a!r}"); continue
            if a != norm(a):
                errors.append(f"{where}: answer not normalised {a!r}")
            if norm(a) not in texts[src]:
                errors.append(f"{where}: span {a!r} not in {src}")
            elif src in html_raw and norm(a) not in html_raw[src]:
                errors.append(f"{where}: span {a!r} not in tag-stripped {src}")

    # ---- QA
    qa = [json.loads(l) for l in open(os.path.join(HERE, "a_qa.jsonl"), encoding="utf-8") if l.strip()]
    keys = {"id", "question", "answers", "source", "type", "lang", "paraphrase"}
    ids = [q.get("id") for q in qa]
    if len(set(ids)) != len(ids): errors.append("duplicate ids")
    for i, q in enumerate(qa, 1):
        w = q.get("id", f"line{i}")
        if set(q) != keys: errors.append(f"{w}: keys {sorted(q)}")
        if q.get("id") != f"h11a-{i:03d}": errors.append(f"{w}: expected id h11a-{i:03d}")
        if q.get("type") not in TYPES: errors.append(f"{w}: bad type {q.get('type')}")
        if q.get("lang") not in ("zh", "en"): errors.append(f"{w}: bad lang")
        if not isinstance(q.get("paraphrase"), bool): errors.append(f"{w}: paraphrase not bool")
        if not q.get("question", "").strip(): errors.append(f"{w}: empty question")
        if q.get("lang") == "zh" and not re.search(r"[\u4e00-\u9fff]", q["question"]): errors.append(f"{w}: zh without CJK")
        if q.get("lang") == "en" and len(re.findall(r"[A-Za-z]+", q["question"])) < 4: errors.append(f"{w}: en question too short")
        if q.get("type") == "refuse":
            if q.get("answers") != [] or q.get("source") is not None:
                errors.append(f"{w}: refusal must have answers [] and source null")
        else:
            check_span(w, q.get("source"), q.get("answers"))
    n = len(qa)
    if not 105 <= n <= 115: errors.append(f"qa count {n} not in 105-115")
    ref = sum(q["type"] == "refuse" for q in qa)
    zh_plain = sum(q["lang"] == "zh" and not q["paraphrase"] for q in qa)
    zh_para = sum(q["lang"] == "zh" and q["paraphrase"] for q in qa)
    en = sum(q["lang"] == "en" for q in qa)
    en_para = sum(q["lang"] == "en" and q["paraphrase"] for q in qa)
    print(f"qa: {n} lines; zh plain {zh_plain}, zh colloquial {zh_para}, en {en} (plain {en_para}, official {en-en_para}); refuse {ref}")
    types = {}
    for q in qa: types[q["type"]] = types.get(q["type"], 0) + 1
    print("types:", dict(sorted(types.items())))
    per_src = {}
    for q in qa: per_src[q["source"]] = per_src.get(q["source"], 0) + 1
    print("per source:", per_src)
    if not 0.11 <= ref / n <= 0.19: errors.append(f"refusal share {ref/n:.2f}")
    if not 0.15 <= zh_para / n <= 0.26: errors.append(f"colloquial zh share {zh_para/n:.2f}")
    if not 0.20 <= en / n <= 0.30: errors.append(f"en share {en/n:.2f}")
    if not 0.45 <= zh_plain / n <= 0.62: errors.append(f"plain zh share {zh_plain/n:.2f}")

    # ---- conversations
    conv = json.load(open(os.path.join(HERE, "a_conversations.json"), encoding="utf-8"))
    if not isinstance(conv, list) or len(conv) != 7: errors.append("conversations: need a list of 7")
    cref = 0
    for ci, c in enumerate(conv, 1):
        if not 3 <= len(c) <= 4: errors.append(f"conv {ci}: {len(c)} turns")
        for ti, t in enumerate(c, 1):
            w = f"conv{ci}.turn{ti}"
            if set(t) != {"question", "answers", "source"}: errors.append(f"{w}: keys {sorted(t)}")
            if t.get("answers") == []:
                cref += 1
                if t.get("source") is not None: errors.append(f"{w}: refusal needs source null")
            else:
                check_span(w, t.get("source"), t.get("answers"))
    print(f"conversations: {len(conv)}, turns {sum(len(c) for c in conv)}, refused turns {cref}")
    if not 2 <= cref <= 4: errors.append(f"conversation refusals {cref}, expected about 3")

    if errors:
        print("FAILED:"); [print("  " + e) for e in errors]; sys.exit(1)
    print("ALL CHECKS PASSED")

if __name__ == "__main__":
    main()
