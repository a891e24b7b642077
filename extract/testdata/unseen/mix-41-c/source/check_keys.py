# Checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed).
import json, subprocess, re, os
here = os.path.dirname(os.path.abspath(__file__)); O = os.path.join(here, '..')
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in json.load(open(os.path.join(O, 'keys.json'))):
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(O, k['file']), '-'], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k.get('act', {}); miss = []
    def chk(label, s):
        if s and norm(s).lower() not in tl: miss.append('%s=%r' % (label, s))
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'kind'):
        chk(f, a.get(f))
    for f in ('president', 'secretary'):
        if f in a:
            for g in ('title', 'role', 'name'): chk(f + '.' + g, a[f][g])
    for x in a.get('attendees', []): chk('att', x['name']); chk('role', x['role'])
    if 'number' in a: chk('number', str(a['number']))
    if 'date' in a:
        y, m, d = a['date'].split('-')
        if '%s/%s/%s' % (d, m, y) not in t: miss.append('date %s (not as dd/mm/yyyy)' % a['date'])
    if 'time' in a: chk('time', a['time'])
    print(k['file'], 'OK' if not miss else 'MISSING: ' + '; '.join(miss))
