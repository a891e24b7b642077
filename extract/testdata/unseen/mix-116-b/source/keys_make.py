# -*- coding: utf-8 -*-
"""Writes ../keys.json from content.py and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed, apostrophes and the
minus sign folded).  Subjects and names must match with their case, the
body, organ, offices, roles and titles without it.  Numbers, dates and times
must be printed too.  Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys
from content import D

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

WHAT = {
    "A1": "Giunta dell'Unione minute n. 27/2027 (residui), roll of the twelve Sindaci with their Comune and their post in the Giunta; HTML printed by headless Chromium with @page margin boxes (running head with the number, 'Pag. x di y')",
    "A2": "Consiglio dell'Unione minute n. 9/2027 (rendiconto), roll of 24 grouped by Comune (rowspan), majority vote with counts, Albo stamp rotated up the left margin; HTML printed by wkhtmltopdf 0.12.6",
    "A3": "Giunta dell'Unione minute n. 31/2027, two delegates standing in for their Sindaci, not immediately executive; ReportLab canvas, every justified line its own text object with Tw, letter-spaced headings with Tc, running head/foot, page total in a Form XObject",
    "A4": "Consiglio dell'Unione minute n. 10/2027, roll of 24 in two columns (name, Comune, P/A: no roles), header/footer with page fields; .docx (python-docx) converted by LibreOffice 7.4",
    "B1": "Giunta Esecutiva minute n. 18/2027 of a Comunità Montana, Halley-like layout (ORIGINALE box, roll with P/A, pareri, certificate of publication at the end); fpdf2 core fonts, justified with Tw, letter-spaced heading with Tc",
    "B2": "Consiglio Generale minute n. 5/2027, roll of the Comuni's representatives (Sindaci and delegated councillors) in two columns, majority vote; pdfLaTeX (Times, T1), running foot with the number",
    "B3": "Giunta Esecutiva minute n. 21/2027 presided by the Vice Presidente with a Vice Segretario; hand-written content streams (pikepdf): every glyph placed alone with no space characters, letterhead and running foot in Form XObjects drawn after the body, Albo stamp rotated up the right margin",
    "B4": "Consiglio Generale minute n. 6/2027, roll with the Comune beside each representative, not immediately executive; plain troff (groff-base) through PostScript and ps2pdf, running foot by a page trap",
    "C1": "Assemblea Consortile minute n. 3/2027 of a waste consortium, roll with shares (quote %), vote weighted by shares with one abstention; 80-column Courier report printed by enscript and ps2pdf, running head with number and page counter",
    "C2": "Consiglio di Amministrazione minute n. 14/2027, three members one absent, minute taken by an area head; 80-column Courier report printed by a2ps and ps2pdf (hyphens become minus signs, apostrophes quoteright)",
    "C3": "Assemblea Consortile minute n. 2/2027, only the absent printed (with their Comune and share), majority weighted by shares; troff in Courier (groff-base) justified by troff's motions, running head by a page trap, ps2pdf",
    "C4": "Consiglio di Amministrazione minute n. 17/2027 on the consortium's pre-printed form MOD. CDA/01: values overprinted on underscore blanks, ticked boxes, subject typed in a ruled box; ReportLab",
}

ROLL_ROLES = {"A1": True, "A2": True, "A3": True, "A4": False, "B1": True, "B2": True, "B3": True,
              "B4": True, "C1": True, "C2": True, "C3": False, "C4": True}


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2212", "-").replace("\u2013", "-")
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def key_for(k):
    d = D[k]
    a = {"municipality": d["body"], "organ": d["organ"], "kind": "deliberazione", "number": d["number"],
         "date": d["date"], "time": d["time"]}
    for f in ("proposal_number", "proposal_date", "proposing_office"):
        if f in d:
            a[f] = d[f]
    a["subject"] = d["subject"]
    roll = d["roll"]
    if k == "C3":
        roll = [r for r in roll if not r["present"]]
    att = []
    for r in roll:
        e = {"name": r["name"]}
        if ROLL_ROLES[k]:
            e["role"] = r["role"]
        e["present"] = r["present"]
        att.append(e)
    a["attendees"] = att
    a["president"] = dict(d["president"])
    a["secretary"] = dict(d["secretary"])
    a["vote"] = d["vote"]
    if "vote_counts" in d:
        a["vote_counts"] = d["vote_counts"]
    a["immediately_executive"] = d["immediately_executive"]
    return {"file": d["file"], "role": "act", "what": WHAT[k], "operative_points": len(d["points"]), "act": a}


def main():
    keys = [key_for(k) for k in ("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4")]
    miss = 0
    for kk in keys:
        path = os.path.join(SET, kk["file"])
        txt = norm(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True,
                                  check=True).stdout)
        low = txt.casefold()
        a = kk["act"]
        strict, loose = [a["subject"]], [a["municipality"], a["organ"]]
        if "proposing_office" in a:
            loose.append(a["proposing_office"])
        for e in a["attendees"]:
            strict.append(e["name"])
            if "role" in e:
                loose.append(e["role"])
        for p in (a["president"], a["secretary"]):
            strict.append(p["name"])
            loose.append(p["role"])
            if "title" in p:
                loose.append(p["title"] + " " + p["name"])
        for s in strict:
            if norm(s) not in txt:
                print("MISS %s: %r" % (kk["file"], s))
                miss += 1
        for s in loose:
            if norm(s).casefold() not in low:
                print("MISS %s (any case): %r" % (kk["file"], s))
                miss += 1
        y, m, dd = a["date"].split("-")
        if "%s/%s/%s" % (dd, m, y) not in txt and "%s-%s-%s" % (dd, m, y) not in txt:
            print("MISS %s: date %s" % (kk["file"], a["date"]))
            miss += 1
        if "proposal_date" in a:
            y, m, dd = a["proposal_date"].split("-")
            if "%s/%s/%s" % (dd, m, y) not in txt and "%s-%s-%s" % (dd, m, y) not in txt:
                print("MISS %s: proposal date" % kk["file"])
                miss += 1
        if a["time"] not in txt:
            print("MISS %s: time %s" % (kk["file"], a["time"]))
            miss += 1
        if not re.search(r"\bn\.\s*%d\b" % a["number"], txt, re.I) and not (
                kk["file"].startswith("cda-n17") and re.search(r"\b%d\b" % a["number"], txt)):
            print("MISS %s: number %d" % (kk["file"], a["number"]))
            miss += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(keys), miss))
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
