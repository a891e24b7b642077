#!/usr/bin/env python3
"""Comune di Galbiate - convocazione del Consiglio Comunale, house style
"ApKappa" (the package's letter model). fpdf2 with core fonts: justified
paragraphs set with word spacing (Tw), a numbered order of the day, a
running foot carrying the protocol number."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "convocazione-galbiate-apkappa.pdf"


class Letter(FPDF):
    def header(self):
        # shield
        self.set_draw_color(20, 70, 40)
        self.set_fill_color(232, 240, 232)
        self.set_line_width(0.55)
        self.polygon([(20, 14), (35, 14), (35, 25), (27.5, 32), (20, 25)], style="DF")
        self.set_text_color(20, 70, 40)
        self.set_font("Helvetica", "B", 18)
        self.text(40, 21, "COMUNE DI GALBIATE")
        self.set_text_color(0, 0, 0)
        self.set_font("Helvetica", "", 10.5)
        self.text(40, 26.5, "Provincia di Lecco")
        self.set_font("Helvetica", "", 7.5)
        self.text(40, 31, "Piazza Martiri della Liberazione, 7 - 23851 Galbiate (LC) - tel. 0341 241 411 - "
                          "comune.galbiate@pec.regione.lombardia.it")
        self.set_draw_color(20, 70, 40)
        self.set_line_width(0.45)
        self.line(20, 35, 190, 35)
        self.set_y(42)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", "", 7)
        self.cell(120, 5, "ApKappa - Protocollo informatico - Prot. n. 15874 del 13/10/2028 - Class. 2.3")
        self.cell(50, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Letter(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_title("Convocazione del Consiglio Comunale - seduta del 26/10/2028")
pdf.set_author("Comune di Galbiate - Ufficio Segreteria")
pdf.set_creator("ApKappa Protocollo")
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("Helvetica", "", 10)
y = pdf.get_y()
pdf.multi_cell(80, 5, "Prot. n. 15874\nCategoria 2 - Classe 3", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(110, y)
pdf.multi_cell(80, 5, "Galbiate, 13/10/2028", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_x(110)
pdf.multi_cell(80, 5, "Ai Signori Consiglieri Comunali\nLORO SEDI\n\ne, p.c.\nAl Revisore dei Conti\n"
               "Alla Prefettura - U.T.G. di Lecco\nAl Comando Stazione Carabinieri di Galbiate",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(148, 5.5, "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 26 ottobre 2028.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(170, 5.5,
               "Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, e degli artt. 12 e 13 del vigente "
               "Regolamento per il funzionamento del Consiglio Comunale, la S.V. è invitata a partecipare alla "
               "seduta del Consiglio Comunale, in sessione ordinaria e in prima convocazione, che si terrà presso "
               "la Sala Consiliare del Palazzo Municipale il giorno",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 7, "GIOVEDÌ 26 OTTOBRE 2028 ALLE ORE 20:45", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(170, 5.5,
               "per la trattazione degli argomenti iscritti al seguente ordine del giorno. In mancanza del numero "
               "legale, la seduta di seconda convocazione si terrà il giorno venerdì 27 ottobre 2028 alle ore "
               "20:45, nello stesso luogo.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(0, 6, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("Helvetica", "", 10.5)
odg = [
    "Lettura e approvazione dei verbali della seduta del 10 ottobre 2028.",
    "Comunicazioni del Sindaco.",
    "Approvazione del Documento Unico di Programmazione (DUP) 2029/2031 - nota di aggiornamento.",
    "Variazione al bilancio di previsione finanziario 2028/2030 e verifica del permanere degli "
    "equilibri di bilancio.",
    "Approvazione del regolamento comunale per la concessione in uso delle sale e delle palestre "
    "comunali.",
    "Interrogazione del gruppo consiliare \"Galbiate Futura\" in merito alla viabilità di via "
    "Unione e di via Bergamo.",
]
for i, t in enumerate(odg, 1):
    pdf.set_x(24)
    pdf.cell(8, 5.5, "%d." % i)
    pdf.multi_cell(158, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)
pdf.ln(2)
pdf.multi_cell(170, 5.5,
               "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso "
               "l'Ufficio Segreteria ed è consultabile dai Consiglieri, negli orari di apertura degli uffici, a "
               "partire dal terzo giorno precedente la seduta. La seduta sarà trasmessa in diretta streaming sul "
               "sito istituzionale del Comune.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(170, 5.5, "Distinti saluti.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_x(110)
pdf.set_font("Helvetica", "B", 10.5)
pdf.multi_cell(80, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(80, 5.5, "Elena Bonfanti", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("Helvetica", "I", 7.5)
pdf.multi_cell(80, 4, "(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
