#!/usr/bin/env python
"""Checker for heldout_v11 part B: every gold span must occur in its source report
(after NFKC normalisation and removal of all whitespace); also ids, types, refusal convention, counts."""
import json, os, re, sys, unicodedata, collections

D = os.path.dirname(os.path.abspath(__file__))
TYPES = {'amount', 'percent', 'count', 'date', 'rank', 'name', 'list', 'phrase', 'refuse'}


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def fmt_cell(v, nf):
    if v is None:
        return ''
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        m = re.search(r'0\.(0+)', nf or '')
        if m:
            s = '%.*f' % (len(m.group(1)), v)
        elif isinstance(v, float) and v.is_integer():
            s = str(int(v))
        else:
            s = str(v)
        if nf and '#,##' in nf:
            ip, _, fp = s.partition('.')
            s = '{:,}'.format(int(ip)) + ('.' + fp if fp else '')
        return s
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
                parts.extend(c.text for c in row.cells)
        return '\n'.join(parts)
    if ext == 'xlsx':
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                parts.append('\t'.join(fmt_cell(c.value, c.number_format) for c in row))
        return '\n'.join(parts)
    if ext == 'pdf':
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
    raise ValueError('unsupported ' + path)


_cache = {}


def text_of(src):
    if src not in _cache:
        _cache[src] = norm(extract(os.path.join(D, src)))
    return _cache[src]


def main():
    errors = []
    sources = sorted(f for f in os.listdir(D) if f.startswith('b_') and f.rsplit('.', 1)[-1] in ('pdf', 'md', 'xlsx'))
    for s in sources:
        n = len(re.findall(r'[\u4e00-\u9fff]', extract(os.path.join(D, s))))
        print('%-50s CJK chars: %d' % (s, n))
        if not 3000 <= n <= 4500:
            errors.append('%s: CJK length %d outside 3000-4500' % (s, n))

    rows = [json.loads(l) for l in open(os.path.join(D, 'b_qa.jsonl'), encoding='utf-8') if l.strip()]
    if not 105 <= len(rows) <= 115:
        errors.append('qa count %d not in 105..115' % len(rows))
    for i, r in enumerate(rows, 1):
        exp = 'h11b-%03d' % i
        if r.get('id') != exp:
            errors.append('id %r should be %s' % (r.get('id'), exp))
        keys = {'id', 'question', 'answers', 'source', 'type', 'lang', 'paraphrase'}
        if set(r) != keys:
            errors.append('%s: keys %s' % (r.get('id'), sorted(r)))
        if r['type'] not in TYPES:
            errors.append('%s: bad type %s' % (r['id'], r['type']))
        if r['lang'] not in ('zh', 'en') or not isinstance(r['paraphrase'], bool):
            errors.append('%s: bad lang/paraphrase' % r['id'])
        if r['type'] == 'refuse':
            if r['answers'] != [] or r['source'] is not None:
                errors.append('%s: refusal must have answers [] and source null' % r['id'])
            continue
        if not r['answers'] or r['source'] not in sources:
            errors.append('%s: answers empty or bad source %r' % (r['id'], r['source']))
            continue
        t = text_of(r['source'])
        for a in r['answers']:
            if norm(a) not in t:
                errors.append('%s: span %r not in %s' % (r['id'], a, r['source']))
        if not any(ch in r['question'] for ch in ('舶贤', '舳港', '赉山', '赟航', '舫湖', '艄贺', '舲贻', '舸源', '赐江', '舫东')) \
                and not re.search(r'Boxian|Zhugang|Laishan|Yunhang|Fanghu|Shaohe|Lingyi|Geyuan|Cijiang|Fangdong', r['question']):
            errors.append('%s: question names no park' % r['id'])

    c = collections.Counter
    print('questions:', len(rows))
    print(' by lang/paraphrase:', dict(c((r['lang'], r['paraphrase']) for r in rows)))
    print(' by type:', dict(c(r['type'] for r in rows)))
    print(' by source:', dict(c(r['source'] for r in rows)))
    nref = sum(r['type'] == 'refuse' for r in rows)
    print(' refusals: %d (%.1f%%)' % (nref, 100 * nref / len(rows)))

    convs = json.load(open(os.path.join(D, 'b_conversations.json'), encoding='utf-8'))
    if len(convs) != 7:
        errors.append('conversation count %d != 7' % len(convs))
    cref = 0
    for ci, conv in enumerate(convs, 1):
        if not 3 <= len(conv) <= 4:
            errors.append('conv %d has %d turns' % (ci, len(conv)))
        for ti, turn in enumerate(conv, 1):
            if set(turn) != {'question', 'answers', 'source'}:
                errors.append('conv %d turn %d keys %s' % (ci, ti, sorted(turn)))
                continue
            if turn['answers'] == []:
                cref += 1
                if turn['source'] is not None:
                    errors.append('conv %d turn %d: refusal needs source null' % (ci, ti))
                continue
            if turn['source'] not in sources:
                errors.append('conv %d turn %d bad source' % (ci, ti))
                continue
            for a in turn['answers']:
                if norm(a) not in text_of(turn['source']):
                    errors.append('conv %d turn %d: span %r not in %s' % (ci, ti, a, turn['source']))
    print('conversations: %d, turns: %d, refused turns: %d' % (len(convs), sum(map(len, convs)), cref))
    if not 2 <= cref <= 4:
        errors.append('refused conversation turns %d, expected about 3' % cref)

    if errors:
        print('\nFAILED (%d):' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
