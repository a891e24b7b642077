#!/usr/bin/env python3
"""Checks that every keyed string of ../keys.json occurs in `pdftotext -layout`
output with whitespace collapsed (exact for subjects; case-insensitive and
apostrophe-insensitive for names, organs, offices; dates as dd/mm/yyyy)."""
import json, os, re, subprocess
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
keys = json.load(open(os.path.join(D, "keys.json"), encoding="utf-8"))

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def loose(s):
    return norm(s).lower().replace("’", "'")

bad = 0
for k in keys:
    txt = subprocess.run(["pdftotext", "-layout", os.path.join(D, k["file"]), "-"], capture_output=True, text=True).stdout
    T, TL = norm(txt), loose(txt)
    a = k.get("act", {})
    checks = []
    if "subject" in a:
        checks.append(("subject", a["subject"], a["subject"] in T))
    for f in ("municipality", "organ", "office", "kind", "proposing_office"):
        if f in a:
            checks.append((f, a[f], loose(a[f]) in TL))
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, d = a[f].split("-")
            checks.append((f, a[f], f"{d}/{m}/{y}" in T))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a:
            checks.append((f, a[f], re.search(r"(?<!\d)%d(?!\d)" % a[f], T) is not None))
    if "time" in a:
        checks.append(("time", a["time"], a["time"] in T or a["time"].replace(":", ",") in T))
    for p in a.get("attendees", []):
        checks.append(("attendee", p["name"] + "/" + p["role"], loose(p["name"]) in TL and loose(p["role"]) in TL))
    for f in ("president", "secretary"):
        if f in a:
            for sub in ("title", "role", "name"):
                if sub in a[f]:
                    checks.append((f + "." + sub, a[f][sub], loose(a[f][sub]) in TL))
    fails = [c for c in checks if not c[2]]
    print("%-48s %2d checks, %d not found" % (k["file"], len(checks), len(fails)))
    for c in fails:
        bad += 1
        print("     NOT FOUND", c[0], repr(c[1]))
print("total not found:", bad)
