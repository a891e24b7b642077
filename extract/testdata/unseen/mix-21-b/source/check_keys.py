"""Checks that every keyed string occurs in `pdftotext -layout` output (whitespace
collapsed): subjects exactly, names/roles/organs/offices ignoring case and apostrophe shape;
numbers and dates as printed in some usual form."""
import json, os, re, subprocess, sys

d = sys.argv[1] if len(sys.argv) > 1 else ".."
keys = json.load(open(os.path.join(d, "keys.json"), encoding="utf-8"))

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def loose(s):
    return norm(s).lower().replace("’", "'").replace("`", "'")

bad = 0
for k in keys:
    t = subprocess.run(["pdftotext", "-layout", os.path.join(d, k["file"]), "-"], capture_output=True, text=True).stdout
    T, TL = norm(t), loose(t)
    miss = []
    a = k.get("act", {})
    if "subject" in a and norm(a["subject"]) not in T:
        miss.append("subject")
    for fld in ("municipality", "organ", "office", "proposing_office"):
        if fld in a and loose(a[fld]) not in TL:
            miss.append(fld + "=" + a[fld])
    for who in ("president", "secretary"):
        for sub, v in a.get(who, {}).items():
            if loose(v) not in TL:
                miss.append("%s.%s=%s" % (who, sub, v))
    for at in a.get("attendees", []):
        for v in (at["name"], at["role"]):
            if loose(v) not in TL:
                miss.append("attendee " + v)
    for fld in ("date", "proposal_date"):
        if fld in a:
            y, m, dd = a[fld].split("-")
            if "%s/%s/%s" % (dd, m, y) not in T:
                miss.append(fld)
    if "time" in a:
        h, mi = a["time"].split(":")
        if not re.search(r"%s[.:,]%s" % (h, mi), T):
            miss.append("time")
    for fld in ("number", "sector_number", "proposal_number"):
        if fld in a and not re.search(r"\b%d\b" % a[fld], T):
            miss.append(fld)
    if "kind" in a and a["kind"] not in ("attestazione",) and a["kind"] not in TL:
        miss.append("kind=" + a["kind"])
    print("%-45s %s" % (k["file"], "OK" if not miss else "MISSING: " + "; ".join(miss)))
    bad += bool(miss)
sys.exit(0)
