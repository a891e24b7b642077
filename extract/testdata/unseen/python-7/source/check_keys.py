"""Check that every keyed string of keys.json occurs in pdftotext's text (whitespace collapsed)."""
import json, re, subprocess, os, sys
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
keys = json.load(open(os.path.join(base, "keys.json")))
bad = 0
for k in keys:
    pdf = os.path.join(base, k["file"])
    txt = ""
    for mode in (["-layout"], []):
        txt += " " + subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", txt)
    low = flat.lower()
    a = k["act"]
    def need(s, exact=False):
        global bad
        ok = (s in flat) if exact else (s.lower() in low)
        if not ok:
            bad += 1
            print("MISSING", k["file"], repr(s))
    need(a["subject"], exact=True)
    need(a["municipality"]); need(a["organ"])
    for at in a["attendees"]:
        need(at["name"], exact=True)
        if "role" in at:
            need(at["role"], exact=True)
    for who in ("president", "secretary"):
        for f in ("name", "role", "title"):
            if f in a[who]: need(a[who][f], exact=True)
        need(" ".join(a[who].get(f, "") for f in ("title", "name") if a[who].get(f)), exact=True)
    pres = sum(1 for x in a["attendees"] if x["present"])
    print(k["file"], "attendees", len(a["attendees"]), "present", pres, "counts", a.get("vote_counts"))
print("missing:", bad)
sys.exit(1 if bad else 0)
