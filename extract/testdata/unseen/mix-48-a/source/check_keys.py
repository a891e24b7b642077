# Checks that every keyed string occurs in the pdftotext -layout output
# (whitespace collapsed, case-insensitive); prints the misses.
import json, os, re, subprocess, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
keys = json.load(open(os.path.join(D, "keys.json")))

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

for k in keys:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(D, k["file"]), "-"],
                              capture_output=True, text=True).stdout)
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a:
            strs.append((f, a[f]))
    for f in ("president", "secretary"):
        if f in a:
            for g in ("title", "role", "name"):
                if g in a[f]:
                    strs.append((f + "." + g, a[f][g]))
    for i, r in enumerate(a.get("attendees", [])):
        strs.append(("att%d.name" % i, r["name"]))
        strs.append(("att%d.role" % i, r["role"]))
    miss = [(f, s) for f, s in strs if norm(s) not in txt]
    print(k["file"], "OK" if not miss else "MISSING:")
    for f, s in miss:
        print("    ", f, "|", s)
