# Checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed)
import json, subprocess, os, re
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
for k in json.load(open(os.path.join(D, 'keys.json'))):
    t = subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout
    t = re.sub(r'\s+', ' ', t)
    tl = t.lower()
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for f in ('president', 'secretary'):
        if f in a:
            for g in ('title', 'role', 'name'):
                if g in a[f]: strs.append((f + '.' + g, a[f][g]))
    for i, at in enumerate(a.get('attendees', [])):
        strs.append(('att%d.name' % i, at['name']))
        if 'role' in at: strs.append(('att%d.role' % i, at['role']))
    for f, s in strs:
        ok = (s in t) if f == 'subject' else (s.lower() in tl)
        if not ok:
            print('MISSING', k['file'], f, repr(s))
print('checked')
