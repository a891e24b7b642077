import json, subprocess, re
K = json.load(open('keys.json'))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
for k in K:
    t = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k.get('act', {})
    strs = []
    for f in ['municipality', 'organ', 'office', 'kind', 'subject', 'proposing_office', 'time']:
        if f in a: strs.append((f, a[f]))
    for f in ['president', 'secretary']:
        if f in a:
            for g in a[f].values(): strs.append((f, g))
    for x in a.get('attendees', []): strs += [('att', x['name']), ('role', x['role'])]
    for f in ['number', 'sector_number', 'proposal_number']:
        if f in a: strs.append((f, str(a[f])))
    for f, s in strs:
        ok = (s in t) if f == 'subject' else (norm(s).lower() in tl)
        if not ok: print(k['file'], 'MISSING', f, repr(s))
    for f in ['date', 'proposal_date']:
        if f in a:
            y, m, d = a[f].split('-'); s = f'{d}/{m}/{y}'
            if s not in t: print(k['file'], 'date not as dd/mm/yyyy', f, s)
print('checked')
