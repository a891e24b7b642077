#!/usr/bin/env python3
"""Comune di Pesche, decreto sindacale n. 1 del 09/01/2029 (nomina del RPD/DPO):
fpdf2 with Liberation Serif, Hypersic-like letterhead, multi_cell justified text."""
import os
import sys

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "/usr/share/fonts/truetype/liberation/"

SUBJECT = ("NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD/DPO) AI SENSI DELL'ART. 37 "
           "DEL REGOLAMENTO (UE) 2016/679")


class P(FPDF):
    def header(self):
        self.image(os.path.join(HERE, "stemma_pesche.png"), x=98, y=10, w=13)
        self.set_y(27)
        self.set_font("LS", "B", 16)
        self.cell(0, 7, "COMUNE DI PESCHE", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "I", 10)
        self.cell(0, 5, "Provincia di Isernia", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.6)
        self.line(22, 41, 190, 41)
        self.set_line_width(0.2)
        self.line(22, 42, 190, 42)
        self.set_y(47)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "I", 8)
        self.cell(0, 5, "Decreto sindacale n. 1 del 09/01/2029", align="L")
        self.set_x(22)
        self.cell(0, 5, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = P(format="A4")
pdf.set_margins(22, 15, 20)
pdf.set_auto_page_break(True, 18)
pdf.add_font("LS", "", LIB + "LiberationSerif-Regular.ttf")
pdf.add_font("LS", "B", LIB + "LiberationSerif-Bold.ttf")
pdf.add_font("LS", "I", LIB + "LiberationSerif-Italic.ttf")
pdf.set_title("Decreto sindacale n. 1/2029")
pdf.set_author("Sindaco")
pdf.set_creator("Hypersic - Atti amministrativi")
pdf.add_page()

pdf.set_font("LS", "", 10)
pdf.cell(84, 5, "Prot. n. 97 del 09/01/2029", align="L")
pdf.cell(0, 5, "Pesche, 09/01/2029", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("LS", "B", 13)
pdf.cell(0, 7, "DECRETO SINDACALE N. 1 DEL 09/01/2029", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

pdf.set_font("LS", "B", 11)
x0 = pdf.get_x()
pdf.cell(24, 5.5, "OGGETTO:")
pdf.multi_cell(0, 5.5, SUBJECT, align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("LS", "B", 11.5)
pdf.cell(0, 6, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "", 11)
for s in (
    "Visto il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016 relativo alla "
    "protezione delle persone fisiche con riguardo al trattamento dei dati personali (RGPD) e, in particolare, gli "
    "artt. 37, 38 e 39, che prevedono l'obbligo per le autorità pubbliche di designare un Responsabile della "
    "protezione dei dati (RPD), ne disciplinano la posizione e ne individuano i compiti;",
    "Visto il D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101;",
    "Considerato che l'incarico di RPD conferito con il decreto sindacale n. 2 del 12/01/2026 è scaduto il "
    "31/12/2028;",
    "Vista la determinazione del Responsabile dell'Area Amministrativa n. 88 del 20/12/2028, con la quale il "
    "servizio di RPD per il triennio 2029-2031 è stato affidato alla società Sannio Privacy S.r.l., con sede in "
    "Campobasso, che ha indicato quale referente per il Comune l'Avv. Giulia Mastrangelo, in possesso di "
    "adeguata conoscenza specialistica della normativa e delle prassi in materia di protezione dei dati;",
    "Dato atto che la designazione non determina situazioni di conflitto di interessi e che il nominativo e i "
    "dati di contatto del RPD devono essere pubblicati sul sito istituzionale e comunicati al Garante per la "
    "protezione dei dati personali;",
    "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;",
):
    pdf.multi_cell(0, 5.3, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

pdf.ln(1)
pdf.set_font("LS", "B", 11.5)
pdf.cell(0, 6, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("LS", "", 11)
for i, s in enumerate((
    "di designare quale Responsabile della protezione dei dati personali (RPD/DPO) del Comune di Pesche, per "
    "il periodo dal 09/01/2029 al 31/12/2031, la società Sannio Privacy S.r.l., nella persona dell'Avv. Giulia "
    "Mastrangelo, referente per l'Ente;",
    "di attribuire al RPD i compiti previsti dall'art. 39 del RGPD, garantendone l'indipendenza e il "
    "tempestivo coinvolgimento in tutte le questioni riguardanti la protezione dei dati personali;",
    "di dare mandato al Responsabile dell'Area Amministrativa di comunicare i dati di contatto del RPD al "
    "Garante per la protezione dei dati personali e di pubblicarli nella sezione Amministrazione Trasparente;",
    "di notificare il presente decreto all'interessata e di trasmetterne copia ai Responsabili di Area.",
), 1):
    pdf.cell(8, 5.3, "%d." % i)
    pdf.multi_cell(0, 5.3, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

pdf.ln(6)
pdf.set_x(110)
pdf.set_font("LS", "B", 11)
pdf.cell(70, 5.5, "IL SINDACO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("LS", "", 11)
pdf.cell(70, 5.5, "Antonio Di Ludovico", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110)
pdf.set_font("LS", "I", 8.5)
pdf.cell(70, 5, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("LS", "", 10)
pdf.cell(0, 5, "Per accettazione: ______________________________ (Avv. Giulia Mastrangelo)",
         new_x="LMARGIN", new_y="NEXT")
pdf.output(sys.argv[1])
