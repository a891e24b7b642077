#!/usr/bin/env python3
"""Comune di Roseto degli Abruzzi - determinazione of Settore IV signed by
the Dirigente ad interim, in the Sicraweb EVO layout: general and sector
registers in the header box, a running head carrying the number from the
second page and a foot with the page count; body justified (fpdf2, core
fonts, word spacing)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-roseto-sicrawebevo.pdf"


class Det(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("helvetica", "", 7.5)
            self.set_text_color(60)
            self.cell(0, 4, "COMUNE DI ROSETO DEGLI ABRUZZI - Settore IV - Lavori Pubblici e Ambiente", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Determinazione R.G. n. 1874 del 22/12/2026", align="R")
            self.ln(5)
            self.set_draw_color(120)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("helvetica", "", 7.5)
        self.set_text_color(60)
        self.cell(0, 4, "Sicraweb EVO - Determinazione n. 1874 del 22/12/2026", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0)


pdf = Det(format="A4")
pdf.set_margins(20, 16, 17)
pdf.set_auto_page_break(True, 20)
pdf.set_creator("Sicraweb EVO - Atti Amministrativi")
pdf.set_producer("fpdf2 2.8.9")
pdf.set_title("Determinazione n. 1874 del 22/12/2026")
pdf.add_page()

# crest
cx = pdf.w / 2
pdf.set_fill_color(31, 78, 156)
pdf.polygon([(cx - 7, 12), (cx + 7, 12), (cx + 7, 22), (cx, 27), (cx - 7, 22)], style="DF")
pdf.set_fill_color(242, 193, 0)
pdf.ellipse(cx - 4, 15, 8, 6, style="F")
pdf.set_y(29)
pdf.set_font("helvetica", "B", 14)
pdf.set_char_spacing(1.6)
pdf.cell(0, 7, "COMUNE DI ROSETO DEGLI ABRUZZI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("helvetica", "", 8.5)
pdf.set_char_spacing(2.4)
pdf.cell(0, 5, "PROVINCIA DI TERAMO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(5)

# header box
x0, y0 = pdf.l_margin, pdf.get_y()
w = pdf.w - pdf.l_margin - pdf.r_margin
pdf.rect(x0, y0, w, 30)
pdf.line(x0 + w * 0.62, y0, x0 + w * 0.62, y0 + 30)
pdf.set_xy(x0 + 2, y0 + 2)
pdf.set_font("helvetica", "B", 10)
pdf.cell(w * 0.6, 5, "SETTORE IV - LAVORI PUBBLICI E AMBIENTE", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(x0 + 2)
pdf.set_font("helvetica", "", 9)
pdf.cell(w * 0.6, 5, "Servizio Manutenzioni e Viabilit\u00e0", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(x0 + 2)
pdf.set_font("helvetica", "", 8)
pdf.cell(w * 0.6, 5, "Dirigente ad interim: ing. Ernesto Pavone", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(x0 + 2)
pdf.cell(w * 0.6, 5, "(decreto del Commissario Prefettizio n. 9 del 01/12/2026)", new_x="LMARGIN", new_y="NEXT")
rx = x0 + w * 0.62 + 2
pdf.set_xy(rx, y0 + 2)
pdf.set_font("helvetica", "B", 10)
pdf.cell(w * 0.36, 5, "DETERMINAZIONE DIRIGENZIALE")
pdf.set_xy(rx, y0 + 8)
pdf.set_font("helvetica", "", 9)
pdf.cell(w * 0.36, 5, "Registro Generale n. 1874 del 22/12/2026")
pdf.set_xy(rx, y0 + 14)
pdf.cell(w * 0.36, 5, "Registro di Settore n. 311 del 21/12/2026")
pdf.set_xy(rx, y0 + 21)
pdf.set_font("helvetica", "", 8)
pdf.cell(w * 0.36, 5, "Proposta n. 2190 del 18/12/2026")
pdf.set_y(y0 + 36)

pdf.set_font("times", "B", 11)
yo = pdf.get_y()
pdf.cell(22, 5.5, "OGGETTO:")
pdf.set_xy(pdf.l_margin + 22, yo)
pdf.multi_cell(w - 22, 5.5,
               "Servizio di sgombero neve e trattamento antighiaccio delle strade comunali collinari di Montepagano, "
               "Cologna e Santa Lucia - stagione invernale 2026/2027. Affidamento e impegno di spesa. CIG B5C1E7A920.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("times", "B", 11)
pdf.cell(0, 6, "IL DIRIGENTE AD INTERIM DEL SETTORE IV", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)

body = [
    "VISTO il decreto del Commissario Prefettizio n. 9 del 01/12/2026, con il quale al sottoscritto, Dirigente del "
    "Settore III - Urbanistica ed Edilizia Privata, \u00e8 stato conferito l'incarico ad interim di direzione del Settore IV "
    "- Lavori Pubblici e Ambiente;",
    "RICHIAMATA la deliberazione del Consiglio comunale n. 19 del 28/03/2026, esecutiva, di approvazione del bilancio "
    "di previsione finanziario 2026/2028, e la successiva deliberazione della Giunta comunale n. 74 del 09/04/2026 di "
    "approvazione del Piano esecutivo di gestione;",
    "PREMESSO che occorre garantire per la stagione invernale 2026/2027 il servizio di sgombero neve e di trattamento "
    "antighiaccio sulla viabilit\u00e0 comunale delle frazioni collinari, con reperibilit\u00e0 dei mezzi h24 nel periodo "
    "dal 01/01/2027 al 31/03/2027, mentre per il periodo dal 22/12/2026 al 31/12/2026 il servizio \u00e8 assicurato con "
    "mezzi e personale comunale;",
    "DATO ATTO che, mediante la piattaforma telematica di negoziazione dell'Ente, \u00e8 stata svolta un'indagine di mercato "
    "tra tre operatori economici del territorio e che la migliore offerta \u00e8 stata presentata dalla ditta Movimento "
    "Terra Di Marco Nicola & C. s.n.c., con un ribasso del 6,20 per cento sull'importo stimato di euro 38.000,00;",
    "ACCERTATA la regolarit\u00e0 contributiva e verificato il possesso dei requisiti di ordine generale di cui agli "
    "artt. 94 e 95 del D.Lgs. 31 marzo 2023, n. 36, tramite il Fascicolo virtuale dell'operatore economico;",
    "VISTI gli artt. 107, 151, comma 4, e 183 del D.Lgs. 18 agosto 2000, n. 267 e l'art. 50, comma 1, lett. b), "
    "del D.Lgs. 36/2023;",
]
pdf.set_font("times", "", 11)
for b in body:
    pdf.multi_cell(0, 5.4, b, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)

pdf.ln(2)
pdf.set_font("times", "B", 11.5)
pdf.set_char_spacing(3)
pdf.cell(0, 6, "DETERMINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(1)
pts = [
    "di affidare alla ditta Movimento Terra Di Marco Nicola & C. s.n.c. il servizio di sgombero neve e trattamento "
    "antighiaccio delle strade comunali collinari per il periodo dal 01/01/2027 al 31/03/2027, per l'importo di euro "
    "35.644,00 oltre IVA al 22 per cento;",
    "di impegnare la spesa complessiva di euro 43.485,68 alla Missione 10, Programma 05, cap. 2840 \"Servizio sgombero "
    "neve\" del bilancio 2026/2028, esercizio 2027;",
    "di dare atto che il servizio sar\u00e0 remunerato a misura, sulla base delle ore effettive di impiego dei mezzi "
    "risultanti dai fogli di servizio vistati dal direttore dell'esecuzione;",
    "di nominare direttore dell'esecuzione del contratto il geom. Alessio Cianci, istruttore tecnico del Servizio "
    "Manutenzioni e Viabilit\u00e0;",
    "di dare atto che il presente provvedimento diventa esecutivo con l'apposizione del visto di regolarit\u00e0 contabile "
    "attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000.",
]
pdf.set_font("times", "", 11)
for i, t in enumerate(pts, 1):
    if pdf.get_y() > pdf.h - 42:
        pdf.add_page()
    y = pdf.get_y()
    pdf.cell(8, 5.4, "%d)" % i)
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

pdf.ln(8)
pdf.set_font("times", "", 10.5)
pdf.cell(0, 5, "Roseto degli Abruzzi, 21/12/2026", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.w / 2 + 10)
pdf.set_font("times", "B", 10.5)
pdf.cell(70, 5, "IL DIRIGENTE ad interim", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.w / 2 + 10)
pdf.set_font("times", "", 10.5)
pdf.cell(70, 5, "ing. Ernesto Pavone", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(pdf.w / 2 + 10)
pdf.set_font("times", "I", 8.5)
pdf.cell(70, 5, "(firmato digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("helvetica", "B", 9)
pdf.cell(0, 6, "VISTO DI REGOLARIT\u00c0 CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", border="TLR",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("helvetica", "", 8.5)
pdf.multi_cell(0, 4.6, "Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. "
               "267/2000. Impegno n. 188/2027 - Missione 10, Programma 05, cap. 2840 - euro 43.485,68.\n"
               "Roseto degli Abruzzi, 22/12/2026 - Il Dirigente del Settore II - dott. Luca Di Giacinto",
               border="BLR", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
