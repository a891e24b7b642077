#!/usr/bin/env python3
"""Comune di Noceto - traffic ordinanza of the Polizia Locale in the Civilia
Next house style, printed by the package's PHP-like report with fpdf2 and the
core Helvetica font: justified paragraphs (word spacing Tw), a running foot
with the number and "Pag. x di y"."""
import sys, os, tempfile
from fpdf import FPDF
from PIL import Image, ImageDraw

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-noceto-civilianext.pdf"

tmp = tempfile.mkdtemp()
crest = os.path.join(tmp, "stemma.png")
im = Image.new("RGB", (180, 230), "white")
d = ImageDraw.Draw(im)
d.polygon([(0, 0), (180, 0), (180, 140), (140, 200), (90, 229), (40, 200), (0, 140)], fill=(20, 110, 60))
d.ellipse([55, 50, 125, 120], fill=(240, 200, 40))
d.rectangle([84, 110, 96, 185], fill=(110, 70, 30))
im.save(crest)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.image(crest, 20, 12, 15)
            self.set_xy(40, 13)
            self.set_font("Helvetica", "B", 16)
            self.cell(110, 7, "COMUNE DI NOCETO", align="C")
            self.set_xy(40, 20)
            self.set_font("Helvetica", "", 10)
            self.cell(110, 5, "Provincia di Parma", align="C")
            self.set_xy(40, 25)
            self.set_font("Helvetica", "", 7.5)
            self.cell(110, 4, "Piazzale Adami, 1 \u2013 43015 Noceto (PR) \u2013 www.comune.noceto.pr.it", align="C")
            self.set_xy(150, 13)
            self.set_font("Helvetica", "B", 9)
            self.cell(40, 5, "ORIGINALE", align="R")
            self.set_xy(150, 18)
            self.set_font("Helvetica", "", 7)
            self.cell(40, 4, "Codice Ente 034025", align="R")
            self.set_y(38)
        else:
            self.set_font("Helvetica", "I", 8)
            self.set_xy(20, 10)
            self.cell(170, 5, "Comune di Noceto \u2013 Servizio Polizia Locale")
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(0)
        self.line(20, self.get_y() - 1, 190, self.get_y() - 1)
        self.set_font("Helvetica", "", 7.5)
        self.cell(120, 4, "Ordinanza n. 87 del 10/08/2028")
        self.cell(50, 4, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 22)
pdf.set_creator("Civilia Next \u2013 Ordinanze")
pdf.set_producer("PyFPDF/fpdf" + __import__("fpdf").__version__)
pdf.set_title("Ordinanza n. 87 del 10/08/2028")
pdf.add_page()

pdf.set_font("Helvetica", "B", 13)
pdf.cell(170, 7, "ORDINANZA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.cell(170, 5, "SERVIZIO POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
# grid of labels over values
pdf.set_fill_color(230, 230, 230)
pdf.set_font("Helvetica", "B", 7.5)
for w, t in ((45, "REGISTRO ORDINANZE"), (45, "DATA"), (80, "MATERIA")):
    pdf.cell(w, 5, t, border=1, fill=True)
pdf.ln()
pdf.set_font("Helvetica", "B", 10.5)
for w, t in ((45, "N. 87"), (45, "10/08/2028"), (80, "Circolazione stradale")):
    pdf.cell(w, 7, t, border=1)
pdf.ln(10)
y0 = pdf.get_y()
pdf.set_font("Helvetica", "B", 10.5)
pdf.cell(24, 6, "OGGETTO:")
pdf.multi_cell(146, 5.5, "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE STRADALE IN PIAZZALE ADAMI, VIA ROMA E "
               "VIA GARIBALDI IN OCCASIONE DELLA MANIFESTAZIONE \u00abFERRAGOSTO NOCETANO\u00bb DEL 14 E 15 "
               "AGOSTO 2028", align="L")
pdf.rect(20, y0 - 1.5, 170, pdf.get_y() - y0 + 3)
pdf.ln(6)

pdf.set_font("Helvetica", "B", 11)
pdf.cell(170, 6, "IL COMANDANTE DELLA POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)


def P(t, size=10.5, after=2.0, style=""):
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(170, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


P("Vista la richiesta presentata dall\u2019Associazione Pro Loco di Noceto, acquisita al protocollo n. 14210 del "
  "28/07/2028, volta ad ottenere la chiusura al traffico delle vie del centro per lo svolgimento della "
  "manifestazione \u00abFerragosto Nocetano\u00bb, con spettacoli, mercatino e stand gastronomici;")
P("Vista la deliberazione della Giunta Comunale n. 104 del 26/07/2028, con la quale è stato concesso il "
  "patrocinio dell\u2019Amministrazione all\u2019iniziativa;")
P("Considerato che, per garantire la sicurezza dei partecipanti e lo svolgimento ordinato della "
  "manifestazione, occorre interdire la circolazione e la sosta dei veicoli nelle aree interessate e "
  "predisporre percorsi alternativi;")
P("Visti gli artt. 5, comma 3, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) e il "
  "relativo Regolamento di esecuzione, nonché l\u2019art. 107 del D.Lgs. 18 agosto 2000, n. 267;", after=3)

pdf.set_font("Helvetica", "B", 11)
pdf.cell(170, 6, "ORDINA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
P("dalle ore 16:00 del giorno 14/08/2028 alle ore 02:00 del giorno 16/08/2028:", after=1.5)
for t in [
    "l\u2019istituzione del divieto di transito per tutti i veicoli in Piazzale Adami, in Via Roma e in Via "
    "Garibaldi, eccettuati i veicoli di soccorso, di polizia e quelli al servizio dell\u2019organizzazione;",
    "l\u2019istituzione del divieto di sosta con rimozione forzata in Piazzale Adami e nei parcheggi di Via "
    "Garibaldi;",
    "l\u2019istituzione del doppio senso di circolazione nel tratto di Via Matteotti compreso tra Via Roma e "
    "Via Pezzani, per consentire la deviazione del traffico;",
    "la deviazione delle linee del trasporto pubblico extraurbano lungo il percorso alternativo concordato "
    "con il gestore del servizio.",
]:
    pdf.set_font("Helvetica", "", 10.5)
    y = pdf.get_y()
    pdf.set_x(22)
    pdf.cell(5, 5.2, "\u2013")
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.2, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(2)
pdf.set_font("Helvetica", "B", 11)
pdf.cell(170, 6, "DISPONE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
P("che l\u2019Associazione Pro Loco di Noceto provveda all\u2019installazione della segnaletica stradale "
  "prescritta almeno 48 ore prima dell\u2019entrata in vigore dei divieti e alla sua rimozione al termine "
  "della manifestazione, e che la presente ordinanza sia resa nota mediante pubblicazione all\u2019Albo "
  "Pretorio on line e l\u2019apposizione della prescritta segnaletica.")
P("Gli organi di polizia stradale di cui all\u2019art. 12 del D.Lgs. n. 285/1992 sono incaricati di far "
  "rispettare la presente ordinanza.")
P("Avverso il presente provvedimento è ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti ai "
  "sensi dell\u2019art. 37, comma 3, del D.Lgs. n. 285/1992, entro 60 giorni, oppure ricorso al Tribunale "
  "Amministrativo Regionale dell\u2019Emilia-Romagna \u2013 Sezione di Parma entro 60 giorni dalla "
  "pubblicazione.", size=9.5, after=6)

pdf.set_font("Helvetica", "", 10.5)
pdf.cell(80, 5, "Noceto, 10/08/2028")
pdf.ln(8)
pdf.set_x(105)
pdf.set_font("Helvetica", "B", 10.5)
pdf.multi_cell(85, 5, "IL COMANDANTE DELLA POLIZIA LOCALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.set_font("Helvetica", "", 10.5)
pdf.multi_cell(85, 5, "Commissario Capo Marco Pelosi", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.set_font("Helvetica", "I", 8)
pdf.multi_cell(85, 4, "(sottoscritto digitalmente)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
