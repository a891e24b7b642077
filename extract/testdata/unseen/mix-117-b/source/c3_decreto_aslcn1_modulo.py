#!/usr/bin/env python3
"""ASL CN1 – Decreto del Direttore Generale n. 19 del 24/05/2027 (modulo AG-07).

The Azienda's preprinted form for the Director General's decrees of
appointment, filled in by the AREAS form filler and printed with fpdf2: the
blanks are runs of underscores in Liberation Sans and the typed values sit
just above them in Liberation Mono; the subject is typed in a ruled box; the
commission is a roll of two columns of blanks.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-aslcn1-areas.pdf"
FD = "/usr/share/fonts/truetype/liberation/"
LIFT = 2.1  # mm the typed value stands above the underscores' baseline

pdf = FPDF(format="A4", unit="mm")
pdf.set_margins(22, 14, 20)
pdf.set_auto_page_break(False)
pdf.add_font("S", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("S", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("S", "I", FD + "LiberationSans-Italic.ttf")
pdf.add_font("M", "", FD + "LiberationMono-Regular.ttf")
pdf.set_title("Decreto del Direttore Generale n. 19/2027")
pdf.set_author("ASL CN1")
pdf.set_creator("AREAS - compilazione moduli")
pdf.set_producer("fpdf2 2.8.9")
pdf.add_page()
pdf.c_margin = 0
L = pdf.l_margin
W = pdf.w - pdf.l_margin - pdf.r_margin


def text(x, y, s, font="S", style="", size=10):
    pdf.set_font(font, style, size)
    pdf.text(x, y, s)


def blank(x, y, n, value=None, size=10):
    """n underscores at baseline y; the typed value above them. Returns the x after the blank."""
    pdf.set_font("S", "", size)
    u = "_" * n
    pdf.text(x, y, u)
    end = x + pdf.get_string_width(u)
    if value:
        pdf.set_font("M", "", size)
        pdf.text(x + 1.5, y - LIFT, value)
        pdf.set_font("S", "", size)
    return end


def label_blank(x, y, label, n, value, style="", size=10):
    pdf.set_font("S", style, size)
    pdf.text(x, y, label)
    return blank(x + pdf.get_string_width(label) + 1, y, n, value, size)


# letterhead (as the Azienda's other prints)
pdf.set_fill_color(13, 107, 79)
pdf.rect(L, 14, 24, 13, style="F")
pdf.set_text_color(255, 255, 255)
text(L + 3.2, 22.6, "ASL CN1", style="B", size=12)
pdf.set_text_color(13, 107, 79)
text(L + 28, 18.5, "Azienda Sanitaria Locale CN1", style="B", size=12)
pdf.set_text_color(50, 50, 50)
text(L + 28, 22.6, "Sede legale: Via Carlo Boggio 12 – 12100 Cuneo", size=7.5)
text(L + 28, 26.0, "P.IVA / C.F. 01128930045 – PEC: protocollo@cert.aslcn1.it", size=7.5)
text(L + W - 27, 18.5, "Mod. AG-07 rev. 3", style="I", size=7.5)
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(13, 107, 79)
pdf.set_line_width(0.35)
pdf.line(L, 30, L + W, 30)

y = 42
text(L, y, "DECRETO DEL DIRETTORE GENERALE", style="B", size=12)
pdf.set_font("S", "B", 12)
x = L + pdf.get_string_width("DECRETO DEL DIRETTORE GENERALE") + 3
x = label_blank(x, y, "N.", 9, "19", style="B", size=12)
label_blank(x + 2, y, "DEL", 16, "24/05/2027", style="B", size=12)

y += 11
label_blank(L, y, "Struttura proponente:", 62, "S.C. Personale e Sviluppo Risorse Umane")
y += 6
# subject box
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.3)
pdf.rect(L, y, W, 21)
text(L + 2, y + 5, "OGGETTO:", style="B")
pdf.set_font("M", "", 10)
pdf.set_xy(L + 22.5, y + 1.6)
pdf.multi_cell(W - 23, 4.6, "Nomina della Commissione di valutazione dell'avviso pubblico per il "
               "conferimento dell'incarico quinquennale di Direttore della S.C. Pediatria del Presidio "
               "Ospedaliero di Savigliano.", align="L")
y += 30

pdf.set_font("S", "B", 10.5)
pdf.set_xy(L, y - 4)
pdf.cell(W, 5, "IL DIRETTORE GENERALE", align="C")
y += 8


def pre(y, s, size=9.5, lead=4.6):
    """Preprinted paragraph (left aligned, no blanks)."""
    pdf.set_font("S", "", size)
    pdf.set_xy(L, y - 3.5)
    pdf.multi_cell(W, lead, s, align="J")
    return pdf.get_y() + 3.5 + 1.6


y = pre(y, "Visti l'art. 15 del D.Lgs. 30 dicembre 1992, n. 502, il D.P.R. 10 dicembre 1997, n. 484, e le linee "
        "di indirizzo regionali per il conferimento degli incarichi di direzione di struttura complessa di cui alla "
        "D.G.R. Piemonte n. 14-6180 del 29/12/2022;")
pdf.set_font("S", "", 9.5)
x = label_blank(L, y, "Vista la deliberazione n.", 8, "211")
x = label_blank(x + 1, y, "del", 14, "12/03/2027")
pdf.text(x + 1, y, "con la quale è stato indetto l'avviso pubblico in oggetto;")
y += 8.5
x = label_blank(L, y, "Visto il verbale delle operazioni di sorteggio dei componenti svolte il", 14, "10/05/2027")
pdf.text(x + 1, y, "dalla Commissione")
y += 4.6
y = pre(y, "aziendale di sorteggio, dal quale risultano i Direttori di struttura complessa della disciplina estratti "
        "dall'elenco nazionale;")
y = pre(y + 1, "Accertata l'insussistenza di cause di incompatibilità e di conflitto di interessi, come da "
        "dichiarazioni rese dai componenti ai sensi dell'art. 35-bis del D.Lgs. n. 165/2001;")

y += 2
pdf.set_font("S", "B", 10.5)
pdf.set_xy(L, y - 4)
pdf.cell(W, 5, "D E C R E T A", align="C")
y += 8
pdf.set_font("S", "", 9.5)
pdf.text(L, y, "1.")
pdf.set_xy(L + 6, y - 3.5)
pdf.multi_cell(W - 6, 4.6, "di nominare la Commissione di valutazione dell'avviso pubblico in oggetto nella "
               "seguente composizione:", align="J")
y = pdf.get_y() + 3.5 + 6

# the roll, two columns of blanks
roll = [
    ("Presidente", "Dott.ssa Laura Giordano", "Direttore Sanitario ASL CN1"),
    ("Componente", "Dott. Marco Revelli", "ASL TO4 – Ivrea"),
    ("Componente", "Dott.ssa Anna Chiapello", "A.O. S. Croce e Carle – Cuneo"),
    ("Componente", "Dott. Luigi Falco", "ASL AL – Casale Monferrato"),
    ("Segretario", "Sig.ra Elena Olivero", "S.C. Personale ASL CN1"),
    ("Supplente", "Dott. Piero Arneodo", "ASL CN2 – Alba"),
]
colw = W / 2
for i, (role, name, ente) in enumerate(roll):
    cx = L + 6 + (i % 2) * colw
    cy = y + (i // 2) * 12.5
    pdf.set_font("S", "B", 8.5)
    pdf.text(cx, cy, role + ":")
    blank(cx + 19, cy, 34, name, size=8.5)
    blank(cx + 19, cy + 5.2, 34, ente, size=8.5)
y += 3 * 12.5 + 2

for n, s in [(2, None), (3, "di dare atto che ai componenti esterni spetta il solo rimborso delle spese di viaggio "
                           "documentate, nei limiti previsti dal regolamento aziendale, e che ai componenti interni "
                           "non spetta alcun compenso;"),
             (4, "di trasmettere il presente decreto ai componenti della Commissione e di disporne la pubblicazione "
                 "all'Albo pretorio on line e sul sito istituzionale dell'Azienda.")]:
    pdf.set_font("S", "", 9.5)
    pdf.text(L, y, "%d." % n)
    if s is None:
        x = label_blank(L + 6, y, "di stabilire che la Commissione si insedierà il giorno", 14, "14/06/2027", size=9.5)
        x = label_blank(x + 1, y, "alle ore", 6, "9:30", size=9.5)
        pdf.text(x + 1, y, "presso la sede legale;")
        y += 7.5
    else:
        pdf.set_xy(L + 6, y - 3.5)
        pdf.multi_cell(W - 6, 4.6, s, align="J")
        y = pdf.get_y() + 3.5 + 2.5

y += 8
pdf.set_font("S", "", 9.5)
label_blank(L, y, "Cuneo,", 14, "24/05/2027")
pdf.set_font("S", "B", 10)
pdf.text(L + W - 62, y - 6, "IL DIRETTORE GENERALE")
blank(L + W - 66, y + 4, 40, "Dott. Franco Ghigo")
pdf.set_font("S", "I", 7.5)
pdf.text(L + W - 58, y + 9, "(firmato digitalmente)")

pdf.set_font("S", "I", 7)
pdf.set_text_color(90, 90, 90)
pdf.text(L, 287, "ASL CN1 – Modulo AG-07 Decreto del Direttore Generale – compilato con AREAS")
pdf.output(OUT)
