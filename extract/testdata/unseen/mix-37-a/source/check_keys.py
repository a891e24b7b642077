"""Check that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed)."""
import json, subprocess, re, os, sys
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.join(here, "..")
keys = json.load(open(os.path.join(root, "keys.json"), encoding="utf-8"))
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(root, k["file"]), "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []):
        strs.append(("attendee", p["name"]))
        if "role" in p: strs.append(("role", p["role"]))
    for f in ("president", "secretary"):
        if f in a:
            for g in ("title", "role", "name"):
                if g in a[f]: strs.append((f + "." + g, a[f][g]))
    for f, s in strs:
        ok = (s in txt) if f == "subject" else (s.lower().replace("’", "'") in low.replace("’", "'"))
        if not ok:
            bad += 1; print("MISSING", k["file"], f, repr(s))
print("checked", len(keys), "files;", bad, "missing")
