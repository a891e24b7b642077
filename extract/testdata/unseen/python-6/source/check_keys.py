# Checks that every keyed string occurs in pdftotext's text (whitespace collapsed).
import json, os, re, subprocess
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
keys = json.load(open(os.path.join(D, "keys.json")))
bad = 0
def norm(s): return re.sub(r"\s+", " ", s).strip()
for k in keys:
    f = os.path.join(D, k["file"])
    t = norm(subprocess.run(["pdftotext", "-layout", f, "-"], capture_output=True, text=True).stdout)
    t2 = norm(subprocess.run(["pdftotext", f, "-"], capture_output=True, text=True).stdout)
    a = k["act"]
    def has(s, exact=False):
        if exact:
            return s in t or s in t2
        return s.casefold() in t.casefold() or s.casefold() in t2.casefold()
    checks = [("subject", a["subject"], True), ("municipality", a["municipality"], False),
              ("organ", a["organ"], False)]
    if "office" in a: checks.append(("office", a["office"], False))
    for x in a.get("attendees", []):
        checks += [("att.name", x["name"], False), ("att.role", x["role"], False)]
    for p in ("president", "secretary"):
        if p in a:
            for fld in ("name", "role", "title"):
                if fld in a[p]: checks.append((p + "." + fld, a[p][fld], False))
    if "time" in a: checks.append(("time", a["time"], True))
    checks.append(("number", str(a["number"]), True))
    y, m, d = a["date"].split("-")
    if not any(has(s, True) for s in (f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}")):
        print(k["file"], "DATE missing", a["date"]); bad += 1
    for name, s, ex in checks:
        if not has(s, ex):
            print(k["file"], name, "MISSING:", s); bad += 1
    print("ok" if True else "", k["file"], len(checks), "checks")
print("problems:", bad)
