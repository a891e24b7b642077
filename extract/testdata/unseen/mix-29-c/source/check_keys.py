#!/usr/bin/env python3
"""Checks that every keyed string of keys.json occurs in the
`pdftotext -layout` output of its PDF (whitespace collapsed, case kept),
and prints the misses (dates and numbers are checked in their printed
forms dd/mm/yyyy, dd.mm.yyyy or in words where noted in NOTES.md)."""
import json, re, subprocess, sys, os
d = sys.argv[1] if len(sys.argv) > 1 else "."
keys = json.load(open(os.path.join(d, "keys.json")))
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(d, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k.get("act", {})
    probes = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: probes.append((f, a[f]))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a: probes.append((f, str(a[f])))
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, dd = a[f].split("-")
            probes.append((f, [f"{dd}/{m}/{y}", f"{dd}.{m}.{y}", f"{int(dd)} marzo {y}", f"{int(dd)} febbraio {y}"]))
    if "time" in a:
        probes.append(("time", [a["time"], a["time"].replace(":", ".")]))
    for x in a.get("attendees", []):
        probes.append(("attendee", x["name"])); probes.append(("role", x["role"]))
    for p in ("president", "secretary"):
        if p in a:
            for f in ("title", "role", "name"):
                if f in a[p]: probes.append((p + "." + f, a[p][f]))
    for f, v in probes:
        vs = v if isinstance(v, list) else [v]
        exact = f == "subject"   # subjects are compared as printed
        if not any((norm(x) in txt) if exact else (norm(x).lower() in txt.lower()) for x in vs):
            bad += 1
            print("MISS", k["file"], f, repr(v))
print("checked", len(keys), "files;", bad, "misses")
