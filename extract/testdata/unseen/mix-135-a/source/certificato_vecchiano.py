#!/usr/bin/env python3
"""Vecchiano, certificate of publication of Giunta deliberation n. 148 of 21/11/2028.

fpdf2: the office's printed form (labels and lines of underscores) is drawn
first, as the blank module; the values are then typed over the underscores
by the Albo software, as a second pass at the same positions.
"""
import sys
from fpdf import FPDF

out = sys.argv[1]
FONT = "/usr/share/fonts/truetype/dejavu/"

SUBJECT_LINES = [
    "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI",
    "ADEGUAMENTO SISMICO ED EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA",
    "\u201cGIANNI RODARI\u201d DI MIGLIARINO \u2013 CUP F48E28000150004",
]

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Civilia Next - Albo Pretorio on line")
import fpdf as _f
pdf.set_producer("PyFPDF/fpdf" + _f.__version__)
pdf.set_title("Certificato di pubblicazione - G.C. 148/2028")
pdf.add_font("DV", "", FONT + "DejaVuSerif.ttf")
pdf.add_font("DV", "B", FONT + "DejaVuSerif-Bold.ttf")
pdf.add_font("DVS", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DVS", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DVM", "", FONT + "DejaVuSansMono.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()

# --- pass 1: the blank printed form --------------------------------------
L = 22
pdf.set_draw_color(122, 31, 43)
pdf.set_line_width(0.7)
pdf.set_fill_color(31, 78, 140)
# crest
pdf.polygon([(L, 16), (L + 14, 16), (L + 14, 26), (L + 7, 33), (L, 26)], style="DF")
pdf.set_font("DVS", "B", 15)
pdf.set_xy(L + 19, 15)
pdf.cell(0, 7, "COMUNE DI VECCHIANO")
pdf.set_font("DVS", "", 9.5)
pdf.set_xy(L + 19, 22)
pdf.cell(0, 5, "Provincia di Pisa")
pdf.set_xy(L + 19, 27)
pdf.set_font("DVS", "", 8)
pdf.cell(0, 4, "Servizio Segreteria Generale \u2013 Albo Pretorio on line")
pdf.line(L, 37, 188, 37)

pdf.set_font("DVS", "B", 13)
pdf.set_xy(L, 46)
pdf.cell(166, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("DVS", "", 9)
pdf.set_xy(L, 53)
pdf.cell(166, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 \u2013 art. 32 della L. 18 giugno 2009, n. 69)", align="C")

pdf.set_font("DV", "", 11)
U = "_"
rows = [
    (66, "Atto:", U * 62),
    (74, "Numero:", U * 14, "del", U * 16),
    (82, "Oggetto:", U * 60),
    (90, "", U * 69),
    (98, "", U * 69),
    (108, "Registro delle pubblicazioni n.", U * 12),
]
def line(y, label, *rest):
    x = L
    pdf.set_xy(x, y)
    if label:
        pdf.cell(pdf.get_string_width(label) + 2, 6, label)
        x += pdf.get_string_width(label) + 2
    for part in rest:
        pdf.set_xy(x, y)
        w = pdf.get_string_width(part) + 2
        pdf.cell(w, 6, part)
        x += w
    return x

pos = {}
pdf.set_xy(L, 66); pdf.cell(14, 6, "Atto:"); pos["atto"] = L + 16
pdf.set_xy(L + 15, 66); pdf.cell(0, 6, U * 62)
pdf.set_xy(L, 74); pdf.cell(20, 6, "Numero:"); pos["num"] = L + 22
pdf.set_xy(L + 20, 74); pdf.cell(0, 6, U * 14)
pdf.set_xy(L + 60, 74); pdf.cell(10, 6, "del"); pos["del"] = L + 72
pdf.set_xy(L + 69, 74); pdf.cell(0, 6, U * 16)
pdf.set_xy(L, 82); pdf.cell(20, 6, "Oggetto:"); pos["ogg"] = L + 21
for y in (82, 90, 98):
    pdf.set_xy(L + 19 if y == 82 else L, y); pdf.cell(0, 6, U * (60 if y == 82 else 69))
pdf.set_xy(L, 108); pdf.cell(0, 6, "Registro delle pubblicazioni n."); pos["reg"] = L + 66
pdf.set_xy(L + 64, 108); pdf.cell(0, 6, U * 12)

pdf.set_font("DV", "", 11)
txt_y = 122
para = [
    "Il sottoscritto Messo Comunale, visti gli atti d\u2019ufficio,",
]
pdf.set_xy(L, txt_y); pdf.cell(0, 6, para[0])
pdf.set_font("DVS", "B", 12)
pdf.set_xy(L, txt_y + 10); pdf.cell(166, 6, "C E R T I F I C A", align="C")
pdf.set_font("DV", "", 11)
pdf.set_xy(L, txt_y + 20)
pdf.cell(0, 6, "che copia del suddetto atto viene pubblicata all\u2019Albo Pretorio on line di questo Comune")
pdf.set_xy(L, txt_y + 28); pdf.cell(0, 6, "per quindici giorni consecutivi, dal " + U * 14 + " al " + U * 14 + " ,")
pdf.set_xy(L, txt_y + 36); pdf.cell(0, 6, "ai sensi dell\u2019art. 124, comma 1, del D.Lgs. 267/2000.")
pdf.set_xy(L, txt_y + 50); pdf.cell(0, 6, "Vecchiano, " + U * 14)
pdf.set_xy(110, txt_y + 62); pdf.cell(70, 6, "IL MESSO COMUNALE", align="C")
pdf.set_xy(110, txt_y + 76); pdf.cell(70, 6, U * 26, align="C")

pdf.set_font("DVS", "", 7.5)
pdf.set_text_color(90, 90, 90)
pdf.set_xy(L, 280)
pdf.cell(166, 4, "Mod. SEG/07 \u2013 rev. 2024 \u2013 Certificato generato dal sistema documentale; firmato digitalmente ai sensi dell\u2019art. 24 del D.Lgs. 82/2005", align="C")
pdf.set_text_color(0, 0, 0)

# --- pass 2: the values typed over the underscores ------------------------
pdf.set_font("DVM", "", 10.5)
def put(x, y, s):
    pdf.set_xy(x, y - 1.2)
    pdf.cell(0, 6, s)
put(pos["atto"], 66, "DELIBERAZIONE DELLA GIUNTA COMUNALE")
put(pos["num"], 74, "148")
put(pos["del"], 74, "21/11/2028")
put(pos["ogg"], 82, SUBJECT_LINES[0][:0])  # first line starts after the label
pdf.set_font("DVM", "", 9.2)
put(L + 21, 82, SUBJECT_LINES[0])
put(L + 1, 90, SUBJECT_LINES[1])
put(L + 1, 98, SUBJECT_LINES[2])
pdf.set_font("DVM", "", 10.5)
put(pos["reg"], 108, "1893")
# dates in the sentence: measure where the underscores of that line begin
pdf.set_font("DV", "", 11)
pre = "per quindici giorni consecutivi, dal "
x1 = L + pdf.get_string_width(pre) + 1
x2 = x1 + pdf.get_string_width(U * 14 + " al ")
pdf.set_font("DVM", "", 10.5)
put(x1 + 2, txt_y + 28, "24/11/2028")
put(x2 + 2, txt_y + 28, "09/12/2028")
pdf.set_font("DV", "", 11)
xv = L + pdf.get_string_width("Vecchiano, ") + 1
pdf.set_font("DVM", "", 10.5)
put(xv + 2, txt_y + 50, "24/11/2028")
pdf.set_font("DVM", "", 10.5)
put(124, txt_y + 76, "Giulio Tognetti")

pdf.output(out)
