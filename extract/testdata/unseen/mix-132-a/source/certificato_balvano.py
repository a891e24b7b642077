#!/usr/bin/env python3
"""Comune di Balvano - certificate of publication as a pre-printed form of
the Segreteria (blanks of underscores) filled in by the package: the values
are written in Courier over the underscores, a little above their baseline.
fpdf2 with core fonts."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-balvano-halley.pdf"

pdf = FPDF(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_creator("Halley Albo Pretorio")
pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").__version__)
pdf.set_title("Certificato di pubblicazione - Delibera G.C. n. 41/2028")
pdf.add_page()
LM = 22
pdf.set_left_margin(LM)

# letterhead (same as the package's other prints)
pdf.set_fill_color(128, 20, 20)
pdf.set_draw_color(128, 20, 20)
pdf.rect(LM, 14, 14, 12, style="F")
pdf.polygon([(LM, 26), (LM + 14, 26), (LM + 7, 31)], style="F")
pdf.set_fill_color(255, 255, 255)
pdf.rect(LM + 4, 17, 6, 7, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("Times", "B", 17)
pdf.set_xy(LM, 14)
pdf.cell(166, 8, "COMUNE DI BALVANO", align="C")
pdf.set_font("Times", "", 11)
pdf.set_xy(LM, 22)
pdf.cell(166, 5, "PROVINCIA DI POTENZA", align="C")
pdf.set_font("Times", "", 8)
pdf.set_xy(LM, 27)
pdf.cell(166, 4, "Piazza Municipio, 1 \u2013 85050 Balvano (PZ) \u2013 Tel. 0971 992010", align="C")
pdf.set_line_width(0.4)
pdf.line(LM, 34, LM + 166, 34)
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(LM, 36)
pdf.cell(100, 5, "UFFICIO SEGRETERIA \u2013 ALBO PRETORIO ON LINE")
pdf.set_xy(LM + 116, 36)
pdf.cell(50, 5, "Mod. ALB/07", align="R")

pdf.set_font("Helvetica", "B", 14)
pdf.set_xy(LM, 50)
pdf.cell(166, 8, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE", align="C")

FORM = ("Helvetica", "", 11)
FILL = ("Courier", "B", 10)
LH = 9.0


def form_line(y, parts):
    """parts: list of (text, blank_width_mm, fill); a blank is a run of underscores"""
    x = LM
    for text, blank, fill in parts:
        pdf.set_font(*FORM)
        if text:
            pdf.text(x, y, text)
            x += pdf.get_string_width(text) + 1.2
        if blank:
            pdf.set_font(*FORM)
            uw = pdf.get_string_width("_")
            n = int(blank / uw)
            pdf.text(x, y, "_" * n)
            if fill:
                pdf.set_font(*FILL)
                pdf.text(x + 1.5, y - 0.9, fill)
            x += n * uw + 1.2


y = 72
pdf.set_font(*FORM)
pdf.text(LM, y, "Il sottoscritto Messo Comunale, visti gli atti d\u2019ufficio,")
y += 11
pdf.set_font("Helvetica", "B", 11.5)
pdf.text(LM + 74, y, "CERTIFICA")
y += 11
form_line(y, [("che la deliberazione della", 62, "GIUNTA COMUNALE"), ("n.", 18, "41"), ("del", 38, "25/07/2028")])
y += LH
pdf.set_font(*FORM)
pdf.text(LM, y, "avente ad oggetto:")
y += LH
form_line(y, [("", 164, "MANIFESTAZIONI ESTIVE 2028 \u2013 CONCESSIONE CONTRIBUTO ALLA PRO LOCO BALVANO")])
y += LH
form_line(y, [("", 164, None)])
y += LH + 3
form_line(y, [("\u00e8 stata pubblicata all\u2019Albo Pretorio on line di questo Comune dal", 32, "27/07/2028")])
y += LH
form_line(y, [("al", 32, "10/08/2028"), ("per 15 giorni consecutivi, con il n.", 20, "398"),
              ("del Registro delle", 0, None)])
y += LH
pdf.set_font(*FORM)
pdf.text(LM, y, "Pubblicazioni, ai sensi dell\u2019art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che")
y += LH - 2.5
pdf.text(LM, y, "contro di essa non sono pervenuti reclami od opposizioni.")
y += 14
form_line(y, [("Balvano,", 36, "11/08/2028")])
y += 20
pdf.set_font("Helvetica", "B", 10.5)
pdf.text(LM + 8, y, "IL MESSO COMUNALE")
pdf.text(LM + 100, y, "IL SEGRETARIO COMUNALE")
y += 10
pdf.set_font(*FORM)
pdf.text(LM, y, "_" * 26)
pdf.text(LM + 94, y, "_" * 28)
pdf.set_font(*FILL)
pdf.text(LM + 9, y - 0.9, "Rocco Salvia")
pdf.text(LM + 99, y - 0.9, "Dott.ssa Angela Summa")
y += 5
pdf.set_font("Helvetica", "I", 8)
pdf.text(LM + 2, y, "(firma autografa sostituita a mezzo stampa ai sensi dell\u2019art. 3, comma 2, D.Lgs. 39/1993)")

pdf.set_font("Helvetica", "", 7.5)
pdf.text(LM, 285, "Halley Informatica \u2013 Albo Pretorio \u2013 Stampa certificato del 11/08/2028 ore 09:42")
pdf.output(OUT)
