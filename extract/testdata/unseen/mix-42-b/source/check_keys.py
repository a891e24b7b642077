# Checks that the keyed strings occur in pdftotext -layout output (whitespace collapsed)
import json, subprocess, re, unicodedata
K = json.load(open("/tmp/round19/mix-42-b/keys.json"))
def norm(s): return re.sub(r"\s+", " ", s).strip()
def fold(s): return norm(s).lower().replace("’","'")
for k in K:
    t = norm(subprocess.run(["pdftotext","-layout","/tmp/round19/mix-42-b/"+k["file"],"-"],capture_output=True,text=True).stdout)
    a = k["act"]; miss = []
    for f in ("subject",):
        if f in a and norm(a[f]) not in t: miss.append(f)
    for f in ("municipality","organ","office"):
        if f in a and fold(a[f]) not in fold(t): miss.append(f+":"+a[f])
    for at in a.get("attendees",[]):
        if at["name"] not in t or at["role"] not in t: miss.append("att:"+at["name"])
    for p in ("president","secretary"):
        if p in a:
            for v in a[p].values():
                if v not in t: miss.append(p+":"+v)
    if "time" in a and a["time"] not in t: miss.append("time")
    d = a.get("date")
    if d:
        y,m,dd = d.split("-"); 
        if f"{dd}/{m}/{y}" not in t: miss.append("date-fmt?")
    for f in ("number","sector_number","proposal_number"):
        if f in a and not re.search(r"\b%d\b" % a[f], t): miss.append(f)
    print(k["file"], "OK" if not miss else miss)
