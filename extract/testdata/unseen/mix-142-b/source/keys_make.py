#!/usr/bin/env python3
"""Write ../keys.json for set mix-142-b and check that every keyed string is
found in `pdftotext -layout` of its PDF (whitespace collapsed). Subjects are
matched exactly; municipality, organ, names, roles and titles without regard
to case or the shape of the apostrophe. Exits 1 on a miss.
The keyed values come from acts.py, the same data the renderers print, plus
the per-file judgements in acts.py's "key" entries (president, secretary,
vote) and the overrides below (what pdftotext prints where a producer
changes a character)."""
import json
import os
import re
import subprocess
import sys
from acts import ACTS

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
MUNI = {"robbiate": "Comune di Robbiate", "santarpino": "Comune di Sant'Arpino", "ussana": "Comune di Ussana"}
PRODUCER = {"r1": "HTML printed by headless Chromium", "r2": ".docx (python-docx) exported by LibreOffice Writer",
            "r3": "ReportLab platypus", "r4": "HTML through wkhtmltopdf",
            "s1": "HTML printed by headless Chromium, roll in two tables side by side",
            "s2": "fpdf2 (number/date box, running foot)", "s3": "80-column text in troff, groff -Tps and ps2pdf",
            "s4": ".docx (python-docx) exported by LibreOffice Writer",
            "u1": "ReportLab platypus", "u2": "80-column Latin-1 text through enscript and ps2pdf",
            "u3": "HTML through wkhtmltopdf", "u4": ".docx (python-docx) exported by LibreOffice Writer"}
# groff and enscript's Courier print the ASCII apostrophe as a right single quote
SUBJECT_AS_PRINTED = {"s3": lambda s: s.replace("'", "\u2019"), "u2": lambda s: s.replace("'", "\u2019")}


def iso(d):
    dd, mm, yy = d.split("/")
    return "%s-%s-%s" % (yy, mm, dd)


def build():
    keys = []
    for a in ACTS:
        k = a["key"]
        subj = SUBJECT_AS_PRINTED.get(a["id"], lambda s: s)(a["subject"])
        act = {"municipality": MUNI[a["house"]], "organ": a["organ"], "kind": "deliberazione",
               "number": a["number"], "date": iso(a["date"]), "time": a["time"]}
        if a.get("proposal"):
            n, d, off = a["proposal"]
            act.update({"proposal_number": int(n), "proposal_date": iso(d), "proposing_office": off})
        act["subject"] = subj
        act["attendees"] = [{"name": m["name"], "role": m["role"], "present": m["present"]} for m in a["roll"]]
        act["president"] = k["president"]
        act["secretary"] = k["secretary"]
        act["vote"] = k["vote"]
        if "vote_counts" in k:
            act["vote_counts"] = k["vote_counts"]
        act["immediately_executive"] = k["immediately_executive"]
        pts = len(a["points"]) + (len(a["after_points"]) if a.get("after_points_is_point") else 0)
        keys.append({"file": a["file"], "role": "act",
                     "what": "%s deliberation %d/2029 of %s, %s" % (a["organ"], a["number"], MUNI[a["house"]], PRODUCER[a["id"]]),
                     "operative_points": pts, "act": act})
    return keys


def norm(s, fold):
    s = re.sub(r"\s+", " ", s).strip()
    if fold:
        s = s.replace("\u2019", "'").replace("\u2018", "'").lower()
    return s


def main():
    keys = build()
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    miss = 0
    for k in keys:
        path = os.path.join(SET, k["file"])
        if not os.path.exists(path):
            print("MISSING FILE", k["file"]); miss += 1; continue
        raw = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        exact, folded = norm(raw, False), norm(raw, True)
        a = k["act"]
        checks = [("subject", a["subject"], False)]
        for fld in ("municipality", "organ", "proposing_office"):
            checks.append((fld, a.get(fld), True))
        for who in ("president", "secretary"):
            for part in ("name", "role", "title"):
                checks.append((who + "." + part, a[who].get(part), True))
        for at in a["attendees"]:
            checks += [("attendee", at["name"], True), ("attendee role", at["role"], True)]
        for label, val, fold in checks:
            if not val:
                continue
            if norm(val, fold) not in (folded if fold else exact):
                print("MISS %s %s: %r" % (k["file"], label, val)); miss += 1
    print("%d keys, %d misses" % (len(keys), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
