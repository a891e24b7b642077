# checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed)
import json, os, re, subprocess, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in json.load(open(os.path.join(D, 'keys.json'))):
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    checks = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'kind'):
        if f in a: checks.append((f, a[f]))
    for p in ('president', 'secretary'):
        if p in a:
            for f, v in a[p].items(): checks.append((p + '.' + f, v))
    for r in a.get('attendees', []):
        checks.append(('attendee', r['name'])); checks.append(('role', r['role']))
    miss = [(f, v) for f, v in checks if norm(v).lower() not in low]
    print(k['file'], 'OK' if not miss else 'MISSING:')
    for f, v in miss: print('    ', f, '=', v)
