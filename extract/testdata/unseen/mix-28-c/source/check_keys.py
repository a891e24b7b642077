#!/usr/bin/env python3
"""Checks that every keyed string occurs in `pdftotext -layout` (whitespace
collapsed) of its PDF; prints the misses. Numbers and dates are checked in
their printed shapes (dd/mm/yyyy, dd-mm-yyyy, or in words)."""
import json, os, re, subprocess, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
keys = json.load(open(os.path.join(D, "keys.json"), encoding="utf-8"))
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(D, k["file"]), "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    checks = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office", "time"):
        if f in a: checks.append((f, a[f]))
    for f in ("president", "secretary"):
        if f in a:
            for g in ("title", "role", "name"):
                if g in a[f]: checks.append((f + "." + g, a[f][g]))
    for i, x in enumerate(a.get("attendees", [])):
        checks.append((f"att{i}.name", x["name"])); checks.append((f"att{i}.role", x["role"]))
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, d = a[f].split("-")
            alts = [f"{d}/{m}/{y}", f"{d}-{m}-{y}"]
            mesi = ["gennaio","febbraio","marzo","aprile","maggio","giugno","luglio","agosto","settembre","ottobre","novembre","dicembre"]
            alts.append(f"{int(d)} {mesi[int(m)-1]} {y}")
            if not any(x in txt for x in alts): print(k["file"], f, "MISSING", a[f]); bad += 1
    for f in ("number", "sector_number", "proposal_number"):
        if f in a and not re.search(r"\b%d\b" % a[f], txt): print(k["file"], f, "MISSING", a[f]); bad += 1
    for f, v in checks:
        if f.endswith(("municipality", "organ", "office", "role", "name")):
            ok = norm(v).lower().replace("’", "'") in low.replace("’", "'")
        else:
            ok = norm(v) in txt
        if not ok: print(k["file"], f, "MISSING:", v); bad += 1
print("misses:", bad)
