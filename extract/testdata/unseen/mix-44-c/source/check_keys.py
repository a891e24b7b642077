# Checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive)
import json, subprocess, re, sys, os
d=sys.argv[1] if len(sys.argv)>1 else '.'
K=json.load(open(os.path.join(d,'keys.json')))
def norm(s): return re.sub(r'\s+',' ',s).strip().lower()
for k in K:
    t=norm(subprocess.run(['pdftotext','-layout',os.path.join(d,k['file']),'-'],capture_output=True,text=True).stdout)
    a=k.get('act',{}); miss=[]
    strs=[]
    for f in ['municipality','organ','office','kind','subject','proposing_office','time']:
        if f in a: strs.append((f,a[f]))
    for x in a.get('attendees',[]): strs+= [('att.name',x['name']),('att.role',x['role'])]
    for f in ['president','secretary']:
        for kk,v in a.get(f,{}).items(): strs.append((f+'.'+kk,v))
    for f,v in strs:
        if norm(v) not in t: miss.append((f,v))
    for f in ['number','sector_number','proposal_number']:
        if f in a and not re.search(r'(?<!\d)%d(?!\d)'%a[f],t): miss.append((f,a[f]))
    for f in ['date','proposal_date']:
        if f in a:
            y,m,dd=a[f].split('-')
            if '%s/%s/%s'%(dd,m,y) not in t: miss.append((f,a[f]))
    print(k['file'], 'OK' if not miss else miss)
