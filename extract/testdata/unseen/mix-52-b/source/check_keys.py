# checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive for names/roles)
import json, subprocess, re, sys, os
os.chdir(sys.argv[1] if len(sys.argv) > 1 else '.')
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in json.load(open('keys.json')):
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get('act', {})
    miss = []
    def chk(v, ci=True):
        if not (v.lower() in low if ci else v in txt): miss.append(v)
    if 'subject' in a: chk(a['subject'], ci=False)
    for f in ('organ', 'office', 'proposing_office'):
        if f in a: chk(a[f])
    chk(a['municipality'].split(' di ')[-1] if ' di ' in a['municipality'] else a['municipality'])
    for at in a.get('attendees', []): chk(at['name']); chk(at['role'])
    for f in ('president', 'secretary'):
        if f in a:
            for x in a[f].values(): chk(x)
    if 'time' in a: chk(a['time'])
    if 'date' in a:
        y, m, d = a['date'].split('-'); chk(f'{d}/{m}/{y}')
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], txt): miss.append(f'{f}={a[f]}')
    print(k['file'], 'OK' if not miss else 'MISSING: %s' % miss)
