import json, subprocess, re
keys = json.load(open('/tmp/unseen8/python-8/keys.json'))
bad = 0
for k in keys:
    t = subprocess.run(['pdftotext', k['file'], '-'], capture_output=True, text=True).stdout
    t = re.sub(r'\s+', ' ', t)
    tl = t.lower()
    a = k['act']
    def chk(v, what, exact=False):
        global bad
        ok = (v in t) if exact else (v.lower() in tl)
        if not ok:
            bad += 1; print('MISSING', k['file'], what, repr(v))
    chk(a['subject'], 'subject', True)
    for f in ('organ', 'office'):
        if f in a: chk(a[f], f)
    for p in a.get('attendees', []):
        chk(p['name'], 'attendee')
        if 'role' in p: chk(p['role'], 'role')
    for f in ('president', 'secretary'):
        for g, v in a.get(f, {}).items(): chk(v, f + '.' + g)
    if 'number' in a: chk(str(a['number']), 'number')
    d = a['date']; chk('/'.join(reversed(d.split('-'))), 'date')
    if 'time' in a: chk(a['time'], 'time')
print('problems:', bad)
