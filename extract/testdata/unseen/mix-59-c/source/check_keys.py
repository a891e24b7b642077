# checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed, case-insensitive for names/organs)
import json, subprocess, sys, re, os
out=sys.argv[1] if len(sys.argv)>1 else '..'
keys=json.load(open(os.path.join(out,'keys.json')))
bad=0
for k in keys:
    f=os.path.join(out,k['file'])
    txt=re.sub(r'\s+',' ',subprocess.run(['pdftotext','-layout',f,'-'],capture_output=True,text=True).stdout)
    a=k.get('act',{})
    def chk(label,s,case=False):
        global bad
        t=txt if case else txt.lower(); s2=re.sub(r'\s+',' ',s); s2=s2 if case else s2.lower()
        if s2 not in t: print('MISSING',k['file'],label,repr(s)); bad+=1
    for fld in ('municipality','organ','office','kind','proposing_office'):
        if fld in a: chk(fld,a[fld])
    if 'subject' in a: chk('subject',a['subject'],True)
    for at in a.get('attendees',[]): chk('attendee',at['name']); chk('role',at['role'])
    for p in ('president','secretary'):
        if p in a:
            chk(p+'.name',a[p]['name']); chk(p+'.role',a[p]['role'])
            if 'title' in a[p]: chk(p+'.title',a[p]['title'])
    print('ok' if True else '',k['file'])
print('problems:',bad)
