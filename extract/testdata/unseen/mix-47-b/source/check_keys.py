# -*- coding: utf-8 -*-
"""Checks that every keyed string occurs in pdftotext -layout output (whitespace collapsed)."""
import json, re, subprocess, sys, os
out = sys.argv[1]
K = json.load(open(os.path.join(out, "keys.json")))
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    t = norm(subprocess.run(["pdftotext", "-layout", os.path.join(out, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k.get("act", {})
    checks = []
    for f in ("municipality", "organ", "office", "kind", "subject"):
        if f in a: checks.append((f, a[f], f == "subject"))
    for p in a.get("attendees", []):
        checks += [("att.name", p["name"], False), ("att.role", p["role"], False)]
    for f in ("president", "secretary"):
        for g in ("title", "role", "name"):
            if f in a and g in a[f]: checks.append((f + "." + g, a[f][g], False))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a: checks.append((f, str(a[f]), False))
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, dd = a[f].split("-"); checks.append((f, f"{dd}/{m}/{y}", False))
    if "time" in a: checks.append(("time", a["time"], False))
    for f, v, exact in checks:
        ok = (norm(v) in t) if exact else (norm(v).lower().replace("’", "'") in t.lower().replace("’", "'"))
        if not ok:
            bad += 1; print("MISSING", k["file"], f, repr(v))
print("problems:", bad)
