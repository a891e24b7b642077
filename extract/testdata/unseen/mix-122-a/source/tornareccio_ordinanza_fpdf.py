#!/usr/bin/env python3
"""Comune di Tornareccio - ordinanza sindacale n. 18/2027, "Sicraweb" style.

fpdf2 with the core Helvetica: justified multi_cells (word spacing by Tw),
the number in a shaded bar under the letterhead, a running foot with the
number and page on every page.
Usage: tornareccio_ordinanza_fpdf.py OUTPUT.pdf
"""
import sys
from fpdf import FPDF, __version__ as FPDF_VERSION

OUT = sys.argv[1]
GREEN = (11, 93, 59)


class Ord(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_draw_color(*GREEN)
            self.set_fill_color(231, 240, 235)
            self.set_line_width(0.35)
            self.polygon([(22, 12), (35, 12), (35, 22), (28.5, 29.5), (22, 22)], style="DF")
            self.set_fill_color(*GREEN)
            self.circle(x=28.5, y=20, radius=2.6, style="F")
            self.set_text_color(*GREEN)
            self.set_font("Helvetica", "B", 17)
            self.set_xy(41, 12)
            self.cell(0, 7, "COMUNE DI TORNARECCIO")
            self.set_text_color(0, 0, 0)
            self.set_font("Helvetica", "", 9.5)
            self.set_xy(41, 19.5)
            self.cell(0, 5, "Provincia di Chieti")
            self.set_font("Helvetica", "", 7)
            self.set_xy(41, 24.5)
            self.cell(0, 4, "Piazza Guglielmo Marconi, 2 - 66046 Tornareccio (CH) - "
                            "Tel. 0872 868108 - comune.tornareccio@pec.it")
            self.set_line_width(0.5)
            self.line(22, 31, 190, 31)
            self.set_y(36)
        else:
            self.set_font("Helvetica", "I", 8)
            self.set_xy(22, 12)
            self.cell(84, 4, "Comune di Tornareccio")
            self.cell(84, 4, "Ordinanza sindacale n. 18 del 12/10/2027", align="R")
            self.set_draw_color(*GREEN)
            self.set_line_width(0.2)
            self.line(22, 17, 190, 17)
            self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.15)
        self.line(22, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", "", 7)
        self.cell(120, 5, "Sicraweb - Registro delle Ordinanze - Ord. n. 18/2027")
        self.cell(48, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Ord(format="A4", unit="mm")
pdf.set_margins(22, 20, 20)
pdf.set_auto_page_break(True, margin=22)
pdf.set_title("Ordinanza sindacale n. 18/2027")
pdf.set_creator("Sicraweb - Atti Amministrativi")
pdf.set_producer("PyFPDF/fpdf" + FPDF_VERSION)
pdf.add_page()

pdf.set_fill_color(231, 240, 235)
pdf.set_font("Helvetica", "B", 12)
pdf.cell(112, 9, "  ORDINANZA SINDACALE", border=1, fill=True)
pdf.cell(56, 9, "N. 18 del 12/10/2027", border=1, fill=True, align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("Helvetica", "B", 10)
y = pdf.get_y()
pdf.cell(22, 5.2, "OGGETTO:")
pdf.set_xy(44, y)
pdf.multi_cell(146, 5.2, "Misure di prevenzione degli incendi e disciplina "
               "dell'abbruciamento dei residui vegetali derivanti dalla potatura degli "
               "oliveti e dalle attività agricole - stagione autunno-inverno 2027/2028.",
               align="J")
pdf.ln(3)
pdf.line(22, pdf.get_y(), 190, pdf.get_y())
pdf.ln(4)


def centre(t):
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(lead, text, indent=0, num=None):
    pdf.set_font("Helvetica", "", 10)
    if num:
        y = pdf.get_y()
        pdf.set_x(22)
        pdf.cell(indent, 5.2, num)
        pdf.set_xy(22 + indent, y)
    elif indent:
        pdf.set_x(22 + indent)
    body = ("**%s** %s" % (lead, text)) if lead else text
    pdf.multi_cell(168 - indent, 5.2, body, align="J", markdown=True)
    pdf.ln(1.6)


centre("IL SINDACO")
para("PREMESSO", "che nel territorio comunale, caratterizzato da una estesa superficie "
     "olivicola, nel periodo autunnale e invernale si concentrano le operazioni di raccolta "
     "delle olive e di potatura, con produzione di rilevanti quantità di residui vegetali "
     "che vengono tradizionalmente raggruppati e bruciati sul luogo di produzione;")
para("CONSIDERATO", "che l'abbruciamento incontrollato dei residui vegetali, specie in "
     "presenza di vento e in prossimità di boschi, fabbricati e strade, costituisce un "
     "rischio per la pubblica incolumità e una fonte di emissioni nocive per la qualità "
     "dell'aria, come segnalato da numerosi cittadini nel corso della stagione precedente;")
para("VISTO", "l'art. 182, comma 6-bis, del D.Lgs. 3 aprile 2006, n. 152, che consente "
     "l'abbruciamento in piccoli cumuli e in quantità giornaliere non superiori a tre metri "
     "steri per ettaro dei materiali vegetali nel luogo di produzione, e attribuisce ai "
     "Comuni la facoltà di differire, sospendere o vietare tale pratica;")
para("VISTI", "la Legge 21 novembre 2000, n. 353, la L.R. Abruzzo 4 gennaio 2014, n. 3, "
     "gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento "
     "comunale di polizia rurale;")
centre("ORDINA")
pts = [
    "dal 15 ottobre 2027 al 31 marzo 2028 l'abbruciamento dei residui vegetali agricoli e "
    "forestali è consentito esclusivamente nel luogo di produzione, in piccoli cumuli di "
    "volume non superiore a tre metri steri per ettaro al giorno, nella fascia oraria "
    "compresa tra l'alba e le ore 12:00;",
    "l'abbruciamento è vietato nelle giornate di vento, a una distanza inferiore a 100 metri "
    "da boschi e a 50 metri da fabbricati, strade e linee elettriche, nonché nei giorni in "
    "cui la Regione Abruzzo dichiari lo stato di allerta per il rischio di incendi o di "
    "superamento dei valori limite delle polveri sottili;",
    "il fuoco deve essere costantemente sorvegliato da persona maggiorenne fino al completo "
    "spegnimento delle braci, disponendo di mezzi idonei al suo controllo;",
    "è sempre consentito e raccomandato lo smaltimento alternativo dei residui mediante "
    "trinciatura e interramento, compostaggio o conferimento al centro di raccolta "
    "comunale di Contrada Piano Marino;",
    "i trasgressori sono puniti con la sanzione amministrativa pecuniaria da euro 100,00 a "
    "euro 500,00 ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, salvo che il fatto "
    "costituisca reato.",
]
for i, t in enumerate(pts, 1):
    para("", t, indent=8, num="%d." % i)
centre("DISPONE")
para("", "che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito "
     "istituzionale del Comune, resa nota mediante affissione nei luoghi pubblici e "
     "trasmessa al Comando Stazione Carabinieri Forestale di Casoli, alla Stazione "
     "Carabinieri di Tornareccio e alla Polizia Locale, incaricati della vigilanza sul suo "
     "rispetto.")
para("AVVERTE", "che contro la presente ordinanza è ammesso ricorso al T.A.R. Abruzzo - "
     "Pescara entro 60 giorni dalla pubblicazione, o ricorso straordinario al Presidente "
     "della Repubblica entro 120 giorni.")
pdf.ln(3)
pdf.set_font("Helvetica", "", 10)
pdf.cell(0, 5, "Tornareccio, 12/10/2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
for t, st in [("IL SINDACO", "B"), ("dott. Vittorio D'Alessandro", ""),
              ("(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", "I")]:
    pdf.set_font("Helvetica", st, 8 if st == "I" else 10)
    pdf.set_x(110)
    pdf.cell(80, 5, t, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
