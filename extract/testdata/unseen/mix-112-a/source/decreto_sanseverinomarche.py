#!/usr/bin/env python3
"""Comune di San Severino Marche - Decreto del Sindaco n. 21 del 17-12-2026.

fpdf2 with the core Helvetica/Times fonts: multi_cell(align="J") justifies
with word spacing (Tw); the Halley number box beside "Oggetto"; a running
foot with the number and the page.
"""
import sys
import fpdf
from fpdf import FPDF

OUT = sys.argv[1]


class P(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 16)
        self.set_text_color(26, 64, 140)
        self.cell(0, 8, "COMUNE DI SAN SEVERINO MARCHE", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("Helvetica", "", 10.5)
        self.cell(0, 5, "Provincia di Macerata", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 7.5)
        self.cell(0, 4, "Piazza del Popolo, 45 - 62027 San Severino Marche (MC) - P.IVA 00119540431",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.3)
        self.line(self.l_margin, self.get_y() + 1.5, self.w - self.r_margin, self.get_y() + 1.5)
        self.ln(7)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 7.5)
        self.cell(0, 4, "Decreto del Sindaco n. 21 del 17-12-2026", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Pag. %d/{nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_margins(24, 15, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Decreto del Sindaco n. 21 del 17-12-2026")
pdf.set_author("Comune di San Severino Marche")
pdf.set_creator("Halley - Decreti e ordinanze")
pdf.set_producer("PyFPDF/fpdf" + fpdf.FPDF_VERSION)
pdf.alias_nb_pages()
pdf.add_page()

# Halley box: kind | N. | Data on one row, Oggetto under it
pdf.set_font("Helvetica", "B", 12)
pdf.cell(90, 8, "DECRETO DEL SINDACO", border=1, align="C")
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(28, 8, "N. 21", border=1, align="C")
pdf.cell(0, 8, "Data 17-12-2026", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "B", 10.5)
pdf.multi_cell(0, 6, "Oggetto: NOMINA DEI RESPONSABILI DI SETTORE E ATTRIBUZIONE DEGLI INCARICHI DI "
                     "ELEVATA QUALIFICAZIONE PER L'ANNO 2027.", border=1, align="L",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("Helvetica", "B", 12)
pdf.cell(0, 7, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def j(t, indent=0, label=None):
    pdf.set_font("Times", "", 11.5)
    if label:
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, 5.6, label)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(0, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


for t in [
    "Visti gli articoli 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, in base ai quali "
    "nei comuni privi di personale di qualifica dirigenziale le funzioni di cui all'art. 107 possono essere "
    "attribuite, con provvedimento motivato del Sindaco, ai responsabili degli uffici e dei servizi;",
    "Visto il Contratto Collettivo Nazionale di Lavoro del comparto Funzioni Locali del 16 novembre 2022, "
    "e in particolare gli articoli da 16 a 21, che disciplinano gli incarichi di Elevata Qualificazione;",
    "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi, come modificato con "
    "deliberazione della Giunta Comunale n. 187 del 26-10-2026, che articola la struttura dell'Ente in "
    "cinque Settori;",
    "Vista la deliberazione della Giunta Comunale n. 196 del 05-11-2026, con la quale sono stati "
    "approvati i criteri per la graduazione della retribuzione di posizione degli incarichi di Elevata "
    "Qualificazione per l'anno 2027;",
    "Valutate la natura e le caratteristiche dei programmi da realizzare, i requisiti culturali, le "
    "attitudini e le capacit\u00e0 professionali dei funzionari in servizio, nonch\u00e9 i risultati da essi "
    "conseguiti negli anni precedenti;",
]:
    j(t)

pdf.set_font("Helvetica", "B", 12)
pdf.cell(0, 8, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
for i, t in enumerate([
    "di nominare, per il periodo dal 01-01-2027 al 31-12-2027, i seguenti Responsabili di Settore, ai "
    "quali sono attribuiti gli incarichi di Elevata Qualificazione e le funzioni di cui all'art. 107 del "
    "D.Lgs. 267/2000: Settore Affari Generali e Servizi al Cittadino, dott. Massimo Bartoloni; Settore "
    "Finanziario, rag. Elena Tomassini; Settore Tecnico - Lavori Pubblici e Ambiente, ing. Fabrizio "
    "Cicconi; Settore Urbanistica ed Edilizia Privata, arch. Sara Mancinelli; Settore Cultura, Turismo e "
    "Sport, dott.ssa Lucia Paoletti;",
    "di stabilire che, in caso di assenza o impedimento di un Responsabile, le relative funzioni sono "
    "svolte dal Responsabile di Settore individuato nel prospetto delle sostituzioni allegato al presente "
    "decreto;",
    "di attribuire a ciascun incaricato la retribuzione di posizione determinata secondo i criteri "
    "approvati con la citata deliberazione n. 196/2026, dando atto che la retribuzione di risultato sar\u00e0 "
    "corrisposta a seguito della valutazione del Nucleo di Valutazione;",
    "di disporre che il presente decreto sia notificato agli interessati, trasmesso al Segretario Comunale "
    "e al Servizio Personale e pubblicato all'Albo Pretorio on line e nella sezione Amministrazione "
    "Trasparente del sito istituzionale.",
], 1):
    j(t, indent=8, label="%d." % i)

pdf.ln(6)
pdf.set_font("Times", "", 11.5)
pdf.cell(0, 6, "San Severino Marche, 17-12-2026", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_x(120)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(60, 6, "IL SINDACO", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(60, 6, "F.to Dott. CAPPELLACCI GIOVANNI", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("Helvetica", "I", 8.5)
pdf.multi_cell(0, 4.2, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme "
                       "collegate, che sostituisce il documento cartaceo e la firma autografa.",
               align="L")
pdf.output(OUT)
