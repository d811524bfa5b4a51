#!/usr/bin/env python3
"""Checker for held-out set part A: verifies every gold answer span occurs verbatim
in its source report after NFKC normalisation and whitespace removal."""
import json, sys, unicodedata, re, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.join(HERE, 'reports')

def extract(path):
    if path.endswith('.docx'):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return '\n'.join(parts)
    with open(path, encoding='utf-8') as f:
        return f.read()

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))

def cjk(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))

TYPES = {'amount','count','percent','date','name','list','phrase','rank','refuse'}
cache = {}
def text_of(src):
    if src not in cache:
        cache[src] = norm(extract(os.path.join(REPORTS, src)))
    return cache[src]

errors = []
def check_item(where, q, answers, source, typ=None):
    if not q or not isinstance(q, str):
        errors.append(f'{where}: empty question')
    if typ is not None and typ not in TYPES:
        errors.append(f'{where}: bad type {typ}')
    if answers == []:
        if source is not None:
            errors.append(f'{where}: refusal must have source null')
        if typ is not None and typ != 'refuse':
            errors.append(f'{where}: empty answers but type {typ}')
        return
    if typ == 'refuse':
        errors.append(f'{where}: type refuse but has answers')
    if not source or not os.path.exists(os.path.join(REPORTS, source)):
        errors.append(f'{where}: missing source {source}')
        return
    t = text_of(source)
    for a in answers:
        if not a or norm(a) not in t:
            errors.append(f'{where}: answer {a!r} not found in {source}')

# reports
reports = sorted(f for f in os.listdir(REPORTS) if f.startswith('a_'))
print('reports:')
for r in reports:
    raw = extract(os.path.join(REPORTS, r))
    n = cjk(raw)
    flag = '' if 3000 <= n <= 4500 else '  <-- outside 3000-4500'
    print(f'  {r}: {n} CJK chars{flag}')
    if not (3000 <= n <= 4500):
        errors.append(f'{r}: CJK length {n}')

# qa
ids = set(); rows = []
with open(os.path.join(HERE, 'qa_a.jsonl'), encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        o = json.loads(line)
        rows.append(o)
        for k in ('id','question','answers','source','type','lang','paraphrase'):
            if k not in o:
                errors.append(f'line {ln}: missing key {k}')
        if o['id'] in ids:
            errors.append(f'duplicate id {o["id"]}')
        ids.add(o['id'])
        if o['lang'] not in ('zh','en'):
            errors.append(f'{o["id"]}: bad lang')
        check_item(o['id'], o['question'], o['answers'], o['source'], o['type'])

# conversations
convs = json.load(open(os.path.join(HERE, 'conversations_a.json'), encoding='utf-8'))
nref_conv = 0
for ci, conv in enumerate(convs):
    if not (2 <= len(conv) <= 4):
        errors.append(f'conv {ci}: {len(conv)} turns')
    for ti, turn in enumerate(conv):
        check_item(f'conv{ci}.turn{ti}', turn['question'], turn['answers'], turn['source'])
        if turn['answers'] == []:
            nref_conv += 1

n = len(rows)
print(f'qa items: {n}')
print('  by type :', dict(Counter(o['type'] for o in rows)))
print('  by lang :', dict(Counter(o['lang'] for o in rows)))
print('  paraphrase (zh only):', sum(1 for o in rows if o['lang']=='zh' and o['paraphrase']),
      ' plain zh:', sum(1 for o in rows if o['lang']=='zh' and not o['paraphrase']))
print('  refusals:', sum(1 for o in rows if o['answers']==[]), f'({100*sum(1 for o in rows if o["answers"]==[])/n:.1f}%)')
print('  by source:', dict(Counter(o['source'] for o in rows)))
print(f'conversations: {len(convs)}, turns: {sum(len(c) for c in convs)}, refused turns: {nref_conv}')
if nref_conv < 1:
    errors.append('no refused conversation turn')
if errors:
    print(f'FAILED: {len(errors)} problem(s)')
    for e in errors: print('  -', e)
    sys.exit(1)
print('ALL CHECKS PASSED')
