# checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive)
import json, subprocess, re, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
for k in json.load(open('keys.json')):
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {}); miss = []
    def chk(label, v):
        if v is not None and norm(str(v)) not in txt: miss.append((label, v))
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'time'): chk(f, a.get(f))
    for f in ('number', 'sector_number', 'proposal_number'): chk(f, a.get(f))
    if 'date' in a:
        y, m, d = a['date'].split('-'); 
        if f'{d}/{m}/{y}' not in txt: miss.append(('date', a['date']))
    for at in a.get('attendees', []): chk('att', at['name']); chk('role', at['role'])
    for p in ('president', 'secretary'):
        if p in a:
            for f in a[p].values(): chk(p, f)
    print(k['file'], 'OK' if not miss else miss)
