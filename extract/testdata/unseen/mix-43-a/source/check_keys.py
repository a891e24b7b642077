# Checks that every keyed string occurs in `pdftotext -layout` output
# (whitespace collapsed; case-insensitive for names/roles/organs, exact for subjects).
import json, subprocess, re, sys
keys = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "../keys.json"))
base = sys.argv[2] if len(sys.argv) > 2 else ".."
bad = 0
for k in keys:
    txt = subprocess.run(["pdftotext", "-layout", base + "/" + k["file"], "-"], capture_output=True, text=True).stdout
    t = re.sub(r"\s+", " ", txt)
    a = k.get("act", {})
    checks = []
    for f in ("municipality", "organ", "office"):
        if f in a: checks.append((f, a[f], False))
    if "subject" in a: checks.append(("subject", a["subject"], True))
    for p in a.get("attendees", []): checks += [("att.name", p["name"], False), ("att.role", p["role"], False)]
    for who in ("president", "secretary"):
        for f, v in a.get(who, {}).items(): checks.append((who + "." + f, v, False))
    if "date" in a:
        y, m, d = a["date"].split("-")
        if not any(s in t for s in ("%s/%s/%s" % (d, m, y), "%s.%s.%s" % (d, m, y))): checks.append(("date", a["date"] + " (numeric form)", True))
    if "time" in a: checks.append(("time", a["time"], True))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a and not re.search(r"(?<!\d)%d(?!\d)" % a[f], t): print("  MISSING", k["file"], f, a[f]); bad += 1
    for f, v, exact in checks:
        ok = (v in t) if exact else (v.lower() in t.lower())
        if not ok:
            bad += 1; print("  MISSING", k["file"], f, repr(v))
print("problems:", bad)
