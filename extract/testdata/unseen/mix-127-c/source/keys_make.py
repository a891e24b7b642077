# -*- coding: utf-8 -*-
"""Write ../keys.json from data.py and check every keyed string against
`pdftotext -layout` of its PDF (whitespace collapsed). Exit 1 on any miss.

Also checks each attendee's mark on its roll line (SI/NO, P/A, presente/assente,
X under Pres./Ass.) and that every vote count is printed next to its word.
"""
import json
import os
import re
import subprocess
import sys

import data
import insiel_text

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

# files whose text layer prints the apostrophe as a right single quote (’):
# pdfLaTeX, groff, and the Courier of enscript and a2ps (StandardEncoding quoteright)
CURLY = {"consiglio-collideltronto-halley-6.pdf", "consiglio-collideltronto-halley-8.pdf",
         "giunta-sancanziandisonzo-insiel-47.pdf", "consiglio-sancanziandisonzo-insiel-5.pdf"}

WHAT = {
    "giunta-bellizzi-sicraweb-38.pdf": "Giunta minute 38/2028 of Bellizzi (Sicraweb layout): ruled roll with Presente/Assente columns marked SI/NO, an assessore leaves before the vote (conflict of interest); python-docx .docx exported by LibreOffice Writer 7.4, running foot 'Pag. x di y' from fields",
    "giunta-bellizzi-sicraweb-41.pdf": "Giunta minute 41/2028 of Bellizzi (Sicraweb layout): Sindaco absent, the Vice Sindaco presides, an assessore enters after the roll, Vice Segretario Generale; HTML printed by headless Chromium, letter-spaced heading, fixed running foot",
    "consiglio-bellizzi-sicraweb-9.pdf": "Consiglio minute 9/2028 of Bellizzi (Sicraweb layout): 17-row SI/NO roll, two councillors enter and one leaves, majority vote with counts; ReportLab, Helvetica justified by word spacing (Tw), running foot 'Pag. x di y', publication stamp rotated up the left margin",
    "consiglio-bellizzi-sicraweb-11.pdf": "Consiglio minute 11/2028 of Bellizzi (Sicraweb layout): SI/NO roll, a councillor enters, favourable and abstained counts only, not declared immediately executive; HTML printed by wkhtmltopdf 0.12.6",
    "giunta-collideltronto-halley-22.pdf": "Giunta minute 22/2028 of Colli del Tronto (Halley layout): roll with a single P/A column, an assessore leaves before the vote, Vice Segretario; fpdf2 core fonts justified by Tw, running foot with the number, publication form filled over underscores",
    "giunta-collideltronto-halley-25.pdf": "Giunta minute 25/2028 of Colli del Tronto (Halley layout): single P/A column, the Vice Sindaco enters after the roll; ReportLab canvas with every glyph placed alone (no spaces), DELIBERA letter-spaced by Tc, form over underscores",
    "consiglio-collideltronto-halley-6.pdf": "Consiglio minute 6/2028 of Colli del Tronto (Halley layout): roll in two columns with X under Pres./Ass., a councillor enters, majority vote with counts; pdfLaTeX (Times), microtype letter-spacing, fancyhdr running foot",
    "consiglio-collideltronto-halley-8.pdf": "Consiglio minute 8/2028 of Colli del Tronto (Halley layout): two-column X roll, a councillor leaves before the vote, favourable and against counts; plain troff + tbl through groff -Tps and ps2pdf, running foot by page trap",
    "giunta-sancanziandisonzo-insiel-47.pdf": "Giunta minute 47/2028 of San Canzian d'Isonzo (Insiel 80-column report): names followed by presente/assente, an assessore enters, Segretario Generale; enscript Courier with the act's number in its running head, ps2pdf",
    "giunta-sancanziandisonzo-insiel-52.pdf": "Giunta minute 52/2028 of San Canzian d'Isonzo (Insiel 80-column report): presente/assente list, an assessore leaves, Vice Segretario; hand-written content streams (pikepdf), reused running-head XObject, letterhead glyph by glyph and roll in XObjects drawn after the text, blocks out of order, rotated stamp",
    "consiglio-sancanziandisonzo-insiel-5.pdf": "Consiglio minute 5/2028 of San Canzian d'Isonzo (Insiel 80-column report): two-column presente/assente roll filled down the left column first, one enters and one leaves, majority with counts; a2ps (hyphens become minus signs in the text layer), ps2pdf",
    "consiglio-sancanziandisonzo-insiel-7.pdf": "Consiglio minute 7/2028 of San Canzian d'Isonzo (Insiel 80-column report pasted into Word, Liberation Mono): two-column presente/assente roll, a councillor enters, majority with counts, not declared immediately executive; .docx exported by LibreOffice",
}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def printed(a, s):
    if a["house"] == "insiel":
        s = insiel_text.asc(s)
    if a["file"] in CURLY:
        s = s.replace("'", "\u2019")
    return s


def key_for(a):
    P = lambda s: printed(a, s)
    act = {"municipality": P(a["muni"]["key"]), "organ": a["organ"], "kind": "deliberazione",
           "number": a["number"], "date": a["date"], "time": a["time"]}
    if a.get("proposal_number"):
        act["proposal_number"] = a["proposal_number"]
        act["proposal_date"] = a["proposal_date"]
        act["proposing_office"] = P(a["proposing_office"])
    act["subject"] = P(a["subject"])
    att = []
    roles = a.get("roll_roles", {})
    for n, r, p in a["roll"]:
        e = {"name": P(n)}
        r = r or roles.get(n)
        if r:
            e["role"] = P(r)
        e["present"] = p
        att.append(e)
    act["attendees"] = att
    act["president"] = {k: P(a["president"][k]) for k in ("title", "role", "name")}
    act["secretary"] = {k: P(a["secretary"][k]) for k in ("title", "role", "name")}
    act["vote"] = a["vote"]
    act["vote_counts"] = a["vote_counts"]
    act["immediately_executive"] = a["ie"]
    return {"file": a["file"], "role": "act", "what": WHAT[a["file"]],
            "operative_points": len(a["points"]), "act": act}


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


COUNT_WORD = {"present": "presenti", "voters": "votanti", "in_favour": "favorevoli", "against": "contrari",
              "abstained": "astenuti"}


def check(a, k, raw):
    miss = []
    txt = norm(raw).replace("\u2212", "-")
    low = txt.lower()
    act = k["act"]

    def need(s, ci=False, what=""):
        s = norm(s)
        ok = (s.lower() in low) if ci else (s in txt)
        if not ok:
            miss.append(f"{what}: {s!r}")

    need(act["municipality"], True, "municipality")
    need(act["organ"], True, "organ")
    need(act["subject"], False, "subject")
    if "proposing_office" in act:
        need(act["proposing_office"], True, "proposing_office")
    for e in act["attendees"]:
        need(e["name"], False, "attendee")
        if "role" in e:
            need(e["role"], True, "role")
    for who in ("president", "secretary"):
        d = act[who]
        need(f"{d['title']} {d['name']}", False, who)
        need(d["role"], True, who + " role")
    y, m, dd = act["date"].split("-")
    if not any(f"{dd}{sep}{m}{sep}{y}" in txt for sep in "/-."):
        miss.append(f"date {act['date']}")
    tp = a.get("time_printed", act["time"])
    need(f"ore {tp}", False, "time")
    if not re.search(rf"\bN(umero|\.)\s*{act['number']}\b", txt):
        miss.append(f"number {act['number']}")
    if "proposal_number" in act:
        need(f"{act['proposal_number']}", False, "proposal number")
        py, pm, pd = act["proposal_date"].split("-")
        if not any(f"{pd}{sep}{pm}{sep}{py}" in txt for sep in "/-"):
            miss.append("proposal_date")
    # vote counts: the word and the number within a few words, either order
    for kk, v in act["vote_counts"].items():
        w = COUNT_WORD[kk]
        if not (re.search(rf"{w}\W+(?:\w+\W+){{0,2}}?n\.\s*{v}\b", low) or
                re.search(rf"n\.\s*{v}\s+(?:\w+\s+){{0,4}}{w}", low) or
                re.search(rf"{w}\s*(?:e votanti\s*)?n\.\s*{v}\b", low)):
            miss.append(f"vote count {kk}={v}")
    # marks on the roll lines
    lines = raw.splitlines()
    names = [e["name"] for e in act["attendees"]]
    header_cols = None
    for li, ln in enumerate(lines):
        if "Pres." in ln and "Ass." in ln:
            header_cols = [m_.start() for m_ in re.finditer(r"Pres\.|Ass\.", ln)]
    for e in act["attendees"]:
        hits = [ln for ln in lines if e["name"] in ln and not ln.strip().startswith(("Alle", "Prima", "Durante"))]
        hits = [ln for ln in hits if re.search(r"\b(SI|NO|P|A|X|presente|assente)\b", ln[ln.index(e["name"]):])]
        if not hits:
            miss.append(f"roll line {e['name']}")
            continue
        ln = hits[0]
        start = ln.index(e["name"]) + len(e["name"])
        nxt = [ln.find(o, start) for o in names if o != e["name"] and ln.find(o, start) > 0]
        seg_end = min(nxt) if nxt else len(ln)
        seg = ln[start:seg_end]
        mt = re.search(r"\b(SI|NO|P|A|X|presente|assente)\b", seg)
        tok = mt.group(1) if mt else None
        if tok in ("SI", "NO"):
            got = tok == "SI"
        elif tok in ("P", "A"):
            got = tok == "P"
        elif tok in ("presente", "assente"):
            got = tok == "presente"
        elif tok == "X" and header_cols:
            col = start + mt.start()
            cols = [c for c in header_cols]
            # nearest header column decides (Pres. at even index, Ass. at odd)
            j = min(range(len(cols)), key=lambda i: abs(cols[i] - col))
            got = j % 2 == 0
        else:
            got = None
        if got != e["present"]:
            miss.append(f"mark of {e['name']}: got {tok!r}")
    return miss


def main():
    keys, bad = [], 0
    for a in data.ACTS:
        k = key_for(a)
        keys.append(k)
        pdf = os.path.join(SET, a["file"])
        if not os.path.exists(pdf):
            print(f"MISSING PDF {a['file']}")
            bad += 1
            continue
        miss = check(a, k, pdftext(pdf))
        for m in miss:
            print(f"{a['file']}: not found: {m}")
        bad += len(miss)
        size = os.path.getsize(pdf)
        if size > 400 * 1024:
            print(f"{a['file']}: {size} bytes > 400 KB")
            bad += 1
    with open(os.path.join(SET, "keys.json"), "w", encoding="utf-8") as fh:
        json.dump(keys, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(keys)} keys written, {bad} problem(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
