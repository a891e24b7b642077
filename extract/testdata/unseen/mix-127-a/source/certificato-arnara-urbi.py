#!/usr/bin/env python3
"""Arnara: certificate of publication of Giunta deliberation n. 16 of 02/03/2028,
a pre-printed module (Helvetica, blanks of underscores) filled in by the
office in Courier over the blanks (fpdf2)."""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(unit="mm", format="A4")
pdf.set_creator("Urbi - Albo Pretorio")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_title("Certificato di pubblicazione - Reg. Pubbl. n. 318/2028")
pdf.set_author("Comune di Arnara")
pdf.set_auto_page_break(False)
pdf.add_page()
BLUE = (29, 59, 110)

# letterhead (same house style as the acts)
x0, y0 = 22, 13
pdf.set_draw_color(*BLUE); pdf.set_line_width(0.6)
pdf.polygon([(x0, y0), (x0 + 17, y0), (x0 + 17, y0 + 10), (x0 + 8.5, y0 + 20), (x0, y0 + 10)], style="D")
pdf.set_fill_color(*BLUE)
pdf.rect(x0 + 5, y0 + 5, 7, 9, style="F")
for dx in (4, 7.5, 11):
    pdf.rect(x0 + dx, y0 + 3, 2.2, 2.4, style="F")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(42, 14); pdf.set_font("Helvetica", "B", 17); pdf.cell(0, 7, "COMUNE DI ARNARA")
pdf.set_xy(42, 21.5); pdf.set_font("Helvetica", "", 10); pdf.cell(0, 5, "Provincia di Frosinone")
pdf.set_xy(42, 26.5); pdf.set_font("Helvetica", "", 7.5); pdf.set_text_color(68, 68, 68)
pdf.cell(0, 4, "Piazza Municipio, 1 - 03020 Arnara (FR) - tel. 0775 290011 - PEC: protocollo.arnara@pec.it")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0); pdf.set_line_width(0.2); pdf.line(20, 35, 192, 35)

pdf.set_xy(20, 40); pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 4, "Servizio Segreteria - Albo Pretorio on line", align="R")

pdf.set_xy(20, 50); pdf.set_font("Helvetica", "B", 14)
pdf.cell(172, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_xy(20, 58); pdf.set_font("Helvetica", "", 9)
pdf.cell(172, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

LEFT = 22
LH = 9.0
FORM = ("Helvetica", "", 11)
FILL = ("Courier", "B", 11)


def form_line(y, parts):
    """parts: list of (kind, text, width_mm). kind 'L' = printed label,
    'F' = a blank of underscores of width_mm, filled with text."""
    x = LEFT
    for kind, text, w in parts:
        if kind == "L":
            pdf.set_font(*FORM)
            pdf.text(x, y, text)
            x += pdf.get_string_width(text) + 1.2
        else:
            pdf.set_font(*FORM)
            us = "_" * max(1, int(w / pdf.get_string_width("_")))
            pdf.text(x, y, us)
            wu = pdf.get_string_width(us)
            if text:
                pdf.set_font(*FILL)
                pdf.text(x + 2.0, y - 0.8, text)
            x += wu + 1.2


y = 74
form_line(y, [("L", "Reg. Pubbl. N.", 0), ("F", "318", 28), ("L", "/ anno", 0), ("F", "2028", 22)])
y += LH * 1.5
pdf.set_font(*FORM)
pdf.text(LEFT, y, "Il sottoscritto Responsabile della Pubblicazione, visti gli atti d'ufficio,")
y += LH * 1.3
pdf.set_font("Helvetica", "B", 12)
pdf.set_xy(20, y - 4.5); pdf.cell(172, 6, "C E R T I F I C A", align="C")
y += LH * 1.3
form_line(y, [("L", "che copia della deliberazione della", 0), ("F", "Giunta Comunale", 58), ("L", "n.", 0), ("F", "16", 20)])
y += LH
form_line(y, [("L", "del", 0), ("F", "02/03/2028", 42), ("L", "avente ad oggetto:", 0)])
y += LH
form_line(y, [("F", "APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI CULTURALI", 168)])
y += LH
form_line(y, [("F", "E TURISTICHE PER L'ANNO 2028 E ASSEGNAZIONE DELLE RISORSE AL", 168)])
y += LH
form_line(y, [("F", "RESPONSABILE DELL'AREA AMMINISTRATIVA", 168)])
y += LH
form_line(y, [("L", "e' stata affissa all'Albo Pretorio on line di questo Comune il giorno", 0), ("F", "09/03/2028", 40)])
y += LH
form_line(y, [("L", "e vi rimarra' per quindici giorni consecutivi, fino al", 0), ("F", "23/03/2028", 40), ("L", ",", 0)])
y += LH
pdf.set_font(*FORM)
pdf.text(LEFT, y, "ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267.")
y += LH * 1.3
form_line(y, [("L", "La deliberazione e' stata comunicata ai capigruppo consiliari con nota prot. n.", 0), ("F", "1287", 24)])
y += LH
form_line(y, [("L", "del", 0), ("F", "06/03/2028", 40), ("L", "(art. 125 del D.Lgs. 267/2000).", 0)])

y += LH * 2
form_line(y, [("L", "Arnara, li'", 0), ("F", "09/03/2028", 40)])
pdf.set_font(*FORM)
pdf.text(112, y, "IL RESPONSABILE DELLA PUBBLICAZIONE")
y += LH
pdf.set_font(*FORM)
pdf.text(112, y, "_" * 30)
pdf.set_font(*FILL)
pdf.text(116, y - 0.8, "Anna Maria Notarcola")
pdf.set_font("Helvetica", "I", 8)
pdf.text(122, y + 5, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")

pdf.set_draw_color(0, 0, 0); pdf.set_line_width(0.2)
pdf.line(20, 280, 192, 280)
pdf.set_font("Helvetica", "", 7)
pdf.text(20, 284, "Mod. SEG/07 - Certificato di pubblicazione deliberazioni - rev. 2026")
pdf.output(out)
