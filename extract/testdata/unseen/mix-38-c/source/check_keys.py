# checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed); case-insensitive for names/roles/organs
import json, os, re, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.join(here, "..")
K = json.load(open(os.path.join(root, "keys.json")))
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(root, k["file"]), "-"], capture_output=True, text=True).stdout)
    a = k["act"]; checks = []
    for f in ("subject", "organ", "office", "proposing_office"):
        if f in a: checks.append((f, a[f], f == "subject"))
    if "municipality" in a: checks.append(("municipality", a["municipality"], False))
    for p in a.get("attendees", []): checks += [("att.name", p["name"], True), ("att.role", p["role"], False)]
    for f in ("president", "secretary"):
        if f in a:
            for g in ("title", "role", "name"):
                if g in a[f]: checks.append((f + "." + g, a[f][g], False))
    for f in ("number", "sector_number", "proposal_number"):
        if f in a: checks.append((f, str(a[f]), True))
    for f in ("date", "proposal_date"):
        if f in a:
            y, m, d = a[f].split("-"); checks.append((f, "%s/%s/%s" % (d, m, y), True))
    for f, v, exact in checks:
        hay, needle = (txt, norm(v)) if exact else (txt.lower(), norm(v).lower())
        if needle not in hay:
            bad += 1; print("MISSING", k["file"], f, repr(v))
print("checked", len(K), "files;", bad, "missing")
