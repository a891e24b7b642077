#!/usr/bin/env python3
"""Comune di Lunamatrona - certificato di pubblicazione of G.C. 87/2028,
house style "Sipal". fpdf2: a printed form whose blanks are runs of
underscores, filled by writing the values over them (as a form filled by a
program over a pre-printed model)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-lunamatrona-sipal.pdf"


class Form(FPDF):
    def header(self):
        self.set_draw_color(29, 63, 110)
        self.set_line_width(0.4)
        self.rect(20, 15, 15, 18, round_corners=True, style="D")
        self.set_font("Helvetica", "B", 6)
        self.set_text_color(29, 63, 110)
        self.text(22.2, 25, "STEMMA")
        self.set_font("Helvetica", "B", 16)
        self.text(40, 22, "COMUNE DI LUNAMATRONA")
        self.set_font("Helvetica", "", 10)
        self.text(40, 27.5, "Provincia del Sud Sardegna")
        self.set_text_color(0, 0, 0)
        self.set_font("Helvetica", "", 7)
        self.text(40, 32, "Piazza Europa, 4 - 09022 Lunamatrona (SU) - Tel. 070 939 0412")
        self.set_fill_color(227, 230, 234)
        self.rect(20, 38, 170, 9, style="F")
        self.set_font("Helvetica", "B", 10.5)
        self.text(23, 44, "SERVIZIO ALBO PRETORIO ON LINE")
        self.set_y(52)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", "", 7)
        self.cell(85, 5, "Sipal Albo On Line - mod. ALB/03", align="L")
        self.cell(85, 5, "Pagina %d di 1" % self.page_no(), align="R")


pdf = Form(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 20)
pdf.set_title("Certificato di pubblicazione - Deliberazione G.C. n. 87/2028")
pdf.set_author("Comune di Lunamatrona")
pdf.set_creator("Sipal Albo On Line")
pdf.add_page()

pdf.set_font("Helvetica", "B", 13)
pdf.cell(0, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)


def blank_line(label, fields, size=10.5):
    """label text, then a list of (printed_text, blank_width_mm, value)."""
    y = pdf.get_y() + 5
    x = 20
    pdf.set_font("Helvetica", "", size)
    for txt, w, val in [(label, 0, None)] + fields:
        if txt:
            pdf.set_font("Helvetica", "", size)
            pdf.text(x, y, txt)
            x += pdf.get_string_width(txt) + 1.2
        if w:
            pdf.set_font("Helvetica", "", size)
            n = int(w / pdf.get_string_width("_"))
            pdf.text(x, y + 0.6, "_" * n)
            if val:
                pdf.set_font("Courier", "B", size)
                pdf.text(x + 2, y - 0.4, val)
            x += n * pdf.get_string_width("_") + 1.2
    pdf.set_y(y + 4)


blank_line("Registro delle pubblicazioni n.", [("", 28, "655"), ("anno", 20, "2028")])
pdf.ln(3)
blank_line("Atto:", [("", 110, "DELIBERAZIONE GIUNTA COMUNALE")])
blank_line("n.", [("", 20, "87"), ("del", 34, "12/10/2028"),
                  ("Ufficio proponente", 50, "AREA TECNICA")])
pdf.ln(4)
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(0, 6, "Oggetto dell'atto:", new_x="LMARGIN", new_y="NEXT")
# the subject is copied by the program into a framed field of the model
pdf.set_font("Courier", "B", 10)
y0 = pdf.get_y()
pdf.multi_cell(170, 5,
               "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
               "SICUREZZA DELLA STRADA RURALE “SA TANCA MANNA” – CUP G57H28000190002.",
               border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(170, 5.5,
               "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio e le "
               "risultanze del registro informatico delle pubblicazioni,",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "C E R T I F I C A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(170, 5.5,
               "che copia dell'atto sopra indicato è stata affissa all'Albo Pretorio on line di questo "
               "Comune, accessibile dal sito istituzionale, e vi rimarrà pubblicata per quindici giorni "
               "consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000:",
               align="J", new_x="LMARGIN", new_y="NEXT")
blank_line("dal", [("", 36, "13/10/2028"), ("al", 36, "28/10/2028"),
                   ("giorni", 16, "15")])
pdf.ln(4)
blank_line("Lunamatrona,", [("", 36, "13/10/2028")])
pdf.ln(14)
pdf.set_x(105)
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(85, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE\nIl Messo Comunale", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(105)
y = pdf.get_y() + 5
pdf.text(112, y + 0.6, "_" * 34)
pdf.set_font("Courier", "B", 10)
pdf.text(120, y - 0.4, "Sig. Efisio Cabras")
pdf.set_y(y + 12)
pdf.set_font("Helvetica", "I", 8)
pdf.multi_cell(170, 4,
               "Documento informatico firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme "
               "collegate; sostituisce il documento cartaceo e la firma autografa.",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
