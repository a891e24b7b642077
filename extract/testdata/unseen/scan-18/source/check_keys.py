"""Compare every keyed string field with the OCR text layer (pdftotext -layout)."""
import json, re, subprocess, unicodedata
def norm(s):
    return re.sub(r'\s+', ' ', s).strip()
K = json.load(open('/tmp/round18/scan-18/keys.json'))
for k in K:
    t = subprocess.run(['pdftotext', '-layout', '/tmp/round18/scan-18/' + k['file'], '-'], capture_output=True, text=True).stdout
    T = norm(t); TL = T.lower()
    miss = []
    a = k.get('act', {})
    def chk(label, v):
        if v is None: return
        if isinstance(v, int): v = str(v)
        if norm(v).lower() not in TL: miss.append((label, v))
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'time', 'number', 'sector_number'):
        chk(f, a.get(f))
    if a.get('date'):
        y, m, d = a['date'].split('-'); chk('date', f'{d}/{m}/{y}')
    for p in a.get('attendees', []): chk('attendee', p['name']); chk('attendee role', p['role'])
    for r in ('president', 'secretary'):
        if r in a: chk(r, a[r]['name']); chk(r + ' title', a[r].get('title'))
    print('==', k['file']); [print('   MISS', m) for m in miss]
