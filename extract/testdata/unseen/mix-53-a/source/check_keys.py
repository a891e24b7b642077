import json, subprocess, re, os
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
K=json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+',' ',s).strip()
for k in K:
    t=norm(subprocess.run(['pdftotext','-layout',k['file'],'-'],capture_output=True,text=True).stdout)
    tl=t.lower()
    a=k['act']; miss=[]
    def chk(label,s):
        if s is None: return
        if norm(str(s)).lower() not in tl: miss.append((label,s))
    for f in ('municipality','organ','office','subject','proposing_office','time'):
        chk(f,a.get(f))
    chk('kind',a.get('kind'))
    for f in ('number','sector_number','proposal_number'): chk(f,a.get(f))
    for at in a.get('attendees',[]): chk('att',at['name']); chk('role',at['role'])
    for f in ('president','secretary'):
        if f in a:
            for x in a[f].values(): chk(f,x)
    if 'date' in a:
        y,m,d=a['date'].split('-')
        if f'{d}/{m}/{y}' not in t and f'{d}.{m}.{y}' not in t: miss.append(('date',a['date']))
    print(k['file'], 'OK' if not miss else miss)
