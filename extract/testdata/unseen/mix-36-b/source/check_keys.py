import json, subprocess, re, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
K = json.load(open(os.path.join(D, 'keys.json')))
def norm(s):
    s = s.replace('’', "'").replace('‘', "'")
    return re.sub(r'\s+', ' ', s).strip()
for k in K:
    t = subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout
    tn = norm(t); tl = tn.lower()
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for at in a.get('attendees', []):
        strs.append(('att', at['name']))
        if 'role' in at: strs.append(('attrole', at['role']))
    for p in ('president', 'secretary'):
        if p in a:
            for f in ('title', 'role', 'name'): strs.append((p + '.' + f, a[p][f]))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: strs.append((f, str(a[f])))
    if 'date' in a:
        y, m, d = a['date'].split('-'); strs.append(('date', f'{d}/{m}/{y}'))
    if 'time' in a: strs.append(('time', a['time']))
    miss = []
    for f, s in strs:
        ok = (norm(s) in tn) if f == 'subject' else (norm(s).lower() in tl)
        if not ok: miss.append((f, s))
    print(k['file'], 'OK' if not miss else miss)
