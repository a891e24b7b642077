#!/usr/bin/env python3
"""Comune di Verrua Savoia, house style "CSI Piemonte": attestazione di
avvenuta pubblicazione of a determinazione of the Area Tecnica, printed by
fpdf2 with core fonts: the act's data in a ruled box, justified paragraphs
(word spacing by Tw), running foot with the register number."""
import sys
from fpdf import FPDF

out = sys.argv[1]


class Doc(FPDF):
    def header(self):
        # crest
        self.set_draw_color(90)
        self.set_fill_color(215)
        x, y = 20, 20
        pts = [(x, y), (x + 16, y), (x + 16, y + 14), (x + 8, y + 24), (x, y + 14)]
        self.polygon(pts, style="DF")
        self.set_fill_color(90)
        self.rect(x + 3, y + 4, 10, 4, style="F")
        self.set_text_color(0)
        self.set_xy(41, 18)
        self.set_font("Helvetica", "B", 15)
        self.cell(90, 7, "COMUNE DI VERRUA SAVOIA")
        self.set_font("Helvetica", "", 9.5)
        self.set_xy(41, 26)
        self.cell(90, 4.5, "Città Metropolitana di Torino")
        self.set_xy(41, 30.5)
        self.cell(90, 4.5, "Ufficio Segreteria - Albo Pretorio on line")
        # register box
        self.set_draw_color(0)
        self.set_line_width(0.3)
        self.rect(140, 19, 50, 22)
        self.set_xy(140, 21)
        self.set_font("Helvetica", "", 7.5)
        self.cell(50, 4, "REGISTRO DELLE PUBBLICAZIONI", align="C")
        self.set_xy(140, 27)
        self.set_font("Helvetica", "B", 12)
        self.cell(50, 6, "N. 150", align="C")
        self.set_xy(140, 35)
        self.set_font("Helvetica", "", 9)
        self.cell(50, 4, "del 12/04/2028", align="C")
        self.set_line_width(0.15)
        self.line(20, 47, 190, 47)

    def footer(self):
        self.set_line_width(0.1)
        self.line(20, 279, 190, 279)
        self.set_xy(20, 280.5)
        self.set_font("Helvetica", "", 7.5)
        self.cell(120, 4, "Comune di Verrua Savoia - Attestazione di pubblicazione n. 150/2028")
        self.cell(50, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 25)
pdf.set_creator("CSI Piemonte - Atti Amministrativi / Albo Pretorio")
pdf.set_title("Attestazione di avvenuta pubblicazione n. 150/2028")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_y(57)
pdf.set_font("Helvetica", "B", 13)
pdf.set_char_spacing(3.2)
pdf.cell(0, 7, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", align="C")
pdf.set_char_spacing(0)
pdf.ln(14)

# the act, in a ruled box
rows = [
    ("Atto", "Determinazione del Responsabile dell'Area Tecnica"),
    ("Servizio", "Servizio Lavori Pubblici e Manutenzioni"),
    ("Registro generale", "n. 74 del 12/04/2028"),
    ("Registro di settore", "n. 22 del 11/04/2028"),
]
pdf.set_line_width(0.2)
for k, v in rows:
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(42, 8, "  " + k, border=1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(128, 8, "  " + v, border=1, new_x="LMARGIN", new_y="NEXT")
subject = ("AFFIDAMENTO DIRETTO ALLA DITTA EDIL COLLINE S.R.L. DEI LAVORI DI "
           "MANUTENZIONE STRAORDINARIA DEL MURO DI SOSTEGNO IN STRADA PER "
           "SULPIANO - CIG B7A41C2E90 - CUP D87H27000410004 - IMPEGNO DI SPESA.")
y0 = pdf.get_y()
pdf.set_font("Helvetica", "B", 10)
pdf.set_xy(64, y0 + 1.5)
pdf.multi_cell(124, 5.2, subject, align="J")
y1 = pdf.get_y() + 1.5
pdf.rect(20, y0, 42, y1 - y0)
pdf.rect(62, y0, 128, y1 - y0)
pdf.set_xy(20, y0 + 1.5)
pdf.set_font("Helvetica", "", 9.5)
pdf.cell(42, 5.2, "  Oggetto")
pdf.set_y(y1 + 10)

pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(0, 6, "Il sottoscritto Messo Comunale, responsabile della tenuta "
               "dell'Albo Pretorio on line, visti gli atti d'ufficio,", align="J")
pdf.ln(3)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "ATTESTA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(0, 6, "che la determinazione sopra indicata è stata pubblicata "
               "all'Albo Pretorio on line di questo Comune per quindici giorni "
               "consecutivi, dal 12/04/2028 al 27/04/2028, con il numero 150 del "
               "Registro delle pubblicazioni, ai sensi dell'art. 32 della Legge "
               "18 giugno 2009, n. 69 e del vigente Regolamento comunale per la "
               "gestione dell'Albo Pretorio on line.", align="J")
pdf.ln(12)
pdf.cell(0, 6, "Verrua Savoia, 28/04/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(12)
pdf.set_x(110)
pdf.cell(80, 6, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Helvetica", "I", 10.5)
pdf.cell(80, 6, "Walter Bosticco", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
