#!/usr/bin/env python3
# Writes ../keys.json for set mix-137-b and checks every keyed string against
# `pdftotext -layout` of its PDF (whitespace collapsed). Exits 1 on a miss.
import json, os, re, subprocess, sys
from data import ACTS

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

WHAT = {
 "consiglio-salabaganza-civilianext-01.pdf": "Consiglio Comunale minute n. 1/2029, ruled roll with AG/A absences and a late entry beside it; HTML printed by headless Chromium with a running head and foot in a repeated table header/footer",
 "consiglio-salabaganza-civilianext-02.pdf": "Consiglio Comunale minute n. 2/2029, ruled roll, votes against by name, rotated publication stamp up the margin; HTML printed by headless Chromium, letter-spaced heading, justified text",
 "consiglio-salabaganza-civilianext-05.pdf": "Consiglio Comunale minute n. 5/2029 (budget variation), Vice Segretario minuting, counts with names; same HTML model printed by wkhtmltopdf (shrunk to fit)",
 "consiglio-salabaganza-civilianext-06.pdf": "Consiglio Comunale minute n. 6/2029 (convention), councillor leaving before the vote noted beside the roll, unanimous; wkhtmltopdf",
 "consiglio-acquedolci-halley-01.pdf": "Sicilian Consiglio Comunale minute n. 1/2029 presided by the Presidente del Consiglio, two-column roll; ReportLab with every glyph placed alone (DejaVu subset, no space characters), letter-spaced heading",
 "consiglio-acquedolci-halley-02.pdf": "Sicilian Consiglio Comunale minute n. 2/2029 (debito fuori bilancio), two-column roll, late entry noted under it, votes against by name; ReportLab Times with Tw/Tc justification, letterhead Form XObject drawn after the body, rotated 'copia conforme' stamp",
 "consiglio-acquedolci-halley-04.pdf": "Sicilian Consiglio Comunale minute n. 4/2029 with the roll in prose, Vice Segretario minuting; fpdf2, justified paragraphs, running head with the number on page 2",
 "consiglio-acquedolci-halley-05.pdf": "Sicilian Consiglio Comunale minute n. 5/2029, roll in prose with a councillor leaving, contrari by name, dash-bulleted dispositivo; fpdf2",
 "consiglio-livornoferraris-siscom-01.pdf": "Consiglio Comunale minute n. 1/2029 as an 80-column Courier report with a two-column roll, contrari by name; plain text through enscript (running head with the number) and ps2pdf",
 "consiglio-livornoferraris-siscom-02.pdf": "Consiglio Comunale minute n. 2/2029, 80-column Courier, a councillor leaving noted under the roll, unanimous; enscript and ps2pdf",
 "consiglio-livornoferraris-siscom-04.pdf": "Consiglio Comunale minute n. 4/2029, 80-column Courier with justified filled paragraphs, abstainers by name; plain troff through groff -Tps and ps2pdf, running head with the number",
 "consiglio-livornoferraris-siscom-05.pdf": "Consiglio Comunale minute n. 5/2029, 80-column Courier whose number, date and hour are typed over underscores; a2ps and ps2pdf, running foot with the number",
}

def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def attendees(a):
    R = a["roll"]
    if a["producer"] == "fpdf2":  # prose: the present first, then the absent, roles only where printed
        order = [r for r in R if r["present"]] + [r for r in R if not r["present"]]
        out = []
        for r in order:
            e = {"name": r["name"]}
            if r["role"].startswith("Presidente"): e["role"] = "Presidente"
            e["present"] = r["present"]
            out.append(e)
        return out
    if a["comune"] == "AQ":  # two columns of six: left then right
        return [{"name": r["name"], "role": "Presidente" if r["role"].startswith("Presidente") else r["role"], "present": r["present"]} for r in R]
    return [{"name": r["name"], "role": r["role"], "present": r["present"]} for r in R]

def counts(a):
    c = a["counts"]
    f = a["file"]
    if a["vote"] == "unanimous":
        out = {"present": c["present"]}
        if f not in ("consiglio-acquedolci-halley-04.pdf",):  # "presenti e votanti"
            out["voters"] = c["present"]
        return out
    out = {"present": c["present"]}
    if a["comune"] == "LF" or f == "consiglio-acquedolci-halley-02.pdf" or f == "consiglio-acquedolci-halley-05.pdf":
        out["voters"] = c["present"] - c.get("abstained", 0)
    out.update(in_favour=c["in_favour"], against=c["against"], abstained=c["abstained"])
    return out

def key(a):
    act = {"municipality": a["municipality"], "organ": "Consiglio Comunale", "kind": "deliberazione",
           "number": a["number"], "date": a["date"], "time": a["time"]}
    if a["comune"] in ("SB", "AQ"):
        act["proposal_number"] = a["proposal_number"]
        act["proposing_office"] = a["proposing_office"]
    subj = a["subject"]
    if a["comune"] == "LF":  # enscript, groff and a2ps print the ASCII quote as quoteright
        subj = subj.replace("'", "\u2019")
    act["subject"] = subj
    act["attendees"] = attendees(a)
    act["president"] = a["president"]
    act["secretary"] = a["secretary"]
    act["vote"] = a["vote"]
    act["vote_counts"] = counts(a)
    act["immediately_executive"] = a["imm"]
    return {"file": a["file"], "role": "act", "what": WHAT[a["file"]],
            "operative_points": len(a["points"]), "act": act}

def check(k):
    pdf = os.path.join(SET, k["file"])
    t = norm(text_of(pdf))
    tl = t.lower()
    act = k["act"]
    miss = []
    def need(s, cs=False):
        s = norm(str(s))
        ok = (s in t) if cs else (s.lower() in tl)
        if not ok: miss.append(s)
    need(act["subject"], cs=True)
    for f in ("municipality", "organ", "proposing_office"):
        if f in act: need(act[f])
    for p in act["attendees"]:
        need(p["name"])
        if "role" in p: need(p["role"])
    for p in ("president", "secretary"):
        need(act[p]["name"]); need(act[p]["role"]); need(act[p]["title"])
    need(f"n. {act['number']}")
    d = act["date"]; need(f"{d[8:]}/{d[5:7]}/{d[:4]}")
    need(act["time"])
    if act["kind"]: need("DELIBERAZIONE")
    return miss

def main():
    keys = [key(a) for a in ACTS]
    json.dump(keys, open(os.path.join(SET, "keys.json"), "w"), ensure_ascii=False, indent=1)
    bad = 0
    for k in keys:
        m = check(k)
        if m:
            bad += 1
            print("MISS", k["file"], m)
    print(f"{len(keys)} keys, {bad} files with misses")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
