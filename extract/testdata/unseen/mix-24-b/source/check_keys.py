import json, subprocess, re, sys
K = json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in K:
    t = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k.get('act', {})
    def chk(label, s, exact=False):
        global bad
        ok = (s in t) if exact else (norm(s).lower() in tl)
        if not ok: bad += 1; print('MISSING', k['file'], label, repr(s))
    for f in ('municipality', 'organ', 'office', 'kind'):
        if f in a: chk(f, a[f])
    if 'subject' in a: chk('subject', a['subject'], exact=True)
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-'); chk(f, f'{d}/{m}/{y}')
    if 'time' in a: 
        if a['time'] not in t and a['time'].replace(':', '.') not in t: bad += 1; print('MISSING time', k['file'], a['time'])
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], t): bad += 1; print('MISSING', f, k['file'])
    for p in ('president', 'secretary'):
        if p in a:
            for f in ('title', 'role', 'name'):
                if f in a[p]: chk(p + '.' + f, a[p][f])
    for at in a.get('attendees', []):
        chk('attendee', at['name']); chk('role', at['role'])
print('bad', bad)
