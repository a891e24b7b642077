# checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed, case-insensitive for names/organs)
import json, subprocess, re, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
keys = json.load(open('keys.json'))
for k in keys:
    t = subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout
    T = re.sub(r'\s+', ' ', t)
    a = k['act']; miss = []
    def chk(label, s, ci=True):
        if s is None: return
        hay, nd = (T.lower(), s.lower()) if ci else (T, s)
        if re.sub(r'\s+', ' ', nd) not in hay: miss.append(f'{label}: {s}')
    chk('subject', a.get('subject'), False)
    for f in ('municipality', 'organ', 'office', 'proposing_office'): chk(f, a.get(f))
    for p in a.get('attendees', []): chk('attendee', p['name']); chk('role', p.get('role'))
    for f in ('president', 'secretary'):
        if f in a:
            for g in ('title', 'role', 'name'): chk(f + '.' + g, a[f].get(g))
    print(k['file'], 'OK' if not miss else 'MISSING: ' + ' | '.join(miss))
