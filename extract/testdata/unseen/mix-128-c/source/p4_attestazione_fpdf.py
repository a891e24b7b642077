#!/usr/bin/env python3
"""Comune di Vernole, house style "Cityware": attestazione di avvenuta
pubblicazione of a Consiglio deliberation on the Albo's form Mod. ALBO/03,
printed by fpdf2 in Courier, 80 columns: the software writes each value
into the form's run of underscores (value in bold, the rest of the run
left as underscores)."""
import sys
from fpdf import FPDF

out = sys.argv[1]

pdf = FPDF(format="A4")
pdf.set_creator("Cityware - Albo Pretorio on line")
pdf.set_title("Attestazione di avvenuta pubblicazione - Reg. Albo 2028/000449")
pdf.set_auto_page_break(False)
pdf.add_page()
SIZE = 10
LEAD = 4.6
X0 = 20
pdf.set_font("Courier", "", SIZE)
CW = pdf.get_string_width("M")
y = 18


def line(segments, bold_all=False):
    """segments: plain strings, or (value, width) for a field written into
    a run of underscores of that many characters"""
    global y
    x = X0
    for seg in segments:
        if isinstance(seg, tuple):
            val, n = seg
            lead = 3
            tail = n - lead - len(val)
            pdf.set_font("Courier", "", SIZE)
            pdf.text(x, y, "_" * lead)
            x += CW * lead
            pdf.set_font("Courier", "B", SIZE)
            pdf.text(x, y, val)
            x += CW * len(val)
            pdf.set_font("Courier", "", SIZE)
            pdf.text(x, y, "_" * tail)
            x += CW * tail
        else:
            pdf.set_font("Courier", "B" if bold_all else "", SIZE)
            pdf.text(x, y, seg)
            x += CW * len(seg)
    y += LEAD


def blank(n=1):
    global y
    y += LEAD * n


# running head, as the package prints it on every page
line(["COMUNE DI VERNOLE             Reg. Albo n. 2028/000449                Pag. 1 di 1"],
     bold_all=True)
blank(0.5)
line(["COMUNE DI VERNOLE                                             PROVINCIA DI LECCE"])
line(["SETTORE AFFARI GENERALI - SERVIZIO ALBO PRETORIO ON LINE"])
line(["=" * 80])
line(["                    ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE"])
line(["                                (Mod. ALBO/03)"])
line(["=" * 80])
blank(2)
line(["Si attesta che la deliberazione del ", ("CONSIGLIO COMUNALE", 40)])
blank(0.6)
line(["n. ", ("11", 12), " del ", ("10/04/2028", 18), " avente ad oggetto:"])
blank(1)
pdf.set_font("Courier", "B", SIZE)
line(["    APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO"],
     bold_all=True)
line(["    2027 AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000."], bold_all=True)
blank(1)
line(["e' stata pubblicata all'Albo Pretorio on line di questo Comune per quindici"])
line(["giorni consecutivi"])
blank(0.6)
line(["dal ", ("12/04/2028", 18), " al ", ("27/04/2028", 18)])
blank(0.6)
line(["con il n. ", ("2028/000449", 20), " del Registro delle pubblicazioni,"])
line(["ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267."])
blank(2)
line(["Vernole, li ", ("28/04/2028", 18)])
blank(2)
line(["                                         IL RESPONSABILE DEL SERVIZIO"])
line(["                                         Dott.ssa Lucia STEFANELLI"])
line(["                                  (firma autografa sostituita a mezzo stampa"])
line(["                                   ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)"])
y = 280
line(["-" * 80])
pdf.set_font("Courier", "", 8)
pdf.text(X0, y, "Mod. ALBO/03 - Cityware Albo Pretorio on line - stampato il 28/04/2028")
pdf.output(out)
