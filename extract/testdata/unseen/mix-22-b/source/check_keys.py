# Checks that every keyed string occurs in `pdftotext -layout` (whitespace
# collapsed, case-insensitive for names/roles/organs; exact for subjects).
import json, re, subprocess, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
keys = json.load(open(os.path.join(D, 'keys.json')))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in keys:
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {})
    checks = []
    for f in ('municipality', 'organ', 'office', 'proposing_office'):
        if f in a: checks.append((f, a[f], False))
    if 'subject' in a: checks.append(('subject', a['subject'], True))
    for at in a.get('attendees', []):
        checks += [('att.name', at['name'], False), ('att.role', at['role'], False)]
    for p in ('president', 'secretary'):
        if p in a:
            for f, v in a[p].items(): checks.append((p + '.' + f, v, False))
    for f, v, exact in checks:
        ok = (v in t) if exact else (v.lower() in t.lower())
        if not ok:
            bad += 1
            print(f"MISSING {k['file']}: {f} = {v!r}")
print('checked', len(keys), 'files;', bad, 'missing')
