#!/usr/bin/env python3
# Writes ../keys.json from data.py and checks every keyed string against pdftotext -layout.
import json, os, re, subprocess, sys
from data import DOCS
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(HERE)
HOW = {"chromium": "HTML printed by headless Chromium (position:fixed running head and foot)",
       "wkhtmltopdf": "HTML printed by wkhtmltopdf 0.12 (smart shrinking)",
       "soffice": ".docx written by python-docx, exported by LibreOffice 7.4",
       "reportlab-tw": "ReportLab canvas, justification by Tw/Tc, letter-spaced headings",
       "reportlab-glyphs": "ReportLab canvas, every glyph placed by its own text object, justified by moving words",
       "fpdf2": "fpdf2 printed form, values written over blanks of underscores",
       "pikepdf": "ReportLab canvas with the letterhead in a Form XObject drawn after the body and a protocol stamp rotated up the margin, rewritten by pikepdf",
       "enscript": "80-column Courier report printed by enscript, ps2pdf",
       "groff": "80-column Courier report typeset by groff -Tps (plain troff, .nf), ps2pdf",
       "a2ps": "80-column Courier report printed by a2ps, ps2pdf",
       "pdflatex": "80-column report set in verbatim Courier by pdfLaTeX"}
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-")  # a2ps prints - as U+2212
    return re.sub(r"\s+", " ", s).strip().lower()
keys, miss = [], 0
for d in DOCS:
    scafa = d["c"]["sw"] == "sisweb"
    up = (lambda s: s.upper()) if scafa else (lambda s: s)
    act = {"municipality": d["c"]["muni"], "organ": up(d["organ"]), "office": up(d["office"]),
           "kind": "determinazione", "number": d["number"], "sector_number": d["sector_number"], "date": d["date"]}
    if "proposal_number" in d:
        act.update(proposal_number=d["proposal_number"], proposal_date=d["proposal_date"], proposing_office=up(d["proposing_office"]))
    act["subject"] = d["subject"]
    keys.append({"file": d["file"], "role": "act",
                 "what": f"determinazione of the {d['organ']} of {d['c']['muni']} ({d['c']['sw']} house style): {HOW[d['producer']]}",
                 "operative_points": len(d["points"]), "act": act})
    pdf = os.path.join(SET, d["file"])
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    checks = [act["municipality"], act["organ"], act["office"], act.get("proposing_office"), act["subject"],
              d["resp"][2], str(d["number"]), str(d["sector_number"])]
    for s in checks:
        if s and norm(s) not in txt:
            print(f"MISS {d['file']}: {s!r}"); miss += 1
json.dump(keys, open(os.path.join(SET, "keys.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(keys)} keys, {miss} misses")
sys.exit(1 if miss else 0)
