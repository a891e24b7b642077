# checks every keyed string against pdftotext -layout output (whitespace collapsed); run from OUTDIR
import json, subprocess, re, sys, unicodedata
K = json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def loose(s): return norm(s).lower().replace('’', "'")
bad = 0
for k in K:
    t = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    tl = loose(t)
    a = k.get('act', {})
    def chk(label, s, exact=False):
        global bad
        ok = (s in t) if exact else (loose(s) in tl)
        if not ok: bad += 1; print('MISSING', k['file'], label, repr(s))
    for f in ('municipality', 'organ', 'office', 'kind', 'proposing_office'):
        if f in a: chk(f, a[f])
    if 'subject' in a: chk('subject', a['subject'], exact=True)
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-'); chk(f, f'{d}/{m}/{y}')
    if 'time' in a and a['time'] not in t and a['time'].replace(':', '.') not in t: bad += 1; print('MISSING time', k['file'], a['time'])
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], t): bad += 1; print('MISSING', f, k['file'])
    for p in ('president', 'secretary'):
        for f in ('title', 'role', 'name'):
            if f in a.get(p, {}): chk(p + '.' + f, a[p][f])
    for at in a.get('attendees', []):
        chk('attendee', at['name']); chk('role', at['role'])
    for c in a.get('cited_acts', []):
        if 'date' in c:
            y, m, d = c['date'].split('-')
            if not re.search(r'n\. %d del %s' % (c['number'], re.escape(f'{d}/{m}/{y}')), t): bad += 1; print('MISSING cited', k['file'], c)
print('bad', bad)
