#!/usr/bin/env python3
"""Provincia di Pesaro e Urbino - determinazione del Dirigente (house style "J-Iride")
printed by the package's web client with fpdf2: DejaVu fonts embedded, the act's kind
letter-spaced (character spacing, Tc), a grid of registers, justified text,
bulleted dispositivo, a footer with the register number; no Servizio printed."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-pesaroeurbino-jiride-scuole.pdf"
NUM, DATA = "1602", "22/10/2027"
FD = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        self.set_draw_color(31, 58, 104)
        self.set_line_width(0.4)
        # crest outline
        self.polygon([(20, 14), (33, 14), (33, 24), (26.5, 30), (20, 24)], style="D")
        self.set_text_color(31, 58, 104)
        self.set_font("Serif", "B", 16)
        self.set_xy(38, 13)
        self.cell(0, 7, "PROVINCIA DI PESARO E URBINO")
        self.set_font("Sans", "", 7)
        self.set_xy(38, 20)
        self.cell(0, 4, "Viale Gramsci, 4 – 61121 Pesaro  ·  tel. 0721 3591  ·  C.F. 00212000418")
        self.set_font("Sans", "B", 8)
        self.set_xy(20, 27)
        self.cell(170, 4, "SETTORE 2 – EDILIZIA SCOLASTICA E PATRIMONIO", align="R")
        self.line(20, 33, 190, 33)
        self.set_text_color(0, 0, 0)
        self.set_y(38)

    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 7)
        self.cell(120, 4, f"Provincia di Pesaro e Urbino – Registro generale n. {NUM} del {DATA}")
        self.cell(50, 4, f"pag. {self.page_no()}/{{nb}}", align="R")


pdf = P(format="A4")
pdf.set_margins(20, 38, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_font("Serif", "", FD + "DejaVuSerif.ttf")
pdf.add_font("Serif", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.add_font("Serif", "I", FD + "DejaVuSerif-Italic.ttf")
pdf.add_font("Sans", "", FD + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", FD + "DejaVuSans-Bold.ttf")
pdf.set_title(f"Determinazione n. {NUM} del {DATA}")
pdf.set_author("Provincia di Pesaro e Urbino")
pdf.set_creator("J-Iride Web - modulo Atti")
pdf.add_page()

# letter-spaced kind over the body
pdf.set_font("Serif", "B", 13)
pdf.set_char_spacing(3.2)
pdf.cell(0, 8, "DETERMINAZIONE DIRIGENZIALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(2)

# grid
pdf.set_font("Sans", "B", 7.5)
pdf.set_fill_color(230, 235, 243)
cells = [("Registro generale", f"N. {NUM} del {DATA}"), ("Registro di Settore", "N. 233 del 20/10/2027"),
         ("Esecutiva dal", DATA)]
for lab, _ in cells:
    pdf.cell(170 / 3, 5, lab, border=1, align="C", fill=True)
pdf.ln()
pdf.set_font("Sans", "", 9)
for _, val in cells:
    pdf.cell(170 / 3, 7, val, border=1, align="C")
pdf.ln(11)

pdf.set_font("Serif", "B", 10.5)
pdf.cell(0, 6, "IL DIRIGENTE DEL SETTORE 2 – EDILIZIA SCOLASTICA E PATRIMONIO", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
subj = ("Edificio scolastico provinciale di via Giovanni Gentile a Fano – Lavori di adeguamento antincendio "
        "della palestra – Approvazione del certificato di regolare esecuzione e liquidazione del saldo "
        "all’impresa Edil Foglia S.r.l. – CUP F37B25000410003 – CIG A9F3E27B51.")
pdf.set_font("Serif", "B", 10)
y = pdf.get_y()
pdf.cell(22, 5.5, "Oggetto:")
pdf.set_xy(42, y)
pdf.multi_cell(148, 5.5, subj, align="L")
pdf.ln(4)

pdf.set_font("Serif", "", 10)
prem = [
    "Premesso che con propria determinazione n. 611 del 29/04/2027 sono stati affidati all’impresa Edil Foglia "
    "S.r.l., con sede in Sant’Ippolito, i lavori di adeguamento alla normativa antincendio della palestra "
    "dell’edificio scolastico provinciale di via Giovanni Gentile a Fano, per l’importo di € 96.412,50 oltre IVA;",
    "Visto il certificato di regolare esecuzione emesso dal direttore dei lavori, ing. Stefano Gabellini, in data "
    "5 ottobre 2027 e confermato dal responsabile unico del progetto, dal quale risulta un credito residuo "
    "dell’impresa di € 11.230,18 oltre IVA;",
    "Accertata la regolarità contributiva dell’impresa (DURC prot. INAIL_48823117, valido fino al 14/01/2028) e "
    "verificato che il pagamento non è soggetto alla verifica di cui all’art. 48-bis del D.P.R. 602/1973;",
    "Visti l’art. 107 del D.Lgs. 18 agosto 2000, n. 267, l’art. 116 del D.Lgs. 31 marzo 2023, n. 36, e il "
    "decreto presidenziale n. 13 del 30/01/2027 di conferimento dell’incarico dirigenziale;",
]
for x in prem:
    pdf.multi_cell(0, 5.2, x, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(1)
pdf.set_font("Serif", "B", 10.5)
pdf.set_char_spacing(2)
pdf.cell(0, 7, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Serif", "", 10)
pts = [
    "di approvare il certificato di regolare esecuzione dei lavori indicati in oggetto, emesso in data 5 ottobre "
    "2027, che qui si intende integralmente richiamato;",
    "di liquidare all’impresa Edil Foglia S.r.l. la somma di € 13.700,82, di cui € 11.230,18 per lavori ed "
    "€ 2.470,64 per IVA al 22% da versare all’Erario in regime di scissione dei pagamenti;",
    "di imputare la spesa all’impegno n. 2027/1290 sul capitolo 20340/2 del bilancio 2027-2029;",
    "di svincolare la garanzia definitiva prestata dall’impresa, ai sensi dell’art. 117 del D.Lgs. 36/2023.",
]
for x in pts:
    y = pdf.get_y()
    pdf.cell(7, 5.2, "•")
    pdf.set_xy(27, y)
    pdf.multi_cell(163, 5.2, x, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
pdf.ln(6)
pdf.set_x(110)
pdf.set_font("Serif", "B", 10)
pdf.cell(80, 5, "IL DIRIGENTE DEL SETTORE 2", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Serif", "", 10)
pdf.cell(80, 5, "Arch. Chiara Del Monte", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Serif", "I", 7.5)
pdf.cell(80, 5, "firmato digitalmente", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
