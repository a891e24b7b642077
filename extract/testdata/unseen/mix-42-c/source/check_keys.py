import json, subprocess, re, sys, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
K = json.load(open(os.path.join(D, 'keys.json'), encoding='utf-8'))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in K:
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k.get('act', {})
    miss = []
    def chk(label, s, ci=True):
        if s is None: return
        if (s.lower() in tl) if ci else (s in t): return
        miss.append(f'{label}: {s!r}')
    chk('subject', a.get('subject'), ci=False)
    for f in ('municipality', 'organ', 'office', 'proposing_office'): chk(f, a.get(f))
    for r in a.get('attendees', []): chk('att.name', r['name']); chk('att.role', r['role'])
    for w in ('president', 'secretary'):
        p = a.get(w)
        if p:
            for f in ('title', 'role', 'name'): chk(w + '.' + f, p.get(f))
    if 'number' in a: chk('number', str(a['number']))
    if 'date' in a:
        y, m, d = a['date'].split('-'); chk('date', f'{d}/{m}/{y}') if f'{d}/{m}/{y}' in t else miss.append('date(dd/mm/yyyy) ' + a['date'])
    if 'time' in a: chk('time', a['time'])
    print(k['file'], 'OK' if not miss else 'MISSING: ' + '; '.join(miss))
