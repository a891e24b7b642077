# Checks that each keyed string occurs in the pdftotext -layout output (whitespace collapsed, case-insensitive for names/roles)
import json, os, re, subprocess
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
for k in json.load(open(os.path.join(OUT, 'keys.json'))):
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {}); miss = []
    def chk(v, exact=False):
        if not (v in txt if exact else v.lower() in txt.lower()): miss.append(v)
    for f in ('municipality', 'organ', 'office', 'proposing_office'):
        if f in a: chk(a[f])
    if 'subject' in a: chk(a['subject'], True)
    for p in a.get('attendees', []): chk(p['name']); chk(p['role'])
    for f in ('president', 'secretary'):
        if f in a:
            for v in a[f].values(): chk(v)
    print(k['file'], 'OK' if not miss else 'MISSING: %r' % miss)
