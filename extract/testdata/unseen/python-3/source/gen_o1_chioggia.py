"""O1: ordinanza sindacale, Chioggia. fpdf2 with DejaVu Sans Condensed embedded.
Imitates a word-processor printout: title 'ORDINANZA SINDACALE', then the number
at the left and the place and date (month in words, 'lì') at the right of one
line, spaced I L  S I N D A C O and O R D I N A, bulleted orders, DISPONE and
AVVERTE in prose, running footer with page numbers."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from common import FONTDIR

OUT = "ordinanza-chioggia-balneazione.pdf"


class Doc(FPDF):
    def header(self):
        self.set_font("dc", "", 7.5)
        self.set_text_color(110)
        self.cell(0, 4, "Città di Chioggia - Città Metropolitana di Venezia", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0)
        self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("dc", "", 7.5)
        self.cell(0, 5, "Ordinanza sindacale n. 118/2025", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"pag. {self.page_no()} di {{nb}}", align="R")


pdf = Doc(format="A4")
pdf.set_margins(22, 12, 22)
pdf.set_auto_page_break(True, 20)
pdf.add_font("dc", "", FONTDIR + "DejaVuSansCondensed.ttf")
pdf.add_font("dc", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
pdf.add_font("dc", "I", FONTDIR + "DejaVuSansCondensed-Oblique.ttf")
pdf.add_page()
pdf.set_font("dc", "B", 17)
pdf.cell(0, 9, "CITTÀ DI CHIOGGIA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("dc", "", 9)
pdf.cell(0, 5, "Settore Ambiente, Demanio e Protezione Civile", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(7)
pdf.set_font("dc", "B", 14)
pdf.cell(0, 8, "ORDINANZA SINDACALE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
pdf.set_font("dc", "B", 10.5)
pdf.cell(80, 6, "N. 118/2025")
pdf.set_font("dc", "", 10.5)
pdf.cell(0, 6, "Chioggia, lì 22 luglio 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_font("dc", "B", 10.5)
pdf.cell(22, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, "Divieto temporaneo di balneazione nel tratto di arenile di Sottomarina compreso tra i "
               "pennelli n. 7 e n. 9, a seguito di esiti sfavorevoli delle analisi ARPAV.",
               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)


def para(t, style="", size=10.5, align="J", after=2, indent=0):
    pdf.set_font("dc", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, 5.4, t, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


para("I L   S I N D A C O", "B", 11.5, "C", 4)
for t in [
    "VISTA la nota dell'ARPAV - Dipartimento Provinciale di Venezia, acquisita al protocollo generale n. "
    "41877 del 21/07/2025, con la quale si comunica che il campione di acqua di mare prelevato in data "
    "19/07/2025 presso il punto di campionamento \"Sottomarina - Diga\" (codice IT005027008004) ha fatto "
    "registrare valori di Enterococchi intestinali ed Escherichia coli superiori ai limiti fissati dal "
    "D.M. 30 marzo 2010;",
    "VISTO il D.Lgs. 30 maggio 2008, n. 116, di recepimento della direttiva 2006/7/CE relativa alla "
    "gestione della qualità delle acque di balneazione, e in particolare l'art. 5, che attribuisce ai "
    "Comuni l'adozione dei provvedimenti di divieto temporaneo di balneazione;",
    "RITENUTO necessario, a tutela della salute pubblica, disporre con immediatezza il divieto di "
    "balneazione nell'area interessata fino all'esito favorevole del successivo campionamento;",
    "VISTO l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267;",
]:
    para(t)
pdf.ln(2)
para("O R D I N A", "B", 11.5, "C", 4)
for t in [
    "il divieto temporaneo di balneazione, con decorrenza immediata, nel tratto di mare antistante "
    "l'arenile di Sottomarina compreso tra il pennello n. 7 e il pennello n. 9, per una fascia di 200 metri "
    "dalla battigia;",
    "ai concessionari degli stabilimenti balneari ricadenti nel tratto interessato di esporre, in modo "
    "ben visibile, copia della presente ordinanza e l'apposita segnaletica di divieto;",
    "ai bagnanti e a chiunque ne abbia titolo di osservare scrupolosamente il divieto, fino alla revoca "
    "del presente provvedimento, che sarà disposta a seguito di esito favorevole delle analisi.",
]:
    pdf.set_font("dc", "", 10.5)
    pdf.set_x(pdf.l_margin + 5)
    pdf.cell(5, 5.4, "\u2022")
    pdf.multi_cell(0, 5.4, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
pdf.ln(2)
para("DISPONE", "B", 11, "C", 3)
para("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale e "
     "trasmessa all'ARPAV, all'Azienda ULSS 3 Serenissima, alla Capitaneria di Porto di Chioggia, al Comando "
     "di Polizia Locale e alla Stazione dei Carabinieri, incaricati della vigilanza sulla sua osservanza.")
para("AVVERTE", "B", 11, "C", 3)
para("che i trasgressori saranno puniti con la sanzione amministrativa pecuniaria prevista dall'art. 7-bis "
     "del D.Lgs. 267/2000 e che avverso il presente provvedimento è ammesso ricorso al T.A.R. del Veneto "
     "entro 60 giorni o, in alternativa, ricorso straordinario al Presidente della Repubblica entro 120 "
     "giorni dalla pubblicazione.")
pdf.ln(8)
pdf.set_x(115)
pdf.set_font("dc", "B", 10.5)
pdf.cell(0, 5.5, "IL SINDACO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(115)
pdf.set_font("dc", "", 10.5)
pdf.cell(0, 5.5, "Avv. Giulia Tiozzo", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(115)
pdf.set_font("dc", "I", 7.5)
pdf.cell(0, 4.5, "firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.output(OUT)
print("wrote", OUT)
