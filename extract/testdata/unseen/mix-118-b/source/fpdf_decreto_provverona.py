#!/usr/bin/env python3
"""Provincia di Verona - Ascot Web-like decreto del Presidente (fpdf2).

The house style names no organ in the heading: the letterhead, "DECRETO N. ..
DEL ..", the subject, and the organ only in the signature block at the end.
A running head carries the number and "pagina X di Y" on every page; the
text is justified by fpdf2 (align="J") in an embedded TrueType font.
Usage: fpdf_decreto_provverona.py OUTDIR
"""
import os
import sys

from fpdf import FPDF

OUT = os.path.join(sys.argv[1], "decreto-provinciaverona-ascotweb.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"
NUM, DATA = "58", "10/06/2027"
SUBJECT = ("Approvazione del progetto di fattibilità tecnico-economica dei lavori di messa in "
           "sicurezza della S.P. 6 \u00abdei Lessini\u00bb tra il km 12+300 e il km 14+150. "
           "CUP J47H27000310003.")


class P(FPDF):
    def header(self):
        self.set_font("DV", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 9)
        self.cell(85, 4, "Provincia di Verona \u2013 Decreto n. %s del %s" % (NUM, DATA))
        self.cell(85, 4, "pagina %d di {nb}" % self.page_no(), align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 14, 190, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 6.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Provincia di Verona \u2013 Via Santa Maria Antica, 1 \u2013 37121 Verona \u2013 "
                  "C.F. 00654810233 \u2013 PEC: provincia.verona@cert.ip-veneto.net", align="C")
        self.set_text_color(0, 0, 0)


pdf = P(format="A4")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 20)
pdf.add_font("DV", "", FD + "DejaVuSerif.ttf")
pdf.add_font("DV", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.add_font("DV", "I", FD + "DejaVuSerif-Italic.ttf")
pdf.add_font("DS", "", FD + "DejaVuSans.ttf")
pdf.add_font("DS", "B", FD + "DejaVuSans-Bold.ttf")
pdf.set_title("Decreto del Presidente n. %s del %s" % (NUM, DATA))
pdf.set_author("Provincia di Verona")
pdf.set_creator("Ascot Web - Atti")
import fpdf as _f
pdf.set_producer("PyFPDF/fpdf%s" % _f.__version__)
pdf.alias_nb_pages()
pdf.add_page()

# letterhead
pdf.set_draw_color(0, 0, 0)
pdf.ellipse(99, 20, 12, 14)          # the crest's place
pdf.set_font("DS", "B", 6)
pdf.set_xy(99, 25)
pdf.cell(12, 4, "VR", align="C")
pdf.set_xy(20, 36)
pdf.set_font("DS", "B", 15)
pdf.cell(0, 7, "PROVINCIA DI VERONA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DS", "", 8)
pdf.cell(0, 4, "Palazzo Scaligero \u2013 Via Santa Maria Antica, 1 \u2013 37121 Verona", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("DS", "B", 12)
pdf.cell(0, 6, "DECRETO N. %s DEL %s" % (NUM, DATA), align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("DV", "B", 10.5)
pdf.cell(24, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, SUBJECT, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.set_font("DS", "B", 11)
pdf.cell(0, 6, "IL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DV", "", 10.5)
body = [
    "Vista la Legge 7 aprile 2014, n. 56, recante \u00abDisposizioni sulle citt\u00e0 metropolitane, sulle "
    "province, sulle unioni e fusioni di comuni\u00bb, e in particolare l'art. 1, comma 55, che "
    "attribuisce al Presidente della Provincia la rappresentanza dell'ente e l'adozione degli atti "
    "non riservati al Consiglio provinciale;",
    "Premesso che il tratto della S.P. 6 \u00abdei Lessini\u00bb compreso tra il km 12+300 e il km 14+150 "
    "presenta una carreggiata di larghezza ridotta, priva di barriere di sicurezza a valle e "
    "interessata da fenomeni di caduta massi, come rilevato dal Servizio Manutenzione Strade nella "
    "relazione del 18/03/2027;",
    "Considerato che l'intervento \u00e8 inserito nel Programma triennale dei lavori pubblici 2027-2029, "
    "approvato con deliberazione del Consiglio provinciale n. 9 del 25/02/2027, per l'importo "
    "complessivo di euro 1.450.000,00, finanziato con contributo regionale e risorse proprie;",
    "Visto il progetto di fattibilit\u00e0 tecnico-economica redatto dall'Area Servizi di Viabilit\u00e0, "
    "costituito dagli elaborati elencati nella relazione generale e verificato ai sensi dell'art. 42 "
    "del D.Lgs. 31 marzo 2023, n. 36, come da rapporto conclusivo del 27/05/2027;",
    "Dato atto che Responsabile unico del progetto \u00e8 l'ing. Lorenzo Ferrarese, funzionario "
    "tecnico del Servizio Manutenzione Strade, e che il progetto \u00e8 stato trasmesso alle "
    "amministrazioni comunali interessate, che non hanno formulato osservazioni entro il termine "
    "assegnato;",
    "Acquisiti i pareri favorevoli di regolarit\u00e0 tecnica del Dirigente dell'Area Servizi di "
    "Viabilit\u00e0 e di regolarit\u00e0 contabile del Dirigente dell'Area Servizi Finanziari, espressi ai "
    "sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
]
for t in body:
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(2)
pdf.set_font("DS", "B", 11)
pdf.cell(0, 6, "DECRETA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DV", "", 10.5)
points = [
    "di approvare il progetto di fattibilit\u00e0 tecnico-economica dei lavori di messa in sicurezza "
    "della S.P. 6 \u00abdei Lessini\u00bb tra il km 12+300 e il km 14+150, per l'importo complessivo di "
    "euro 1.450.000,00, di cui euro 1.085.000,00 per lavori;",
    "di dare atto che la spesa trova copertura al capitolo 21450 del bilancio di previsione "
    "2027-2029, esercizio 2027;",
    "di demandare al Dirigente dell'Area Servizi di Viabilit\u00e0 gli adempimenti necessari alla "
    "progettazione esecutiva e all'affidamento dei lavori;",
    "di dichiarare il presente decreto immediatamente eseguibile.",
]
for i, t in enumerate(points, 1):
    pdf.cell(8, 5.4, "%d." % i)
    pdf.multi_cell(0, 5.4, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(10)
if pdf.get_y() > 240:
    pdf.add_page()
pdf.set_x(110)
pdf.set_font("DS", "B", 10)
pdf.cell(80, 5, "IL PRESIDENTE DELLA PROVINCIA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DV", "", 10.5)
pdf.cell(80, 5.5, "Matteo Zardini", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("DV", "I", 7.5)
pdf.cell(80, 4, "documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
