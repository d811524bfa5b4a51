#!/usr/bin/env python3
"""Checker for heldout_v8 part B (b_ files).

Extracts the text of every report (txt/md/html read directly; docx paragraphs + table cells;
xlsx displayed values via openpyxl; pdf text via pdfplumber), applies NFKC and removes all
whitespace, then asserts that every gold span of b_qa.jsonl and b_conversations.json occurs in
its source. Also checks ids, fields, types, languages, refusal convention, counts and the mix.
Run: /work/main/.venv/bin/python /tmp/heldout_v8/b_check.py
"""
import json, os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = ['b_yanlin_city_bulletin_2025.txt',
           'b_liyu_etdz_indicators_2023_2025.xlsx',
           'b_qingni_park_press_20260115.md']
# park names each report covers (a non-refused question must name one of its source's parks)
PARKS = {
    'b_yanlin_city_bulletin_2025.txt': ['砚霖', '磐霁', '碣霏', '硕霄'],
    'b_liyu_etdz_indicators_2023_2025.xlsx': ['砺雩'],
    'b_qingni_park_press_20260115.md': ['磬霓', 'Qingni'],
}
ABSENT_PARKS = ['礌霪', '磲雳']
ALL_PARK_TOKENS = sum(PARKS.values(), []) + ABSENT_PARKS
TYPES = {'amount', 'percent', 'count', 'date', 'rank', 'name', 'list', 'phrase', 'refuse'}
FIELDS = ['id', 'question', 'answers', 'source', 'type', 'lang', 'paraphrase']

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))

def xlsx_display(cell):
    v = cell.value
    if v is None:
        return ''
    if isinstance(v, bool):
        return str(v).upper()
    if isinstance(v, (int, float)):
        fmt = cell.number_format or 'General'
        m = re.fullmatch(r'0(?:\.(0+))?', fmt)
        if m:
            return f'{v:.{len(m.group(1) or "")}f}'
        if fmt == '#,##0':
            return f'{v:,.0f}'
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return str(v)

def extract(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md', 'html', 'htm'):
        return open(path, encoding='utf-8').read()
    if ext == 'docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return '\n'.join(parts)
    if ext == 'xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                parts.append('\t'.join(xlsx_display(c) for c in row))
        return '\n'.join(parts)
    if ext == 'pdf':
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return '\n'.join((p.extract_text() or '') for p in pdf.pages)
    raise ValueError('unsupported format: ' + path)

errors = []
def err(msg):
    errors.append(msg)

# ---------- reports ----------
texts = {}
for r in REPORTS:
    p = os.path.join(HERE, r)
    if not os.path.exists(p):
        err(f'missing report {r}')
        continue
    raw = extract(p)
    texts[r] = norm(raw)
    cjk = len(re.findall(r'[\u4e00-\u9fff]', raw))
    print(f'{r}: {cjk} CJK characters')
    if not 3000 <= cjk <= 4500:
        err(f'{r}: {cjk} CJK characters, expected 3000-4500')
    for other, toks in PARKS.items():
        if other != r:
            for t in toks:
                if t in raw:
                    err(f'{r} mentions {t} (park of {other}); questions could be answered by two reports')
    for t in ABSENT_PARKS:
        if t in raw:
            err(f'{r} mentions absent park {t}')

def check_span(where, ans, src):
    if src not in texts:
        err(f'{where}: unknown source {src!r}')
        return
    if norm(ans) not in texts[src]:
        err(f'{where}: span {ans!r} not found in {src}')

# ---------- questions ----------
qs = []
with open(os.path.join(HERE, 'b_qa.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f'b_qa.jsonl line {ln}: empty line')
            continue
        qs.append(json.loads(line))
if not 105 <= len(qs) <= 115:
    err(f'{len(qs)} questions, expected 105-115')
seen_q = set()
for i, q in enumerate(qs, 1):
    w = q.get('id', f'line {i}')
    if list(q.keys()) != FIELDS:
        err(f'{w}: fields {list(q.keys())} != {FIELDS}')
    if q.get('id') != f'h8b-{i:03d}':
        err(f'{w}: expected id h8b-{i:03d}')
    if q['type'] not in TYPES:
        err(f'{w}: bad type {q["type"]}')
    if q['lang'] not in ('zh', 'en'):
        err(f'{w}: bad lang {q["lang"]}')
    if not isinstance(q['paraphrase'], bool):
        err(f'{w}: paraphrase not bool')
    en_words = len(re.findall(r'[A-Za-z]{2,}', q['question']))
    if q['lang'] == 'zh' and en_words > 2:
        err(f'{w}: lang zh but question has {en_words} English words')
    if q['lang'] == 'en' and en_words < 4:
        err(f'{w}: lang en but question has only {en_words} English words')
    if norm(q['question']) in seen_q:
        err(f'{w}: duplicate question')
    seen_q.add(norm(q['question']))
    if not any(t in q['question'] for t in ALL_PARK_TOKENS):
        err(f'{w}: question names no park/city')
    if q['type'] == 'refuse':
        if q['answers'] != [] or q['source'] is not None:
            err(f'{w}: refusal must have answers [] and source null')
    else:
        if not q['answers'] or q['source'] is None:
            err(f'{w}: non-refusal needs answers and a source')
            continue
        if len(set(q['answers'])) != len(q['answers']):
            err(f'{w}: duplicate answers')
        if not any(t in q['question'] for t in PARKS.get(q['source'], [])):
            err(f'{w}: question does not name a park of its source {q["source"]}')
        for a in q['answers']:
            if not isinstance(a, str) or not a.strip():
                err(f'{w}: empty/non-string answer')
            else:
                check_span(w, a, q['source'])

n = len(qs)
langs = Counter((q['lang'], q['paraphrase']) for q in qs)
types = Counter(q['type'] for q in qs)
srcs = Counter(q['source'] for q in qs)
ref = types['refuse']
zh_plain, zh_para = langs[('zh', False)], langs[('zh', True)]
en_all = langs[('en', False)] + langs[('en', True)]
print(f'questions: {n}; zh plain {zh_plain}, zh colloquial {zh_para}, en official {langs[("en", False)]}, en plain {langs[("en", True)]}')
print('types:', dict(types))
print('sources:', dict(srcs))
if not 0.50 <= zh_plain / n <= 0.60: err(f'zh plain share {zh_plain/n:.2f} not ~55%')
if not 0.15 <= zh_para / n <= 0.25: err(f'zh colloquial share {zh_para/n:.2f} not ~20%')
if not 0.20 <= en_all / n <= 0.30: err(f'en share {en_all/n:.2f} not ~25%')
if abs(langs[('en', False)] - langs[('en', True)]) > 3: err('en official/plain not about half and half')
if not 0.12 <= ref / n <= 0.18: err(f'refusal share {ref/n:.2f} not ~15%')
for t in TYPES:
    if types[t] == 0: err(f'no question of type {t}')

# ---------- conversations ----------
conv = json.load(open(os.path.join(HERE, 'b_conversations.json'), encoding='utf-8'))
if not isinstance(conv, list) or len(conv) != 7:
    err(f'expected 7 conversations, got {len(conv) if isinstance(conv, list) else type(conv)}')
conv_ref = 0
for ci, c in enumerate(conv, 1):
    if not 3 <= len(c) <= 4:
        err(f'conversation {ci}: {len(c)} turns, expected 3-4')
    if not any(t in c[0]['question'] for t in ALL_PARK_TOKENS):
        err(f'conversation {ci}: first turn names no park')
    for ti, turn in enumerate(c, 1):
        w = f'conversation {ci} turn {ti}'
        if sorted(turn.keys()) != ['answers', 'question', 'source']:
            err(f'{w}: keys {sorted(turn.keys())}')
        if turn['answers'] == []:
            conv_ref += 1
            if turn['source'] is not None:
                err(f'{w}: refused turn must have source null')
        else:
            if turn['source'] is None:
                err(f'{w}: answered turn needs a source')
                continue
            for a in turn['answers']:
                check_span(w, a, turn['source'])
print(f'conversations: {len(conv)}, turns {sum(len(c) for c in conv)}, refused turns {conv_ref}')
if not 2 <= conv_ref <= 4:
    err(f'{conv_ref} refused conversation turns, expected about 3')

if errors:
    print(f'\nFAILED: {len(errors)} problem(s)')
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('\nOK: all checks passed')
