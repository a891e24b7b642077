#!/usr/bin/env python3
"""Comune di Forgaria nel Friuli - certificate of publication of Giunta
deliberation 96, as the Ascot Web "modulo" prints it: a pre-printed form of
blanks made of underscores, the values typed over them afterwards (fpdf2,
core fonts)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-forgarianelfriuli-ascotweb.pdf"

pdf = FPDF(format="A4", unit="pt")
pdf.set_creator("ASCOT Web Atti 6.2 - modulistica")
pdf.set_producer("fpdf2 2.8.9")
pdf.set_title("Certificato di pubblicazione")
pdf.set_auto_page_break(False)
pdf.add_page()
LM = 64
W = 595.28
RM = W - 58


def crest(x, y):
    pdf.set_fill_color(200, 30, 36)
    pdf.set_draw_color(0)
    pdf.polygon([(x, y), (x + 36, y), (x + 36, y + 28), (x + 30, y + 42), (x + 18, y + 50),
                 (x + 6, y + 42), (x, y + 28)], style="DF")
    pdf.set_fill_color(255)
    pdf.rect(x + 15, y + 6, 6, 34, style="F")
    pdf.rect(x + 6, y + 14, 24, 6, style="F")


crest(LM, 44)
pdf.set_font("helvetica", "B", 15)
pdf.text(LM + 50, 62, "COMUNE DI FORGARIA NEL FRIULI")
pdf.set_font("helvetica", "I", 9.5)
pdf.text(LM + 50, 75, "Comun di Forgjarie tal Fri\u00fbl")
pdf.set_font("helvetica", "", 8.5)
pdf.text(LM + 50, 87, "Regione Autonoma Friuli Venezia Giulia")

pdf.set_line_width(0.8)
pdf.rect(LM, 112, RM - LM, 40)
pdf.set_font("helvetica", "B", 11)
pdf.text(LM + 8, 129, "CERTIFICATO DI PUBBLICAZIONE")
pdf.set_font("helvetica", "", 8)
pdf.text(LM + 8, 143, "(art. 1, commi 15 e 19, della L.R. 11 dicembre 2003, n. 21)")
pdf.text(RM - 118, 129, "Mod. ALBO/02 - rev. 2019")

# the form: underscores first, values typed over them
FORM = "times"


def blank_line(y, parts):
    """parts: list of (kind, text, width). kind 'l' label, 'b' blank (typed value)."""
    x = LM
    for kind, text, w in parts:
        if kind == "l":
            pdf.set_font(FORM, "", 11)
            pdf.text(x, y, text)
            x += pdf.get_string_width(text) + 3
        else:
            pdf.set_font(FORM, "", 11)
            n = int(w / pdf.get_string_width("_"))
            pdf.text(x, y + 1.5, "_" * n)
            pdf.set_font("courier", "B", 11)
            pdf.text(x + 6, y, text)
            x += w + 3


y = 190
blank_line(y, [("l", "Atto:", 0), ("b", "Deliberazione della Giunta comunale", 256), ("l", "n.", 0),
               ("b", "96", 44), ("l", "del", 0), ("b", "16/12/2026", 96)])
y += 28
pdf.set_font(FORM, "B", 11)
pdf.text(LM, y, "Oggetto:")
pdf.set_xy(LM + 50, y - 10)
pdf.set_font(FORM, "", 11)
pdf.multi_cell(RM - LM - 50, 14,
               "Approvazione dello schema di convenzione con l'Associazione Pro Loco Forgaria per la gestione "
               "dei servizi turistici e di accoglienza presso il lago di Cornino per gli anni 2027-2028.",
               align="L")
y = pdf.get_y() + 26

pdf.set_font(FORM, "", 11)
pdf.set_xy(LM, y - 10)
pdf.multi_cell(RM - LM, 15,
               "Il sottoscritto impiegato responsabile, visti gli atti d'ufficio, ATTESTA che copia della "
               "deliberazione sopra indicata viene pubblicata all'Albo pretorio on line del Comune per quindici "
               "giorni consecutivi:", align="J")
y = pdf.get_y() + 22
blank_line(y, [("l", "dal", 0), ("b", "18/12/2026", 96), ("l", "al", 0), ("b", "02/01/2027", 96),
               ("l", "registro delle pubblicazioni n.", 0), ("b", "1091", 60)])
y += 30
pdf.set_font(FORM, "", 11)
pdf.set_xy(LM, y - 10)
pdf.multi_cell(RM - LM, 15,
               "ATTESTA altres\u00ec che la deliberazione \u00e8 divenuta esecutiva in data:", align="L")
y = pdf.get_y() + 20
blank_line(y, [("b", "16/12/2026", 96), ("l", "[X] dichiarata immediatamente eseguibile (art. 1, comma 19, L.R. 21/2003)", 0)])
y += 18
blank_line(y, [("b", "", 96), ("l", "[  ] decorsi i termini di pubblicazione (art. 1, comma 15, L.R. 21/2003)", 0)])
y += 44
blank_line(y, [("l", "Forgaria nel Friuli,", 0), ("b", "18/12/2026", 96)])
pdf.set_font("times", "B", 10.5)
pdf.text(RM - 190, y + 30, "L'IMPIEGATO RESPONSABILE")
pdf.set_font("times", "", 10.5)
pdf.text(RM - 190, y + 44, "F.to Nadia Rossit")

pdf.set_font("helvetica", "", 7.5)
pdf.text(LM, 806, "Documento prodotto dal sistema ASCOT Web - firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993")
pdf.output(OUT)
