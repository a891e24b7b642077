#!/usr/bin/env python3
"""Comune di Filiano (PZ) - ordinanza sindacale in the 'Siscom' legacy house style.

fpdf2 with the core Courier fonts: the same ruled letterhead as the 80-column
prints, justified paragraphs (fpdf2 justifies core fonts with the Tw operator),
numbered ORDINA, running foot with the number.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1]


class Ord(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_font("Courier", "", 8)
        self.cell(0, 4, "-" * 96, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "ORDINANZA SINDACALE N. 22 DEL 20-07-2026", new_x="RIGHT", new_y="TOP")
        self.set_x(self.l_margin)
        self.cell(0, 4, "PAG. %d DI {nb}" % self.page_no(), align="R")


pdf = Ord(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(22, 16, 22)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("Siscom - Atti Amministrativi")
pdf.set_producer("fpdf2")
pdf.set_title("Ordinanza sindacale n. 22 del 20-07-2026")
pdf.alias_nb_pages()
pdf.add_page()

W = 210 - 44


def ln_text(txt, style="", size=10.5, align="L", h=5.2):
    pdf.set_font("Courier", style, size)
    pdf.multi_cell(W, h, txt, align=align, new_x="LMARGIN", new_y="NEXT")


pdf.set_font("Courier", "", 10.5)
ln_text("=" * 75, size=10)
ln_text("COMUNE DI FILIANO", "B", 13, "C", 6)
ln_text("PROVINCIA DI POTENZA", "", 10.5, "C")
ln_text("PIAZZA MUNICIPIO, 1 - 85020 FILIANO (PZ)", "", 9.5, "C")
ln_text("=" * 75, size=10)
pdf.ln(3)
ln_text("ORDINANZA SINDACALE N. 22 DEL 20-07-2026", "B", 11.5, "C", 6)
pdf.ln(3)

pdf.set_font("Courier", "B", 10.5)
x0 = pdf.get_x()
y0 = pdf.get_y()
pdf.cell(24, 5.2, "OGGETTO:")
pdf.set_xy(x0 + 24, y0)
pdf.multi_cell(W - 24, 5.2,
               "PREVENZIONE E LOTTA AGLI INCENDI BOSCHIVI - OBBLIGO DI PULIZIA DEI TERRENI "
               "INCOLTI E DIVIETO DI ABBRUCIAMENTO DI STOPPIE E RESIDUI VEGETALI - "
               "STAGIONE ESTIVA 2026.", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
ln_text("IL SINDACO", "B", 11, "C", 6)
pdf.ln(1)

for s in [
    "PREMESSO che la Regione Basilicata, con Decreto del Presidente della Giunta Regionale "
    "n. 118 del 12-06-2026, ha dichiarato lo stato di grave pericolosità per gli incendi "
    "boschivi dal 15 giugno al 15 settembre 2026;",
    "CONSIDERATO che nel territorio comunale sono presenti vaste superfici boscate e numerosi "
    "terreni agricoli incolti o abbandonati, nei quali la vegetazione secca costituisce "
    "pericolo di innesco e di propagazione degli incendi, anche in prossimità delle abitazioni "
    "delle contrade Dragonetti, Scalera e Sterpito;",
    "VISTA la Legge 21 novembre 2000, n. 353, legge-quadro in materia di incendi boschivi, e "
    "la Legge Regionale 22 febbraio 2005, n. 13;",
    "VISTO l'art. 50, comma 5, e l'art. 54 del D.Lgs. 18 agosto 2000, n. 267;",
    "RITENUTO necessario adottare misure a tutela della pubblica incolumità;",
]:
    ln_text(s, "", 10.5, "J")
    pdf.ln(1.5)

pdf.ln(2)
ln_text("O R D I N A", "B", 11, "C", 6)
pdf.ln(1)
ln_text("a tutti i proprietari, affittuari e conduttori a qualsiasi titolo di terreni "
        "agricoli, incolti o abbandonati e di aree a verde ricadenti nel territorio comunale:",
        "", 10.5, "J")
pdf.ln(1.5)
punti = [
    "di provvedere, entro il 10-08-2026, alla pulizia dei terreni mediante taglio e rimozione "
    "di erba secca, sterpaglie, rovi e residui vegetali, per una fascia di almeno 20 metri dal "
    "confine con strade, boschi e fabbricati;",
    "di realizzare, entro lo stesso termine, lungo il perimetro dei fondi coltivati a cereali, "
    "una fascia di rispetto arata o priva di vegetazione della larghezza minima di 5 metri;",
    "di astenersi, fino al 15-09-2026, dall'abbruciamento di stoppie, paglia e residui "
    "vegetali e dall'accensione di fuochi all'aperto;",
    "di mantenere i terreni in condizioni di pulizia per tutta la durata del periodo di grave "
    "pericolosità.",
]
for i, p in enumerate(punti, 1):
    y = pdf.get_y()
    pdf.set_font("Courier", "", 10.5)
    pdf.cell(8, 5.2, "%d." % i)
    pdf.set_xy(22 + 8, y)
    pdf.multi_cell(W - 8, 5.2, p, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

pdf.ln(2)
ln_text("A V V E R T E", "B", 11, "C", 6)
pdf.ln(1)
ln_text("che in caso di inosservanza si procederà all'esecuzione d'ufficio degli interventi con "
        "addebito delle spese ai trasgressori e che le violazioni saranno punite con la sanzione "
        "amministrativa da euro 100,00 a euro 500,00, fatte salve le sanzioni previste dalla "
        "Legge 353/2000 e dal codice penale. Il Comando di Polizia Locale e la Stazione "
        "Carabinieri Forestale di Avigliano sono incaricati della vigilanza.", "", 10.5, "J")
pdf.ln(1.5)
ln_text("Avverso la presente ordinanza e' ammesso ricorso al T.A.R. Basilicata entro 60 giorni "
        "dalla pubblicazione all'Albo Pretorio on line.", "", 10.5, "J")
pdf.ln(4)
ln_text("DALLA RESIDENZA MUNICIPALE, 20-07-2026", "", 10.5, "L")
pdf.ln(6)
pdf.set_x(110)
pdf.set_font("Courier", "B", 10.5)
pdf.cell(78, 5.2, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Courier", "", 10.5)
pdf.cell(78, 5.2, "F.TO DOTT. ROCCO LOVALLO", align="C", new_x="LMARGIN", new_y="NEXT")

pdf.output(OUT)
