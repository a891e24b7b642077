# checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed)
import json,subprocess,re
for k in json.load(open('keys.json')):
    t=re.sub(r'\s+',' ',subprocess.run(['pdftotext','-layout',k['file'],'-'],capture_output=True,text=True).stdout)
    a=k['act'];miss=[]
    def chk(v,lab):
        if isinstance(v,str) and not re.match(r'^\d{4}-\d\d-\d\d$|^\d\d:\d\d$',v) and v.lower() not in t.lower(): miss.append((lab,v))
    for f,v in a.items():
        if isinstance(v,str): chk(v,f)
        elif isinstance(v,dict):
            for g,w in v.items(): chk(w,f+'.'+g)
        elif isinstance(v,list):
            for x in v:
                for g,w in x.items(): chk(w,f+'.'+g)
    print(k['file'],'OK' if not miss else miss)
