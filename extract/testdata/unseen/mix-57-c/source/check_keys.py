# Checks that every keyed string occurs in the pdftotext -layout output (whitespace collapsed).
import json, subprocess, sys, re, os
d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = json.load(open(os.path.join(d, 'keys.json'), encoding='utf-8'))
bad = 0
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(d, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for p in a.get('attendees', []): strs += [('attendee', p['name']), ('role', p['role'])]
    for who in ('president', 'secretary'):
        for f, v in a.get(who, {}).items(): strs.append((who + '.' + f, v))
    for f, v in strs:
        exact = norm(v) in txt
        ci = norm(v).lower() in low
        if not exact:
            print('%-45s %-16s %s %r' % (k['file'], f, 'case-only' if ci else 'MISSING', v))
            if not ci: bad += 1
print('missing:', bad)
