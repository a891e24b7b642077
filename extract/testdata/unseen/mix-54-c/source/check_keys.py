# Checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed).
import json, subprocess, re, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
K = json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']; miss = []
    strs = [a.get(f) for f in ('municipality', 'organ', 'office', 'kind', 'subject')]
    for at in a.get('attendees', []): strs += [at['name'], at['role']]
    for p in ('president', 'secretary'):
        if p in a: strs += list(a[p].values())
    for s in strs:
        if s and norm(s).lower() not in low: miss.append(s)
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], txt): miss.append(f)
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-')
            if f'{d}/{m}/{y}' not in txt: miss.append(a[f])
    print(k['file'], 'OK' if not miss else miss)
