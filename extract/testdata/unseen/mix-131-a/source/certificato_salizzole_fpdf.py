#!/usr/bin/env python3
"""Comune di Salizzole - certificate of publication of Giunta deliberation 47/2028,
as the Civilia Next "modulo" prints it: a pre-printed form whose blanks are rows of
underscores, the values typed over them in a second pass (fpdf2, DejaVu fonts)."""
import sys
from fpdf import FPDF, __version__ as fpdf_version

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Civilia Next - Albo Pretorio")
pdf.set_producer("PyFPDF/fpdf" + fpdf_version)
pdf.set_title("Certificato di pubblicazione DG 47/2028")
pdf.add_font("dj", "", DJ + "DejaVuSans.ttf")
pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("djm", "", DJ + "DejaVuSansMono.ttf")
pdf.add_font("djm", "B", DJ + "DejaVuSansMono-Bold.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
L = 22

# --- letterhead (same model as the other Civilia Next prints)
pdf.set_draw_color(29, 79, 122)
pdf.set_fill_color(219, 230, 240)
pdf.set_line_width(0.6)
pdf.polygon([(L, 14), (L + 18, 14), (L + 18, 26), (L + 9, 33), (L, 26)], style="DF")
pdf.set_fill_color(29, 79, 122)
pdf.rect(L + 5, 20, 8, 7, style="F")
pdf.set_text_color(29, 79, 122)
pdf.set_font("dj", "B", 16)
pdf.set_xy(L + 22, 14)
pdf.cell(120, 8, "COMUNE DI SALIZZOLE", align="C")
pdf.set_text_color(17, 17, 17)
pdf.set_font("dj", "", 9.5)
pdf.set_xy(L + 22, 22)
pdf.cell(120, 5, "Provincia di Verona", align="C")
pdf.set_font("dj", "", 7)
pdf.set_xy(L + 22, 27)
pdf.cell(120, 4, "Piazza Castello n. 3 – 37056 Salizzole (VR) – Tel. 045 6954011 – C.F. 80011230238", align="C")
pdf.set_line_width(0.7)
pdf.line(L, 37, 210 - L, 37)
pdf.set_font("dj", "", 7.5)
pdf.set_xy(210 - L - 50, 39)
pdf.cell(50, 4, "Mod. ALBO-03  rev. 2027", align="R")

# --- title
pdf.set_font("dj", "B", 13)
pdf.set_xy(L, 50)
pdf.cell(210 - 2 * L, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("dj", "", 9)
pdf.set_xy(L, 57)
pdf.cell(210 - 2 * L, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

fills = []  # values typed over the blanks, drawn after the form


def form_line(y, parts, size=10.5):
    """parts: list of (text, blank_width_in_chars or None, value)"""
    x = L
    pdf.set_font("dj", "", size)
    for text, blank, value in parts:
        if text:
            w = pdf.get_string_width(text)
            pdf.set_xy(x, y)
            pdf.cell(w, 6, text)
            x += w
        if blank:
            u = "_" * blank
            w = pdf.get_string_width(u)
            pdf.set_xy(x, y)
            pdf.cell(w, 6, u)
            fills.append((x + 2, y - 0.8, value))
            x += w


y = 72
form_line(y, [("Deliberazione della ", None, None), ("", 16, "GIUNTA"), (" Comunale n. ", None, None),
              ("", 8, "47"), (" del ", None, None), ("", 14, "04/07/2028")])
y += 11
pdf.set_font("dj", "B", 10.5)
pdf.set_xy(L, y)
pdf.cell(20, 6, "Oggetto:")
pdf.set_xy(L + 20, y)
pdf.multi_cell(210 - 2 * L - 20, 5.6,
               "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE "
               "ENERGETICA DELLA PALESTRA COMUNALE DI VIA FONTANA – CUP H27H28000410004.", align="L")
y = pdf.get_y() + 8

pdf.set_font("dj", "", 10.5)
pdf.set_xy(L, y)
pdf.multi_cell(210 - 2 * L, 6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
y = pdf.get_y() + 4
pdf.set_font("dj", "B", 11)
pdf.set_xy(L, y)
pdf.cell(210 - 2 * L, 6, "C E R T I F I C A", align="C")
y += 12
form_line(y, [("che copia della deliberazione suindicata è stata pubblicata all'Albo Pretorio on line", None, None)])
y += 7
form_line(y, [("di questo Comune il giorno ", None, None), ("", 14, "06/07/2028"),
              (" con il n. ", None, None), ("", 9, "684"), (" del Registro delle", None, None)])
y += 7
form_line(y, [("pubblicazioni, e vi rimarrà per quindici giorni consecutivi, fino al ", None, None),
              ("", 14, "21/07/2028"), (".", None, None)])
y += 13

# executivity boxes
pdf.set_font("dj", "", 10)
for i, (txt, mark) in enumerate((
        ("dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000", True),
        ("divenuta esecutiva decorsi dieci giorni dalla pubblicazione (art. 134, comma 3)", False))):
    pdf.rect(L + 2, y + 1, 4, 4)
    if mark:
        fills.append((L + 2.7, y - 0.1, "X"))
    pdf.set_xy(L + 9, y)
    pdf.cell(150, 6, txt)
    y += 8
y += 6
form_line(y, [("Salizzole, lì ", None, None), ("", 14, "06/07/2028")])
y += 16

pdf.set_font("dj", "B", 10)
pdf.set_xy(110, y)
pdf.cell(78, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
y += 9
pdf.set_font("dj", "", 10.5)
pdf.set_xy(116, y)
pdf.cell(66, 6, "_" * 26, align="C")
fills.append((126, y - 0.8, "Marta Girelli"))
pdf.set_font("dj", "", 7.5)
pdf.set_xy(110, y + 7)
pdf.cell(78, 4, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", align="C")

pdf.set_font("dj", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(L, 282)
pdf.cell(210 - 2 * L, 4, "Albo Pretorio on line – Registro pubblicazioni 2028 – n. 684 – Deliberazione G.C. n. 47/2028", align="C")

# --- second pass: the typed values, monospaced, over the underscores
pdf.set_text_color(20, 20, 110)
pdf.set_font("djm", "B", 10.5)
for x, yy, v in fills:
    pdf.set_xy(x, yy)
    pdf.cell(pdf.get_string_width(v), 6, v)

pdf.output(out)
