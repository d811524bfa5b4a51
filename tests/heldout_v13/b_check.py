"""Checks set B: extracts the text of every report and asserts that every answer occurs verbatim.
Run with the venv: /tmp/heldout_v13/venv_b/bin/python check.py"""
import json, os, re, sys, unicodedata, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REP = os.path.join(HERE, 'reports')

def extract(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext in ('txt', 'md'):
        raw = open(path, 'rb').read()
        for enc in ('utf-8-sig', 'gb18030'):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                pass
        raise ValueError(path)
    if ext in ('html', 'htm'):
        from bs4 import BeautifulSoup
        return BeautifulSoup(open(path, 'rb').read(), 'html.parser').get_text('\n')
    if ext == 'docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append('\t'.join(c.text for c in r.cells))
        return '\n'.join(parts)
    if ext == 'pdf':
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return '\n'.join(p.extract_text() or '' for p in pdf.pages)
    if ext == 'xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, datetime.datetime):
                        v = v.strftime('%Y-%m-%d')
                    cells.append(str(v))
                out.append('\t'.join(cells))
        return '\n'.join(out)
    raise ValueError(path)

def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))

def cjk(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))

def main():
    texts, errors = {}, []
    for fn in sorted(os.listdir(REP)):
        t = extract(os.path.join(REP, fn))
        texts[fn] = norm(t)
        n = cjk(t)
        print('%-50s %5d CJK chars' % (fn, n))
        if not 3000 <= n <= 4500:
            errors.append('%s: %d CJK chars outside 3000-4500' % (fn, n))
    qa = [json.loads(l) for l in open(os.path.join(HERE, 'qa.jsonl'), encoding='utf-8') if l.strip()]
    ids = set()
    for q in qa:
        assert set(q) == {'id', 'question', 'answers', 'source', 'type', 'lang', 'paraphrase'}, q['id']
        assert q['id'] not in ids, q['id']; ids.add(q['id'])
        assert q['type'] in 'amount percent count date name list phrase rank refuse'.split(), q['id']
        assert q['lang'] in ('zh', 'en') and isinstance(q['paraphrase'], bool), q['id']
        assert q['source'] in texts, (q['id'], q['source'])
        if q['type'] == 'refuse':
            if q['answers']:
                errors.append('%s: refusal with answers' % q['id'])
            continue
        if not q['answers']:
            errors.append('%s: no answers' % q['id'])
        for a in q['answers']:
            if norm(a) not in texts[q['source']]:
                errors.append('%s: answer %r not in %s' % (q['id'], a, q['source']))
    convs = json.load(open(os.path.join(HERE, 'conversations.json'), encoding='utf-8'))
    nturns = 0
    for i, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            errors.append('conversation %d has %d turns' % (i, len(conv)))
        for j, t in enumerate(conv, 1):
            nturns += 1
            assert set(t) == {'question', 'answers', 'source'}, (i, j)
            assert t['source'] in texts, (i, j)
            for a in t['answers']:
                if norm(a) not in texts[t['source']]:
                    errors.append('conv %d turn %d: answer %r not in %s' % (i, j, a, t['source']))
    ans = [q for q in qa if q['type'] != 'refuse']
    print('questions: %d (answerable %d, refuse %d)' % (len(qa), len(ans), len(qa) - len(ans)))
    print('lang:', dict(Counter(q['lang'] for q in qa)), ' paraphrase:', sum(q['paraphrase'] for q in qa))
    print('type:', dict(Counter(q['type'] for q in qa)))
    print('source:', dict(Counter(q['source'] for q in qa)))
    print('conversations: %d, turns: %d' % (len(convs), nturns))
    if errors:
        print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
    print('OK: every answer occurs verbatim in its report')

if __name__ == '__main__':
    main()
