import json,subprocess,re,sys
K=json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+',' ',s).strip()
for k in K:
    t=subprocess.run(['pdftotext','-layout',k['file'],'-'],capture_output=True,text=True).stdout
    raw=subprocess.run(['pdftotext',k['file'],'-'],capture_output=True,text=True).stdout
    T=norm(t); R=norm(raw)
    a=k.get('act',{}); miss=[]
    def chk(label,s):
        if s.lower() not in T.lower() and s.lower() not in R.lower(): miss.append(f'{label}: {s!r}')
    for f in ['municipality','organ','office','subject','proposing_office','time']:
        if f in a:
            s=a[f]
            if f=='municipality': s=s.split(' di ',1)[1]
            chk(f,s)
    if 'number' in a: chk('number',str(a['number']))
    if 'sector_number' in a: chk('sector_number',str(a['sector_number']))
    if 'date' in a:
        y,m,d=a['date'].split('-'); chk('date',f'{d}/{m}/{y}')
    for p in ['president','secretary']:
        if p in a: chk(p,a[p]['name'])
    for at in a.get('attendees',[]): chk('attendee',at['name'])
    print('==',k['file'],'; '.join(miss) if miss else 'all found')
