#!/usr/bin/env python3
"""Compare every keyed string/number with (a) the HTML source text and (b) the OCR text layer."""
import difflib, json, re, subprocess, html, os, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = json.load(open(os.path.join(D, 'keys.json')))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def src_text(name):
    h = open(os.path.join(D, 'source', name.replace('.pdf', '.html'))).read()
    h = re.sub(r'<style.*?</style>', '', h, flags=re.S)
    h = re.sub(r'<br\s*/?>', ' ', h); h = re.sub(r'<[^>]+>', ' ', h)
    return norm(html.unescape(h))
for k in keys:
    f = k['file']; src = src_text(f)
    ocr = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, f), '-'], capture_output=True, text=True).stdout)
    ocr_raw = norm(subprocess.run(['pdftotext', os.path.join(D, f), '-'], capture_output=True, text=True).stdout)
    print('==', f)
    a = k.get('act', {})
    vals = []
    for fld in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'time'):
        if fld in a: vals.append((fld, a[fld]))
    for fld in ('number', 'sector_number', 'proposal_number'):
        if fld in a: vals.append((fld, str(a[fld])))
    if 'date' in a:
        y, m, d = a['date'].split('-'); vals.append(('date', [f'{d}/{m}/{y}', f'{d}-{m}-{y}']))
    for at in a.get('attendees', []): vals.append(('attendee', at['name']))
    for p in ('president', 'secretary'):
        if p in a: vals.append((p, a[p]['name']))
    for fld, v in vals:
        vs = v if isinstance(v, list) else [v]
        ins = any(x.lower() in src.lower() for x in vs)
        ino = any(x.lower() in ocr.lower() for x in vs) or any(x.lower() in ocr_raw.lower() for x in vs)
        print(f'  {fld:16} src={"ok" if ins else "MISSING"} ocr={"ok" if ino else "DIFF"}  {vs[0][:70]}')
        if not ino:
            for t, lab in ((ocr, 'layout'), (ocr_raw, 'raw')):
                sm = difflib.SequenceMatcher(None, t.lower(), vs[0].lower(), autojunk=False)
                m = sm.find_longest_match(0, len(t), 0, len(vs[0]))
                st = max(0, m.a - m.b - 5)
                print(f'      {lab}: ...{t[st:st + len(vs[0]) + 25]}...')
