#!/usr/bin/env python3
"""Comune di Arzana - certificate of publication of G.C. 112/2027, "Sipal" style.

fpdf2: the office's pre-printed form (labels and blanks of underscores) is
drawn first, then the values are typed over the blanks, as a form-filling
print does: number, dates, register number and signer sit on the underscores;
the subject is printed whole in the free space after "Oggetto:".
Usage: arzana_certificato_fpdf.py OUTPUT.pdf
"""
import sys
from fpdf import FPDF, __version__ as FPDF_VERSION

OUT = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_creator("Sipal Atti Amministrativi - Albo on line")
pdf.set_producer("PyFPDF/fpdf" + FPDF_VERSION)
pdf.set_title("Certificato di pubblicazione - G.C. n. 112/2027")
pdf.add_page()

# letterhead, as on the other acts of the Comune
pdf.set_draw_color(29, 59, 106)
pdf.set_fill_color(223, 230, 242)
pdf.set_line_width(0.4)
pdf.polygon([(20, 14), (34, 14), (34, 25), (27, 32.5), (20, 25)], style="DF")
pdf.set_fill_color(29, 59, 106)
pdf.circle(x=27, y=22, radius=3, style="F")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Times", "B", 18)
pdf.set_xy(40, 14)
pdf.cell(0, 8, "COMUNE DI ARZANA")
pdf.set_font("Times", "I", 11)
pdf.set_xy(40, 22)
pdf.cell(0, 6, "Provincia di Nuoro")
pdf.set_font("Times", "", 8)
pdf.set_xy(40, 28)
pdf.cell(0, 5, "Via Monsignor Virgilio, 1 - 08040 Arzana (NU) - Tel. 0782 37361 - "
               "protocollo@pec.comune.arzana.nu.it")
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.3)
pdf.line(20, 36, 190, 36)

pdf.set_font("Times", "B", 14)
pdf.set_xy(20, 46)
pdf.cell(170, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("Times", "", 10)
pdf.set_xy(20, 53)
pdf.cell(170, 5, "(art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge "
                 "18 giugno 2009, n. 69)", align="C")

# ---- the blank form ------------------------------------------------------
pdf.set_font("Times", "", 11.5)
U = "_"


def label(x, y, text):
    pdf.set_xy(x, y)
    pdf.cell(0, 6, text)


def blank(x, y, n):
    pdf.set_xy(x, y)
    pdf.cell(0, 6, U * n)


label(20, 66, "Deliberazione della Giunta Comunale n.")
blank(92, 66, 10)
label(113, 66, "del")
blank(121, 66, 18)
label(20, 76, "Oggetto:")

label(20, 106, "Il sottoscritto Responsabile del Servizio Amministrativo, visti gli atti d'ufficio,")
pdf.set_font("Times", "B", 12)
pdf.set_xy(20, 116)
pdf.cell(170, 6, "C E R T I F I C A", align="C")
pdf.set_font("Times", "", 11.5)
pdf.set_xy(20, 126)
pdf.multi_cell(170, 6.5,
               "che copia della deliberazione sopra indicata è stata pubblicata all'Albo "
               "Pretorio on line di questo Comune, accessibile dal sito istituzionale "
               "www.comune.arzana.nu.it,", align="J")
label(20, 140, "a partire dal giorno")
blank(58, 140, 18)
label(95, 140, "con il numero di registro")
blank(143, 140, 12)
label(20, 148, "e vi rimarrà per quindici giorni consecutivi, fino al giorno")
blank(124, 148, 18)
label(20, 162, "Arzana, lì")
blank(40, 162, 18)

label(112, 178, "IL RESPONSABILE DEL SERVIZIO")
label(126, 184, "AMMINISTRATIVO")
blank(110, 198, 30)

# ---- values typed over the blanks (a second pass, as the filler prints) --
pdf.set_font("Courier", "B", 11)


def fill(x, y, text):
    pdf.set_xy(x, y - 1.3)
    pdf.cell(0, 6, text)


fill(97, 66, "112")
fill(124, 66, "07/10/2027")
# the subject is printed whole by the program, in the free space after "Oggetto:"
pdf.set_xy(38, 76)
pdf.multi_cell(150, 6, "Approvazione del progetto di fattibilità tecnico-economica dei "
               "lavori di manutenzione straordinaria della strada rurale Sa Teula - Bau "
               "Mela. CUP J47H27000380002.", align="L")
fill(61, 140, "11/10/2027")
fill(146, 140, "734/2027")
fill(127, 148, "26/10/2027")
fill(43, 162, "11/10/2027")
pdf.set_font("Courier", "", 11)
fill(118, 198, "Rita Loddo")
pdf.set_font("Times", "I", 8)
pdf.set_xy(110, 204)
pdf.cell(0, 4, "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)")

pdf.set_font("Times", "I", 7.5)
pdf.set_xy(20, 280)
pdf.cell(170, 4, "Modello CP/01 - Albo Pretorio on line - Sipal Atti Amministrativi", align="C")
pdf.output(OUT)
