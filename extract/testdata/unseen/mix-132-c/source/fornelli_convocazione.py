#!/usr/bin/env python3
"""Fornelli (Molise): the Consiglio's convocation as the package prints its
pre-set form: Courier text with blanks of underscores, the values typed
over the blanks afterwards (fpdf2, core Courier fonts).
Usage: fornelli_convocazione.py OUT.pdf"""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="pt")
pdf.set_producer("PyFPDF/fpdf" + fpdf.__version__)
pdf.set_creator("Halley - Modulistica"); pdf.set_title("Avviso di convocazione Consiglio Comunale")
pdf.set_auto_page_break(False)
pdf.add_page()
CW = 6.0  # Courier 10pt advance
X0, Y0, LEAD = 54, 70, 13.0
row = 0


def txt(col, r, s, style="", size=10):
    pdf.set_font("Courier", style, size)
    pdf.text(X0 + col * CW, Y0 + r * LEAD, s)


def line(s, style=""):
    global row
    txt(0, row, s, style); row += 1


def fill(col, r, s, width):
    """type a value over a blank of `width` underscores starting at col"""
    off = max(0, (width - len(s)) // 2)
    pdf.set_font("Courier", "B", 10)
    pdf.text(X0 + (col + off) * CW, Y0 + r * LEAD - 1.2, s)


for s in ["                              COMUNE DI FORNELLI",
          "                            (Provincia di Isernia)",
          "         Piazza Municipio, 1 - 86070 FORNELLI (IS) - Tel. 0865 956120",
          "              C.F. 00071230949 - PEC comune.fornelli@pec.it",
          "=" * 80, ""]:
    line(s)
# protocol and place/date blanks
r = row
line("Prot. n. ____________                          Fornelli, lì ________________")
fill(9, r, "2951", 12)
fill(61, r, "21/08/2028", 16)
row += 1
for s in ["                                        Ai Signori Consiglieri Comunali",
          "                                        LORO SEDI",
          "                                        e p.c. Al Prefetto di Isernia",
          "                                        Al Segretario Comunale",
          ""]:
    line(s)
line("                 AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE", "B")
row += 1
line("                                  IL SINDACO", "B")
row += 1
for s in ["Visto l'art. 50, comma 2, del D.Lgs. 18 agosto 2000, n. 267;",
          "Visto il vigente Regolamento per il funzionamento del Consiglio Comunale;",
          ""]:
    line(s)
line("                                   CONVOCA", "B")
row += 1
r = row
line("il Consiglio Comunale in sessione ______________, seduta ______________")
fill(35, r, "ordinaria", 14); fill(58, r, "pubblica", 14)
r = row
line("di ____________ convocazione, presso ______________________________________")
fill(3, r, "prima", 12); fill(37, r, "la Sala Consiliare del Municipio", 38)
r = row
line("per il giorno ______________________________ alle ore __________")
fill(14, r, "martedì 29 agosto 2028", 30); fill(54, r, "18:00", 10)
r = row
line("e, occorrendo, in seconda convocazione, per il giorno")
r = row
line("______________________________ alle ore __________")
fill(0, r, "mercoledì 30 agosto 2028", 30); fill(40, r, "18:00", 10)
line("per discutere e deliberare sul seguente")
row += 1
line("                              ORDINE DEL GIORNO", "B")
row += 1
odg = [["Lettura e approvazione dei verbali della seduta precedente."],
       ["Ratifica della deliberazione della Giunta Comunale n. 44 del",
        "20/07/2028 (variazione d'urgenza al bilancio 2028-2030)."],
       ["Assestamento generale del bilancio di previsione 2028-2030 e",
        "salvaguardia degli equilibri (artt. 175 e 193 D.Lgs. 267/2000)."],
       ["Approvazione del Regolamento comunale per l'uso dei locali e delle",
        "strutture comunali."],
       ["Comunicazioni del Sindaco."]]
for i in range(6):
    r = row
    line("%d. %s" % (i + 1, "_" * 75))
    row += 0
    if i < len(odg):
        parts = odg[i]
        pdf.set_font("Courier", "B", 10)
        pdf.text(X0 + 4 * CW, Y0 + r * LEAD - 1.2, parts[0])
        for extra in parts[1:]:
            r2 = row
            line("   " + "_" * 75)
            pdf.set_font("Courier", "B", 10)
            pdf.text(X0 + 4 * CW, Y0 + r2 * LEAD - 1.2, extra)
row += 1
for s in ["Gli atti relativi agli argomenti iscritti all'ordine del giorno sono",
          "depositati presso la Segreteria comunale a disposizione dei Consiglieri",
          "nelle ore d'ufficio, a decorrere dal terzo giorno precedente la seduta.",
          ""]:
    line(s)
line("                                                            IL SINDACO")
r = row
line("                                                    ________________________")
fill(52, r, "F.to Antonio Caranci", 24)
row += 3
line("-" * 80)
line("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2,")
line("del D.Lgs. 39/1993. Mod. CC-01 (Halley)")
pdf.output(out)
