"""Writes keys.json for set mix-137-c from data.py and checks every keyed string
against `pdftotext -layout` of its PDF (white space collapsed). Exit 1 on a miss."""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import ACTS

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MADE = {
    "reportlab-tw": "ReportLab canvas, body justified by hand with Tw and Tc, letter-spaced title, running head with the sector number",
    "reportlab-xobject": "ReportLab canvas, letterhead and office box in a Form XObject drawn after the body, title and subject placed glyph by glyph, rotated stamp up the margin",
    "chromium": "HTML printed by headless Chromium, running head and foot in @page margin boxes",
    "docx-soffice": "python-docx .docx exported by LibreOffice 7.4, hierarchy in the page header, register number in the footer",
    "fpdf2": "fpdf2 core fonts, header()/footer() running head and foot, letter-spaced title with Tc, justified body with Tw",
    "wkhtmltopdf": "HTML table with repeating thead/tfoot printed by wkhtmltopdf 0.12.6",
    "enscript": "80-column Courier text through enscript and ps2pdf, enscript running head with the R.G. number",
    "groff": "plain troff in Courier, filled and justified, groff -Tps and ps2pdf, running head with the R.G. number",
    "pdflatex": "pdfLaTeX in Courier, letter-spaced title (soul), fancyhdr running foot with the R.G. number",
    "reportlab-form": "ReportLab: blank 80-column form of underscores drawn first, the values typed over it in a second pass",
}


def printed(a, s):
    """How the producer prints a string (enscript maps ' to quoteright)."""
    if a["producer"] == "enscript":
        s = s.replace("'", "’")
    return s


def key(a):
    k = {"file": a["file"], "role": "act",
         "what": f"{a['title'].lower()} of the {a['c']['muni']} ({a['c']['sw']} style), " + MADE[a["producer"]]
                 + ("; visto and certificate of publication after the act" if a.get("cert") else ""),
         "operative_points": len(a["points"])}
    act = {"municipality": a["c"]["muni"], "organ": a["settore"], "office": a["servizio"], "kind": a["kind"],
           "number": a["number"], "sector_number": a["sector_number"], "date": a["date"]}
    if a.get("proposal_number"):
        act["proposal_number"] = a["proposal_number"]; act["proposal_date"] = a["proposal_date"]
    act["subject"] = printed(a, a["subject"])
    k["act"] = act
    return k


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    keys, miss = [], 0
    for a in ACTS:
        k = key(a); keys.append(k)
        pdf = os.path.join(SET, a["file"])
        txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
        act = k["act"]
        checks = [("subject", act["subject"], False), ("municipality", act["municipality"], True),
                  ("organ", act["organ"], True), ("office", act["office"], True)]
        for name, val, ci in checks:
            v = norm(val)
            ok = (v.lower() in txt.lower()) if ci else (v in txt)
            if not ok:
                miss += 1; print(f"MISS {a['file']}: {name}: {v}")
    with open(os.path.join(SET, "keys.json"), "w") as f:
        json.dump(keys, f, ensure_ascii=False, indent=1); f.write("\n")
    print(f"{len(keys)} keys, {miss} misses")
    sys.exit(1 if miss else 0)


if __name__ == "__main__":
    main()
