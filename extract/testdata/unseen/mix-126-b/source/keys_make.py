# -*- coding: utf-8 -*-
"""Writes ../keys.json for set mix-126-b and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed; case ignored
for names, roles, organs and offices, kept for subjects). Also checks that
the number, the dates (dd/mm/yyyy) and the time are printed. Exits 1 on a
miss.
"""
import json
import os
import re
import subprocess
import sys

from data import (codevigo, gragnano, naro, CODEVIGO_ROLL, GRAGNANO_ROLL, NARO_ROLL,
                  CODEVIGO_PRESIDENT, CODEVIGO_SECRETARY, GRAGNANO_PRESIDENT,
                  GRAGNANO_SECRETARY, NARO_PRESIDENT, NARO_SECRETARY, NARO_SETTORI, dmy)

SRC = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(SRC)

WHAT = {
    9: "Giunta minute, Civilia Next layout: header box with Numero/Data/Proposta/Ufficio proponente, roll table, pareri signed by the Area's Responsabile; HTML printed by headless Chromium with @page margin boxes (running foot with the number)",
    12: "Giunta minute, same Civilia Next HTML by Chromium, one assessore absent, not immediately executive (executive after ten days)",
    15: "Giunta minute, same Civilia Next HTML printed by wkhtmltopdf 0.12.6 (Qt WebKit), no running foot, contabile parere 'non dovuto'",
    18: "Giunta minute, Civilia Next 'modello Word': .docx written by python-docx, exported by LibreOffice Writer 7.4; header tables, running foot with PAGE/NUMPAGES fields; majority vote with counts",
    21: "Giunta minute, Cityware 80-column Courier report in plain troff (groff -Tps, ps2pdf); letter-spaced letterhead, 'PROPOSTA N. ... DEL ... DEL SERVIZIO ...' line, roll in two columns, running head with the number from page 2",
    25: "Giunta minute, the same Cityware report printed by enscript (Courier 10, header with the number on every page, apostrophes as quoteright), two assessori absent",
    29: "Giunta minute, the same Cityware report printed by a2ps (title box with the number on every page, hyphens as minus and apostrophes as quoteright in the text layer); majority vote PRESENTI/VOTANTI/FAVOREVOLI/CONTRARI",
    33: "Giunta minute, Cityware frontispiece as a pre-printed form of underscores filled by overprinting (number, dates, office, day, hour, P/A marks, counts), typed 80-column body; fpdf2 core Courier",
    11: "Giunta Municipale minute, Halley layout (proposal box with 'Proponente: Il Sindaco' and 'Settore proponente:'); ReportLab platypus, justified with Tw, roll table, running foot, Albo stamp rotated up the left margin",
    16: "Giunta Municipale minute, Halley layout ('Proponente:' naming the Settore); ReportLab canvas placing every glyph alone (no space characters), letter-spaced headings with Tc, one assessore absent",
    20: "Giunta Municipale minute, Halley layout with only 'PROPOSTA N. 23 DEL 14/02/2028' in the box, proposing Settore named by the parere tecnico's signer; raw content streams by pikepdf, letterhead/foot/pareri as Form XObjects, body drawn bottom-up",
    24: "Giunta Municipale minute, Halley layout ('Settore proponente:' and 'Proponente: L'Assessore'); pdfLaTeX (Times, T1), fancyhdr running head and foot, microtype letter-spaced headings; majority vote, not immediately executive",
}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    return collapse(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                   text=True, check=True).stdout)


def person(t):
    return {"title": t[0], "role": t[1], "name": t[2]}


def key_for(a, comune):
    if comune == "codevigo":
        muni, organ, roll = "Comune di Codevigo", "Giunta Comunale", CODEVIGO_ROLL
        pres, secr = CODEVIGO_PRESIDENT, CODEVIGO_SECRETARY
        office = a["proposing_office"]
        subject = a["subject"]
    elif comune == "gragnano":
        muni, organ, roll = "Comune di Gragnano", "Giunta Comunale", GRAGNANO_ROLL
        pres, secr = GRAGNANO_PRESIDENT, GRAGNANO_SECRETARY
        office = a["proposing_office"]
        subject = a["subject"]
    else:
        muni, organ, roll = "Comune di Naro", "Giunta Municipale", NARO_ROLL
        pres, secr = NARO_PRESIDENT, NARO_SECRETARY
        office = NARO_SETTORI[a["settore"]][0]
        subject = a["subject"]
        if a["number"] == 24:   # pdfLaTeX prints the apostrophe as U+2019
            subject = subject.replace("'", "\u2019")
    act = {
        "municipality": muni, "organ": organ, "kind": "deliberazione",
        "number": a["number"], "date": a["date"], "time": a["time"],
        "proposal_number": a["proposal_number"], "proposal_date": a["proposal_date"],
        "proposing_office": office, "subject": subject,
        "attendees": [{"name": n, "role": r, "present": n not in a["absent"]} for n, r in roll],
        "president": person(pres), "secretary": person(secr),
        "vote": a["vote"],
    }
    if a.get("vote_counts"):
        act["vote_counts"] = a["vote_counts"]
    act["immediately_executive"] = a["ie"]
    return {"file": a["file"], "role": "act", "what": WHAT[a["number"]],
            "operative_points": len(a["points"]), "act": act}


def check(key, text):
    low = text.lower()
    act = key["act"]
    misses = []

    def need(s, case=False):
        s = collapse(s)
        if (s not in text) if case else (s.lower() not in low):
            misses.append(s)

    need(act["municipality"]); need(act["organ"]); need(act["proposing_office"])
    need(act["subject"], case=True)
    for at in act["attendees"]:
        need(at["name"]); need(at["role"])
    for k in ("president", "secretary"):
        p = act[k]
        need(p["role"]); need(p["name"]); need("%s %s" % (p["title"], p["name"]))
    for d in (act["date"], act["proposal_date"]):
        need(dmy(d))
    if act["time"] not in text and act["time"].replace(":", ",") not in text:
        misses.append(act["time"])
    n, pn = act["number"], act["proposal_number"]
    # the number as the header prints it: "N. 11", "Numero ... 15" (label over
    # value in a header box), "N. ________ 33" (typed over a blank)
    num_pats = [r"\bN\. ?%d\b", r"\bNumero\b.{0,80}?\b%d\b", r"\bN\. _+ %d\b"]
    if not any(re.search(p % n, text, re.I) for p in num_pats):
        misses.append("number %d" % n)
    prop_pats = [r"\bPropost[ao]\b.{0,90}?\b%d\b", r"\bproposta di deliberazione n\. %d\b"]
    if not any(re.search(p % pn, text, re.I) for p in prop_pats):
        misses.append("proposal number %d" % pn)
    return misses


def main():
    keys = []
    for comune, acts in (("codevigo", codevigo), ("gragnano", gragnano), ("naro", naro)):
        for a in acts:
            keys.append(key_for(a, comune))
    bad = 0
    for k in keys:
        pdf = os.path.join(SET, k["file"])
        if not os.path.exists(pdf):
            print("MISSING FILE", k["file"]); bad += 1; continue
        if os.path.getsize(pdf) > 400 * 1024:
            print("TOO BIG", k["file"]); bad += 1
        m = check(k, text_of(pdf))
        for s in m:
            print("MISS %s: %r" % (k["file"], s))
        bad += len(m)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d keys written, %d misses" % (len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
