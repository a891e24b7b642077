# Checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed).
import json, os, re, subprocess
here = os.path.dirname(os.path.abspath(__file__)); out = os.path.join(here, '..')
keys = json.load(open(os.path.join(out, 'keys.json'), encoding='utf-8'))
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
for k in keys:
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(out, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {}); miss = []
    def chk(v, lab):
        if isinstance(v, str) and not re.fullmatch(r'\d{4}-\d\d-\d\d', v) and v not in ('unanimous', 'majority') and norm(v) not in t:
            miss.append((lab, v))
    for f, v in a.items():
        if f in ('attendees',):
            for x in v: chk(x['name'], 'att.name'); chk(x['role'], 'att.role')
        elif isinstance(v, dict):
            for f2, v2 in v.items(): chk(v2, f + '.' + f2)
        elif f != 'kind':
            chk(v, f)
    print(k['file'], 'OK' if not miss else miss)
