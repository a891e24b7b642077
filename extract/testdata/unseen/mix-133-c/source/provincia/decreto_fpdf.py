#!/usr/bin/env python3
"""Provincia di Vibo Valentia - decreto del Presidente n. 66/2028.
Same "J-Iride" house style (crest, name, register box at right), printed by fpdf2 with embedded
Liberation TrueType subsets, justified text, and the protocol stamp run up the left margin (rotated 90°)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1]
F = "/usr/share/fonts/truetype/liberation/"


class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("sans", "", 7.5)
            self.set_xy(20, 9)
            self.cell(0, 4, "PROVINCIA DI VIBO VALENTIA - Decreto del Presidente n. 66 del 12/09/2028", align="R")
            self.line(20, 14, 190, 14)

    def footer(self):
        self.set_y(-14)
        self.set_font("sans", "", 7.5)
        self.cell(85, 4, "Pratica DP-2028-0066 / Settore 3")
        self.cell(85, 4, f"Pagina {self.page_no()} di {{nb}}", align="R")


pdf = P(format="A4", unit="mm")
pdf.set_creator("J-Iride Atti Amministrativi")
pdf.set_title("Decreto del Presidente n. 66/2028")
pdf.add_font("serif", "", F + "LiberationSerif-Regular.ttf")
pdf.add_font("serif", "B", F + "LiberationSerif-Bold.ttf")
pdf.add_font("serif", "I", F + "LiberationSerif-Italic.ttf")
pdf.add_font("sans", "", F + "LiberationSans-Regular.ttf")
pdf.add_font("sans", "B", F + "LiberationSans-Bold.ttf")
pdf.set_margins(20, 20, 20)
pdf.set_auto_page_break(True, 22)
pdf.add_page()

# crest
pdf.set_draw_color(122, 31, 31); pdf.set_fill_color(244, 233, 216); pdf.set_line_width(0.4)
pdf.polygon([(20, 16), (40, 16), (40, 32), (30, 42), (20, 32)], style="DF")
pdf.set_fill_color(122, 31, 31)
pdf.rect(27, 24, 6, 11, style="F")
for i in range(3):
    pdf.rect(27 + i * 2.2, 21.6, 1.6, 2, style="F")
pdf.set_draw_color(0, 0, 0)
pdf.set_font("serif", "B", 15)
pdf.set_xy(45, 18); pdf.cell(0, 7, "PROVINCIA DI VIBO VALENTIA")
pdf.set_font("sans", "", 8.5)
pdf.set_xy(45, 26); pdf.cell(0, 4, "Via Cesare Pavese – 89900 Vibo Valentia")
pdf.set_xy(45, 30); pdf.cell(0, 4, "C.F. 96013890791 – PEC: protocollo@pec.provincia.vibovalentia.it")
# register box
pdf.set_line_width(0.3); pdf.rect(138, 17, 52, 25)
pdf.set_font("sans", "B", 8); pdf.set_xy(138, 18); pdf.cell(52, 5, "REGISTRO DECRETI PRESIDENZIALI", align="C")
pdf.line(138, 24, 190, 24)
pdf.set_font("sans", "", 9); pdf.set_xy(141, 26); pdf.cell(8, 5, "N.")
pdf.set_font("sans", "B", 12); pdf.cell(20, 5, "66")
pdf.set_font("sans", "", 9); pdf.set_xy(141, 32); pdf.cell(10, 5, "Data")
pdf.set_font("sans", "B", 10); pdf.cell(25, 5, "12/09/2028")
pdf.set_font("sans", "", 7); pdf.set_xy(141, 37.5); pdf.cell(40, 3.5, "Proposta n. 71 del 09/09/2028")
pdf.set_line_width(0.6); pdf.line(20, 46, 190, 46)

pdf.set_y(51)
pdf.set_font("sans", "B", 13)
pdf.cell(0, 7, "DECRETO DEL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("sans", "", 8.5)
pdf.cell(0, 5, "Settore proponente: Settore 3 – Viabilità, Trasporti ed Edilizia Scolastica", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
y0 = pdf.get_y()
pdf.set_font("sans", "B", 9.5); pdf.set_xy(22, y0 + 2); pdf.cell(22, 5, "OGGETTO:")
pdf.set_font("serif", "B", 11.5); pdf.set_xy(45, y0 + 1.5)
pdf.multi_cell(142, 5.6, "Approvazione del progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza "
               "della S.P. n. 17 Vibo Valentia – Pizzo, tratto dal km 3+200 al km 5+750. CUP E27H28000410001.",
               align="L")
y1 = pdf.get_y() + 2
pdf.set_line_width(0.3); pdf.rect(20, y0, 170, y1 - y0)
pdf.set_y(y1 + 5)

def para(t, style="", align="J", after=2.2):
    pdf.set_font("serif", style, 11)
    pdf.multi_cell(0, 5.5, t, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)

pdf.set_font("serif", "B", 11.5)
pdf.cell(0, 6, "IL PRESIDENTE DELLA PROVINCIA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
for t in [
    "Vista la legge 7 aprile 2014, n. 56, e in particolare l'art. 1, comma 55, che attribuisce al Presidente della "
    "Provincia la rappresentanza dell'ente, la convocazione e la presidenza del Consiglio e l'esercizio delle funzioni "
    "attribuitegli dallo Statuto;",
    "Visto il Programma triennale dei lavori pubblici 2028-2030, approvato con deliberazione del Consiglio Provinciale "
    "n. 5 del 28/02/2028, nel quale è inserito l'intervento di messa in sicurezza della S.P. n. 17 Vibo Valentia – "
    "Pizzo per l'importo complessivo di euro 1.850.000,00;",
    "Vista la proposta n. 71 del 09/09/2028 del Settore 3 – Viabilità, Trasporti ed Edilizia Scolastica, con la quale "
    "si trasmette il progetto di fattibilità tecnico-economica redatto dall'ufficio tecnico provinciale, composto "
    "dagli elaborati elencati nell'allegato A);",
    "Visto il verbale di verifica preventiva della progettazione del 05/09/2028, ai sensi dell'art. 42 del D.Lgs. "
    "31 marzo 2023, n. 36;",
    "Acquisiti i pareri favorevoli di regolarità tecnica del Dirigente del Settore 3 e di regolarità contabile del "
    "Dirigente del Settore 1, espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;"]:
    para(t)

pdf.set_font("serif", "B", 11.5)
pdf.cell(0, 7, "D E C R E T A", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della S.P. n. 17 "
    "Vibo Valentia – Pizzo, tratto dal km 3+200 al km 5+750, dell'importo complessivo di euro 1.850.000,00, di cui "
    "euro 1.392.400,00 per lavori e euro 457.600,00 per somme a disposizione dell'amministrazione;",
    "di dare atto che la spesa trova copertura al capitolo 21370 del bilancio di previsione 2028-2030, finanziato "
    "con contributo del Ministero delle infrastrutture e dei trasporti;",
    "di confermare quale responsabile unico del progetto l'ing. Raffaele Tassone, Dirigente del Settore 3;",
    "di demandare al Settore 3 gli adempimenti conseguenti, ivi compreso l'avvio della progettazione esecutiva."]
for i, t in enumerate(pts, 1):
    pdf.set_font("serif", "", 11)
    y = pdf.get_y()
    pdf.set_x(20); pdf.cell(8, 5.5, f"{i}.")
    pdf.set_xy(28, y)
    pdf.multi_cell(162, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)

para("Il presente decreto è immediatamente eseguibile ed è pubblicato all'Albo Pretorio on line della Provincia "
     "per quindici giorni consecutivi.")
pdf.ln(2)
para("Vibo Valentia, 12/09/2028", align="L")
pdf.ln(3)
pdf.set_x(110); pdf.set_font("sans", "B", 9); pdf.cell(80, 5, "IL PRESIDENTE DELLA PROVINCIA", align="C",
                                                        new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("serif", "I", 11); pdf.cell(80, 6, "f.to dott. Giuseppe Carnovale", align="C",
                                                          new_x="LMARGIN", new_y="NEXT")
pdf.set_x(110); pdf.set_font("sans", "", 7.5); pdf.cell(80, 4, "documento firmato digitalmente", align="C")

# the protocol stamp the office's PEC gateway adds up the left margin of page 1 (drawn last)
pdf.page = 1
pdf.set_text_color(30, 60, 140); pdf.set_draw_color(30, 60, 140)
with pdf.rotation(90, x=11, y=200):
    pdf.set_line_width(0.3)
    pdf.rect(11, 193, 112, 10)
    pdf.set_font("sans", "B", 7.5)
    pdf.text(13, 197.2, "PROVINCIA DI VIBO VALENTIA – PROTOCOLLO GENERALE")
    pdf.set_font("sans", "", 7.5)
    pdf.text(13, 201.2, "Prot. n. 20911 del 12/09/2028 – Uscita – Class. 06.02")
pdf.set_text_color(0, 0, 0); pdf.set_draw_color(0, 0, 0)
pdf.output(OUT)
