#!/usr/bin/env python3
"""Colli a Volturno, J-Serfin house style: the pre-printed model of the
Settore II for small determinazioni, whose blanks of underscores are filled
in typewriter type (fpdf2). The model keeps the house arrangement: the
Comune top left, the registers top right, the structure and the office
under it, the signature bottom right."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-colliavolturno-jserfin-modulo.pdf"
LIB = "/usr/share/fonts/truetype/liberation/"


class Form(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 7.5)
        self.cell(0, 4, "Mod. DET-SET2 rev. 03/2025 - Comune di Colli a Volturno", align="L")
        self.set_x(20)
        self.cell(0, 4, "Det. R.G. n. 107/2027 - pag. %d di {nb}" % self.page_no(), align="R")


pdf = Form(format="A4", unit="mm")
pdf.set_margins(20, 16, 18)
pdf.set_auto_page_break(True, 20)
pdf.add_font("Serif", "", LIB + "LiberationSerif-Regular.ttf")
pdf.add_font("Serif", "B", LIB + "LiberationSerif-Bold.ttf")
pdf.add_font("Serif", "I", LIB + "LiberationSerif-Italic.ttf")
pdf.add_font("Mono", "", LIB + "LiberationMono-Regular.ttf")
pdf.set_title("Determinazione R.G. n. 107 del 17/03/2027")
pdf.set_creator("J-Serfin - modello determinazione")
pdf.alias_nb_pages()
pdf.add_page()


def blank(x, y, n, size=10.5):
    pdf.set_font("Serif", "", size)
    pdf.text(x, y, "_" * n)


def typed(x, y, s, size=10.5):
    pdf.set_font("Mono", "", size)
    pdf.text(x, y - 0.6, s)


def label(x, y, s, style="", size=10.5):
    pdf.set_font("Serif", style, size)
    pdf.text(x, y, s)


# letterhead, top left
label(20, 24, "COMUNE DI COLLI A VOLTURNO", "B", 14)
label(20, 30, "(Provincia di Isernia)", "", 10)
pdf.set_line_width(0.5)
pdf.line(20, 33, 192, 33)

# registers, top right
label(118, 41, "REGISTRO GENERALE N.", "B", 9.5); blank(158, 41, 8, 9.5); typed(162, 41, "107")
label(118, 47, "DEL", "B", 9.5); blank(128, 47, 20, 9.5); typed(137, 47, "17/03/2027")
label(118, 53, "REGISTRO SETTORE N.", "B", 9.5); blank(156, 53, 9, 9.5); typed(161, 53, "14")
label(118, 59, "DEL", "B", 9.5); blank(128, 59, 20, 9.5); typed(137, 59, "16/03/2027")

# structure and office, left
label(20, 41, "STRUTTURA:", "B", 9.5)
blank(20, 47, 40, 9.5); typed(21, 47, "SETTORE II - ECONOMICO FINANZIARIO", 9.5)
label(20, 53, "SERVIZIO/UFFICIO:", "B", 9.5)
blank(20, 59, 40, 9.5); typed(21, 59, "UFFICIO TRIBUTI", 9.5)

pdf.line(20, 63, 192, 63)
pdf.set_font("Serif", "B", 13)
pdf.set_xy(20, 66)
pdf.cell(172, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", align="C")

# subject typed in the model's empty box
label(20, 82, "OGGETTO:", "B", 10.5)
pdf.set_line_width(0.3)
pdf.rect(43, 77, 149, 19)
subj = ["RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI",
        "IMPOSTA MUNICIPALE PROPRIA (IMU) - ANNUALITA' 2024 -",
        "CONTRIBUENTE POS. N. 004512."]
for i, s in enumerate(subj):
    typed(45, 82.6 + 5.6 * i, s, 10.5)

pdf.set_font("Serif", "B", 11)
pdf.set_xy(20, 104)
pdf.cell(172, 6, "IL RESPONSABILE DEL SETTORE", align="C")

y = 117
label(20, y, "Visto il decreto sindacale n.", "", 10.5); blank(68, y, 6); typed(71, y, "2")
label(82, y, "del", "", 10.5); blank(89, y, 16); typed(91, y, "04/01/2027")
label(123, y, "di nomina del Responsabile del Settore;", "", 10.5)
y += 8
label(20, y, "Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto e il Regolamento di contabilità dell'ente;", "", 10.5)
y += 8
label(20, y, "Premesso che (motivazione):", "I", 10.5)
mot = [
    "- con istanza prot. n. 2981 del 22/02/2027 il contribuente di cui",
    "  alla posizione n. 004512 ha chiesto il rimborso dell'IMU 2024",
    "  versata per un immobile ceduto in data 14/03/2023;",
    "- l'Ufficio Tributi ha verificato in banca dati catastale e nei",
    "  versamenti F24 che l'imposta di euro 386,00 non era dovuta;",
    "- il rimborso e' richiesto entro il termine di cinque anni di cui",
    "  all'art. 1, comma 164, della legge 27 dicembre 2006, n. 296;",
]
for s in mot:
    y += 7
    blank(20, y, 78)
    typed(21, y, s, 10)
y += 8
label(20, y, "Accertata la regolarità tecnica ai sensi dell'art. 147-bis del D.Lgs. 267/2000;", "", 10.5)

y += 11
pdf.set_font("Serif", "B", 11.5)
pdf.set_xy(20, y - 4)
pdf.cell(172, 6, "D E T E R M I N A", align="C")
disp = [
    ["1) di rimborsare al contribuente di cui alla posizione n. 004512",
     "   la somma di euro 386,00, oltre interessi legali di euro 21,15;"],
    ["2) di imputare la spesa di euro 407,15 al cap. 1015/1 \"Rimborsi",
     "   tributi\" del bilancio 2027/2029, esercizio 2027;"],
    ["3) di trasmettere il presente atto all'Ufficio Ragioneria per",
     "   l'emissione del mandato e al contribuente per conoscenza."],
]
y += 4
for item in disp:
    for s in item:
        y += 7
        blank(20, y, 78)
        typed(21, y, s, 10)

y += 10
label(20, y, "Colli a Volturno, lì", "", 10.5); blank(52, y, 16); typed(54, y, "16/03/2027")
y += 9
label(118, y, "IL RESPONSABILE DEL SETTORE", "B", 10)
y += 8
blank(118, y, 34); typed(124, y, "Rag. Lucia Iannacone")
y += 5
pdf.set_font("Serif", "I", 7.5)
pdf.text(118, y, "(firma autografa sostituita a mezzo stampa ex art. 3 D.Lgs. 39/93)")

# back of the model: visto contabile and publication
pdf.add_page()
y = 24
label(20, 20, "COMUNE DI COLLI A VOLTURNO - Determinazione del Responsabile del Settore (segue)", "I", 9)
pdf.set_line_width(0.3)
pdf.rect(20, y, 172, 34)
label(24, y + 6, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "B", 9.5)
label(24, y + 13, "(art. 183, comma 7, D.Lgs. 267/2000)   Impegno n.", "", 9.5)
blank(99, y + 13, 10, 9.5); typed(102, y + 13, "382/2027", 9.5)
label(124, y + 13, "del", "", 9.5); blank(131, y + 13, 16, 9.5); typed(133, y + 13, "17/03/2027", 9.5)
label(24, y + 21, "Colli a Volturno, lì", "", 9.5); blank(55, y + 21, 16, 9.5); typed(57, y + 21, "17/03/2027", 9.5)
label(118, y + 21, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "B", 8.5)
blank(118, y + 29, 34, 9.5); typed(124, y + 29, "Rag. Lucia Iannacone", 9.5)
y += 42
pdf.rect(20, y, 172, 30)
label(24, y + 6, "CERTIFICATO DI PUBBLICAZIONE", "B", 9.5)
label(24, y + 13, "La presente determinazione è pubblicata all'Albo Pretorio on line dal", "", 9.5)
blank(134, y + 13, 16, 9.5); typed(136, y + 13, "18/03/2027", 9.5)
label(24, y + 20, "al", "", 9.5); blank(29, y + 20, 16, 9.5); typed(31, y + 20, "02/04/2027", 9.5)
label(56, y + 20, "con il n.", "", 9.5); blank(70, y + 20, 10, 9.5); typed(73, y + 20, "241", 9.5)
label(90, y + 20, "del registro delle pubblicazioni.", "", 9.5)
label(118, y + 26, "IL MESSO COMUNALE", "B", 8.5)
blank(150, y + 26, 22, 9.5); typed(151, y + 26, "D. Carlomagno", 9.5)

pdf.output(OUT)
