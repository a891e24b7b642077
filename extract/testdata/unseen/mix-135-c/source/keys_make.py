# -*- coding: utf-8 -*-
"""Writes ../keys.json for set mix-135-c and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed). Subjects must
be found exactly; municipality, organ, office and proposing office without
regard to case. Numbers and dates must appear as printed. Exit status 1 on a
miss.
"""
import json
import os
import re
import subprocess
import sys
import acts

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

WHAT = {
    "V1": "determinazione of Verucchio's Settore II (Servizio in the letterhead, register box beside the title, "
          "proposal line, subject in a label cell); ReportLab Platypus, justified with Tw, running head and foot with the number",
    "V2": "determinazione of Verucchio's Settore III, same house style typeset by pdfLaTeX (letter-spaced title and verb "
          "by microtype, fancyhdr running head and foot, words as TJ arrays without space characters)",
    "V3": "decreto di esproprio of Verucchio's Settore II, one decree number only, same house style printed by "
          "headless Chromium (running head and foot repeated as table head and foot)",
    "V4": "determinazione of Verucchio's Settore I, same house style from ReportLab 'printed' to PDF through "
          "pdftops and Ghostscript (subsetted Type 1C fonts)",
    "B1": "determinazione of Borgorose's Area Tecnica in the Cedaf 80-column Courier report (Area and Ufficio in a box "
          "drawn with + - | beside the register numbers, letter-spaced name); enscript + ps2pdf, running head 'Pag. x di y'",
    "B2": "determinazione of Borgorose's Area Amministrativa, same 80-column report printed by a2ps + ps2pdf (hyphens come "
          "out as minus signs and apostrophes as right quotes in the text layer)",
    "B3": "determinazione of Borgorose's Area Finanziaria, same report as a form printed by fpdf2: every glyph placed "
          "alone, register numbers and dates written in bold over underscore blanks",
    "B4": "decreto di occupazione temporanea of Borgorose's Area Tecnica, same house layout in plain troff (groff -Tps "
          "+ ps2pdf), premesse and dispositivo filled and justified by troff",
    "S1": "determinazione of San Sperate whose Area stands only in the running head and whose Servizio only in the "
          "signature; python-docx model exported by LibreOffice Writer, numbers in a ruled grid, subject in capitals",
    "S2": "determinazione of San Sperate's Area Socio-Culturale, same house style from the web module through "
          "wkhtmltopdf (running head drawn in the page box, CSS zoom)",
    "S3": "decreto di asservimento of San Sperate's Area Tecnica written as raw content streams with pikepdf: glyphs "
          "placed one at a time, letterhead and running head as Form XObjects painted after the body, rotated "
          "publication stamp up the margin, list of plots on page 2",
    "S4": "determinazione of San Sperate's Area Amministrativa (graduatoria) drawn on the ReportLab canvas: lines "
          "justified with Tw, title and verb letter-spaced with Tc, subject in capitals with a slight Tc",
}


def iso(d):
    dd, mm, yy = d.split("/")
    return "%s-%s-%s" % (yy, mm, dd)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return collapse(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                   text=True, check=True).stdout)


def main():
    keys, misses = [], []
    for a in acts.ALL:
        h = acts.house(a)
        pdf = os.path.join(SET, a["file"])
        txt = text_of(pdf)
        low = txt.lower()
        act = {"municipality": h["muni"], "organ": a["organ"], "office": a["office"],
               "kind": a["kind"], "number": a["rg"][0]}
        if "rs" in a:
            act["sector_number"] = a["rs"][0]
        act["date"] = iso(a["rg"][1])
        if "prop" in a:
            act["proposal_number"] = a["prop"][0]
            act["proposal_date"] = iso(a["prop"][1])
            act["proposing_office"] = a["prop_office"]
        subj = collapse(a["subject"])
        if subj not in txt:
            # the text layer of a Courier report may carry the apostrophe as a
            # right single quote (the glyph the PostScript encoding prints)
            alt = subj.replace("'", "\u2019")
            if alt in txt:
                subj = alt
        act["subject"] = subj
        # checks
        for f in ("municipality", "organ", "office", "proposing_office"):
            if f in act and collapse(act[f]).lower() not in low:
                misses.append((a["file"], f, act[f]))
        if act["subject"] not in txt:
            misses.append((a["file"], "subject", act["subject"]))
        for f, v in (("number", a["rg"]), ("sector_number", a.get("rs")), ("proposal", a.get("prop"))):
            if v is None:
                continue
            if str(v[0]) not in txt:
                misses.append((a["file"], f, v[0]))
            if v[1] not in txt:
                misses.append((a["file"], f + " date", v[1]))
        for who in (a["sign"][1],):
            if collapse(who).lower() not in low:
                misses.append((a["file"], "signer", who))
        keys.append({"file": a["file"], "role": "act", "what": WHAT[a["id"]],
                     "operative_points": len(a["points"]), "act": act})
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    for m in misses:
        print("MISS", *m)
    print("%d keys written, %d misses" % (len(keys), len(misses)))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
