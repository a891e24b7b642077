# Checks that every keyed string of ../keys.json occurs in `pdftotext -layout` of its
# PDF (whitespace collapsed): subjects exactly, other strings without regard to case;
# dates are looked for as dd/mm/yyyy, numbers as digits.
import json, os, re, subprocess, sys

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
keys = json.load(open(os.path.join(D, 'keys.json'), encoding='utf-8'))
bad = 0
for k in keys:
    pdf = os.path.join(D, k['file'])
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    flat = re.sub(r'\s+', ' ', txt)
    low = flat.lower()
    miss = []
    a = k.get('act', {})

    def has(s, exact=False):
        s = re.sub(r'\s+', ' ', s)
        return (s in flat) if exact else (s.lower() in low)
    for f in ('municipality', 'organ', 'office', 'kind', 'proposing_office'):
        if f in a and not has(a[f]):
            miss.append((f, a[f]))
    if 'subject' in a and not has(a['subject'], exact=True):
        miss.append(('subject', a['subject']))
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, dd = a[f].split('-')
            if f'{dd}/{m}/{y}' not in flat:
                miss.append((f, a[f]))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'(?<!\d)%d(?!\d)' % a[f], flat):
            miss.append((f, a[f]))
    if 'time' in a and a['time'] not in flat and a['time'].replace(':', ',') not in flat:
        miss.append(('time', a['time']))
    for p in a.get('attendees', []):
        if not has(p['name']) or not has(p['role']):
            miss.append(('attendee', p))
    for f in ('president', 'secretary'):
        if f in a:
            for sub in ('title', 'role', 'name'):
                if sub in a[f] and not has(a[f][sub]):
                    miss.append((f + '.' + sub, a[f][sub]))
    print(('OK  ' if not miss else 'MISS') + ' ' + k['file'])
    for m in miss:
        print('      ', m)
    bad += bool(miss)
sys.exit(1 if bad else 0)
