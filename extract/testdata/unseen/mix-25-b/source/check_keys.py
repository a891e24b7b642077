#!/usr/bin/env python3
"""Checks that every keyed string occurs in the pdftotext -layout output (whitespace collapsed).
Subjects exactly; names, roles, organs, offices, municipality case-insensitively; numbers and dates in a printed form."""
import json, os, re, subprocess, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
keys = json.load(open(os.path.join(D, 'keys.json')))
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
miss = 0
for k in keys:
    f = os.path.join(D, k['file'])
    txt = ws(subprocess.run(['pdftotext', '-layout', f, '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    def need(label, s, exact=False):
        global miss
        ok = (s in txt) if exact else (s.lower() in low)
        if not ok:
            miss += 1; print(f'MISS {k["file"]}: {label}: {s!r}')
    for fld in ('municipality', 'organ', 'office', 'kind', 'proposing_office', 'time'):
        if fld in a:
            v = a[fld]
            if fld == 'municipality' and v.startswith('Città di') and v.lower() not in low:
                v = v.upper()
            need(fld, v)
    if 'subject' in a: need('subject', a['subject'], exact=True)
    for fld in ('number', 'sector_number', 'proposal_number'):
        if fld in a and not re.search(r'(?<!\d)%d(?!\d)' % a[fld], txt): need(fld, str(a[fld]))
    for fld in ('date', 'proposal_date'):
        if fld in a:
            y, m, d = a[fld].split('-')
            if not any(x in txt for x in (f'{d}/{m}/{y}', f'{d}.{m}.{y}')): need(fld, a[fld])
    for p in a.get('attendees', []):
        need('attendee', p['name']); need('attendee role', p['role'])
    for who in ('president', 'secretary'):
        for fld, v in a.get(who, {}).items(): need(f'{who}.{fld}', v)
print(f'{len(keys)} keys checked, {miss} misses')
sys.exit(0)
