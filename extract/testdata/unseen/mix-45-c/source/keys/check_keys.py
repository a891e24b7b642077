# Checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed, case-insensitive).
import json, re, subprocess, sys, os
D = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
bad = 0
for k in json.load(open(os.path.join(D, 'keys.json'))):
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {})
    strs = [a.get(f) for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'kind')]
    for f in ('president', 'secretary'):
        if f in a: strs += [a[f].get('title'), a[f].get('role'), a[f].get('name')]
    for at in a.get('attendees', []): strs += [at['name'], at['role']]
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: strs.append(str(a[f]))
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-'); cands = [f'{d}/{m}/{y}', f'{d}-{m}-{y}']
            if not any(c in txt for c in cands): print(k['file'], 'DATE?', a[f]); bad += 1
    if 'time' in a and a['time'] not in txt: print(k['file'], 'TIME?', a['time']); bad += 1
    for s in strs:
        if s and norm(s) not in txt: print(k['file'], 'MISSING:', s); bad += 1
print('problems:', bad)
