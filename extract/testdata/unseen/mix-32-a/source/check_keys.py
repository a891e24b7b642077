# checks every keyed string against pdftotext -layout output (whitespace collapsed, case-insensitive)
import json, subprocess, re
def walk(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            if k not in ('present', 'date', 'proposal_date', 'immediately_executive', 'vote'): walk(x, out)
    elif isinstance(v, list):
        for x in v: walk(x, out)
    elif isinstance(v, str): out.append(v)
    elif isinstance(v, int) and not isinstance(v, bool): out.append(str(v))
for k in json.load(open('keys.json')):
    t = re.sub(r'\s+', ' ', subprocess.run(['pdftotext', '-layout', k['file'], '-'], capture_output=True, text=True).stdout)
    o = []; walk(k.get('act', {}), o)
    print(k['file'], 'MISSING:', [s for s in o if s.lower() not in t.lower()])
