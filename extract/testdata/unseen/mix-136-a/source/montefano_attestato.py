#!/usr/bin/env python3
"""Comune di Montefano - attestato di pubblicazione of Consiglio n. 41 del 14-12-2028.

fpdf2: the office's pre-printed form (blanks of underscores) is drawn first,
then the values are typed over the blanks, as the package's "stampa su modulo"
does: the text layer holds the form's underscores and the values on the same
lines, the values written after the whole form.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "attestazione-montefano-halley.pdf"

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_creator("montefano_attestato.py (fpdf2, modulo Halley-like)")
pdf.set_title("Attestato di pubblicazione - Deliberazione C.C. n. 41 del 14-12-2028")
pdf.set_author("Comune di Montefano")
pdf.add_page()
L = 22

# letterhead, as in the other Montefano prints
pdf.set_line_width(0.3)
pdf.polygon([(26, 14), (38, 14), (38, 24), (32, 29), (26, 24)], style="D")
pdf.set_fill_color(140, 26, 26)
pdf.rect(28.2, 17, 7.6, 5, style="F")
pdf.set_font("Times", "B", 17)
pdf.set_xy(0, 14); pdf.cell(210, 7, "COMUNE DI MONTEFANO", align="C")
pdf.set_font("Times", "", 10.5)
pdf.set_xy(0, 21); pdf.cell(210, 5, "Provincia di Macerata", align="C")
pdf.set_font("Times", "", 8.5)
pdf.set_xy(0, 25.5); pdf.cell(210, 4, "Piazza Bracaccini, 1 - 62010 Montefano (MC) - C.F. 00128540436", align="C")
pdf.line(18, 32, 192, 32)
pdf.set_font("Times", "", 8)
pdf.set_xy(150, 35); pdf.cell(42, 4, "Mod. SEG/07 - ed. 2024", align="R")

pdf.set_font("Times", "B", 14)
pdf.set_xy(0, 46); pdf.cell(210, 7, "ATTESTATO DI PUBBLICAZIONE", align="C")
pdf.set_font("Times", "", 10)
pdf.set_xy(0, 53); pdf.cell(210, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

# the pre-printed form
pdf.set_font("Times", "", 11.5)
U = "_"
form = [
    (70, "Atto: ______________________________________  n. ________  del ________________"),
    (82, "Oggetto:"),
    (112, "Il sottoscritto Responsabile della Pubblicazione, visti gli atti d'ufficio,"),
    (124, "A T T E S T A"),
    (136, "che l'atto sopra indicato è stato affisso all'Albo Pretorio on line di questo Comune"),
    (144, "il giorno ________________ con il n. __________ del Registro delle Pubblicazioni"),
    (152, "e vi rimarrà per 15 giorni consecutivi, fino al giorno ________________ compreso,"),
    (160, "ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267."),
    (182, "Montefano, lì ________________"),
    (182, None),
]
for y, text in form:
    if text is None:
        continue
    if text == "A T T E S T A":
        pdf.set_font("Times", "B", 11.5)
        pdf.set_xy(0, y); pdf.cell(210, 6, text, align="C")
        pdf.set_font("Times", "", 11.5)
        continue
    pdf.set_xy(L, y); pdf.cell(0, 6, text)
pdf.rect(L + 18, 81, 170 - 18, 24)
pdf.set_xy(110, 176); pdf.cell(80, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
pdf.set_xy(110, 196); pdf.cell(80, 6, "_" * 34, align="C")


# the values, typed over the blanks
def at(label_text, y, value, font=("Courier", "B", 11)):
    """place value just after the printed label (measured in the form's font)"""
    pdf.set_font("Times", "", 11.5)
    x = L + pdf.get_string_width(label_text) + 2.2
    pdf.set_font(*font)
    pdf.set_xy(x, y - 0.6)
    pdf.cell(0, 6, value)


at("Atto: ", 70, "DELIBERAZIONE CONSIGLIO COMUNALE")
at("Atto: ______________________________________  n. ", 70, "41")
at("Atto: ______________________________________  n. ________  del ", 70, "14-12-2028")
subj = ["RAZIONALIZZAZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE",
        "AI SENSI DELL'ART. 20 DEL D.LGS. 19 AGOSTO 2016, N. 175 -",
        "RICOGNIZIONE DELLE PARTECIPAZIONI POSSEDUTE AL 31/12/2027 -",
        "APPROVAZIONE."]
# the subject is typed in the form's box beside "Oggetto:"
pdf.set_font("Courier", "B", 9.5)
for i, line in enumerate(subj):
    pdf.set_xy(L + 19.5, 82 + i * 5.2)
    pdf.cell(0, 5, line)
at("il giorno ", 144, "15-12-2028")
at("il giorno ________________ con il n. ", 144, "1184")
at("e vi rimarrà per 15 giorni consecutivi, fino al giorno ", 152, "30-12-2028")
at("Montefano, lì ", 182, "15-12-2028")
pdf.set_font("Courier", "B", 11)
pdf.set_xy(110, 189.4); pdf.cell(80, 6, "f.to Nadia Pigliapoco", align="C")

pdf.set_font("Times", "I", 8.5)
pdf.set_xy(0, 280); pdf.cell(210, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", align="C")
pdf.output(OUT)
