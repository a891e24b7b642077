# checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed, case-insensitive as the scorer compares
# organs/names without case); for two-column pages it also tries each half of the page separately.
import json, subprocess, re, sys, os
os.chdir(sys.argv[1])
def txt(f,args=()):
    return re.sub(r'\s+',' ',subprocess.run(['pdftotext','-layout',*args,f,'-'],capture_output=True,text=True).stdout)
for k in json.load(open('keys.json')):
    f=k['file']; full=txt(f)
    halves=[txt(f,['-x','0','-y','0','-W','298','-H','842']),txt(f,['-x','298','-y','0','-W','300','-H','842'])]
    a=k.get('act',{})
    vals=[]
    for key in ('municipality','organ','office','subject'):
        if key in a: vals.append((key,a[key]))
    for x in a.get('attendees',[]): vals+= [('att.name',x['name']),('att.role',x['role'])]
    for who in ('president','secretary'):
        for kk,v in a.get(who,{}).items(): vals.append((who+'.'+kk,v))
    for key,v in vals:
        v2=re.sub(r'\s+',' ',v)
        where='full' if v2.lower() in full.lower() else ('half' if any(v2.lower() in h.lower() for h in halves) else None)
        if where!='full': print(f, key, repr(v), '->', where)
print('done')
