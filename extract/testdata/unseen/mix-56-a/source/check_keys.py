# checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive)
import json, subprocess, re, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def norm(s): return re.sub(r'\s+', ' ', s.replace('’', "'")).strip().lower()
for k in json.load(open(os.path.join(D, 'keys.json'))):
    t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {}); miss = []
    def chk(v, lab):
        if isinstance(v, str) and norm(v) not in t: miss.append((lab, v))
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'): chk(a.get(f), f)
    for x in a.get('attendees', []): chk(x['name'], 'att'); chk(x['role'], 'role')
    for p in ('president', 'secretary'):
        for f, v in a.get(p, {}).items(): chk(v, p + '.' + f)
    print(k['file'], 'OK' if not miss else miss)
