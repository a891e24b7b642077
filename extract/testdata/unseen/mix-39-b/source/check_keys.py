# checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed)
import json, os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
keys = json.load(open(os.path.join(OUT, 'keys.json')))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    checks = []
    if 'subject' in a: checks.append(('subject', a['subject'], True))
    for f in ('municipality', 'organ', 'office', 'proposing_office'):
        if f in a: checks.append((f, a[f], False))
    for p in ('president', 'secretary'):
        for f, v in a.get(p, {}).items(): checks.append((p + '.' + f, v, False))
    for i, at in enumerate(a.get('attendees', [])):
        checks.append(('att%d.name' % i, at['name'], True))
        if 'role' in at: checks.append(('att%d.role' % i, at['role'], False))
    if 'number' in a: checks.append(('number', str(a['number']), True))
    if 'date' in a:
        y, m, d = a['date'].split('-'); checks.append(('date', f'{d}/{m}/{y}', True))
    for name, v, cs in checks:
        hay = txt if cs else low; needle = v if cs else v.lower()
        if name == 'municipality': needle = re.sub(r'^(comune di|città di) ', '', needle)
        ok = needle in hay
        if not ok:
            bad += 1; print('MISSING', k['file'], name, repr(v))
print('missing:', bad)
