# -*- coding: utf-8 -*-
"""Writes ../keys.json for set mix-126-c and checks every keyed string against
`pdftotext -layout` of its PDF (white space collapsed; names, roles, organs
and offices without regard to case; subjects exactly). Exits 1 on a miss.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from acts import ACTS, BODIES, roll  # noqa: E402

MUNI = {"samarate": "Comune di Samarate", "spezzano": "Comune di Spezzano della Sila",
        "borgio": "Comune di Borgio Verezzi"}

# how each file was made, and what its text layer does
WHAT = {
    "S4": "Consiglio minute n. 4 of Samarate (17 members, table of two members a row), ReportLab platypus, "
          "justified by Tw, running head and foot with the number and 'Pag. x di y'",
    "S5": "Consiglio minute n. 5 of Samarate, same house style as HTML printed by headless Chromium with page "
          "margin boxes; a councillor left before the item (marked A in the roll)",
    "S8": "Consiglio minute n. 8 of Samarate, same house style written as .docx (python-docx) and exported by "
          "LibreOffice Writer; the Vice Presidente del Consiglio presides",
    "S9": "Consiglio minute n. 9 of Samarate, content streams by hand (pikepdf): letterhead, head, foot and roll "
          "as Form XObjects, blocks drawn bottom-up, words as TJ strings without spaces, rotated Albo stamp",
    "P2": "Consiglio minute n. 2 of Spezzano della Sila, 80-column Courier report (roll numbered across two "
          "columns) through enscript and ps2pdf; apostrophes come out as U+2019",
    "P3": "Consiglio minute n. 3 of Spezzano della Sila, same 80-column report typeset by groff -Tps "
          "(plain troff, Courier) and ps2pdf",
    "P6": "Consiglio minute n. 6 of Spezzano della Sila, same 80-column report through a2ps and ps2pdf "
          "(hyphens become minus signs, apostrophes U+2019)",
    "P7": "Consiglio minute n. 7 of Spezzano della Sila, same 80-column report drawn by fpdf2 one Courier glyph "
          "at a time",
    "B3": "Consiglio minute n. 3 of Borgio Verezzi (11 members in three columns, name in capitals over the "
          "role), pdfLaTeX with letter-spaced heading, hyphenation and fancyhdr running head",
    "B4": "Consiglio minute n. 4 of Borgio Verezzi, same house style as HTML through wkhtmltopdf, letter-spacing "
          "by CSS, fixed-height sheets with their own running head",
    "B6": "Consiglio minute n. 6 of Borgio Verezzi, fpdf2 core Times: justified by Tw, heading letter-spaced by "
          "Tc, number and date typed inside blanks of underscores",
    "B7": "Consiglio minute n. 7 of Borgio Verezzi, ReportLab canvas: lines justified with Tc and Tw, number and "
          "date drawn over rows of underscores, Albo stamp rotated up the right margin (pikepdf)",
}
# files whose text layer turns the typed apostrophe into U+2019 (enscript, a2ps, pdfLaTeX)
CURLY = {"P2", "P6", "B3"}


def coll(s):
    return re.sub(r"\s+", " ", s).strip()


def key_for(a):
    b = BODIES[a["comune"]]
    subject = a["subject"].replace("'", "\u2019") if a["id"] in CURLY else a["subject"]
    k = {
        "municipality": MUNI[a["comune"]],
        "organ": "Consiglio Comunale",
        "kind": "deliberazione",
        "number": a["number"],
        "date": a["date"],
        "time": a["time"],
    }
    if "proposal_number" in a:
        k["proposal_number"] = a["proposal_number"]
        k["proposal_date"] = a["proposal_date"]
        k["proposing_office"] = a["proposing_office"]
    k["subject"] = subject
    k["attendees"] = [{"name": n, "role": r, "present": p} for n, r, p in roll(a)]
    k["president"] = dict(a.get("president") or b["president"])
    k["secretary"] = dict(b["secretary"])
    k["vote"] = a["vote_kind"]
    k["vote_counts"] = dict(a["vote_counts"])
    k["immediately_executive"] = a["immediately_executive"]
    return {"file": a["file"], "role": "act", "what": WHAT[a["id"]], "operative_points": len(a["points"]),
            "act": k}


def check(entry):
    path = os.path.join(SET, entry["file"])
    txt = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    t = coll(txt)
    tl = t.lower()
    k = entry["act"]
    miss = []

    def ci(label, s):
        if coll(s).lower() not in tl:
            miss.append("%s: %r" % (label, s))

    if coll(k["subject"]) not in t:
        miss.append("subject: %r" % k["subject"])
    ci("municipality", k["municipality"])
    ci("organ", k["organ"])
    if "proposing_office" in k:
        ci("proposing_office", k["proposing_office"])
    for at in k["attendees"]:
        ci("attendee", at["name"])
        ci("role", at["role"])
    for who in ("president", "secretary"):
        ci(who + ".name", k[who]["name"])
        ci(who + ".role", k[who]["role"])
        ci(who + ".title", k[who]["title"] + " " + k[who]["name"])
    y, m, d = k["date"].split("-")
    if "%s/%s/%s" % (d, m, y) not in t:
        miss.append("date %s" % k["date"])
    hh, mm = k["time"].split(":")
    if not re.search(r"ore %s[:,.]%s" % (hh, mm), t):
        miss.append("time %s" % k["time"])
    if not re.search(r"\b%d\b" % k["number"], t):
        miss.append("number %d" % k["number"])
    if "proposal_number" in k and ("Proposta n. %d" % k["proposal_number"]) not in t:
        miss.append("proposal_number")
    # roll: presence marks consistent with the printed totals
    p = sum(1 for at in k["attendees"] if at["present"])
    if k["vote_counts"].get("present") not in (None, p):
        miss.append("present count %d vs roll %d" % (k["vote_counts"]["present"], p))
    return miss


def main():
    keys = [key_for(a) for a in ACTS]
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    bad = 0
    for e in keys:
        m = check(e)
        if m:
            bad += 1
            print("MISS %s:" % e["file"])
            for x in m:
                print("   ", x)
    print("%d keys written, %d files with misses" % (len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
