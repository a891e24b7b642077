# checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed)
import json, subprocess, re, sys
K = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    def chk(label, v, ci=False):
        if not isinstance(v, str): return
        ok = (norm(v).lower() in low) if ci else (norm(v) in txt)
        if not ok: print(f"  MISSING {k['file']} {label}: {v!r}")
    a = k.get('act', {})
    for f in ('municipality', 'organ', 'office', 'kind', 'subject', 'proposing_office'):
        if f in a: chk(f, a[f], ci=(f != 'subject'))
    for p in a.get('attendees', []):
        chk('attendee', p['name'], True); chk('role', p.get('role'), True)
    for f in ('president', 'secretary'):
        if f in a:
            for kk, vv in a[f].items(): chk(f + '.' + kk, vv, True)
print('checked', len(K))
