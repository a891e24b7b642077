#!/usr/bin/env python3
"""Certificato di pubblicazione of Giunta deliberation 2/2029 of Frossasco, Sicraweb-like
"Albo on line" form printed with fpdf2 (Liberation fonts, a data grid with label cells).
usage: certificato_frossasco.py CREST.png OUT.pdf"""
import sys
from fpdf import FPDF

crest, out = sys.argv[1], sys.argv[2]
FD = "/usr/share/fonts/truetype/liberation/"
SUBJ = ("CONCESSIONE IN USO TEMPORANEO DEI LOCALI DEL MUSEO DEL GUSTO ALL'ASSOCIAZIONE TURISTICA PRO LOCO DI "
        "FROSSASCO PER LE MANIFESTAZIONI DEL CARNEVALE 2029 - APPROVAZIONE SCHEMA DI ACCORDO")

pdf = FPDF(format="A4", unit="mm")
pdf.set_margins(20, 15, 18)
pdf.set_auto_page_break(True, 20)
pdf.add_font("LSerif", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("LSerif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("LSerif", "I", FD + "LiberationSerif-Italic.ttf")
pdf.add_font("LSans", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LSans", "B", FD + "LiberationSans-Bold.ttf")
pdf.set_creator("Sicraweb - Albo Pretorio on line")
pdf.set_title("Certificato di pubblicazione - Reg. n. 24/2029")
pdf.add_page()

# letterhead
pdf.image(crest, x=22, y=13, w=17)
pdf.set_xy(20, 17)
pdf.set_font("LSerif", "B", 17)
pdf.cell(172, 8, "COMUNE DI FROSSASCO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSerif", "", 10)
pdf.cell(172, 5, "CITTÀ METROPOLITANA DI TORINO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSerif", "", 8.5)
pdf.cell(172, 4.5, "Piazza Donatori di Sangue n. 1 – 10060 Frossasco (TO)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.5)
pdf.line(20, 37, 192, 37)

pdf.set_y(46)
pdf.set_font("LSans", "B", 14)
pdf.cell(172, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LSans", "", 9)
pdf.cell(172, 5, "(art. 124, comma 1, D.Lgs. 18 agosto 2000, n. 267 - art. 32, comma 1, Legge 18 giugno 2009, n. 69)",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

# data grid
pdf.set_line_width(0.25)
pdf.set_fill_color(232, 232, 232)
rows = [("Tipo atto", "DELIBERAZIONE DELLA GIUNTA COMUNALE"), ("Numero", "2"), ("Data", "09/01/2029")]
for lab, val in rows:
    pdf.set_font("LSans", "B", 9.5)
    pdf.cell(42, 7.5, lab, border=1, fill=True)
    pdf.set_font("LSerif", "", 11)
    pdf.cell(130, 7.5, val, border=1, new_x="LMARGIN", new_y="NEXT")
y0 = pdf.get_y()
pdf.set_x(62)
pdf.set_font("LSerif", "B", 11)
pdf.multi_cell(130, 5.6, SUBJ, border=0, padding=(1.2, 1.5, 1.2, 1.5), new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.rect(20, y0, 42, y1 - y0, style="DF")
pdf.set_xy(20, y0)
pdf.set_font("LSans", "B", 9.5)
pdf.cell(42, 7.5, "Oggetto")
pdf.rect(62, y0, 130, y1 - y0)
pdf.set_y(y1)
rows = [("Registro pubblicazioni", "n. 24 / 2029"), ("Inizio pubblicazione", "12/01/2029"),
        ("Fine pubblicazione", "27/01/2029")]
for lab, val in rows:
    pdf.set_font("LSans", "B", 9.5)
    pdf.cell(42, 7.5, lab, border=1, fill=True)
    pdf.set_font("LSerif", "", 11)
    pdf.cell(130, 7.5, val, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("LSerif", "", 11.5)
pdf.multi_cell(172, 6, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio e su conforme attestazione del Messo "
               "Comunale,", align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LSerif", "B", 12)
pdf.cell(172, 7, "C E R T I F I C A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LSerif", "", 11.5)
pdf.multi_cell(172, 6, "che copia della deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line di questo "
               "Comune, accessibile dal sito istituzionale, per quindici giorni consecutivi dal 12/01/2029 al 27/01/2029, "
               "ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, e che contestualmente alla pubblicazione è stata "
               "trasmessa in elenco ai Capigruppo consiliari ai sensi dell'art. 125 del medesimo decreto.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.cell(86, 6, "Frossasco, 12/01/2029")
pdf.cell(86, 6, "IL SEGRETARIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(106)
pdf.cell(86, 6, "Dott.ssa Laura Chiabrando", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(106)
pdf.set_font("LSerif", "I", 9)
pdf.cell(86, 5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")

pdf.set_auto_page_break(False)
pdf.set_y(-22)
pdf.set_line_width(0.2)
pdf.line(20, pdf.get_y(), 192, pdf.get_y())
pdf.set_font("LSans", "", 7.5)
pdf.cell(172, 5, "Albo Pretorio on line - Comune di Frossasco - Registro pubblicazioni n. 24/2029", align="L")
pdf.output(out)
