#!/usr/bin/env python3
"""Comune di Serravalle di Chienti - Ordinanza del Sindaco n. 14 del 05-08-2027 (Halley house style).

fpdf2, core Times/Helvetica. Justified paragraphs (fpdf2 writes word spacing
with Tw); a publication stamp of the Albo drawn in a box rotated by 12 degrees
beside the signature; running foot with the number on every page.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-serravalledichienti-halley.pdf"

SUBJECT = ("ORDINANZA CONTINGIBILE E URGENTE DI LIMITAZIONE DELL'USO DELL'ACQUA POTABILE DELL'ACQUEDOTTO "
           "COMUNALE PER USI DIVERSI DA QUELLO DOMESTICO E IGIENICO-SANITARIO FINO AL 30-09-2027.")


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Times", "B", 17)
            self.cell(0, 8, "COMUNE DI SERRAVALLE DI CHIENTI", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Times", "", 11)
            self.cell(0, 5, "PROVINCIA DI MACERATA", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.3)
            self.line(20, self.get_y() + 1.5, 190, self.get_y() + 1.5)
            self.ln(7)
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 4, "COMUNE DI SERRAVALLE DI CHIENTI - ORDINANZA DEL SINDACO n. 14 del 05-08-2027",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y() + 0.5, 190, self.get_y() + 0.5)
            self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Ordinanza n. 14 del 05-08-2027", align="L")
        self.set_x(20)
        self.cell(0, 4, "Pag. %d" % self.page_no(), align="R")


pdf = Doc(format="A4", unit="mm")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.set_creator("Halley - Ordinanze")
pdf.set_title("Ordinanza del Sindaco n. 14/2027")
pdf.add_page()

pdf.set_font("Times", "B", 13)
pdf.cell(0, 7, "ORDINANZA DEL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 12)
pdf.cell(20, 6, "Numero ")
pdf.set_font("Times", "B", 12)
pdf.cell(40, 6, "14")
pdf.set_font("Times", "", 12)
pdf.cell(10, 6, "Del ")
pdf.set_font("Times", "B", 12)
pdf.cell(40, 6, "05-08-2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y0 = pdf.get_y()
pdf.set_font("Times", "B", 11)
pdf.cell(22, 5.6, "Oggetto:")
pdf.set_xy(42, y0)
pdf.multi_cell(148, 5.6, SUBJECT, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def center(t):
    pdf.set_font("Times", "B", 11.5)
    pdf.cell(0, 7, t, align="C", new_x="LMARGIN", new_y="NEXT")


def para(t, lead=None):
    pdf.set_font("Times", "", 11)
    if lead:
        t = "**%s** %s" % (lead, t)
    pdf.multi_cell(0, 5.6, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


center("IL SINDACO")
para("la nota prot. n. 3088 del 03-08-2027 con la quale il gestore del servizio idrico integrato ha comunicato "
     "che, a causa del perdurare delle alte temperature e della scarsità delle precipitazioni, la portata delle "
     "sorgenti che alimentano l'acquedotto comunale si è ridotta in misura tale da non garantire la regolare "
     "erogazione nelle frazioni di Gelagna Alta, Gelagna Bassa, Dignano e Taverne;", "VISTA")
para("che l'uso dell'acqua potabile per l'irrigazione di orti e giardini, il lavaggio di veicoli e piazzali e "
     "il riempimento di piscine e vasche aggrava la carenza idrica, con pregiudizio per l'approvvigionamento "
     "delle utenze domestiche e per l'igiene pubblica;", "CONSIDERATO")
para("la necessità e l'urgenza di adottare misure di contenimento dei consumi a tutela della salute pubblica;",
     "RAVVISATA")
para("gli articoli 50, comma 5, e 54 del D.Lgs. 18 agosto 2000, n. 267, e l'art. 98 del D.Lgs. 3 aprile "
     "2006, n. 152;", "VISTI")
center("ORDINA")
items = [
    "a tutti gli utenti dell'acquedotto comunale, con decorrenza immediata e fino al 30-09-2027, il divieto "
    "di utilizzo dell'acqua potabile per usi diversi da quello domestico e igienico-sanitario e, in "
    "particolare, per l'irrigazione di orti, giardini e prati, per il lavaggio di autoveicoli, cortili e "
    "piazzali e per il riempimento di piscine, vasche e fontane ornamentali;",
    "agli esercenti di attività agricole e zootecniche allacciati alla rete di limitare il prelievo ai "
    "quantitativi strettamente necessari all'abbeveraggio del bestiame;",
    "al gestore del servizio idrico integrato di intensificare i controlli sulla rete e di segnalare "
    "tempestivamente al Comune ogni variazione della portata delle sorgenti.",
]
for i, t in enumerate(items, 1):
    pdf.set_font("Times", "", 11)
    y = pdf.get_y()
    pdf.cell(8, 5.6, "%d)" % i)
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
center("AVVERTE")
para("che, salvo che il fatto costituisca reato, i trasgressori sono puniti con la sanzione amministrativa "
     "pecuniaria da euro 25,00 a euro 500,00, ai sensi dell'art. 7-bis del D.Lgs. n. 267/2000, e che la "
     "Polizia Locale e le Forze dell'Ordine sono incaricate della vigilanza sull'osservanza della presente "
     "ordinanza.")
center("DISPONE")
para("che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line e sul sito "
     "istituzionale e affissione nelle frazioni interessate, e che sia trasmessa alla Prefettura di Macerata, "
     "alla Stazione dei Carabinieri di Muccia e al gestore del servizio idrico integrato. Contro la presente "
     "ordinanza è ammesso ricorso al T.A.R. Marche entro 60 giorni o ricorso straordinario al Presidente "
     "della Repubblica entro 120 giorni dalla pubblicazione.")
pdf.ln(4)
pdf.set_font("Times", "", 11)
pdf.cell(0, 5.6, "Dalla Residenza Municipale, li 05-08-2027", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
ys = pdf.get_y()
if ys > 250:
    pdf.add_page(); ys = pdf.get_y()
pdf.set_xy(110, ys)
pdf.cell(80, 5.6, "Il Sindaco", align="C", new_x="LEFT", new_y="NEXT")
pdf.cell(80, 5.6, "F.to CRUCIANI GIANLUCA", align="C", new_x="LEFT", new_y="NEXT")

# rotated publication stamp, left of the signature
sx, sy = 30, ys + 5
with pdf.rotation(12, x=sx + 32, y=sy + 11):
    pdf.set_draw_color(30, 60, 160)
    pdf.set_text_color(30, 60, 160)
    pdf.set_line_width(0.6)
    pdf.rect(sx, sy, 64, 22)
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.set_xy(sx, sy + 1.5); pdf.cell(64, 4, "COMUNE DI SERRAVALLE DI CHIENTI", align="C")
    pdf.set_xy(sx, sy + 5.5); pdf.cell(64, 4, "ALBO PRETORIO ON LINE", align="C")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.set_xy(sx, sy + 10); pdf.cell(64, 4, "Pubblicata dal 05-08-2027 al 20-08-2027", align="C")
    pdf.set_xy(sx, sy + 14.5); pdf.cell(64, 4, "Reg. Pubbl. n. 412", align="C")
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(0, 0, 0)
pdf.output(OUT)
