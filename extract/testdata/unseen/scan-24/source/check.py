"""Check every keyed string against pdftotext -layout (whitespace collapsed).
Reports exact misses and case-insensitive misses."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
keys = json.load(open(os.path.join(OUT, "keys.json")))
def norm(s): return re.sub(r"\s+", " ", s).strip()
for k in keys:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(OUT, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k.get("act", {})
    items = []
    for f in ("municipality", "organ", "office", "kind", "subject", "proposing_office", "time"):
        if f in a: items.append((f, a[f]))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a: items.append((f, str(a[f])))
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, d = a[f].split("-"); items.append((f, f"{d}/{m}/{y}"))
    for i, at in enumerate(a.get("attendees", [])):
        items.append((f"att{i}.name", at["name"])); items.append((f"att{i}.role", at["role"]))
    for p in ("president", "secretary"):
        for f, v in a.get(p, {}).items(): items.append((f"{p}.{f}", v))
    miss = []
    for f, v in items:
        if v in txt: continue
        if v.lower() in txt.lower(): miss.append((f, v, "case only"))
        else: miss.append((f, v, "MISSING"))
    print("==", k["file"], "ok" if not miss else "")
    for m in miss: print("   ", *m)
