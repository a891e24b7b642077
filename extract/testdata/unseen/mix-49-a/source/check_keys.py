# Checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed) of its PDF.
import json, re, subprocess, sys, os
d = sys.argv[1] if len(sys.argv) > 1 else '..'
keys = json.load(open(os.path.join(d, 'keys.json')))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(d, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for p in a.get('attendees', []):
        strs += [('attendee', p['name']), ('role', p['role'])]
    for who in ('president', 'secretary'):
        for f, v in a.get(who, {}).items(): strs.append((who + '.' + f, v))
    for f, v in strs:
        ok = (v in txt) if f == 'subject' else (norm(v).lower() in low)
        if not ok:
            bad += 1; print('MISSING', k['file'], f, repr(v))
print('checked', len(keys), 'keys;', bad, 'missing')
