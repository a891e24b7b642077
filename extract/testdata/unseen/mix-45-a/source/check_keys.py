# every keyed string must occur in `pdftotext -layout` (whitespace collapsed,
# case and apostrophe shape ignored); prints the ones that do not
import json, re, subprocess, sys
K = json.load(open("../keys.json"))
def norm(s): return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'")).strip().lower()
bad = 0
for k in K:
    t = norm(subprocess.run(["pdftotext", "-layout", "../" + k["file"], "-"], capture_output=True, text=True).stdout)
    a = k["act"]; strs = []
    for f in ("municipality", "organ", "office", "kind", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []):
        strs.append(("att", p["name"]))
        if "role" in p: strs.append(("role", p["role"]))
    for f in ("president", "secretary"):
        for x in a.get(f, {}).values(): strs.append((f, x))
    for f, s in strs:
        if norm(s) not in t:
            bad += 1; print(k["file"], f, "NOT FOUND:", s)
print("missing:", bad)
