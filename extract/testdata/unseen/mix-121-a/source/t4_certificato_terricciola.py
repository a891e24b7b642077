#!/usr/bin/env python3
"""Comune di Terricciola - certificate of publication of Giunta n. 87/2027.

The Anthea letterhead over a pre-printed form whose blanks are lines of
underscores; the messo's workstation fills the blanks by overprinting the
values in Courier a little above the underscores, as a form-filling module
does. fpdf2, core fonts.
"""
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-terricciola-anthea.pdf"

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Anthea Albo On Line - modulo certificazioni")
pdf.set_title("Certificato di pubblicazione")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_auto_page_break(False)
pdf.add_page()
L = 22

# letterhead: drawn shield + name
pdf.set_draw_color(107, 29, 29)
pdf.set_fill_color(244, 233, 216)
pdf.set_line_width(0.4)
pdf.polygon([(L, 16), (L + 16, 16), (L + 16, 29), (L + 8, 38), (L, 29)], style="DF")
pdf.set_fill_color(63, 107, 42)
for dx, dy in ((8, 22), (6, 25), (10, 25), (8, 28)):
    pdf.circle(x=L + dx, y=dy, radius=1.6, style="F")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Times", "B", 17)
pdf.text(L + 22, 24, "COMUNE DI TERRICCIOLA")
pdf.set_font("Times", "", 10.5)
pdf.text(L + 22, 29.5, "Provincia di Pisa")
pdf.set_font("Times", "", 8)
pdf.text(L + 22, 34, "Via Roma, 37 - 56030 Terricciola (PI) - PEC: comune.terricciola@postacert.toscana.it")
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.3)
pdf.line(L, 42, 210 - L, 42)

pdf.set_font("Times", "B", 15)
pdf.set_xy(L, 54)
pdf.cell(210 - 2 * L, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("Times", "", 10)
pdf.set_xy(L, 62)
pdf.cell(210 - 2 * L, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)",
         align="C")

FILL = []  # values written after the form, as the filling module does


def form_line(y, parts):
    """parts: list of (label) strings or ('blank', width_mm, value)."""
    x = L
    pdf.set_font("Times", "", 11.5)
    for part in parts:
        if isinstance(part, str):
            pdf.text(x, y, part)
            x += pdf.get_string_width(part)
        else:
            _, w, val = part
            n = int(w / pdf.get_string_width("_"))
            pdf.text(x, y + 0.6, "_" * n)
            if val:
                FILL.append((x + 1.5, y - 1.0, val))
            x += pdf.get_string_width("_" * n)


form_line(80, ["Registro delle pubblicazioni n. ", ("blank", 30, "1174/2027")])
form_line(94, ["Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,"])
pdf.set_font("Times", "B", 12)
pdf.set_xy(L, 100)
pdf.cell(210 - 2 * L, 7, "A T T E S T A", align="C")
form_line(116, ["che la deliberazione della ", ("blank", 48, "Giunta Comunale"), " n. ", ("blank", 16, "87"),
                " del ", ("blank", 30, "14/09/2027")])
form_line(126, ["avente ad oggetto:"])
form_line(135, [("blank", 166, "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA")])
form_line(144, [("blank", 166, "DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE DI SOIANA")])
form_line(153, [("blank", 166, "- CUP H17H27000410004")])
form_line(164, ["è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno ",
                ("blank", 30, "16/09/2027")])
form_line(174, ["e vi rimarrà per quindici giorni consecutivi, fino al ", ("blank", 30, "01/10/2027"),
                " compreso."])
form_line(186, ["Terricciola, lì ", ("blank", 34, "16/09/2027")])
pdf.set_font("Times", "B", 11)
pdf.set_xy(110, 196)
pdf.cell(78, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
pdf.set_font("Times", "", 11)
pdf.text(118, 214, "_" * 34)

# the filled values, in Courier, written last
pdf.set_font("Courier", "B", 10.5)
for x, y, val in FILL:
    pdf.text(x, y, val)
pdf.text(121, 213.0, "Roberto Ghelardini")
pdf.set_font("Times", "I", 8.5)
pdf.set_xy(110, 216)
pdf.cell(78, 5, "(firmato digitalmente)", align="C")

pdf.set_font("Times", "", 8)
pdf.set_xy(L, 270)
pdf.multi_cell(210 - 2 * L, 4,
               "Modulo ALB-03 - Anthea Albo On Line. Il presente certificato è pubblicato unitamente all'atto "
               "cui si riferisce.")
pdf.output(OUT)
