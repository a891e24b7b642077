# checks that every keyed string occurs in pdftotext -layout (and -raw) output, whitespace collapsed
import json, subprocess, re, os, sys
here = os.path.dirname(os.path.abspath(__file__)); od = os.path.join(here, '..')
K = json.load(open(os.path.join(od, 'keys.json')))
def txt(f, mode):
    t = subprocess.run(['pdftotext', mode, os.path.join(od, f), '-'], capture_output=True, text=True).stdout
    return re.sub(r'\s+', ' ', t)
def strings(a):
    for k, v in a.items():
        if k in ('kind', 'date', 'time', 'vote', 'vote_counts', 'immediately_executive', 'number', 'sector_number', 'proposal_number', 'proposal_date'): continue
        if isinstance(v, str): yield k, v
        elif isinstance(v, dict):
            for kk, vv in v.items(): yield k + '.' + kk, vv
        elif isinstance(v, list):
            for i, x in enumerate(v):
                yield '%s[%d].name' % (k, i), x['name']; yield '%s[%d].role' % (k, i), x['role']
for k in K:
    L, R = txt(k['file'], '-layout'), txt(k['file'], '-raw')
    for f, s in strings(k.get('act', {})):
        s2 = re.sub(r'\s+', ' ', s)
        inL = s2.lower() in L.lower(); inR = s2.lower() in R.lower()
        if not inL:
            print('%-40s %-22s layout:%s raw:%s  %s' % (k['file'], f, inL, inR, s2[:70]))
