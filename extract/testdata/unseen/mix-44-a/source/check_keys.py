# Check that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed).
import json, subprocess, re, os, sys
from common import OUT
keys = json.load(open(os.path.join(OUT, 'keys.json')))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in keys:
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for at in a.get('attendees', []): strs += [('att.name', at['name']), ('att.role', at['role'])]
    for p in ('president', 'secretary'):
        if p in a:
            for f, v in a[p].items(): strs.append((p + '.' + f, v))
    for f, s in strs:
        hit = (norm(s) in t) if f == 'subject' else (norm(s).lower() in tl)
        if not hit:
            bad += 1; print('MISSING', k['file'], f, repr(s))
print('done, missing:', bad)
