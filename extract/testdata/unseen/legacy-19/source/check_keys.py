# Checks that every keyed string occurs in `pdftotext -layout` (whitespace
# collapsed): subjects exactly, other strings without regard to case.
import json, subprocess, re, sys
K = json.load(open("../keys.json"))
bad = 0
for k in K:
    t = subprocess.run(["pdftotext", "-layout", "../" + k["file"], "-"], capture_output=True, text=True).stdout
    c = re.sub(r"\s+", " ", t)
    a = k.get("act", {})
    checks = []
    for f in ("municipality", "organ", "office", "kind", "proposing_office"):
        if f in a:
            v = a[f]
            if f == "municipality":
                v = re.sub(r"^(Comune|Città) di ", "", v)
            checks.append((f, v, False))
    if "subject" in a:
        checks.append(("subject", a["subject"], True))
    for p in ("president", "secretary"):
        if p in a:
            for f, v in a[p].items():
                checks.append((p + "." + f, v, False))
    for r in a.get("attendees", []):
        checks.append(("attendee", r["name"], False))
        checks.append(("role", r["role"], False))
    for f, v, exact in checks:
        ok = (v in c) if exact else (v.lower() in c.lower())
        if not ok:
            bad += 1
            print("MISSING", k["file"], f, repr(v))
print("problems:", bad)
