#!/usr/bin/env python3
"""Comune di Lioni - certificate of publication of Giunta deliberation n. 118/2026.

The office's pre-printed form (Halley-like letterhead and title box) with blanks
of underscores, filled in afterwards: the typed values are placed over the
underscores, a little above their baseline, as a form-filling program does.
fpdf2, core fonts (Times for the form, Courier for the filled values).
Usage: lioni_attestazione_fpdf.py OUT.pdf
"""
import sys

import fpdf
from fpdf import FPDF

OUT = sys.argv[1]
SUBJ = ["APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI",
        "DI RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE ANNESSA ALLA",
        "SCUOLA SECONDARIA DI PRIMO GRADO - CUP E37H26001120004"]

pdf = FPDF(unit="mm", format="A4")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Halley Informatica - Albo on line")
pdf.set_title("Certificato di pubblicazione - Delibera G.C. n. 118/2026")
pdf.set_author("Comune di Lioni")
pdf.set_auto_page_break(False)
pdf.add_page()
L = 22

# --- the printed form -------------------------------------------------------
pdf.set_font("Times", "B", 18)
pdf.set_xy(0, 18)
pdf.cell(210, 8, "COMUNE DI LIONI", align="C")
pdf.set_font("Times", "I", 11)
pdf.set_xy(0, 26)
pdf.cell(210, 6, "Provincia di Avellino", align="C")
pdf.set_line_width(0.6)
pdf.rect(45, 38, 120, 13)
pdf.set_font("Helvetica", "B", 12)
pdf.set_xy(45, 40.5)
pdf.cell(120, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_line_width(0.2)

pdf.set_font("Times", "", 11.5)
rows = {}


def line(y, text):
    pdf.set_xy(L, y)
    pdf.cell(0, 6, text)


line(62, "Registro delle pubblicazioni n. ______________")
line(74, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
pdf.set_font("Times", "B", 12)
pdf.set_xy(0, 84)
pdf.cell(210, 6, "CERTIFICA", align="C")
pdf.set_font("Times", "", 11.5)
line(96, "che copia della deliberazione della Giunta Comunale n. _________ del ________________")
line(106, "avente ad oggetto:")
for i in range(3):
    line(114 + 8 * i, "_" * 84)
line(142, "viene pubblicata all'Albo Pretorio on line di questo Comune il giorno ________________")
line(150, "e vi rimarrà per quindici giorni consecutivi, fino al ________________ compreso, ai sensi")
line(158, "dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 32, comma 1, della")
line(166, "legge 18 giugno 2009, n. 69.")
line(184, "Lioni, lì ________________")
pdf.set_font("Times", "B", 11.5)
pdf.set_xy(110, 196)
pdf.cell(80, 6, "IL SEGRETARIO COMUNALE", align="C")
pdf.set_font("Times", "", 11.5)
pdf.set_xy(110, 212)
pdf.cell(80, 6, "______________________________", align="C")
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(L, 280)
pdf.cell(0, 4, "Mod. AP/03 - Certificato di pubblicazione atti deliberativi")

# --- the values typed into the blanks ------------------------------------------
pdf.set_font("Courier", "B", 11)


def fill(x, y, text):
    # 1.2 mm above the blank's baseline, over the underscores
    pdf.set_xy(x, y - 1.2)
    pdf.cell(0, 6, text)


w = pdf.get_string_width
pdf.set_font("Times", "", 11.5)
x_reg = L + w("Registro delle pubblicazioni n. ") + 3
x_num = L + w("che copia della deliberazione della Giunta Comunale n. ") + 3
x_del = L + w("che copia della deliberazione della Giunta Comunale n. _________ del ") + 2
x_gg = L + w("viene pubblicata all'Albo Pretorio on line di questo Comune il giorno ") + 2
x_fino = L + w("e vi rimarrà per quindici giorni consecutivi, fino al ") + 2
x_data = L + w("Lioni, lì ") + 2
pdf.set_font("Courier", "B", 11)
fill(x_reg, 62, "1043")
fill(x_num, 96, "118")
fill(x_del, 96, "13/10/2026")
for i, s in enumerate(SUBJ):
    fill(L, 114 + 8 * i, s)
fill(x_gg, 142, "15/10/2026")
fill(x_fino, 150, "30/10/2026")
fill(x_data, 184, "15/10/2026")
pdf.set_font("Courier", "B", 11)
pdf.set_xy(110, 204)
pdf.cell(80, 6, "dott.ssa Filomena Iannaccone", align="C")
pdf.set_font("Helvetica", "I", 7.5)
pdf.set_xy(110, 219)
pdf.cell(80, 4, "Firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
pdf.output(OUT)
