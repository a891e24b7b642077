# checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive)
import json, subprocess, re, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
norm = lambda s: re.sub(r'\s+', ' ', s).strip().lower()
for k in json.load(open('keys.json')):
    txt = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    a = k['act']; miss = []
    cands = [a.get('subject'), a.get('organ'), a.get('office'), a.get('municipality')]
    for p in ('president', 'secretary'):
        if p in a: cands += [a[p].get('name'), a[p].get('title'), a[p].get('role')]
    for at in a.get('attendees', []): cands += [at['name'], at['role']]
    for c in cands:
        if c and norm(c) not in txt: miss.append(c)
    print(k['file'], 'OK' if not miss else miss)
