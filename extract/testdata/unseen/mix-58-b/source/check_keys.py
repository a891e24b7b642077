import json, re, subprocess
keys = json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower()
import datetime
for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    a = k.get('act', {}); miss = []
    def chk(v, label):
        if isinstance(v, str) and norm(v) not in txt: miss.append((label, v))
    for f in ('municipality', 'organ', 'office', 'kind', 'subject', 'proposing_office', 'time'):
        if f in a: chk(a[f], f)
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and str(a[f]) not in txt: miss.append((f, a[f]))
    for f in ('date', 'proposal_date'):
        if f in a:
            d = datetime.date.fromisoformat(a[f]).strftime('%d/%m/%Y')
            if d not in txt: miss.append((f, d))
    for at in a.get('attendees', []): chk(at['name'], 'att'); chk(at['role'], 'role')
    for p in ('president', 'secretary'):
        if p in a:
            for f, v in a[p].items(): chk(v, p + '.' + f)
    print(k['file'], 'OK' if not miss else miss)
