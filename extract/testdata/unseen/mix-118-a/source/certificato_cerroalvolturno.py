#!/usr/bin/env python3
# Comune di Cerro al Volturno: certificate of publication of C.C. 14/2027,
# a pre-printed form (Times, blanks of underscores) filled by the office
# program in Courier over the blanks (fpdf2). Two passes on one page, as a
# form module does it: the form first, then the data.
import sys
from fpdf import FPDF

OUT = sys.argv[1]
DY = 1.5

pdf = FPDF(format="A4", unit="pt")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_creator("Cityware Segreteria - modulo CERTPUB")
import fpdf
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.set_title("Certificato di pubblicazione C.C. 14/2027")
pdf.set_author("Comune di Cerro al Volturno")
pdf.set_auto_page_break(False)
pdf.add_page()
L = 62  # left margin, pt
R = 595 - 62

# --- letterhead, as in the other prints of the package (Courier) ---
pdf.set_font("Courier", "B", 14)
pdf.set_xy(L, 50)
pdf.cell(R - L, 16, "COMUNE DI CERRO AL VOLTURNO", align="C")
pdf.set_font("Courier", "", 10)
pdf.set_xy(L, 67)
pdf.cell(R - L, 12, "PROVINCIA DI ISERNIA", align="C")
pdf.set_xy(L, 79)
pdf.cell(R - L, 12, "Piazza Municipio, 1 - 86072 Cerro al Volturno (IS) - Tel. 0865 953122", align="C")
pdf.set_xy(L, 92)
pdf.cell(R - L, 12, "=" * 78, align="C")

# --- the form ---
def text(x, y, s, font="Times", style="", size=11.5):
    pdf.set_font(font, style, size)
    pdf.text(x, y, s)

def w(s, font="Times", style="", size=11.5):
    pdf.set_font(font, style, size)
    return pdf.get_string_width(s)

def blank(x, y, x2):
    """A blank of underscores from x to about x2, on baseline y."""
    pdf.set_font("Times", "", 11.5)
    n = int((x2 - x) / pdf.get_string_width("_"))
    pdf.text(x, y, "_" * n)
    return x + n * pdf.get_string_width("_")

y = 140
pdf.set_font("Times", "B", 14)
pdf.set_xy(L, y - 12)
pdf.cell(R - L, 16, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("Times", "I", 10)
pdf.set_xy(L, y + 6)
pdf.cell(R - L, 12, "(art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267)", align="C")

y = 200
text(L, y, "Il sottoscritto Segretario Comunale, su conforme attestazione del Messo Comunale,")
y += 30
pdf.set_font("Times", "B", 12)
pdf.set_xy(L, y - 11)
pdf.set_char_spacing(4)
pdf.cell(R - L, 14, "CERTIFICA", align="C")
pdf.set_char_spacing(0)

fields = {}
y += 32
x = L
s = "che copia della deliberazione del "
text(x, y, s); x += w(s)
fields["organo"] = (x + 4, y); x = blank(x, y, x + 150)
s = " n. "
text(x, y, s); x += w(s)
fields["numero"] = (x + 6, y); x = blank(x, y, x + 38)
s = " del "
text(x, y, s); x += w(s)
fields["data"] = (x + 4, y); x = blank(x, y, R)

y += 26
text(L, y, "avente ad oggetto:")
for k in ("ogg1", "ogg2", "ogg3"):
    y += 24
    fields[k] = (L + 4, y)
    blank(L, y, R)

y += 30
x = L
s = "è stata pubblicata all’Albo Pretorio on line di questo Comune il giorno "
text(x, y, s); x += w(s)
fields["dal"] = (x + 4, y); x = blank(x, y, R)
y += 24
x = L
s = "e vi rimarrà per quindici giorni consecutivi, fino al "
text(x, y, s); x += w(s)
fields["al"] = (x + 4, y); x = blank(x, y, x + 82)
s = " (Reg. pubbl. n. "
text(x, y, s); x += w(s)
fields["reg"] = (x + 4, y); x = blank(x, y, x + 40)
s = ")."
text(x, y, s)

y += 40
text(L, y, "Cerro al Volturno, lì ")
fields["li"] = (L + w("Cerro al Volturno, lì ") + 4, y)
blank(L + w("Cerro al Volturno, lì "), y, L + w("Cerro al Volturno, lì ") + 90)

y += 50
text(330, y, "IL SEGRETARIO COMUNALE", style="B", size=11)
y += 28
fields["firma"] = (330, y)
blank(320, y, R)

y += 60
pdf.set_font("Times", "", 9)
pdf.set_xy(L, y)
pdf.multi_cell(R - L, 11,
               "Mod. CERTPUB/2 - Il presente certificato è firmato digitalmente ai sensi "
               "dell’art. 21 del D.Lgs. 82/2005. L’originale è conservato agli atti "
               "dell’Ufficio di Segreteria.")

# --- the data, typed by the program over the blanks (1.5 pt above them) ---
data = {
    "organo": "CONSIGLIO COMUNALE",
    "numero": "14",
    "data": "12/06/2027",
    "ogg1": "MODIFICA DEL REGOLAMENTO COMUNALE PER L'UTILIZZO",
    "ogg2": "DEGLI IMPIANTI SPORTIVI E DELLE STRUTTURE PUBBLICHE.",
    "ogg3": "",
    "dal": "15/06/2027",
    "al": "30/06/2027",
    "reg": "404",
    "li": "15/06/2027",
    "firma": "F.to dott. Lorenzo Ciccone",
}
pdf.set_font("Courier", "B", 11)
for k, v in data.items():
    if v:
        x, yy = fields[k]
        pdf.text(x, yy - DY, v)

pdf.output(OUT)
