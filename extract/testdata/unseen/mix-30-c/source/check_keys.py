import json, subprocess, re, datetime
K = json.load(open("/tmp/round19/mix-30-c/keys.json"))
def norm(s): return re.sub(r"\s+", " ", s).strip()
for k in K:
    t = norm(subprocess.run(["pdftotext", "-layout", "/tmp/round19/mix-30-c/" + k["file"], "-"], capture_output=True, text=True).stdout)
    tl = t.lower()
    a = k["act"]; miss = []
    def chk(v, label):
        if isinstance(v, str) and norm(v).lower() not in tl: miss.append((label, v))
    for f in ("municipality", "organ", "office", "subject", "proposing_office", "time"):
        if f in a: chk(a[f], f)
    for f in ("number", "sector_number", "proposal_number"):
        if f in a and str(a[f]) not in t: miss.append((f, a[f]))
    for f in ("date", "proposal_date"):
        if f in a:
            d = datetime.date.fromisoformat(a[f]); s1 = d.strftime("%d/%m/%Y"); s2 = d.strftime("%d.%m.%Y")
            if s1 not in t and s2 not in t: miss.append((f, a[f]))
    for x in a.get("attendees", []):
        chk(x["name"], "att"); chk(x["role"], "role")
    for r in ("president", "secretary"):
        if r in a:
            for f in a[r].values(): chk(f, r)
    print(k["file"], "OK" if not miss else miss)
