#!/usr/bin/env python3
"""Checks that every keyed string of ../keys.json occurs in `pdftotext -layout` of its PDF
(whitespace collapsed; names/organs compared case-insensitively with apostrophes unified)."""
import json, re, subprocess, sys, os
d = sys.argv[1] if len(sys.argv) > 1 else ".."
keys = json.load(open(os.path.join(d, "keys.json"), encoding="utf-8"))
def norm(s, ci): 
    s = re.sub(r"\s+", " ", s).replace("’", "'").replace("‘", "'")
    return s.lower() if ci else s
bad = 0
for k in keys:
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(d, k["file"]), "-"], capture_output=True, text=True).stdout
    a = k.get("act", {})
    checks = []
    for f in ("municipality", "organ", "office", "proposing_office"):
        if f in a: checks.append((f, a[f], True))
    if "subject" in a: checks.append(("subject", a["subject"], False))
    for p in ("president", "secretary"):
        if p in a:
            for f in ("title", "role", "name"): checks.append((p + "." + f, a[p][f], True))
    for i, x in enumerate(a.get("attendees", [])):
        checks.append((f"attendee{i}.name", x["name"], True))
        if "role" in x: checks.append((f"attendee{i}.role", x["role"], True))
    for f, v, ci in checks:
        ok = norm(v, ci) in norm(txt, ci)
        if not ok:
            bad += 1; print(f"MISSING {k['file']}: {f} = {v!r}")
print("problems:", bad)
