#!/usr/bin/env python3
"""Tione di Trento, attestazione di pubblicazione of Giunta deliberation n. 118 of 8 Sept 2026.

The "PiTre" letterhead over the Comune's pre-printed form: blanks of
underscores, the values typed over them by the protocol office's program
(a few points above the rule, as a typed overprint sits), the subject typed
over drawn lines. fpdf2 with core Helvetica/Courier.
usage: tione_attestazione_fpdf.py OUT.pdf
"""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("PiTre - Modulistica albo")
pdf.set_producer("PiTre - Modulistica albo (fpdf2)")
pdf.set_title("Attestazione di pubblicazione")
pdf.set_auto_page_break(False)
pdf.core_fonts_encoding = "windows-1252"
pdf.add_page()
L, R = 22, 188

# letterhead, as on every Tione act
pdf.set_font("Times", "B", 16)
pdf.set_xy(L, 16); pdf.cell(R - L, 7, "COMUNE DI TIONE DI TRENTO", align="C")
pdf.set_font("Times", "I", 11)
pdf.set_xy(L, 23); pdf.cell(R - L, 5, "Provincia di Trento", align="C")
pdf.set_font("Times", "", 8.5)
pdf.set_xy(L, 28); pdf.cell(R - L, 4, "Via Damiano Chiesa, 3 - 38079 Tione di Trento (TN) - tel. 0465 343021", align="C")
pdf.set_line_width(0.2); pdf.line(L, 33.5, R, 33.5)

pdf.set_font("Times", "B", 14)
pdf.set_xy(L, 44); pdf.cell(R - L, 7, "ATTESTAZIONE DI PUBBLICAZIONE", align="C")
pdf.set_font("Times", "I", 9.5)
pdf.set_xy(L, 51); pdf.cell(R - L, 5, "(art. 183, comma 1, del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, L.R. 3 maggio 2018, n. 2)", align="C")

fills = []  # (x, baseline_y, text) typed over the blanks afterwards


def line_with_blanks(y, parts):
    """parts: list of str (printed) or (n_underscores, value)."""
    x = L
    pdf.set_font("Times", "", 11.5)
    for p in parts:
        if isinstance(p, str):
            w = pdf.get_string_width(p)
            pdf.text(x, y, p)
            x += w
        else:
            n, val = p
            u = "_" * n
            w = pdf.get_string_width(u)
            pdf.text(x, y, u)
            fills.append((x + 2, y - 0.9, val))
            x += w


line_with_blanks(68, ["Atto: deliberazione della ", (22, "Giunta comunale"), " n. ", (8, "118"),
                      " di data ", (14, "08/09/2026")])
pdf.set_font("Times", "", 11.5)
pdf.text(L, 78, "Oggetto:")
for yy in (78.6, 85.6, 92.6):
    pdf.line(L + 17, yy, R, yy)
import textwrap
subject = textwrap.wrap("Approvazione in linea tecnica del progetto esecutivo dei lavori di "
                        "riqualificazione energetica della palestra comunale di via "
                        "Circonvallazione \u2013 CUP J37H26000180005.", 64)

body_y = 106
txt = ("Il sottoscritto Segretario generale, visti gli atti d'ufficio e su conforme dichiarazione del "
       "messo comunale,")
pdf.set_xy(L, body_y - 4); pdf.set_font("Times", "", 11.5)
pdf.multi_cell(R - L, 6, txt, align="J")
pdf.set_font("Times", "B", 12)
pdf.set_xy(L, body_y + 10); pdf.cell(R - L, 6, "A T T E S T A", align="C")
line_with_blanks(132, ["che copia del suddetto atto viene pubblicata all'albo telematico del Comune, "])
line_with_blanks(139, ["registro delle pubblicazioni n. ", (9, "1327"), ", dal giorno ", (14, "10/09/2026"),
                       " al giorno ", (14, "20/09/2026")])
line_with_blanks(146, ["compreso, per dieci giorni consecutivi, ai sensi dell'art. 183, comma 1, del Codice degli enti locali."])
line_with_blanks(158, ["La deliberazione e' stata dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4,"])
line_with_blanks(165, ["del medesimo Codice:   SI  ", (4, "X"), "     NO  ", (4, "")])

line_with_blanks(184, ["Tione di Trento, ", (16, "10/09/2026")])

pdf.set_font("Times", "B", 11)
pdf.set_xy(112, 196); pdf.cell(70, 5, "IL SEGRETARIO GENERALE", align="C")
pdf.set_font("Times", "", 11)
pdf.set_xy(112, 202); pdf.cell(70, 5, "dott.ssa Elena Bonapace", align="C")
pdf.set_font("Times", "I", 8)
pdf.set_xy(112, 207); pdf.cell(70, 4, "(firmato digitalmente)", align="C")

pdf.set_font("Times", "", 8)
pdf.set_xy(L, 280); pdf.cell(R - L, 4, "Mod. ALB/03 - rev. 2024", align="L")

# the typed values, printed last in Courier as the filling program does
pdf.set_font("Courier", "", 11)
for x, y, v in fills:
    if v:
        pdf.text(x, y, v)
for i, s in enumerate(subject):
    pdf.text(L + 18, 77.6 + 7 * i, s)

pdf.output(out)
