#!/usr/bin/env python3
# Writes ../keys.json from data.py and checks every keyed string against pdftotext -layout; exit 1 on a miss.
import json, re, subprocess, sys, os
from data import *
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)

FILES = [
 ("giunta-rubano-sicraweb.pdf", "R1", "act", "Rubano Giunta minute 112/2026, ReportLab; justified with Tw, letter-spaced headings (Tc), running head from page 2"),
 ("consiglio-rubano-sicraweb.pdf", "R2", "act", "Rubano Consiglio minute 48/2026, ReportLab; every glyph placed alone, two-column roll, running head with number, councillor joining late"),
 ("giunta-rubano-sicraweb-contributi.pdf", "R3", "act", "Rubano Giunta minute 118/2026 presided by the Vicesindaco, ReportLab; letterhead as a Form XObject drawn after the body, rotated publication stamp"),
 ("certificato-rubano-sicraweb.pdf", "R2", "certificate", "Rubano certificate of publication of Consiglio 48/2026, HTML printed by Chromium"),
 ("giunta-frattaminore-halley.pdf", "F1", "act", "Frattaminore Giunta minute 141/2026, HTML printed by Chromium, ruled roll with X columns, fixed running foot"),
 ("consiglio-frattaminore-halley.pdf", "F2", "act", "Frattaminore Consiglio minute 39/2026, .docx (python-docx) through LibreOffice; roll in PRESENTI/ASSENTI blocks, councillor joining late, majority"),
 ("giunta-frattaminore-halley-adi.pdf", "F3", "act", "Frattaminore Giunta minute 147/2026, HTML by wkhtmltopdf; roll in prose, not immediately executive"),
 ("certificato-frattaminore-halley.pdf", "F1", "certificate", "Frattaminore certificate of publication of Giunta 141/2026, fpdf2 form filled over underscores"),
 ("consiglio-uras-siscom.pdf", "U1", "act", "Uras Consiglio minute 27/2026, 80-column Courier report typeset by groff, two-column roll"),
 ("giunta-uras-siscom.pdf", "U2", "act", "Uras Giunta minute 96/2026, 80-column Courier report by enscript"),
 ("giunta-uras-siscom-lavoras.pdf", "U3", "act", "Uras Giunta minute 101/2026, pdfLaTeX with kerned letter-spaced headings, majority with an abstention"),
 ("certificato-uras-siscom.pdf", "U2", "certificate", "Uras certificate of publication of Giunta 96/2026, plain text by a2ps"),
]

def shown(f, s):
    # groff, enscript, a2ps and pdfTeX print the apostrophe as U+2019; pdfTeX's quotes are curly
    if "uras" not in f: return s
    if f.endswith("lavoras.pdf") and '"' in s:
        s = s.replace('"', "\u201c", 1).replace('"', "\u201d", 1)
    return s.replace("'", "\u2019")

def norm(s): return re.sub(r"\s+", " ", s).strip()

keys, miss = [], 0
for f, k, role, what in FILES:
    a = dict(ACTS[k]); a["subject"] = shown(f, a["subject"])
    a["roll"] = [(shown(f, n), r, p) for n, r, p in a["roll"]]
    txt = norm(subprocess.run(["pdftotext", "-layout", os.path.join(SET, f), "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    exact, ci = [], []
    if role == "certificate":
        act = {"municipality": a["c"]["muni"], "kind": "attestazione", "number": a["number"], "date": a["date"], "subject": a["subject"]}
        key = {"file": f, "role": role, "what": what, "act": act}
        exact += [a["subject"], f'{a["number"]}', it_date(a["date"])]; ci.append(act["municipality"])
    else:
        act = {"municipality": a["c"]["muni"], "organ": a["organ"], "kind": "deliberazione", "number": a["number"],
               "date": a["date"], "time": a["time"]}
        for x in ("proposal_number", "proposal_date", "proposing_office"):
            if x in a: act[x] = a[x]
        act["subject"] = a["subject"]
        act["attendees"] = [{"name": n, "role": r, "present": p} for n, r, p in a["roll"]]
        act["president"] = a["president"]; act["secretary"] = a["secretary"]
        act["vote"] = a["vote"]
        if "counts" in a: act["vote_counts"] = a["counts"]
        act["immediately_executive"] = a["ie"]
        key = {"file": f, "role": role, "what": what, "operative_points": a["points"], "act": act}
        exact += [a["subject"], it_date(a["date"]), a["time"].replace(":", ":")]
        if "proposal_number" in a: exact += [str(a["proposal_number"]), it_date(a["proposal_date"])]
        ci += [act["municipality"], a["organ"], a.get("proposing_office", a["organ"])]
        for n, r, p in a["roll"]: ci += [n, r]
        for x in (a["president"], a["secretary"]): ci += [x["title"] + " " + x["name"], x["role"]]
    for s in exact:
        if norm(s) not in txt: print(f"MISS {f}: {s!r}"); miss += 1
    for s in ci:
        if norm(s).lower() not in low: print(f"MISS(ci) {f}: {s!r}"); miss += 1
    keys.append(key)
json.dump(keys, open(os.path.join(SET, "keys.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(keys)} keys, {miss} misses")
sys.exit(1 if miss else 0)
