#!/usr/bin/env python3
"""Comune di Rivello (PZ) - certificate of publication of Consiglio
deliberation n. 1 of 15/01/2027. House style "Halley": the pre-printed
certificate module (a line of underscores for every blank) is filled in by
the program, which writes each value over its blank. fpdf2, core fonts."""
import sys
from fpdf import FPDF

out = sys.argv[1]


class P(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7)
        self.cell(0, 4, "Mod. ALB/03 - Certificato di pubblicazione deliberazioni", align="L")
        self.cell(0, 4, f"Pag. {self.page_no()}/{{nb}}", align="R")


pdf = P(format="A4")
pdf.set_creator("Halley - Albo Pretorio (modulo certificati)")
pdf.set_title("Certificato di pubblicazione C.C. 1/2027")
pdf.set_margins(22, 18, 22)
pdf.set_auto_page_break(True, 20)
pdf.add_page()

# letterhead (same as the acts: centred, crest above)
pdf.set_fill_color(29, 79, 145)
pdf.rect(100, 14, 10, 6, "F")
pdf.set_fill_color(242, 194, 48)
pdf.rect(100, 20, 10, 6, "F")
pdf.set_y(28)
pdf.set_font("Helvetica", "B", 16)
pdf.cell(0, 7, "COMUNE DI RIVELLO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Provincia di Potenza", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.line(22, pdf.get_y(), 188, pdf.get_y())
pdf.ln(9)
pdf.set_font("Helvetica", "B", 13)
pdf.cell(0, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 9)
pdf.cell(0, 5, "(art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)",
         align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

LH = 8.5


def blank_line(label, width_mm, value, x_after=None, bold=True):
    """Print the label, then a line of underscores, then the value over it."""
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(pdf.get_string_width(label) + 1, LH, label)
    x0, y0 = pdf.get_x(), pdf.get_y()
    n = int(width_mm / pdf.get_string_width("_"))
    pdf.cell(width_mm, LH, "_" * n)
    x1 = pdf.get_x()
    # value written over the blank, a little above the rule, as the form filler does
    pdf.set_font("Helvetica", "B" if bold else "", 11)
    pdf.set_xy(x0 + 2, y0 - 1.2)
    pdf.cell(width_mm - 2, LH, value)
    pdf.set_xy(x1, y0)
    pdf.set_font("Helvetica", "", 11)


pdf.set_font("Helvetica", "", 11)
pdf.multi_cell(0, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "A T T E S T A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 11)
pdf.cell(0, LH, "che la deliberazione del", new_x="LMARGIN", new_y="NEXT")
blank_line("Organo:", 60, "CONSIGLIO COMUNALE")
blank_line("  n.", 18, "1")
blank_line("  del", 32, "15/01/2027")
pdf.ln(LH + 2)
pdf.cell(0, LH, "avente ad oggetto:", new_x="LMARGIN", new_y="NEXT")
# the subject goes in the module's ruled box, wrapped by the program
pdf.set_font("Helvetica", "B", 10.5)
y0 = pdf.get_y()
pdf.set_x(24)
pdf.multi_cell(162, 6, "APPROVAZIONE DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) "
               "PER IL PERIODO 2027/2029.", new_x="LMARGIN", new_y="NEXT")
pdf.rect(22, y0 - 1.5, 166, 21)
pdf.set_y(y0 + 20)
pdf.ln(4)
pdf.set_font("Helvetica", "", 11)
pdf.multi_cell(0, 6, "viene pubblicata mediante affissione all'Albo Pretorio on line di questo Comune, "
               "accessibile dal sito istituzionale, per quindici giorni consecutivi:", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
blank_line("dal", 36, "18/01/2027")
blank_line("  al", 36, "02/02/2027")
blank_line("  Reg. Pubbl. n.", 22, "27")
pdf.ln(LH + 4)
pdf.multi_cell(0, 6, "ai sensi dell'art. 124, comma 1, del D.Lgs. n. 267/2000.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5.5, "[X] La deliberazione e' stata dichiarata immediatamente eseguibile (art. 134, comma 4, "
               "D.Lgs. n. 267/2000).\n[  ] La deliberazione diverra' esecutiva decorsi 10 giorni dalla "
               "pubblicazione (art. 134, comma 3, D.Lgs. n. 267/2000).", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
blank_line("Rivello,", 36, "18/01/2027", bold=False)
pdf.ln(LH + 6)
pdf.set_x(110)
pdf.set_font("Helvetica", "", 10)
pdf.cell(78, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.cell(78, 5, "IL MESSO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_x(110)
y0 = pdf.get_y()
pdf.cell(78, LH, "_" * 34, align="C")
pdf.set_xy(110, y0 - 1.2)
pdf.set_font("Helvetica", "I", 11)
pdf.cell(78, LH, "F.to Rocco Ferrara", align="C")
pdf.output(out)
