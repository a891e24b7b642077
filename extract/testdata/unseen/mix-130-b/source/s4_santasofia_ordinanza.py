#!/usr/bin/env python3
"""Santa Sofia (FC), "ADS"-like house style: an ordinanza of the Commissario
straordinario exercising the Sindaco's powers. fpdf2 with an embedded
Liberation Sans subset, justified text, letter-spaced heading (Tc),
running foot with the number."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-santasofia-ads.pdf"
FD = "/usr/share/fonts/truetype/liberation2/"


class Doc(FPDF):
    def header(self):
        self.set_font("LS", "I", 7.5)
        self.set_xy(18, 8)
        self.cell(0, 4, "Comune di Santa Sofia - Ordinanza n. 18 del 22/06/2028")
        self.set_fill_color(212, 212, 212)
        self.rect(18, 16, 174, 22, style="F")
        self.set_xy(24, 20)
        self.set_font("LS", "B", 16)
        self.cell(120, 7, "COMUNE DI SANTA SOFIA")
        self.set_font("LS", "B", 9)
        self.set_xy(150, 20)
        self.cell(36, 7, "COPIA", align="R")
        self.set_xy(24, 29)
        self.set_font("LS", "", 9)
        self.cell(120, 5, "Provincia di Forlì-Cesena")
        self.set_y(46)

    def footer(self):
        self.set_y(-20)
        self.line(18, self.get_y(), 192, self.get_y())
        self.set_font("LS", "", 8)
        self.cell(0, 7, f"Pagina {self.page_no()} di {{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_margins(18, 46, 18)
pdf.set_auto_page_break(True, 26)
pdf.add_font("LS", "", FD + "LiberationSans-Regular.ttf")
pdf.add_font("LS", "B", FD + "LiberationSans-Bold.ttf")
pdf.add_font("LS", "I", FD + "LiberationSans-Italic.ttf")
pdf.set_creator("ADS Atti Amministrativi")
pdf.set_title("Ordinanza 18/2028")
pdf.add_page()


def centre(t, size=11.5, style="B", cs=0.0, h=6):
    pdf.set_font("LS", style, size)
    pdf.set_char_spacing(cs)
    pdf.cell(0, h, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)


def par(t, size=10.3, h=5.0, after=1.6):
    pdf.set_font("LS", "", size)
    pdf.multi_cell(0, h, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


centre("ORDINANZA DEL COMMISSARIO STRAORDINARIO", 12.5, cs=1.1, h=7)
centre("(nell'esercizio delle attribuzioni del Sindaco)", 10.3, style="I", h=5)
centre("N. 18 del 22/06/2028", 12, h=8)
pdf.ln(3)
# OGGETTO box
y0 = pdf.get_y()
pdf.set_font("LS", "B", 10)
pdf.set_xy(20, y0 + 2)
pdf.cell(22, 5.2, "OGGETTO:")
pdf.set_xy(44, y0 + 2)
pdf.multi_cell(146, 5.2, "DIVIETO TEMPORANEO DI BALNEAZIONE NEL TRATTO DEL FIUME BIDENTE COMPRESO TRA IL "
               "PONTE DI CORNIOLO E LA LOCALITA' ISOLA", align="L", new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y() + 2
pdf.rect(18, y0, 174, y1 - y0)
pdf.set_y(y1 + 5)

centre("IL COMMISSARIO STRAORDINARIO", 11.5, h=8)
par("**Vista** la nota dell'Azienda USL della Romagna - Dipartimento di Sanità Pubblica, U.O. Igiene e Sanità "
    "Pubblica di Forlì, prot. n. 0168342 del 20/06/2028, con la quale si comunica che i campionamenti "
    "effettuati il 19/06/2028 nel tratto del fiume Bidente compreso tra il ponte di Corniolo e la località "
    "Isola hanno evidenziato valori di Escherichia coli ed enterococchi intestinali superiori ai limiti "
    "previsti dal D.Lgs. 30 maggio 2008, n. 116, e si propone l'adozione di un provvedimento di divieto "
    "temporaneo di balneazione;")
par("**Considerato** che il tratto indicato è abitualmente frequentato da bagnanti nel periodo estivo e che "
    "occorre tutelare la salute pubblica fino al ripristino delle condizioni di idoneità delle acque;")
par("**Visti** il D.Lgs. n. 116/2008 e il D.M. 30 marzo 2010; l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, "
    "n. 267; il decreto del Presidente della Repubblica del 18 aprile 2028, con il quale il sottoscritto è "
    "stato nominato Commissario Straordinario per la provvisoria gestione del Comune, con i poteri spettanti "
    "al Consiglio Comunale, alla Giunta Comunale e al Sindaco;")
centre("ORDINA", 11.5, h=9)
pts = [
    "il divieto temporaneo di balneazione nel tratto del fiume Bidente compreso tra il ponte di Corniolo e la "
    "località Isola, con decorrenza immediata e fino alla revoca della presente ordinanza;",
    "l'apposizione, a cura dell'Area Tecnica, della segnaletica di divieto nei punti di accesso al fiume, "
    "conforme al modello di cui al D.M. 30 marzo 2010;",
    "la revoca del divieto con successivo provvedimento, all'esito favorevole dei nuovi campionamenti "
    "eseguiti dall'Azienda USL della Romagna.",
]
for i, t in enumerate(pts, 1):
    y = pdf.get_y()
    pdf.set_font("LS", "", 10.3)
    pdf.cell(7, 5, f"{i}.")
    pdf.set_xy(25, y)
    pdf.multi_cell(0, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
centre("AVVERTE", 11.5, h=9)
par("che i trasgressori saranno puniti con la sanzione amministrativa pecuniaria prevista dall'art. 7-bis "
    "del D.Lgs. n. 267/2000, salvo che il fatto costituisca reato, e che contro la presente ordinanza è "
    "ammesso ricorso al T.A.R. Emilia-Romagna entro 60 giorni o, in alternativa, ricorso straordinario al "
    "Presidente della Repubblica entro 120 giorni dalla pubblicazione.")
centre("DISPONE", 11.5, h=9)
par("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e sul sito istituzionale del Comune, "
    "e trasmessa alla Prefettura di Forlì-Cesena, all'Azienda USL della Romagna, alla Stazione Carabinieri "
    "di Santa Sofia e al Corpo di Polizia Locale dell'Unione dei Comuni della Romagna forlivese.")
pdf.ln(3)
pdf.set_font("LS", "", 10.3)
pdf.cell(0, 5, "Santa Sofia, 22/06/2028", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
for t, st in [("IL COMMISSARIO STRAORDINARIO", "B"), ("F.to dott. Gianluca Serafini", "")]:
    pdf.set_x(105)
    pdf.set_font("LS", st, 10.3)
    pdf.cell(87, 5.5, t, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("LS", "I", 8.5)
pdf.multi_cell(0, 4.2, "Copia conforme all'originale firmato digitalmente, per uso amministrativo. "
               "Pubblicata all'Albo Pretorio on line dal 22/06/2028 per 15 giorni consecutivi (n. 633 del registro).",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
