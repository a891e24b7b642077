#!/usr/bin/env python3
"""Besana in Brianza, Giunta Comunale n. 9 del 17/01/2029: fpdf2, roll as a
table without header row whose role column wraps.
Usage: gc09_besana_fpdf.py OUT.pdf CRESTDIR"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.enums import Align, TableCellFillMode, VAlign
from fpdf.fonts import FontFace

out, crestdir = sys.argv[1], sys.argv[2]
LIB = "/usr/share/fonts/truetype/liberation/"
FOOT = "Deliberazione di Giunta Comunale n. 9 del 17/01/2029"


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.image(os.path.join(crestdir, "crest_besana.png"), x=20, y=14, w=15, h=18)
            self.set_xy(40, 16)
            self.set_font("LS", "B", 15)
            self.cell(0, 7, "COMUNE DI BESANA IN BRIANZA")
            self.set_xy(40, 23)
            self.set_font("LS", "", 9.5)
            self.cell(0, 5, "Provincia di Monza e della Brianza")
            self.set_xy(166, 17)
            self.set_font("LS", "B", 9)
            self.cell(26, 6, "ORIGINALE", border=1, align="C")
            self.set_line_width(0.42)
            self.line(20, 35, 193, 35)
            self.set_line_width(0.2)
            self.set_y(39)
        else:
            self.set_y(16)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.set_text_color(70)
        self.cell(120, 4, FOOT)
        self.cell(0, 4, "Pag. %d di {nb}" % self.page_no(), align="R")
        self.set_text_color(0)


pdf = Doc(format="A4")
pdf.add_font("LS", "", LIB + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", LIB + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", LIB + "LiberationSans-Italic.ttf")
pdf.add_font("LS", "BI", LIB + "LiberationSans-BoldItalic.ttf")
pdf.set_margins(20, 16, 17)
pdf.set_auto_page_break(True, 20)
pdf.set_title(FOOT)
pdf.set_author("Comune di Besana in Brianza")
pdf.set_creator("Sicraweb - Atti amministrativi")
pdf.set_creation_date(datetime.datetime(2029, 1, 19, 9, 42, 11, tzinfo=datetime.timezone.utc))
pdf.add_page()

# title box
y = pdf.get_y()
pdf.set_font("LS", "B", 11)
pdf.rect(20, y, 118, 13)
pdf.rect(138, y, 55, 13)
pdf.set_xy(22, y + 4)
pdf.cell(114, 5, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
pdf.set_font("LS", "", 10)
pdf.set_xy(140, y + 1.5)
pdf.write(5, "N. ")
pdf.set_font("LS", "B", 10); pdf.write(5, "9")
pdf.set_xy(140, y + 6.5)
pdf.set_font("LS", "", 10); pdf.write(5, "del ")
pdf.set_font("LS", "B", 10); pdf.write(5, "17/01/2029")
pdf.set_xy(20, y + 14.5)
pdf.set_font("LS", "I", 9)
pdf.cell(0, 5, "Seduta ordinaria", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "B", 10)
pdf.cell(24, 5.2, "OGGETTO:")
pdf.multi_cell(0, 5.2, "APPROVAZIONE DEL PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2029-2031",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)


def par(text, h=5.1, style="", after=1.8, align="J"):
    pdf.set_font("LS", style, 10)
    pdf.multi_cell(0, h, text, align=align, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


par("L'anno **duemilaventinove**, addì **diciassette** del mese di **gennaio**, alle ore **18:30**, nella sala "
    "delle adunanze della Sede Comunale, previa l'osservanza di tutte le formalità prescritte dalla vigente "
    "normativa, vennero oggi convocati a seduta i componenti la Giunta Comunale.")
par("All'appello risultano:")

rows = [("FUMAGALLI ROBERTA", "Sindaco", "Presente"),
        ("MARIANI GIORGIO", "Vice Sindaco – Assessore al Bilancio, Programmazione Finanziaria e Personale",
         "Presente"),
        ("NOVA CRISTINA", "Assessore ai Servizi Sociali, Politiche Familiari e Pari Opportunità", "Presente"),
        ("MAURI PAOLO", "Assessore al Territorio, Urbanistica ed Edilizia Privata", "Presente"),
        ("LISSONI ANNA", "Assessore all'Istruzione, Cultura e Biblioteca", "Assente"),
        ("CRIPPA DARIO", "Assessore ai Lavori Pubblici, Ambiente e Mobilità", "Presente")]
pdf.set_font("LS", "", 9.5)
pdf.set_x(26)
with pdf.table(width=156, col_widths=(52, 72, 32), first_row_as_headings=False, line_height=4.8,
               borders_layout="HORIZONTAL_LINES", v_align=VAlign.T, align="L",
               padding=(1.2, 2, 1.2, 2), text_align="LEFT") as table:
    for n, r_, p_ in rows:
        row = table.row()
        row.cell(n)
        row.cell(r_)
        row.cell(p_, align=Align.C)
pdf.ln(2)
pdf.set_x(26)
pdf.set_font("LS", "B", 9.5)
pdf.cell(60, 5, "Presenti n. 5")
pdf.cell(60, 5, "Assenti n. 1", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
par("Partecipa il Dott. Marco Longoni, Segretario Generale reggente a scavalco, il quale provvede alla redazione "
    "del presente verbale.")
par("Essendo legale il numero degli intervenuti, la Dott.ssa Roberta Fumagalli, nella sua qualità di Sindaco, "
    "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
pdf.ln(1)
par("LA GIUNTA COMUNALE", style="B", align="C", after=2.5)
for t in [
    "__Vista__ la proposta di deliberazione n. 14 del 12/01/2029, predisposta dal Servizio Personale e "
    "Organizzazione;",
    "__Visto__ l'art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, n. 113, "
    "che ha introdotto il Piano Integrato di Attività e Organizzazione (PIAO);",
    "__Visti__ il D.P.R. 24 giugno 2022, n. 81, e il D.M. 30 giugno 2022, n. 132, recante il Piano tipo;",
    "__Richiamate__ la deliberazione del Consiglio Comunale n. 58 del 19/12/2028, di approvazione del Documento "
    "Unico di Programmazione 2029-2031 e del bilancio di previsione 2029-2031, e la deliberazione della Giunta "
    "Comunale n. 2 del 05/01/2029, di approvazione del Piano Esecutivo di Gestione 2029-2031;",
    "__Dato atto__ che lo schema di PIAO è stato trasmesso alle organizzazioni sindacali e alla R.S.U. in data "
    "08/01/2029 e che il Nucleo di Valutazione si è espresso favorevolmente con verbale n. 1 del 13/01/2029;",
    "__Acquisito__ il parere favorevole in ordine alla regolarità tecnica, espresso ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000, e dato atto che il presente provvedimento non comporta riflessi diretti o indiretti sulla "
    "situazione economico-finanziaria o sul patrimonio dell'Ente;",
    "Con voti unanimi favorevoli espressi nelle forme di legge;",
]:
    par(t)
par("DELIBERA", style="B", align="C", after=2.5)
pts = [
    "di approvare il Piano Integrato di Attività e Organizzazione (PIAO) 2029-2031 del Comune di Besana in Brianza, "
    "nel testo allegato alla presente quale parte integrante e sostanziale;",
    "di dare atto che il PIAO comprende, nelle rispettive sezioni, il Piano della performance, il Piano triennale "
    "di prevenzione della corruzione e della trasparenza, il Piano organizzativo del lavoro agile e il Piano "
    "triennale dei fabbisogni di personale;",
    "di disporre la pubblicazione del PIAO sul sito istituzionale, nella sezione \"Amministrazione Trasparente\", "
    "e il suo invio al Dipartimento della Funzione Pubblica mediante l'apposito portale entro trenta giorni;",
    "di trasmettere copia del presente atto ai Responsabili di Area e al Nucleo di Valutazione.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("LS", "", 10)
    pdf.cell(7, 5.1, "%d)" % i)
    pdf.multi_cell(0, 5.1, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(1)
par("Inoltre, con separata e unanime votazione favorevole, espressa in forma palese, la Giunta Comunale")
par("DELIBERA", style="B", align="C", after=2.5)
par("di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
    "D.Lgs. 18 agosto 2000, n. 267, stante la scadenza del 31 gennaio fissata per l'adozione del Piano.")
pdf.ln(2)
pdf.set_font("LS", "B", 8.5)
pdf.cell(0, 4.5, "PARERE AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("LS", "", 8.5)
pdf.multi_cell(0, 4.3, "Regolarità tecnica: FAVOREVOLE – 12/01/2029 – Il Responsabile dell'Area Affari Generali e "
                       "Servizi al Cittadino, Dott. Stefano Arosio", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("LS", "", 10)
pdf.cell(0, 5, "Letto, approvato e sottoscritto.", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.cell(86, 5, "IL SINDACO", align="C")
pdf.cell(86, 5, "IL SEGRETARIO GENERALE REGGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(86, 5, "Dott.ssa Roberta Fumagalli", align="C")
pdf.cell(86, 5, "Dott. Marco Longoni", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("LS", "I", 7.5)
pdf.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.", align="C")
pdf.output(out)
