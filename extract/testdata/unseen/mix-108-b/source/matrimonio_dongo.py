#!/usr/bin/env python3
"""Comune di Dongo - notice of the banns (pubblicazione di matrimonio).

fpdf2: the office prints the blank ministerial-style form (labels and
underscore blanks) with the Comune's letterhead, then a second pass types
the particulars over the blanks in a monospaced font, as the civil-status
program fills its forms.
"""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "matrimonio-dongo-sinergis.pdf"
SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SANSB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
SANSI = "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"
MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"
BLUE = (0x1D, 0x3C, 0x6E)

pdf = FPDF(unit="pt", format="A4")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Sinergis Demografici - Stato Civile")
pdf.set_title("Pubblicazione di matrimonio n. 9/2026")
pdf.add_font("ls", "", SANS)
pdf.add_font("ls", "B", SANSB)
pdf.add_font("ls", "I", SANSI)
pdf.add_font("lm", "", MONO)
pdf.set_auto_page_break(False)
pdf.add_page()
W = pdf.w
ML, MR = 56, 56

# ---- letterhead (house style) ----
pdf.set_draw_color(*BLUE)
pdf.set_fill_color(0xDF, 0xE8, 0xF5)
pdf.set_line_width(1.5)
x0, y0 = ML, 44
pdf.polygon([(x0, y0), (x0 + 40, y0), (x0 + 40, y0 + 28), (x0 + 34, y0 + 42), (x0 + 20, y0 + 50),
             (x0 + 6, y0 + 42), (x0, y0 + 28)], style="DF")
pdf.set_fill_color(0xB0, 0x3A, 0x2E)
pdf.polygon([(x0 + 8, y0 + 18), (x0 + 14, y0 + 8), (x0 + 20, y0 + 18), (x0 + 26, y0 + 8), (x0 + 32, y0 + 18),
             (x0 + 32, y0 + 24), (x0 + 8, y0 + 24)], style="F")
pdf.set_text_color(*BLUE)
pdf.set_font("ls", "B", 17)
pdf.text(ML + 52, 64, "COMUNE DI DONGO")
pdf.set_font("ls", "I", 10)
pdf.text(ML + 52, 78, "Provincia di Como")
pdf.set_text_color(0x44, 0x44, 0x44)
pdf.set_font("ls", "", 9.5)
for i, s in enumerate(["UFFICIO DELLO STATO CIVILE", "SERVIZI DEMOGRAFICI"]):
    pdf.text(W - MR - pdf.get_string_width(s), 62 + 12 * i, s)
pdf.set_line_width(1.4)
pdf.line(ML, 102, W - MR, 102)
pdf.set_text_color(0, 0, 0)
pdf.set_font("ls", "", 9.5)
pdf.text(ML, 116, "Albo Pretorio on line \u2013 Reg. n. 641/2026")

# ---- the blank form ----
pdf.set_font("ls", "B", 15)
title = "PUBBLICAZIONE DI MATRIMONIO"
pdf.set_char_spacing(1.5)
pdf.text((W - pdf.get_string_width(title)) / 2, 160, title)
pdf.set_char_spacing(0)

pdf.set_font("ls", "", 10.5)
blanks = {}  # name -> (x, y) where the value goes


def row(y, parts):
    """parts: list of (label, blank_width_or_None, key)."""
    x = ML
    for label, bw, key in parts:
        if label:
            pdf.text(x, y, label)
            x += pdf.get_string_width(label) + 3
        if bw:
            n = int(bw / pdf.get_string_width("_"))
            pdf.text(x, y, "_" * n)
            if key:
                blanks[key] = (x + 4, y - 2.2)
            x += pdf.get_string_width("_" * n) + 4
    return y


y = 190
row(y, [("N.", 50, "num"), ("anno", 50, "anno")])
y += 30
pdf.set_font("ls", "B", 11)
s = "L'UFFICIALE DELLO STATO CIVILE"
pdf.text((W - pdf.get_string_width(s)) / 2, y, s)
y += 16
pdf.set_font("ls", "", 10.5)
s = "rende noto che"
pdf.text((W - pdf.get_string_width(s)) / 2, y, s)
y += 30
row(y, [("", 300, "sposo"), ("(cognome e nome)", None, None)])
y += 24
row(y, [("nato a", 200, "luogo1"), ("il", 110, "data1")])
y += 24
row(y, [("residente in", 200, "res1"), ("stato civile", 90, "sc1")])
y += 30
pdf.set_font("ls", "B", 10.5)
pdf.text((W - pdf.get_string_width("e")) / 2, y, "e")
pdf.set_font("ls", "", 10.5)
y += 26
row(y, [("", 300, "sposa"), ("(cognome e nome)", None, None)])
y += 24
row(y, [("nata a", 200, "luogo2"), ("il", 110, "data2")])
y += 24
row(y, [("residente in", 200, "res2"), ("stato civile", 90, "sc2")])
y += 32
row(y, [("intendono unirsi in matrimonio con rito", 120, "rito"), ("nel Comune di", 120, "luogo")])
y += 34

pdf.set_font("ls", "", 10.5)
txt = ("La presente pubblicazione \u00e8 affissa all'Albo Pretorio on line di questo Comune per otto giorni "
       "consecutivi, ai sensi degli articoli 50 e seguenti del D.P.R. 3 novembre 2000, n. 396. Chiunque sia "
       "a conoscenza di impedimenti al matrimonio \u00e8 tenuto a denunciarli all'Ufficiale dello Stato Civile.")
pdf.set_xy(ML, y - 10)
pdf.multi_cell(W - ML - MR, 15, txt, align="J")
y = pdf.get_y() + 24
row(y, [("Affissa dal", 90, "dal"), ("al", 90, "al")])
y += 40
row(y, [("Dongo, li", 120, "data")])
pdf.set_font("ls", "B", 10)
s = "L'UFFICIALE DELLO STATO CIVILE"
pdf.text(W - MR - 190, y, s)
pdf.set_font("ls", "", 10)
pdf.text(W - MR - 190, y + 28, "_" * 38)
blanks["uff"] = (W - MR - 186, y + 25.8)
pdf.set_font("ls", "I", 7)
pdf.text(W - MR - 190, y + 40, "firmato digitalmente ai sensi del D.Lgs. 82/2005")

# ---- footer (house style) ----
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.5)
pdf.line(ML, pdf.h - 40, W - MR, pdf.h - 40)
pdf.set_text_color(0x44, 0x44, 0x44)
pdf.set_font("ls", "", 7)
pdf.text(ML, pdf.h - 30, "Comune di Dongo \u2013 Piazza Paracchini, 6 \u2013 22014 Dongo (CO) \u2013 protocollo@pec.comune.dongo.co.it")
s = "Pubbl. matrimonio n. 9/2026 \u2013 pag. 1/1"
pdf.text(W - MR - pdf.get_string_width(s), pdf.h - 30, s)

# ---- second pass: the program fills the blanks ----
vals = {
    "num": "9", "anno": "2026",
    "sposo": "PORTA ANDREA", "luogo1": "COMO (CO)", "data1": "14/03/1991",
    "res1": "DONGO (CO)", "sc1": "CELIBE",
    "sposa": "GALLI MARTINA", "luogo2": "LECCO (LC)", "data2": "02/11/1993",
    "res2": "DONGO (CO)", "sc2": "NUBILE",
    "rito": "CIVILE", "luogo": "DONGO",
    "dal": "10/07/2026", "al": "18/07/2026",
    "data": "10/07/2026", "uff": "ELENA MAZZUCCHI",
}
pdf.set_text_color(0x10, 0x10, 0x60)
pdf.set_font("lm", "", 10)
for k in ["uff", "data", "al", "dal", "sposo", "luogo1", "data1", "res1", "sc1", "sposa", "luogo2", "data2",
          "res2", "sc2", "rito", "luogo", "num", "anno"]:
    x, yy = blanks[k]
    pdf.text(x, yy, vals[k])

pdf.output(out)
