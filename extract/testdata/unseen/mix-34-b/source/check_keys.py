# check that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed)
import json, re, subprocess, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
keys = json.load(open('keys.json'))
bad = 0
for k in keys:
    txt = subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout
    flat = re.sub(r'\s+', ' ', txt)
    low = flat.lower()
    a = k.get('act', {})
    checks = []
    for f in ('subject',):
        if f in a: checks.append((f, a[f], True))
    for f in ('municipality', 'organ', 'office', 'proposing_office'):
        if f in a: checks.append((f, a[f], False))
    for p in a.get('attendees', []):
        checks.append(('attendee', p['name'], False)); checks.append(('role', p['role'], False))
    for who in ('president', 'secretary'):
        if who in a:
            for f in ('title', 'role', 'name'):
                if f in a[who]: checks.append((who + '.' + f, a[who][f], False))
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-'); checks.append((f, f'{d}/{m}/{y}', True))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: checks.append((f, str(a[f]), True))
    if 'time' in a:
        checks.append(('time', a['time'].replace(':', '[:,.]'), 're'))
    miss = []
    for name, val, exact in checks:
        if exact == 're':
            ok = re.search(val, flat) is not None
        elif exact:
            ok = val in flat
        else:
            ok = val.lower() in low
        if not ok: miss.append((name, val))
    print(k['file'], 'OK' if not miss else 'MISSING: %r' % miss)
    bad += len(miss)
sys.exit(1 if bad else 0)
