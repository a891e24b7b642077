# checks every keyed string against pdftotext -layout output (whitespace collapsed); run from OUTDIR: python3 source/check_keys.py
import json, subprocess, re
K = json.load(open('keys.json'))
MESI = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def loose(s): return norm(s).lower().replace('’', "'")
def dforms(iso):
    y, m, d = iso.split('-')
    return [f'{d}/{m}/{y}', f'{d}.{m}.{y}', f'{d}-{m}-{y}', f'{int(d)} {MESI[int(m) - 1]} {y}']
bad = 0
def miss(*a):
    global bad; bad += 1; print('MISSING', *a)
for k in K:
    t = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    tl = loose(t)
    a = k.get('act', {})
    def chk(label, s, exact=False):
        ok = (s in t) if exact else (loose(s) in tl)
        if not ok: miss(k['file'], label, repr(s))
    for f in ('municipality', 'organ', 'office', 'kind', 'proposing_office'):
        if f in a: chk(f, a[f])
    if 'subject' in a: chk('subject', a['subject'], exact=True)
    for f in ('date', 'proposal_date'):
        if f in a and not any(x in tl for x in dforms(a[f])):
            # every date keyed here is printed as dd/mm/yyyy or (Bastia Umbra) dd-mm-yyyy
            miss(k['file'], f, a[f])
    if 'time' in a and a['time'] not in t and a['time'].replace(':', '.') not in t: miss(k['file'], 'time', a['time'])
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], t): miss(k['file'], f, a[f])
    for p in ('president', 'secretary'):
        for f in ('title', 'role', 'name'):
            if f in a.get(p, {}): chk(p + '.' + f, a[p][f])
    for at in a.get('attendees', []):
        chk('attendee', at['name']); chk('role', at['role'])
    for c in a.get('cited_acts', []):
        if 'date' in c:
            pats = [r'n\.\s?%d\s+(?:del|di data)\s+%s' % (c['number'], re.escape(x)) for x in dforms(c['date'])]
            if not any(re.search(p, tl) for p in pats): miss(k['file'], 'cited', c)
        if 'organ' in c: chk('cited organ', c['organ'])
    vc = a.get('vote_counts')
    if vc and not all(re.search(r'\b%d\b' % v, t) for v in vc.values()): miss(k['file'], 'vote_counts')
print('bad', bad)
