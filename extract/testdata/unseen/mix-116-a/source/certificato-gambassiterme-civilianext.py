#!/usr/bin/env python3
"""Comune di Gambassi Terme - certificate of publication, house style
"Civilia Next": the office's printed form (blanks of underscores) filled by
the package, each value written over its blank in another face (fpdf2)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-gambassiterme-civilianext.pdf"
SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
SANSB = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Civilia Next - Albo Pretorio")
pdf.set_title("Certificato di pubblicazione - G.C. 41/2027")
pdf.add_font("sans", "", SANS)
pdf.add_font("sans", "B", SANSB)
pdf.add_font("mono", "", MONO)
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 22, 190

# letterhead (same as the acts)
pdf.set_draw_color(31, 62, 107)
pdf.set_fill_color(178, 34, 34)
pdf.rect(L, 14, 15, 8, style="F")
pdf.set_line_width(0.4)
pdf.rect(L, 14, 15, 18)
pdf.set_text_color(31, 62, 107)
pdf.set_font("sans", "B", 17)
pdf.text(42, 21, "COMUNE DI GAMBASSI TERME")
pdf.set_text_color(0, 0, 0)
pdf.set_font("sans", "", 10)
pdf.text(42, 26.5, "Città Metropolitana di Firenze")
pdf.set_font("sans", "", 8)
pdf.text(42, 31, "Via Garibaldi, 7 – 50050 Gambassi Terme (FI) – C.F. 82003670480")
pdf.set_line_width(0.5)
pdf.line(20, 36, 190, 36)

pdf.set_font("sans", "B", 13)
pdf.set_xy(L, 46)
pdf.cell(R - L, 8, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("sans", "", 9)
pdf.set_xy(L, 53)
pdf.cell(R - L, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)", align="C")


def blank(x, y, n):
    """Print a blank of n underscores at baseline y, return its width."""
    pdf.set_font("sans", "", 11)
    pdf.text(x, y, "_" * n)
    return pdf.get_string_width("_" * n)


def fill(x, y, text):
    pdf.set_font("mono", "", 10.5)
    pdf.text(x + 1.5, y - 0.6, text)


def label(x, y, text, bold=False):
    pdf.set_font("sans", "B" if bold else "", 11)
    pdf.text(x, y, text)
    return x + pdf.get_string_width(text)


y = 70
x = label(L, y, "Deliberazione della Giunta Comunale n. ")
w = blank(x, y, 10); fill(x, y, "41")
x = label(x + w + 1, y, " del ")
w = blank(x, y, 16); fill(x, y, "13/04/2027")

# subject over three ruled lines, wrapped by the package
y += 10
label(L, y, "Oggetto:", bold=True)
subject = ("Approvazione del progetto “Estate Ragazzi 2027” e delle tariffe di compartecipazione al "
           "servizio. Indirizzi al Responsabile dell’Area Servizi alla Persona.")
pdf.set_font("mono", "", 10.5)
lines, cur = [], ""
for word in subject.split():
    trial = (cur + " " + word).strip()
    if pdf.get_string_width(trial) > (R - L - 24):
        lines.append(cur); cur = word
    else:
        cur = trial
lines.append(cur)
pdf.set_line_width(0.2)
pdf.set_dash_pattern(dash=0.6, gap=0.8)
for i in range(3):
    yy = y + i * 8
    pdf.line(L + 20, yy + 0.8, R, yy + 0.8)  # the long field is ruled, not typed
    if i < len(lines):
        fill(L + 20, yy, lines[i])

pdf.set_dash_pattern()
y += 34
pdf.set_font("sans", "B", 11)
pdf.set_xy(L, y - 5)
pdf.cell(R - L, 6, "IL SOTTOSCRITTO RESPONSABILE DELLA PUBBLICAZIONE", align="C")
y += 10
pdf.set_font("sans", "", 11)
pdf.set_xy(L, y - 5)
pdf.multi_cell(R - L, 6, "visti gli atti d’ufficio e il registro delle pubblicazioni all’Albo Pretorio on line,", align="L")
y += 10
pdf.set_font("sans", "B", 11)
pdf.set_xy(L, y - 5)
pdf.cell(R - L, 6, "ATTESTA", align="C")
y += 12
x = label(L, y, "che la deliberazione sopra indicata è stata pubblicata all’Albo Pretorio on line in data ")
w = blank(x, y, 15); fill(x, y, "16/04/2027")
y += 9
x = label(L, y, "con il numero di registro ")
w = blank(x, y, 10); fill(x, y, "512")
x = label(x + w + 1, y, " e vi rimarrà per quindici giorni consecutivi, fino al ")
w = blank(x, y, 14); fill(x, y, "01/05/2027")
y += 9
label(L, y, "ai sensi dell’art. 124, comma 1, del D.Lgs. 267/2000.")

y += 16
x = label(L, y, "La deliberazione è stata dichiarata immediatamente eseguibile:   ")
pdf.set_font("sans", "", 11)
pdf.rect(x + 2, y - 3.6, 4, 4); pdf.text(x + 7.5, y, "SI")
pdf.rect(x + 17, y - 3.6, 4, 4); pdf.text(x + 22.5, y, "NO")
pdf.set_font("mono", "", 11); pdf.text(x + 2.7, y - 0.4, "X")

y += 22
x = label(L, y, "Gambassi Terme, lì ")
w = blank(x, y, 16); fill(x, y, "16/04/2027")

y += 16
pdf.set_font("sans", "B", 11)
pdf.set_xy(105, y - 5)
pdf.cell(85, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
y += 10
blank(118, y, 28); fill(118, y, "Rita Cappelli")
y += 6
pdf.set_font("sans", "", 8)
pdf.set_xy(105, y - 3)
pdf.cell(85, 5, "(firmato digitalmente)", align="C")

pdf.set_font("sans", "", 7.5)
pdf.set_text_color(85, 85, 85)
pdf.text(L, 285, "Comune di Gambassi Terme – Albo Pretorio on line – Registro delle pubblicazioni n. 512/2027")
pdf.output(OUT)
