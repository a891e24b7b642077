# -*- coding: utf-8 -*-
"""Comune di Gragnano n. 33: the Cityware frontispiece as a pre-printed form
(blanks of underscores) whose fields the package fills by overprinting them
in Courier Bold; the rest of the minute follows as typed 80-column text.
fpdf2, core Courier fonts, every line placed at fixed coordinates.

python3 gragnano_form.py OUTDIR -> OUTDIR/deliberazione-gragnano-cityware-33.pdf
"""
import datetime
import os
import sys

from fpdf import FPDF

from data import gragnano, GRAGNANO_ROLL, dmy, day, DAY_WORDS
from gragnano_text import (W, RULE, DRULE, center, wrap, body_lines, pareri_lines,
                           sign_lines)

X0 = 58.0        # left edge of column 1
CW = 6.0         # Courier 10 advance
LH = 12.0        # line pitch
TOP = 62.0
BOTTOM = 780.0


class Form(FPDF):
    def __init__(self, a):
        super().__init__(unit="pt", format="A4")
        self.a = a
        self.set_auto_page_break(False)
        self.set_creator("Cityware Stampe 5.2")
        self.set_producer("PyFPDF/fpdf2")
        self.set_creation_date(datetime.datetime(2028, 2, 25, 14, 5, tzinfo=datetime.timezone.utc))
        self.set_title("Deliberazione G.C. n. %d del %s" % (a["number"], dmy(a["date"])))

    def footer(self):
        self.set_font("Courier", "", 8)
        self.text(X0, 812, "COMUNE DI GRAGNANO - DELIBERAZIONE G.C. N. %d DEL %s"
                  % (self.a["number"], dmy(self.a["date"])))
        self.text(X0 + 80 * CW - 7 * 4.8, 812, "PAG. %d" % self.page_no())


def build(a, out):
    pdf = Form(a)
    pdf.add_page()
    y = [TOP]

    def static(s, col=0):
        pdf.set_font("Courier", "", 10)
        pdf.text(X0 + col * CW, y[0], s)

    def fill(s, col):
        # the value typed into the blank: same baseline, bold, one point right
        pdf.set_font("Courier", "B", 10)
        pdf.text(X0 + col * CW + 1.5, y[0], s)

    def nl(k=1):
        y[0] += LH * k
        if y[0] > BOTTOM:
            pdf.add_page()
            y[0] = TOP

    # ---- pre-printed frontispiece
    for s in (DRULE, center("C O M U N E   D I   G R A G N A N O"),
              center("CITTA' METROPOLITANA DI NAPOLI"), DRULE, "ORIGINALE", "",
              center("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"), ""):
        static(s); nl()
    static("DELIBERAZIONE N. " + "_" * 8 + " " * 23 + "DEL " + "_" * 12)
    fill(str(a["number"]), 18)
    fill(dmy(a["date"]), 53)
    nl(); static(RULE); nl()
    static("PROPOSTA N. " + "_" * 6 + " DEL " + "_" * 12 + " DEL " + "_" * 39)
    fill(str(a["proposal_number"]), 13)
    fill(dmy(a["proposal_date"]), 24)
    fill(a["proposing_office"], 41)
    nl(); static(RULE); nl()
    static("OGGETTO:")
    subj = wrap(a["subject"], "", "", width=W - 10)
    box_top = y[0] - 9
    for s in subj:
        pdf.set_font("Courier", "B", 10)
        pdf.text(X0 + 10 * CW, y[0], s)
        nl()
    pdf.set_line_width(0.6)
    pdf.rect(X0 + 9.4 * CW, box_top, 71.4 * CW, LH * len(subj) + 3)
    static(RULE); nl(); nl()
    static("L'ANNO DUEMILAVENTOTTO IL GIORNO " + "_" * 14 + " DEL MESE DI FEBBRAIO")
    fill(DAY_WORDS[day(a["date"])].upper(), 33)
    nl()
    static("ALLE ORE " + "_" * 5 + " NELLA SALA DELLE ADUNANZE DELLA CASA COMUNALE, CONVOCATA NEI")
    fill(a["time"], 9)
    nl()
    static("MODI DI LEGGE, SI E' RIUNITA LA GIUNTA COMUNALE CON L'INTERVENTO DEI SIGNORI:")
    nl(2)
    static("%-22s%-13s%-5s%-22s%-13s%s" % ("COMPONENTE", "CARICA", "P/A", "COMPONENTE", "CARICA", "P/A"))
    nl()
    half = (len(GRAGNANO_ROLL) + 1) // 2
    left, right = GRAGNANO_ROLL[:half], GRAGNANO_ROLL[half:]
    for i in range(half):
        n1, r1 = left[i]
        n2, r2 = right[i]
        static("%-22s%-13s%-5s%-22s%-13s%s" % (n1, r1, "___", n2, r2, "___"))
        fill("A" if n1 in a["absent"] else "P", 36)
        fill("A" if n2 in a["absent"] else "P", 76)
        nl()
    nl()
    npres = len(GRAGNANO_ROLL) - len(a["absent"])
    static("PRESENTI N. " + "_" * 4 + " " * 24 + "ASSENTI N. " + "_" * 4)
    fill(str(npres), 13)
    fill(str(len(a["absent"])), 52)
    nl(2)

    # ---- typed part (from "PRESIEDE" on), same words as the other prints
    body = body_lines(a)
    start = next(i for i, s in enumerate(body) if s.startswith("PRESIEDE"))
    for s in body[start:] + [""] + pareri_lines(a) + [""] + sign_lines(a):
        if s:
            static(s)
        nl()
    pdf.output(os.path.join(out, a["file"]))


if __name__ == "__main__":
    for a in gragnano:
        if a["number"] == 33:
            build(a, sys.argv[1])
