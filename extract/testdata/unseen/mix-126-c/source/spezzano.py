# -*- coding: utf-8 -*-
"""Comune di Spezzano della Sila: 80-column reports of the "halley" house style.

The same report is turned into PDF four ways, as the Comune's PCs did over the
years: enscript, groff (plain troff -> PostScript), a2ps (each through
ps2pdf) and fpdf2 placing every Courier glyph on its own.

usage: spezzano.py OUTDIR TMPDIR
"""
import os
import subprocess
import sys

from acts import act
from common import spz_pages, with_pub

OUT, TMP = sys.argv[1], sys.argv[2]


def txt(aid):
    a = with_pub(act(aid))
    pages = spz_pages(a)
    path = os.path.join(TMP, aid + ".txt")
    with open(path, "w", encoding="latin-1") as f:
        f.write("\f".join("\n".join(p) + "\n" for p in pages))
    return a, pages, path


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


# --- P2: enscript ---------------------------------------------------------
a, pages, path = txt("P2")
ps = os.path.join(TMP, "P2.ps")
run(["enscript", "-q", "-B", "--media=A4", "-f", "Courier10", "--margins=62:40:40:40",
     "-t", "Delibera C.C. n. 2/2028", "-o", ps, path])
run(["ps2pdf", "-sPAPERSIZE=a4", ps, os.path.join(OUT, a["file"])])

# --- P3: groff ------------------------------------------------------------
a, pages, path = txt("P3")


def troff_line(s):
    s = s.replace("\\", "\\e").replace("'", "\\(aq")
    if s.startswith(".") or s.startswith("'"):
        s = "\\&" + s
    return s if s else ""


tr = [".\\\" Spezzano della Sila - delibera C.C. 3/2028 (report 80 colonne)",
      ".pl 29.7c", ".ll 17c", ".po 2.2c", ".nf", ".ft CR", ".ps 10", ".vs 11.6p", ".sp |1.6c"]
for i, p in enumerate(pages):
    if i:
        tr += [".bp", ".sp |1.6c"]
    for line in p:
        tr.append(troff_line(line) if line else ".sp 1")
tpath = os.path.join(TMP, "P3.tr")
with open(tpath, "w", encoding="latin-1") as f:
    f.write("\n".join(tr) + "\n")
ps = os.path.join(TMP, "P3.ps")
with open(ps, "wb") as f:
    run(["groff", "-Tps", "-P-pa4", tpath], stdout=f)
run(["ps2pdf", "-sPAPERSIZE=a4", ps, os.path.join(OUT, a["file"])])

# --- P6: a2ps -------------------------------------------------------------
a, pages, path = txt("P6")
ps = os.path.join(TMP, "P6.ps")
run(["a2ps", "-q", "-1", "-B", "--borders=no", "--portrait", "--medium=A4", "--chars-per-line=80",
     "--left-footer=", "--footer=", "--right-footer=", "--left-title=", "--right-title=", "--center-title=",
     "--encoding=latin1", "-o", ps, path])
run(["ps2pdf", "-sPAPERSIZE=a4", ps, os.path.join(OUT, a["file"])])

# --- P7: fpdf2, one glyph at a time --------------------------------------
from fpdf import FPDF  # noqa: E402

a, pages, path = txt("P7")
pdf = FPDF(unit="pt", format="A4")
pdf.set_creator("HALLEY - Stampa atti (Courier 10)")
pdf.set_title("Delibera C.C. n. 7 del 28/02/2028")
pdf.set_auto_page_break(False)
pdf.set_font("Courier", size=10)
for p in pages:
    pdf.add_page()
    y = 62
    for line in p:
        for col, ch in enumerate(line):
            if ch != " ":
                pdf.text(58 + col * 6.0, y, ch)
        y += 11.8
pdf.output(os.path.join(OUT, a["file"]))
