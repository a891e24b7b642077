# Checks that every keyed string occurs in `pdftotext -layout` output (whitespace collapsed).
# Subjects are checked case-sensitively; names, roles, organs, offices, bodies case-insensitively.
# Numbers and dates are checked in the forms the documents print (dd/mm/yyyy, "n. N", "N. N", "N").
import json, os, re, subprocess, sys

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
keys = json.load(open(os.path.join(D, "keys.json"), encoding="utf-8"))
bad = 0


def text(f):
    t = subprocess.run(["pdftotext", "-layout", os.path.join(D, f), "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", t)


def has(t, s, ci=True):
    s = re.sub(r"\s+", " ", s)
    return (s.lower() in t.lower()) if ci else (s in t)


def check(f, label, ok):
    global bad
    if not ok:
        bad += 1
        print("MISSING  %-45s %s" % (f, label))


for k in keys:
    f = k["file"]
    t = text(f)
    a = k.get("act", {})
    for fld in ("municipality", "organ", "office", "proposing_office"):
        if fld in a:
            check(f, "%s=%r" % (fld, a[fld]), has(t, a[fld]))
    if "kind" in a:
        check(f, "kind=%r" % a["kind"], has(t, a["kind"]))
    if "subject" in a:
        check(f, "subject (exact)", has(t, a["subject"], ci=False))
    for fld in ("date", "proposal_date"):
        if fld in a:
            y, m, dd = a[fld].split("-")
            check(f, "%s=%s" % (fld, a[fld]), "%s/%s/%s" % (dd, m, y) in t)
    for fld in ("number", "sector_number", "proposal_number"):
        if fld in a:
            check(f, "%s=%s" % (fld, a[fld]), re.search(r"\b%d\b" % a[fld], t) is not None)
    if "time" in a:
        check(f, "time=%s" % a["time"], a["time"] in t)
    for at in a.get("attendees", []):
        check(f, "attendee %r" % at["name"], has(t, at["name"]))
        check(f, "role %r" % at["role"], has(t, at["role"]))
    for who in ("president", "secretary"):
        if who in a:
            for fld, v in a[who].items():
                check(f, "%s.%s=%r" % (who, fld, v), has(t, v))
    vc = a.get("vote_counts", {})
    for fld, v in vc.items():
        check(f, "vote_counts.%s=%s" % (fld, v), re.search(r"\b%d\b" % v, t) is not None)
    print("checked  %-45s %d chars" % (f, len(t)))

# file-name and body tokens against the used list
used = open("/tmp/used_munis.txt", encoding="utf-8").read().lower().splitlines()
toks = {l.split(":", 1)[1].strip() for l in used if l.startswith("file-name token:")}
names = {l for l in used if not l.startswith("file-name token:")}
for k in keys:
    parts = k["file"][:-4].split("-")
    for p in parts[1:]:
        if p in toks:
            print("TOKEN CLASH", k["file"], p); bad += 1
    m = k.get("act", {}).get("municipality", "").lower()
    if m in names:
        print("NAME CLASH", k["file"], m); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
