#!/usr/bin/env python3
"""Comune di Martano - certificate of publication of Giunta deliberation n. 118 of 03/08/2027.

fpdf2, core fonts. A pre-printed form (Helvetica, blanks of underscores) and
the values typed over the blanks in Courier, a point and a half above the
underscores' baseline, as a form-filling module prints them; the subject is
typed in a ruled box.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-martano-sicraweb.pdf"

SUBJ_LINES = [
    "VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO",
    "2027/2029 AI SENSI DELL'ART. 175, COMMA 4, DEL D.LGS. N. 267/2000 -",
    "APPLICAZIONE QUOTA DI AVANZO VINCOLATO PER INTERVENTI DI",
    "MANUTENZIONE STRAORDINARIA DEGLI EDIFICI SCOLASTICI.",
]

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Sicraweb - Albo Pretorio")
pdf.set_title("Certificato di pubblicazione - Delibera G.C. n. 118/2027")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 20, 190

# letterhead (same as the Comune's acts)
pdf.set_draw_color(31, 59, 115)
pdf.set_fill_color(219, 228, 243)
pdf.rect(22, 12, 14, 15, style="DF")
pdf.set_text_color(31, 59, 115)
pdf.set_font("Times", "B", 20)
pdf.set_xy(L, 13); pdf.cell(R - L, 8, "COMUNE DI MARTANO", align="C")
pdf.set_font("Times", "I", 11.5)
pdf.set_xy(L, 21); pdf.cell(R - L, 5, "Provincia di Lecce", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 7.5)
pdf.set_xy(L, 26.5); pdf.cell(R - L, 4, "Piazza Caduti, 1 - 73025 Martano (LE) - C.F. 80010370752 - Tel. 0836 575211", align="C")
pdf.set_line_width(0.45); pdf.line(L, 32, R, 32)
pdf.set_draw_color(0, 0, 0)

pdf.set_font("Helvetica", "B", 13)
pdf.set_char_spacing(1.2)
pdf.set_xy(L, 40); pdf.cell(R - L, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_char_spacing(0)
pdf.set_font("Helvetica", "", 8.5)
pdf.set_xy(L, 47); pdf.cell(R - L, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

FORM_FONT = ("Helvetica", "", 10.5)
VAL_FONT = ("Courier", "B", 10.5)


def form(y, parts):
    """parts: list of (kind, text, width_mm). kind 't' = printed, 'b' = blank with typed value."""
    x = L
    for kind, text, w in parts:
        if kind == "t":
            pdf.set_font(*FORM_FONT)
            pdf.text(x, y, text)
            x += pdf.get_string_width(text) + 1.2
        else:
            pdf.set_font(*FORM_FONT)
            n = max(1, int(w / pdf.get_string_width("_")))
            pdf.text(x, y, "_" * n)
            if text:
                pdf.set_font(*VAL_FONT)
                pdf.text(x + 2, y - 0.6, text)
            x += w + 1.2
    return x


y = 62
pdf.set_font(*FORM_FONT)
pdf.text(L, y, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
pdf.set_font("Helvetica", "B", 11)
pdf.set_xy(L, y + 4); pdf.cell(R - L, 6, "A T T E S T A", align="C")
y += 18
form(y, [("t", "che la deliberazione della", 0), ("b", "GIUNTA COMUNALE", 52), ("t", "n.", 0),
         ("b", "118", 20), ("t", "del", 0), ("b", "03/08/2027", 36)])
y += 9
form(y, [("t", "avente ad oggetto:", 0)])
# the subject is typed inside a ruled box of the form
y += 3
pdf.rect(L, y, R - L, 6.2 * len(SUBJ_LINES) + 3)
for line in SUBJ_LINES:
    y += 6.2
    pdf.set_font(*VAL_FONT)
    pdf.text(L + 2, y, line)
y += 13
form(y, [("t", "viene pubblicata all'Albo Pretorio on line di questo Comune al n.", 0), ("b", "1247", 24),
         ("t", "del Registro", 0)])
y += 7
form(y, [("t", "delle pubblicazioni, per quindici giorni consecutivi, dal", 0), ("b", "05/08/2027", 34),
         ("t", "al", 0), ("b", "20/08/2027", 34), ("t", ".", 0)])

y += 13
pdf.set_font("Helvetica", "B", 10.5)
pdf.text(L, y, "ESECUTIVITA'")
y += 7
pdf.set_font(*FORM_FONT)
boxes = [(True, "dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. n. 267/2000)"),
         (False, "esecutiva dopo il decimo giorno dalla pubblicazione (art. 134, comma 3, D.Lgs. n. 267/2000)")]
for checked, txt in boxes:
    pdf.rect(L, y - 3.3, 3.6, 3.6)
    if checked:
        pdf.set_font("Courier", "B", 11); pdf.text(L + 0.5, y - 0.2, "X"); pdf.set_font(*FORM_FONT)
    pdf.text(L + 6, y, txt)
    y += 7

y += 8
form(y, [("t", "Martano, li'", 0), ("b", "05/08/2027", 34)])
y += 12
pdf.set_font("Helvetica", "", 10.5)
pdf.set_xy(110, y); pdf.cell(80, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
pdf.set_xy(110, y + 12)
pdf.set_font(*FORM_FONT); pdf.cell(80, 5, "_" * 34, align="C")
pdf.set_font(*VAL_FONT); pdf.set_xy(110, y + 11.4); pdf.cell(80, 5, "Sig. Donato Candido", align="C")
pdf.set_font("Helvetica", "I", 8)
pdf.set_xy(110, y + 18); pdf.cell(80, 4, "(firmato digitalmente)", align="C")

pdf.set_font("Helvetica", "", 7)
pdf.set_xy(L, 280)
pdf.cell(R - L, 4, "Mod. ALB-03 - Certificato di pubblicazione atti deliberativi", align="L")
pdf.output(OUT)
