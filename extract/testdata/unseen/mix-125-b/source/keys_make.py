# -*- coding: utf-8 -*-
"""Writes ../keys.json from data.py and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed). Subjects must be found
exactly; municipality, organ, office and proposing office regardless of case
(as the keys are compared). Numbers and dates must be printed too. Exits 1
on any miss.
"""
import sys, os, re, json, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# documents whose proposal number and date are printed
PROPOSAL_PRINTED = {"A1", "A3", "C2"}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def key_for(d):
    q = d.get("printed_quote")
    subject = d["subject"].replace("'", q) if q else d["subject"]
    act = {
        "municipality": d["body"]["municipality"],
        "organ": d["organ"],
        "office": d["office"],
        "kind": "determinazione",
        "number": d["number"],
        "sector_number": d["sector_number"],
        "date": data.iso(d["date"]),
        "proposing_office": d["proposing_office"],
        "subject": collapse(subject),
    }
    if d["id"] in PROPOSAL_PRINTED:
        act["proposal_number"] = d["proposal_number"]
        act["proposal_date"] = data.iso(d["proposal_date"])
    return {
        "file": data.filename(d),
        "role": "act",
        "what": d["what"],
        "operative_points": len(d["points"]),
        "act": act,
    }


def main():
    keys, misses = [], 0
    for d in data.DOCS:
        k = key_for(d)
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); misses += 1; continue
        txt = collapse(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout)
        low = txt.lower()
        a = k["act"]
        checks = [("subject", a["subject"], True)]
        for fld in ("municipality", "organ", "office", "proposing_office"):
            checks.append((fld, a[fld], False))
        checks.append(("number", "%d" % d["number"], True))
        checks.append(("date", d["date"], True))
        checks.append(("sector_number", "%d" % d["sector_number"], True))
        checks.append(("sector_date", d["sector_date"], True))
        if "proposal_number" in a:
            checks.append(("proposal", "%d del %s" % (d["proposal_number"], d["proposal_date"]), False))
        for name, val, exact in checks:
            v = collapse(val)
            if name in ("number", "sector_number"):
                ok = re.search(r"(?<![\d/.,])%s(?![\d/.,])" % re.escape(v), txt) is not None
            else:
                ok = (v in txt) if exact else (v.lower() in low)
            if not ok:
                print("MISS %-55s %-17s %s" % (k["file"], name, v))
                misses += 1
        keys.append(k)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(keys), misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
