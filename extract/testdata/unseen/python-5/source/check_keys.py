"""Check that every keyed subject, organ, office, municipality, name and role occurs in pdftotext's text (whitespace collapsed)."""
import json, subprocess, re, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
keys = json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+', ' ', s).strip().lower().replace('\u2019', "'")
bad = 0
for k in keys:
    t = norm(subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    a = k['act']
    checks = [a['subject'], a['organ'], a['municipality']] + ([a['office']] if 'office' in a else [])
    for x in a.get('attendees', []):
        checks += [x['name']] + ([x['role']] if 'role' in x else [])
    for r in ('president', 'secretary'):
        if r in a:
            checks += [a[r]['name'], a[r]['role']] + ([a[r]['title']] if 'title' in a[r] else [])
    for c in checks:
        if norm(c) not in t:
            print(k['file'], 'MISSING:', c); bad += 1
print(len(keys), 'keys,', bad, 'problems')
