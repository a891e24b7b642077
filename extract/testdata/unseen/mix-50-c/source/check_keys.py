# Checks that every keyed string occurs in the pdftotext -layout output (whitespace collapsed;
# names/roles/organs case-insensitively, subjects exactly).
import json, subprocess, re, sys, os
os.chdir(sys.argv[1] if len(sys.argv) > 1 else ".")
bad = 0
for k in json.load(open("keys.json", encoding="utf-8")):
    t = subprocess.run(["pdftotext", "-layout", k["file"], "-"], capture_output=True, text=True).stdout
    t = re.sub(r"\s+", " ", t); tl = t.lower()
    a = k.get("act", {})
    def need(s, exact=False):
        global bad
        ok = (s in t) if exact else (s.lower() in tl)
        if not ok: bad += 1; print("MISSING", k["file"], repr(s))
    if "subject" in a: need(a["subject"], True)
    for f in ("municipality", "organ", "office", "proposing_office"):
        if f in a: need(a[f])
    for at in a.get("attendees", []): need(at["name"]); need(at["role"])
    for p in ("president", "secretary"):
        if p in a: need(a[p]["name"]); need(a[p]["title"]); need(a[p]["role"])
    if "time" in a: need(a["time"])
    if "number" in a: need(str(a["number"]))
    if "date" in a:
        y, m, d = a["date"].split("-")
        if "%s/%s/%s" % (d, m, y) not in t: print("note: date not in dd/mm/yyyy form:", k["file"], a["date"])
print("missing:", bad)
