#!/usr/bin/env python3
"""Comune di Quart - convocazione del Consiglio comunale, prot. 6120 del 14/10/2026.

fpdf2 with core fonts: bilingual letterhead as the INVA house style prints it,
letter-spaced headings (fpdf2 writes Tc), body justified by fpdf2 (Tw word
spacing), the order of the day as a numbered list.
Usage: quart_convocazione_fpdf.py OUT.pdf
"""
import sys

import fpdf
from fpdf import FPDF

OUT = sys.argv[1]


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Comune di Quart / Commune de Quart - Segreteria comunale - Convocazione del "
                        "Consiglio comunale del 22/10/2026", align="L")
        self.cell(0, 4, "pag. %d" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


pdf = Doc(unit="mm", format="A4")
pdf.set_margins(23, 18, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("INVA - Segreteria")
pdf.set_title("Convocazione Consiglio comunale 22/10/2026")
pdf.set_author("Comune di Quart")
pdf.add_page()

# letterhead
pdf.set_draw_color(33, 64, 128)
pdf.set_fill_color(33, 64, 128)
pdf.rect(98, 14, 12, 14)
pdf.rect(98, 14, 12, 4, style="F")
pdf.set_text_color(33, 64, 128)
pdf.set_font("Helvetica", "B", 15)
pdf.set_xy(23, 16)
pdf.cell(70, 7, "COMUNE DI QUART")
pdf.set_xy(117, 16)
pdf.cell(73, 7, "COMMUNE DE QUART", align="R")
pdf.set_font("Helvetica", "", 8.5)
pdf.set_xy(23, 23)
pdf.cell(70, 5, "Regione Autonoma Valle d'Aosta")
pdf.set_xy(117, 23)
pdf.cell(73, 5, "Région Autonome Vallée d'Aoste", align="R")
pdf.set_line_width(0.3)
pdf.line(23, 32, 190, 32)
pdf.set_text_color(0, 0, 0)

pdf.set_xy(23, 38)
pdf.set_font("Helvetica", "", 10)
pdf.cell(80, 5, "Prot. n. 6120")
pdf.cell(0, 5, "Quart, 14/10/2026", align="R")
pdf.ln(10)

pdf.set_x(110)
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(80, 5, "Ai Consiglieri comunali\nAux Conseillers communaux\n"
                      "Al Revisore dei conti\nAll'Albo pretorio on line\n\nLORO SEDI", align="L")
pdf.ln(6)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(38, 5.5, "OGGETTO / OBJET:")
pdf.multi_cell(0, 5.5, "Convocazione del Consiglio comunale in seduta ordinaria - giovedì "
                       "22 ottobre 2026, ore 20:30.", align="L")
pdf.ln(5)

pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(0, 5.6,
    "Ai sensi dell'art. 14 dello Statuto comunale e dell'art. 8 del Regolamento per il funzionamento "
    "del Consiglio comunale, la S.V. è invitata a partecipare alla seduta ordinaria del Consiglio "
    "comunale che si terrà, in prima convocazione, presso la sala consiliare del Municipio, il giorno "
    "giovedì 22 ottobre 2026 alle ore 20:30 e, occorrendo, in seconda convocazione il giorno venerdì "
    "23 ottobre 2026 alle ore 20:30, per la trattazione degli argomenti iscritti al seguente",
    align="J")
pdf.ln(4)

pdf.set_font("Helvetica", "B", 11.5)
pdf.set_char_spacing(1.6)
pdf.cell(0, 6, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "I", 9.5)
pdf.set_char_spacing(1.0)
pdf.cell(0, 5, "ORDRE DU JOUR", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.ln(3)

pdf.set_font("Helvetica", "", 10.5)
items = [
    "Lettura e approvazione dei verbali della seduta precedente.",
    "Comunicazioni del Sindaco.",
    "Ratifica della deliberazione della Giunta comunale n. 84 del 05/10/2026, avente ad oggetto "
    "\"Variazione d'urgenza al bilancio di previsione 2026/2028\".",
    "Approvazione del regolamento comunale per la gestione dei rifiuti urbani e assimilati.",
    "Approvazione della convenzione con i Comuni di Brissogne e Saint-Marcel per la gestione "
    "associata del servizio di polizia locale. Esame e approvazione.",
    "Interpellanze e mozioni presentate dai consiglieri.",
]
for i, it in enumerate(items, 1):
    pdf.set_x(26)
    pdf.cell(8, 5.6, "%d." % i)
    pdf.multi_cell(0, 5.6, it, align="J")
    pdf.ln(1.2)
pdf.ln(3)
pdf.multi_cell(0, 5.6,
    "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso "
    "l'Ufficio di segreteria, a disposizione dei consiglieri, negli orari di apertura al pubblico, a "
    "partire dal terzo giorno antecedente la seduta. La seduta è pubblica e sarà trasmessa in diretta "
    "sul sito istituzionale del Comune.", align="J")
pdf.ln(4)
pdf.set_font("Helvetica", "I", 9.5)
pdf.multi_cell(0, 5,
    "Les documents concernant les points inscrits à l'ordre du jour peuvent être consultés au "
    "secrétariat de la Commune aux heures d'ouverture au public.", align="J")
pdf.ln(12)

pdf.set_x(115)
pdf.set_font("Helvetica", "B", 10.5)
pdf.set_char_spacing(0.8)
pdf.cell(70, 5, "IL SINDACO", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_char_spacing(0)
pdf.set_font("Helvetica", "I", 9.5)
pdf.cell(70, 5, "LE SYNDIC", align="C", new_x="LEFT", new_y="NEXT")
pdf.ln(3)
pdf.set_x(115)
pdf.set_font("Helvetica", "", 10.5)
pdf.cell(70, 5, "Stefano Perrin", align="C", new_x="LEFT", new_y="NEXT")
pdf.set_font("Helvetica", "I", 8)
pdf.cell(70, 5, "(firmato digitalmente)", align="C")
pdf.output(OUT)
