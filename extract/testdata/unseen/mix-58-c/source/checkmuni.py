import sys,unicodedata,re
names=set();toks=set()
for l in open('/tmp/used_munis.txt',encoding='utf-8'):
    l=l.strip()
    if l.startswith('file-name token:'): toks.add(l.split(':',1)[1].strip().lower())
    else: names.add(l.lower())
def tok(s):
    s=unicodedata.normalize('NFKD',s).encode('ascii','ignore').decode().lower()
    return re.sub(r'[^a-z0-9]','',s)
for c in sys.argv[1:]:
    t=tok(c); hit=[n for n in names if re.search(r'\b'+re.escape(c.lower())+r'\b',n)]
    print(('USED ' if (t in toks or hit) else 'free ')+c, t in toks, hit[:3])
