# For each key: is every keyed string in the clean (printed) PDF text and in the OCR text layer?
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
def txt(p): return norm(subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True).stdout)
def strings(a):
    for k, v in a.items():
        if isinstance(v, str) and k not in ('date', 'kind'): yield k, v
        elif isinstance(v, dict) and k in ('president', 'secretary'):
            for kk, vv in v.items(): yield k + '.' + kk, vv
        elif k == 'attendees':
            for i, r in enumerate(v): yield 'att%d.name' % i, r['name']; yield 'att%d.role' % i, r['role']
        elif isinstance(v, int) and not isinstance(v, bool) and k != 'vote_counts': yield k, str(v)
for key in json.load(open(os.path.join(OUT, 'keys.json'))):
    f = key['file']; a = key.get('act', {})
    clean = txt(os.path.join(HERE, 'clean', f)); ocr = txt(os.path.join(OUT, f))
    print('==', f)
    for k, v in strings(a):
        ic = v.lower() in clean.lower(); io = v in ocr; iol = v.lower() in ocr.lower()
        if not (ic and io):
            print('   %-16s clean=%s ocr=%s(ci=%s) %r' % (k, ic, io, iol, v))

# ---- where the OCR differs: the closest window of the OCR text to each keyed string
import difflib
def closest(v, text):
    best = (0, '')
    L = len(v); vl = v.lower()
    tl = text.lower()
    # seed on the first word-ish chunk(s)
    for step in (0,):
        for i in range(0, max(1, len(text) - L // 2), max(1, L // 8)):
            w = tl[i:i + L + 10]
            r = difflib.SequenceMatcher(None, vl, w).ratio()
            if r > best[0]: best = (r, i)
    i = best[1]
    # refine
    cand = []
    for a in range(max(0, i - L // 4), i + L // 4 + 1):
        for b in range(L - 12, L + 12):
            w = text[a:a + b]
            cand.append((difflib.SequenceMatcher(None, v, w).ratio(), w))
    return max(cand) if cand else (0, '')
if '--diff' in sys.argv:
    for key in json.load(open(os.path.join(OUT, 'keys.json'))):
        f = key['file']; a = key.get('act', {})
        ocr = txt(os.path.join(OUT, f))
        for k, v in strings(a):
            if len(v) > 3 and v not in ocr:
                r, w = closest(v, ocr)
                print('%s | %s\n   KEY: %s\n   OCR: %s' % (f, k, v, w))
