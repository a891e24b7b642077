# checks that every keyed string of keys.json occurs in `pdftotext -layout` (whitespace collapsed, case-insensitive)
import json, subprocess, sys, re, os
O=sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),'..')
K=json.load(open(os.path.join(O,'keys.json')))
def norm(s): return re.sub(r'\s+',' ',s).strip().lower()
bad=0
for k in K:
    t=norm(subprocess.run(['pdftotext','-layout',os.path.join(O,k['file']),'-'],capture_output=True,text=True).stdout)
    a=k.get('act',{}); vals=[]
    for f in ('municipality','organ','office','subject','kind'):
        if f in a: vals.append((f,a[f]))
    for p in a.get('attendees',[]): vals.append(('attendee',p['name'])); 'role' in p and vals.append(('role',p['role']))
    for w in ('president','secretary'):
        if w in a:
            for f in ('title','role','name'): vals.append((w+'.'+f,a[w][f]))
    for f,v in vals:
        if norm(v) not in t: print('MISSING',k['file'],f,repr(v)); bad+=1
print('checked',len(K),'files;',bad,'missing')
