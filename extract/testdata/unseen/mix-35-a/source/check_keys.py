# Checks that every keyed string occurs in the pdftotext -layout output (whitespace collapsed).
import json, subprocess, re, datetime
import os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))+'/'
K=json.load(open(D+'keys.json'))
def norm(s): return re.sub(r'\s+',' ',s).strip()
for k in K:
    txt=norm(subprocess.run(['pdftotext','-layout',D+k['file'],'-'],capture_output=True,text=True).stdout)
    low=txt.lower()
    a=k.get('act',{})
    miss=[]
    def chk(label,s):
        if s is None: return
        if norm(str(s)).lower() not in low: miss.append((label,s))
    for f in ('municipality','organ','office','subject','proposing_office','time'):
        chk(f,a.get(f))
    for f in ('number','sector_number','proposal_number'):
        if f in a and not re.search(r'(?<!\d)%d(?!\d)'%a[f],txt): miss.append((f,a[f]))
    for f in ('date','proposal_date'):
        if f in a:
            y,m,d=a[f].split('-')
            if not any(x in txt for x in (f'{d}/{m}/{y}',f'{d}-{m}-{y}',f'{d}.{m}.{y}')): miss.append((f,a[f]))
    for at in a.get('attendees',[]):
        chk('att.name',at['name']); chk('att.role',at['role'])
    for p in ('president','secretary'):
        if p in a:
            for f in ('title','role','name'): chk(p+'.'+f,a[p].get(f))
    print(k['file'], 'OK' if not miss else miss)
