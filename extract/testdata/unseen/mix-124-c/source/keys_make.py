# -*- coding: utf-8 -*-
"""Write ../keys.json for set mix-124-c and check every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed; names, roles, organs,
offices and municipalities without regard to case or apostrophe shape;
subjects as printed).  Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import DOCS  # noqa: E402

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def iso(d):
    dd, mm, yy = d.split("/")
    return "%s-%s-%s" % (yy, mm, dd)


def att(key, roles=True, only_roles=None):
    out = []
    for name, role, p in DOCS[key]["roll"]:
        a = {"name": name}
        if roles and (only_roles is None or name in only_roles):
            a["role"] = role
        a["present"] = p
        out.append(a)
    return out


LAMON_SEC = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Chiara Dal Pont"}
LAMON_SINDACO = {"title": "sig.", "role": "Sindaco", "name": "Loris Zanella"}
BOV_SEC = {"title": "Dott.", "role": "Segretario Comunale", "name": "Massimo Carlini"}
BOV_PRES = {"title": "Dott.ssa", "role": "Presidente del Consiglio Comunale", "name": "Valentina Di Russo"}
PE_PRES = {"title": "dott.", "role": "Presidente del Consiglio Comunale", "name": "Salvatore Castellana"}
PE_SEC = {"title": "dott.ssa", "role": "Segretario Generale", "name": "Gabriella Mangione"}

CURLY = lambda s: s.replace("'", "\u2019")   # groff and a2ps print ' as a right quote


def act(key, president, secretary, vote, counts, ie, attendees, subject=None, municipality=None,
        proposing_office=None):
    d = DOCS[key]
    a = {"municipality": municipality, "organ": "Consiglio Comunale", "kind": "deliberazione",
         "number": d["number"], "date": iso(d["date"]), "time": d["time"]}
    if "proposal_number" in d:
        a["proposal_number"] = d["proposal_number"]
        a["proposal_date"] = iso(d["proposal_date"])
    else:
        m = re.match(r"Proposta n\. (\d+) del (\S+)", d["proposal"])
        a["proposal_number"] = int(m.group(1))
        a["proposal_date"] = iso(m.group(2))
    a["proposing_office"] = proposing_office or d["proposing_office"]
    a["subject"] = subject or d["subject"]
    a["attendees"] = attendees
    a["president"] = president
    a["secretary"] = secretary
    a["vote"] = vote
    a["vote_counts"] = counts
    a["immediately_executive"] = ie
    return a


K = []


def add(key, what, ops, a):
    K.append({"file": DOCS[key]["file"], "role": "act", "what": what, "operative_points": ops, "act": a})


LAM = "Comune di Lamon"
add("L38", "Consiglio minute 38/2027 (revisione partecipazioni), Vicesindaco presiding, roll as a numbered "
    "list on tab stops; ReportLab canvas placing every glyph alone (one Tm per glyph, no spaces), "
    "headings letter-spaced with Tc", 3,
    act("L38", {"title": "sig.ra", "role": "Vicesindaco", "name": "Martina Faoro"}, LAMON_SEC, "unanimous",
        {"present": 9, "voters": 9}, True, att("L38"), municipality=LAM))
add("L41", "Consiglio minute 41/2027 (nota di aggiornamento DUP), ruled roll with a P/A column; ReportLab "
    "platypus, justified by Tw, letterhead as a Form XObject, running foot with number and Pag. n di m", 3,
    act("L41", LAMON_SINDACO, LAMON_SEC, "majority",
        {"present": 10, "voters": 10, "in_favour": 8, "against": 2, "abstained": 0}, True, att("L41"),
        municipality=LAM))
add("L42", "Consiglio minute 42/2027 (bilancio di previsione), roll as two ruled tables side by side with X; "
    "HTML printed by headless Chromium, fixed foot repeated on each page", 4,
    act("L42", {"title": "sig.", "role": "Sindaco", "name": "Loris Zanella"}, LAMON_SEC, "majority",
        {"present": 11, "in_favour": 9, "against": 2, "abstained": 0}, True, att("L42"), municipality=LAM))
add("L45", "Consiglio minute 45/2027 (convenzione polizia locale), roll written as a sentence, Vice "
    "Segretario, bulleted dispositivo, not immediately executive; fpdf2 with embedded Liberation Sans", 3,
    act("L45", LAMON_SINDACO, {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Andrea Bortoluzzi"},
        "majority", {"present": 9, "in_favour": 7, "against": 0, "abstained": 2}, False,
        att("L45", only_roles={"ZANELLA Loris", "FAORO Martina"}), municipality=LAM))

BOV = "Comune di Boville Ernica"
add("B58", "Consiglio minute 58/2027 (canone patrimoniale), Presidente del Consiglio presiding, secretary "
    "named only in the signatures, ruled roll with X under Presente/Assente; .docx (python-docx) "
    "exported by LibreOffice Writer", 3,
    act("B58", BOV_PRES, BOV_SEC, "majority",
        {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0}, True, att("B58"),
        municipality=BOV))
add("B59", "Consiglio minute 59/2027 (revisione partecipazioni), roll as two ruled tables side by side "
    "(1-7, 8-13) with X; HTML converted by wkhtmltopdf 0.12.6", 4,
    act("B59", BOV_PRES, BOV_SEC, "unanimous", {"present": 12, "voters": 12}, True, att("B59"),
        municipality=BOV))
add("B60", "Consiglio minute 60/2027 (ratifica variazione d'urgenza), Vice Presidente presiding; hand-written "
    "content streams (pikepdf): base-14 Times, Tw justification, Tc title, letterhead/foot/signatures as "
    "Form XObjects with the letterhead drawn last, publication stamp rotated up the margin", 2,
    act("B60", {"title": "Sig.", "role": "Vice Presidente del Consiglio Comunale", "name": "Marco Cellucci"},
        BOV_SEC, "majority", {"present": 10, "in_favour": 7, "against": 0, "abstained": 3}, True,
        att("B60"), municipality=BOV))
add("B61", "Consiglio minute 61/2027 (convenzione CUC), Presidente entering late and taking the chair, not "
    "immediately executive; pdfLaTeX (mathptmx), running head with the number from page 2, longtable roll", 3,
    act("B61", BOV_PRES, BOV_SEC, "unanimous", {"present": 11, "voters": 11}, False, att("B61"),
        municipality=BOV))

PE = "Comune di Porto Empedocle"
add("P71", "Consiglio minute 71/2027 (debito fuori bilancio), 80-column Courier report, roll of 16 in two "
    "columns without roles; plain troff through groff -Tps and ps2pdf (apostrophes become right quotes)", 4,
    act("P71", PE_PRES, PE_SEC, "majority",
        {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1}, True,
        att("P71", roles=False), municipality=PE, subject=CURLY(DOCS["P71"]["subject"]),
        proposing_office=DOCS["P71"]["proposing_office"].upper()))
add("P72", "Consiglio minute 72/2027 (regolamento trasporto scolastico), 80-column report, roll as a "
    "numbered list with leader dots, running head with number and Pag. n di m; GNU enscript and ps2pdf", 3,
    act("P72", PE_PRES, PE_SEC, "unanimous", {"present": 13}, False, att("P72"), municipality=PE,
        proposing_office=DOCS["P72"]["proposing_office"].upper()))
add("P73", "Consiglio minute 73/2027 (PUDM), Vice Presidente presiding, secretary named only in the "
    "signatures, roll in a box of + - |; GNU a2ps and ps2pdf (hyphens as minus signs, quotes curly)", 3,
    act("P73", {"title": "sig.ra", "role": "Vice Presidente del Consiglio Comunale", "name": "Giuseppina Sciortino"},
        {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Gabriella Mangione"}, "majority",
        {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1}, True, att("P73"),
        municipality=PE, subject=CURLY(DOCS["P73"]["subject"]),
        proposing_office=DOCS["P73"]["proposing_office"].upper().replace("-", "\u2212")))
add("P74", "Consiglio minute 74/2027 (programma triennale lavori pubblici), the package's pre-printed form "
    "filled over underscores (number, dates, hour, president, secretary, vote counts), boxes ticked with X; "
    "ReportLab in Courier", 2,
    act("P74", PE_PRES, PE_SEC, "majority",
        {"present": 14, "voters": 14, "in_favour": 10, "against": 4, "abstained": 0}, True, att("P74"),
        municipality=PE, proposing_office=DOCS["P74"]["proposing_office"].upper()))


# ------------------------------------------------------------------ checks
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def loose(s):
    return norm(s).lower().replace("\u2019", "'").replace("\u2018", "'")


def text_of(f):
    return subprocess.run(["pdftotext", "-layout", os.path.join(SET, f), "-"], capture_output=True,
                          text=True, check=True).stdout


misses = 0
for k in K:
    t = text_of(k["file"])
    tn, tl = norm(t), loose(t)
    a = k["act"]
    exact = [("subject", a["subject"])]
    loosely = [("municipality", a["municipality"]), ("organ", a["organ"]),
               ("proposing_office", a["proposing_office"])]
    for who in ("president", "secretary"):
        for fld in ("title", "role", "name"):
            loosely.append(("%s.%s" % (who, fld), a[who][fld]))
    for i, x in enumerate(a["attendees"]):
        loosely.append(("attendees[%d].name" % i, x["name"]))
        if "role" in x:
            loosely.append(("attendees[%d].role" % i, x["role"]))
    for fld, v in exact:
        if norm(v) not in tn:
            print("MISS %s %s: %r" % (k["file"], fld, v))
            misses += 1
    for fld, v in loosely:
        if loose(v) not in tl:
            print("MISS %s %s: %r" % (k["file"], fld, v))
            misses += 1
    # numbers and dates as the page prints them
    d = a["date"].split("-")
    for v in ("%s/%s/%s" % (d[2], d[1], d[0]), str(a["number"]), str(a["proposal_number"])):
        if v not in t:
            print("MISS %s number/date %r" % (k["file"], v))
            misses += 1
    if len(a["attendees"]) < 11 or len(a["attendees"]) > 17:
        print("roll size out of range", k["file"])
        misses += 1
    np_ = sum(1 for x in a["attendees"] if x["present"])
    if a["vote_counts"]["present"] != np_:
        print("NOTE %s: present %d in the vote, %d in the roll" % (k["file"], a["vote_counts"]["present"], np_))
        misses += 1
    if not os.path.exists(os.path.join(SET, k["file"])):
        misses += 1

with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
    json.dump(K, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("%d keys written, %d misses" % (len(K), misses))
sys.exit(1 if misses else 0)
