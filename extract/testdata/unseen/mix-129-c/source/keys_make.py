"""Writes ../keys.json from acts.py and checks every keyed string against pdftotext -layout."""
import json, os, re, subprocess, sys
from acts import ACTS
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
WHAT = {
 "reportlab-tw": "Giunta Municipale minute, Urbi-like model of Venetico: ReportLab canvas, justified lines with Tw and a little Tc, letter-spaced letterhead, roll table with Presente/Assente columns marked X, running foot with the number",
 "chromium": "Giunta Municipale minute, the same Urbi-like model of Venetico as HTML printed by headless Chromium; Vicesindaco presiding, majority vote",
 "reportlab-glyphs": "Consiglio Comunale minute, Urbi-like model of Venetico: ReportLab, every glyph placed alone (spaces only as gaps), roll as a ruled table of two members a row with PRES./ASS. columns, running foot",
 "wkhtmltopdf": "Consiglio Comunale minute, Urbi-like model of Venetico as HTML printed by wkhtmltopdf 0.12.6; roll two members a row",
 "fpdf2-heads": "Giunta Comunale minute, Sicraweb-like model of Bedizzole: fpdf2, number box top right, numbered roll with presente/assente, running head and foot with the number from page 2",
 "libreoffice-docx": "Giunta Comunale minute, Sicraweb-like model of Bedizzole: .docx by python-docx exported by LibreOffice 7.4; header table, Word numbered list for the roll with tab stops, header/footer with the number",
 "pdflatex": "Consiglio Comunale minute, Sicraweb-like model of Bedizzole typeset by pdfLaTeX; numbered roll of 17 in two columns (multicol) with leader dots, fancyhdr running head",
 "fpdf2-form": "Consiglio Comunale minute, Bedizzole's model as a form: fpdf2, number, date, hour, presence marks and signers written over blanks of underscores",
 "enscript": "Giunta Comunale minute, Halley-like 80-column Courier report of Elmas printed by GNU enscript and ps2pdf; roll two members a row, names in capitals with the role on the next line",
 "groff": "Giunta Comunale minute, the same 80-column report of Elmas set by groff (troff, -Tps) and ps2pdf, page trap foot with the number",
 "reportlab-xobject": "Consiglio Comunale minute, the 80-column report of Elmas drawn by ReportLab: letterhead, roll and signatures in Form XObjects painted after the body (out of reading order), a rotated publication stamp up the right margin, running line with the number",
 "a2ps": "Consiglio Comunale minute, the 80-column report of Elmas printed by a2ps and ps2pdf (hyphens drawn as minus signs); Sindaco presiding in the Presidente's absence",
}
CURLY = {"pdflatex", "enscript", "groff", "a2ps"}   # these producers print ' as a right quote
def printed(s, prod):
    return s.replace("'", "\u2019") if prod in CURLY else s
def norm(s):
    return re.sub(r"\s+", " ", s).strip()
keys, miss = [], 0
for a in ACTS:
    pr = a["producer"]
    act = {"municipality": a["muni"]["municipality"], "organ": a["organ"], "kind": "deliberazione",
           "number": a["number"], "date": a["date"], "time": a["time"]}
    for k in ("proposal_number", "proposal_date", "proposing_office"):
        if k in a: act[k] = a[k]
    act["subject"] = printed(a["subject"], pr)
    att = []
    for r in a["roll"]:
        e = {"name": printed(r["name"], pr)}
        # Venetico's Consiglio roll prints a role only beside the Presidente
        if not (pr in ("reportlab-glyphs", "wkhtmltopdf") and r["role"] == "Consigliere"):
            e["role"] = r["role"]
        e["present"] = r["present"]
        att.append(e)
    act["attendees"] = att
    act["president"] = dict(a["president"]); act["secretary"] = dict(a["secretary"])
    act["vote"] = a["vote"]
    if a["counts"]:
        vc = dict(a["counts"])
        if a["number"] == 18 and pr == "reportlab-glyphs": vc["abstained"] = 0   # "astenuti nessuno"
        act["vote_counts"] = vc
    act["immediately_executive"] = a["ie"]
    keys.append({"file": a["file"], "role": "act", "what": WHAT[pr], "operative_points": len(a["points"]), "act": act})
    # check
    pdf = os.path.join(SET, a["file"])
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    checks = [act["subject"], act["organ"], act.get("proposing_office", "")]
    for e in att:
        checks.append(e["name"])
        if "role" in e: checks.append(e["role"])
    for p in (act["president"], act["secretary"]):
        checks += [p["title"] + " " + p["name"], p["role"]]
    for s in filter(None, checks):
        if norm(s) not in txt:
            print(f"MISS {a['file']}: {s!r}"); miss += 1
    if act["municipality"].lower() not in txt.lower():
        print(f"MISS {a['file']}: municipality"); miss += 1
json.dump(keys, open(os.path.join(SET, "keys.json"), "w"), ensure_ascii=False, indent=1)
print(f"{len(keys)} keys, {miss} misses")
sys.exit(1 if miss else 0)
