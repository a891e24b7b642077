# Compare each keyed string with the clean print's text and with the OCR layer (pdftotext -layout)
import json, re, subprocess, sys
S = '/tmp/scan-17-scratch'; OUT = '/tmp/round17/scan-17'
def txt(p):
    t = subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True).stdout
    return re.sub(r'\s+', ' ', t)
def norm(s): return re.sub(r'\s+', ' ', s).strip()
for k in json.load(open(f'{OUT}/keys.json')):
    f = k['file']; a = k.get('act', {})
    clean = txt(f'{S}/clean/{f}'); ocr = txt(f'{OUT}/{f}')
    fields = []
    for key in ('subject', 'organ', 'office', 'proposing_office'):
        if key in a: fields.append((key, a[key]))
    if 'municipality' in a: fields.append(('municipality', a['municipality'].upper()))
    for i, at in enumerate(a.get('attendees', [])): fields.append((f'attendee{i+1}', at['name']))
    for r in ('president', 'secretary'):
        if r in a: fields.append((r, a[r]['name']))
    if 'number' in a: fields.append(('number', str(a['number'])))
    if 'sector_number' in a: fields.append(('sector_number', str(a['sector_number'])))
    if 'date' in a:
        y, m, d = a['date'].split('-'); fields.append(('date', f'{d}/{m}/{y}'))
    if 'time' in a: fields.append(('time', a['time']))
    out = []
    for name, v in fields:
        inc = norm(v).lower() in clean.lower(); ino = norm(v).lower() in ocr.lower()
        if not inc or not ino: out.append(f'  {name}: clean={inc} ocr={ino} :: {v}')
    print(f); print('\n'.join(out) if out else '  all found')
