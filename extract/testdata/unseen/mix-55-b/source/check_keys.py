# Checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive for names/organs)
import json,subprocess,re
keys=json.load(open('keys.json'))
def norm(s): return re.sub(r'\s+',' ',s).strip()
for k in keys:
    t=norm(subprocess.run(['pdftotext','-layout',k['file'],'-'],capture_output=True,text=True).stdout)
    tl=t.lower(); a=k.get('act',{})
    strs=[]
    for f in ['municipality','organ','office','subject','proposing_office']:
        if f in a: strs.append((f,a[f]))
    for p in ['president','secretary']:
        if p in a: strs+= [(p+'.'+x,a[p][x]) for x in a[p]]
    for at in a.get('attendees',[]): strs+=[('att',at['name']),('att.role',at['role'])]
    for f,s in strs:
        ok = (s in t) if f=='subject' else (s.lower() in tl)
        if not ok: print('MISSING',k['file'],f,repr(s))
print('checked',len(keys))
