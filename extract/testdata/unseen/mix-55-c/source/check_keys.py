# Checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed, case-insensitive for names/organs)
import json, subprocess, re, sys, os
d = sys.argv[1] if len(sys.argv) > 1 else '.'
K = json.load(open(os.path.join(d, 'keys.json')))
def txt(f): return re.sub(r'\s+', ' ', subprocess.run(['pdftotext', '-layout', os.path.join(d, f), '-'], capture_output=True, text=True).stdout)
bad = 0
for k in K:
    t = txt(k['file']); tl = t.lower(); a = k.get('act', {})
    def chk(label, s, ci=True):
        global bad
        ok = (s.lower() in tl) if ci else (s in t)
        if not ok: bad += 1; print('MISSING', k['file'], label, repr(s))
    for f in ('municipality', 'organ', 'office', 'proposing_office'):
        if f in a: chk(f, a[f])
    if 'subject' in a: chk('subject', a['subject'], ci=False)
    if 'kind' in a: chk('kind', a['kind'])
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: chk(f, str(a[f]))
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, dd = a[f].split('-'); chk(f, '%s/%s/%s' % (dd, m, y))
    if 'time' in a: chk('time', a['time'])
    for x in a.get('attendees', []): chk('att', x['name']); chk('role', x['role'])
    for p in ('president', 'secretary'):
        if p in a:
            for v in a[p].values(): chk(p, v)
print('checked', len(K), 'keys;', bad, 'missing')
