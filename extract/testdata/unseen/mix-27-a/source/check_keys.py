# checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed): names, roles, organs,
# offices case-insensitively and with apostrophes unified; subjects exactly; numbers as whole words; dates as dd/mm/yyyy
import json, subprocess, re, sys
K = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def apo(s): return s.replace('’', "'")
bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    low = apo(txt.lower())
    def chk(label, v, ci=True):
        global bad
        if not isinstance(v, str): return
        ok = (apo(norm(v).lower()) in low) if ci else (norm(v) in txt)
        if not ok: bad += 1; print(f"  MISSING {k['file']} {label}: {v!r}")
    a = k.get('act', {})
    for f in ('municipality', 'organ', 'office', 'kind', 'subject', 'proposing_office', 'time'):
        if f in a: chk(f, a[f], ci=(f != 'subject'))
    for p in a.get('attendees', []):
        chk('attendee', p['name']); chk('role', p.get('role'))
    for f in ('president', 'secretary'):
        for kk, vv in a.get(f, {}).items(): chk(f + '.' + kk, vv)
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], txt): bad += 1; print(f"  MISSING {k['file']} {f}: {a[f]}")
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-')
            if f'{d}/{m}/{y}' not in txt: print(f"  ({f} {a[f]} not printed as dd/mm/yyyy in {k['file']})")
print('checked', len(K), 'files,', bad, 'missing')
