# checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed, case-insensitive for names/organs)
import json, subprocess, re, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in json.load(open(os.path.join(D, 'keys.json'))):
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {}); miss = []
    strs = [('subject', a.get('subject'), False)]
    for f in ('municipality', 'organ', 'office'):
        strs.append((f, a.get(f), True))
    for x in a.get('attendees', []):
        strs.append(('att', x['name'], False)); strs.append(('role', x.get('role'), True))
    for p in ('president', 'secretary'):
        for f in ('title', 'role', 'name'):
            strs.append((p + '.' + f, a.get(p, {}).get(f), True))
    for lab, s, ci in strs:
        if not s: continue
        hay, nd = (t.lower(), norm(s).lower()) if ci else (t, norm(s))
        hay = hay.replace('’', "'"); nd = nd.replace('’', "'") if ci else nd
        if nd not in (hay if ci else t): miss.append((lab, s))
    print(k['file'], 'OK' if not miss else miss)
