#!/usr/bin/env python3
"""Comune di Brendola - certificate of publication of G.C. 148/2027, fpdf2.

A pre-printed form of underscores; the publication software then writes the
values over the blanks in a monospaced bold font (separate text runs, drawn
after the whole form, at the blanks' coordinates)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-brendola-boxxapps.pdf"
FONTS = "/usr/share/fonts/truetype/liberation/"

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Boxxapps - Albo Pretorio")
pdf.set_title("Certificato di pubblicazione - Delibera G.C. n. 148/2027")
pdf.add_font("LS", "", FONTS + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FONTS + "LiberationSans-Bold.ttf")
pdf.add_font("LM", "B", FONTS + "LiberationMono-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()

BLUE = (29, 79, 145)
# letterhead (same layout as the acts)
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.4)
pdf.rect(20, 14, 16, 13)
pdf.set_fill_color(*BLUE)
pdf.rect(20, 20, 16, 3.5, style="F")
pdf.set_text_color(*BLUE)
pdf.set_font("LS", "B", 17)
pdf.text(40, 21, "COMUNE DI BRENDOLA")
pdf.set_text_color(0, 0, 0)
pdf.set_font("LS", "", 9.5)
pdf.text(40, 26.5, "Provincia di Vicenza")
pdf.set_font("LS", "", 7.5)
pdf.text(40, 30.5, "Piazza del Mercato, 1 \u2013 36040 Brendola (VI) \u2013 Ufficio Segreteria \u2013 tel. 0444 400727")
pdf.set_line_width(0.5)
pdf.line(20, 34, 192, 34)

pdf.set_font("LS", "B", 13)
pdf.set_xy(20, 44)
pdf.cell(172, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("LS", "", 9)
pdf.set_xy(20, 50)
pdf.cell(172, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267)", align="C")

fills = []  # (x, y, text) written after the form


def line(y, parts, size=10.5):
    """parts: list of str or ("blank", width_in_underscores, value)"""
    pdf.set_font("LS", "", size)
    x = 20
    for p in parts:
        if isinstance(p, str):
            pdf.text(x, y, p)
            x += pdf.get_string_width(p)
        else:
            _, n, val = p
            us = "_" * n
            pdf.text(x, y, us)
            w = pdf.get_string_width(us)
            fills.append((x + 2, y - 0.8, val))
            x += w


line(66, ["Deliberazione della Giunta Comunale n. ", ("b", 9, "148"), "  del ", ("b", 16, "16/11/2027")])
pdf.set_font("LS", "B", 10.5)
pdf.text(20, 76, "OGGETTO:")
pdf.set_xy(40, 72.2)
pdf.multi_cell(152, 5.2, "APPROVAZIONE DEL PROGETTO DI FATTIBILIT\u00c0 TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
               "SICUREZZA DI VIA PIAVE E DI REALIZZAZIONE DEL PERCORSO CICLOPEDONALE VERSO LA FRAZIONE DI V\u00d2 "
               "\u2013 CUP H91B27000410004", align="L")

y = 100
line(y, ["Il sottoscritto Responsabile della pubblicazione, visti gli atti d\u2019ufficio,"])
pdf.set_font("LS", "B", 11)
pdf.set_xy(20, y + 5)
pdf.cell(172, 6, "ATTESTA", align="C")
y += 18
line(y, ["che copia della deliberazione sopra indicata \u00e8 stata pubblicata all\u2019Albo Pretorio on line di"])
line(y + 7, ["questo Comune il giorno ", ("b", 16, "19/11/2027"), " con il n. ", ("b", 10, "1287"), " del Registro delle pubblicazioni"])
line(y + 14, ["e vi rimarr\u00e0 per quindici giorni consecutivi, fino al ", ("b", 16, "04/12/2027"), ", ai sensi dell\u2019art. 124,"])
line(y + 21, ["comma 1, del D.Lgs. 18 agosto 2000, n. 267."])

line(y + 34, ["Brendola, ", ("b", 16, "19/11/2027")])
pdf.set_font("LS", "", 10.5)
pdf.set_xy(110, y + 40)
pdf.cell(82, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
pdf.set_xy(110, y + 50)
pdf.cell(82, 5, "_" * 34, align="C")
fills.append((122, y + 53.2, "Laura Zanella"))

# executivity box
by = y + 66
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.3)
pdf.rect(20, by, 172, 46)
pdf.set_font("LS", "B", 10.5)
pdf.text(24, by + 7, "CERTIFICATO DI ESECUTIVIT\u00c0")
pdf.set_font("LS", "", 10)
pdf.text(24, by + 15, "La presente deliberazione \u00e8 divenuta esecutiva il giorno")
pdf.text(24 + pdf.get_string_width("La presente deliberazione \u00e8 divenuta esecutiva il giorno "), by + 15, "_" * 16)
fills.append((24 + pdf.get_string_width("La presente deliberazione \u00e8 divenuta esecutiva il giorno ") + 2, by + 14.2, "16/11/2027"))
pdf.rect(24, by + 20, 3.5, 3.5)
pdf.text(30, by + 23.3, "perch\u00e9 dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)")
fills.append((24.4, by + 23.0, "X"))
pdf.rect(24, by + 27, 3.5, 3.5)
pdf.text(30, by + 30.3, "decorsi dieci giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)")
pdf.text(120, by + 40, "IL SEGRETARIO COMUNALE")
pdf.text(120, by + 44.5, "dott.ssa Paola Bertinato")

pdf.set_font("LS", "", 7.5)
pdf.set_text_color(85, 85, 85)
pdf.text(20, 284, "Comune di Brendola \u2013 Albo Pretorio on line \u2013 Reg. pubbl. n. 1287/2027")
pdf.text(172, 284, "Pag. 1 di 1")

# the software's fill-in pass
pdf.set_text_color(0, 0, 0)
pdf.set_font("LM", "B", 10.5)
for x, yy, val in fills:
    pdf.text(x, yy, val)

pdf.output(OUT)
