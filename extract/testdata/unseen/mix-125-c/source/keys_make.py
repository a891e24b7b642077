# -*- coding: utf-8 -*-
"""Writes ../keys.json from data.py and checks every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed). Organs, names, roles
and titles are compared without regard to case; subjects with case. An
apostrophe or hyphen may be printed as ' or U+2019, - or U+2212: the subject
is then keyed as printed (the text layer's character). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys
from data import (COLLECORVINO, COLL_ACTS, MERANO, MER_ACTS, SGV, SGV_ACTS,
                  attendance, secretary_of)

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

WHAT = {
    "C1": "Giunta minute n. 2/2028 of Collecorvino, all five present, Sindaco presiding; ReportLab canvas with its own Tw/Tc justification, ruled Presente/Assente roll, running foot with the number",
    "C2": "Giunta minute n. 5/2028 of Collecorvino, Sindaco absent, Vice Sindaco presiding; HTML printed by headless Chromium, letter-spaced title, foot in @page margin boxes",
    "C3": "Giunta minute n. 9/2028 of Collecorvino, one assessore absent, majority vote with counts; .docx (python-docx) exported by LibreOffice Writer, letterhead and foot in header/footer",
    "C4": "Giunta minute n. 14/2028 of Collecorvino, Sindaco and one assessore absent, Vice Sindaco presiding, Vice Segretario; fpdf2 core fonts, justified multi_cell, char-spaced title, running head and foot; not immediately executive",
    "M1": "Giunta minute n. 6/2028 of Merano (bilingual labels), two absent, Sindaco presiding; pdfLaTeX, two-column roll, fancyhdr running head",
    "M2": "Giunta minute n. 18/2028 of Merano, Sindaco absent, Vicesindaca presiding, majority vote with counts; raw content streams via pikepdf, every glyph placed alone, letterhead/head Form XObjects drawn last, rotated Albo stamp in the margin",
    "M3": "Giunta minute n. 31/2028 of Merano, all nine present; ReportLab with Tc letter-spaced headings, Tw justification, running head; executive after publication",
    "M4": "Giunta minute n. 44/2028 of Merano, three absent, Vicesindaca presiding, Vicesegretaria generale; HTML printed by wkhtmltopdf",
    "S1": "Giunta minute n. 1/2028 of San Giovanni Valdarno, all present; 80-column Courier report printed by enscript + ps2pdf, boxed SI/NO roll, secretary named only under the signatures",
    "S2": "Giunta minute n. 4/2028 of San Giovanni Valdarno, Sindaco absent, Vice Sindaco presiding, Vice Segretario, majority vote with counts; 80-column report printed by a2ps + ps2pdf (hyphens become minus signs)",
    "S3": "Giunta minute n. 8/2028 of San Giovanni Valdarno, one assessore absent; 80-column report in plain troff through groff -Tps and ps2pdf, running head by a trap",
    "S4": "Giunta minute n. 13/2028 of San Giovanni Valdarno, Sindaco and one assessore absent, Vice Sindaco presiding; fpdf2 pre-printed model, values typed over underscores",
}


def text_of(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                          capture_output=True, text=True).stdout


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def pattern(s):
    out = []
    for ch in collapse(s):
        if ch in "'’":
            out.append("['’]")
        elif ch in "-−":
            out.append("[-−]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


misses = []


def find(text, s, what, fname, case=False):
    m = re.search(pattern(s), text, 0 if case else re.I)
    if not m:
        misses.append("%s: %s not found: %r" % (fname, what, s))
        return s
    return collapse(m.group(0))


def key_for(comune, a, organ, municipality):
    fname = a["file"]
    path = os.path.join(SET, fname)
    text = text_of(path)
    flat = collapse(text)
    k = {"file": fname, "role": "act", "what": WHAT[a["id"]],
         "operative_points": len(a["points"])}
    act = {"municipality": municipality, "organ": organ, "kind": "deliberazione",
           "number": a["number"], "date": a["date"], "time": a["time"]}
    find(text, municipality, "municipality", fname)
    find(text, organ, "organ", fname)
    if not re.search(r"(?<![\d/.])%d(?![\d/])" % a["number"], flat):
        misses.append("%s: number %d" % (fname, a["number"]))
    y, mo, d = a["date"].split("-")
    if not ("%s/%s/%s" % (d, mo, y) in flat or "%s.%s.%s" % (d, mo, y) in flat):
        misses.append("%s: date %s" % (fname, a["date"]))
    tp = a.get("time_print", a["time"])
    if tp not in flat:
        misses.append("%s: time %s" % (fname, tp))
    act["proposal_number"] = a["proposal_number"]
    if not re.search(r"(?<![\d/.])%d(?![\d/])" % a["proposal_number"], flat):
        misses.append("%s: proposal number" % fname)
    if "proposal_date" in a:
        act["proposal_date"] = a["proposal_date"]
        y, mo, d = a["proposal_date"].split("-")
        if "%s/%s/%s" % (d, mo, y) not in flat:
            misses.append("%s: proposal date" % fname)
    act["proposing_office"] = find(text, a["proposing_office"], "proposing office", fname)
    act["subject"] = find(text, a["subject"], "subject", fname, case=True)
    att = []
    for n, r, p in attendance(comune, a):
        find(text, n, "attendee name", fname)
        find(text, r, "attendee role", fname)
        att.append({"name": n, "role": r, "present": p})
    act["attendees"] = att
    pt, pr, pn = a["president"]
    pres = {}
    if pt:
        pres["title"] = pt
    pres["role"] = pr
    pres["name"] = pn
    find(text, ("%s %s" % (pt, pn)) if pt else pn, "president name", fname)
    find(text, pr, "president role", fname)
    act["president"] = pres
    st, sr, sn = secretary_of(comune, a)
    find(text, "%s %s" % (st, sn), "secretary name", fname)
    find(text, sr, "secretary role", fname)
    act["secretary"] = {"title": st, "role": sr, "name": sn}
    act["vote"] = a["vote"]
    if a["vote_counts"]:
        act["vote_counts"] = a["vote_counts"]
    act["immediately_executive"] = a["ie"]
    k["act"] = act
    return k


def main():
    keys = []
    for a in COLL_ACTS:
        keys.append(key_for(COLLECORVINO, a, "Giunta Comunale", "Comune di Collecorvino"))
    for a in MER_ACTS:
        keys.append(key_for(MERANO, a, "Giunta comunale", "Comune di Merano"))
    for a in SGV_ACTS:
        keys.append(key_for(SGV, a, "Giunta Comunale", "Comune di San Giovanni Valdarno"))
    # the vote phrases and the executivity statements, as they are keyed
    for comune, acts in ((COLLECORVINO, COLL_ACTS), (MERANO, MER_ACTS), (SGV, SGV_ACTS)):
        for a in acts:
            text = text_of(os.path.join(SET, a["file"]))
            find(text, a["vote_text"], "vote sentence", a["file"], case=True)
            find(text, a["ie_text"], "executivity sentence", a["file"], case=True)
            # each operative point is printed (its opening words; the count is keyed)
            for i, p in enumerate(a["points"]):
                find(text, " ".join(p.split()[:6]), "operative point %d" % (i + 1), a["file"], case=True)
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if misses:
        print("\n".join(misses))
        print("%d misses" % len(misses))
        sys.exit(1)
    print("keys.json: %d keys, every keyed string found" % len(keys))


if __name__ == "__main__":
    main()
