#!/usr/bin/env python3
"""Pietraperzia: the Presidente del Consiglio's convocation, a pre-printed form
(a Word model printed to PDF) whose blanks of underscores are filled by typing
over them: fpdf2, the form in Times, the filled values in Courier placed on the
underscore runs."""
import sys
import fpdf
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "convocazione-pietraperzia-halley.pdf"
pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_title("Convocazione Consiglio Comunale")
pdf.set_author("Presidenza del Consiglio Comunale")
pdf.set_producer("PyFPDF/fpdf%s" % fpdf.__version__)
pdf.add_page()
L = 22


def form(x, y, text, size=11, style=""):
    pdf.set_font("Times", style, size)
    pdf.text(x, y, text)
    return x + pdf.get_string_width(text)


def blank(x, y, n, value=None, size=11, dx=1.5):
    """A run of n underscores at (x, y); the value typed over it in Courier."""
    pdf.set_font("Times", "", size)
    u = "_" * n
    pdf.text(x, y, u)
    w = pdf.get_string_width(u)
    if value:
        pdf.set_font("Courier", "B", size)
        pdf.text(x + dx, y - 0.6, value)
    return x + w


# letterhead
pdf.set_font("Times", "B", 18)
pdf.set_xy(L, 16); pdf.cell(166, 8, "COMUNE DI PIETRAPERZIA", align="C")
pdf.set_font("Times", "", 11)
pdf.set_xy(L, 24); pdf.cell(166, 5, "Libero Consorzio Comunale di Enna", align="C")
pdf.set_font("Times", "", 8)
pdf.set_xy(L, 29); pdf.cell(166, 4, "Via San Domenico, 2 - 94016 Pietraperzia (EN) - C.F. 00054260866", align="C")
pdf.set_line_width(0.5); pdf.line(L, 35, 188, 35)
pdf.set_font("Times", "B", 12)
pdf.set_xy(L, 38); pdf.cell(166, 6, "PRESIDENZA DEL CONSIGLIO COMUNALE", align="C")

y = 54
x = form(L, y, "Prot. n. ")
x = blank(x, y, 12, "5874")
x = form(x + 2, y, " del ")
blank(x, y, 16, "21/04/2028")

addressees = ["Ai Sigg. Consiglieri Comunali", "Al Sindaco", "Agli Assessori comunali", "Al Segretario Comunale",
              "Al Revisore unico dei conti", "Al Comando Stazione Carabinieri di Pietraperzia", "A S.E. il Prefetto di Enna"]
for i, a in enumerate(addressees):
    form(118, 62 + i * 5.2, a, 10.5)
    if i == 0:
        pass
form(118, 62 + 7 * 5.2, "LORO SEDI", 10.5, "B")

y = 110
form(L, y, "OGGETTO:", 11, "B")
form(L + 22, y, "Convocazione del Consiglio Comunale in sessione ordinaria.", 11, "B")

pdf.set_font("Times", "", 11)
y = 120
x = form(L + 8, y, "Il Presidente del Consiglio Comunale, ai sensi dell'art. 20 della L.R. 7/1992 e dell'art. 12 del")
y += 6.5
form(L, y, "Regolamento sul funzionamento del Consiglio Comunale, d'intesa con il Sindaco,")
y += 11
pdf.set_font("Times", "B", 12)
pdf.set_xy(L, y - 4.5); pdf.cell(166, 6, "C O N V O C A", align="C")
y += 10
x = form(L, y, "il Consiglio Comunale in sessione ")
x = blank(x, y, 22, "ORDINARIA")
form(x, y, " e in seduta pubblica, per il giorno")
y += 8
x = blank(L, y, 30, "venerdi' 28/04/2028")
x = form(x, y, " alle ore ")
x = blank(x, y, 10, "18:00")
form(x, y, " presso l'Aula consiliare del Palazzo Municipale,")
y += 8
form(L, y, "per la trattazione dei seguenti argomenti iscritti all'ordine del giorno:")

odg = [
    "Lettura e approvazione dei verbali della seduta precedente.",
    "Comunicazioni del Presidente e del Sindaco.",
    "Approvazione del rendiconto della gestione per l'esercizio finanziario 2027.",
    "Riconoscimento di legittimita' di debito fuori bilancio derivante dalla",
    "sentenza del Giudice di Pace di Piazza Armerina n. 112/2027.",
    "Mozione dei consiglieri Toscano e Scarlata sulla viabilita' rurale di contrada Runzi.",
]
y += 10
n = 0
for i, t in enumerate(odg):
    if i != 4:
        n += 1
        form(L + 2, y, "%d." % n)
        blank(L + 8, y, 78, None)
    else:
        blank(L + 8, y, 78, None)
    pdf.set_font("Courier", "B", 9.5)
    pdf.text(L + 9, y - 0.6, t)
    y += 7.5

y += 4
pdf.set_font("Times", "", 11)
lines = [
    "In caso di mancanza del numero legale, la seduta e' rinviata di un'ora e, ove persista la mancanza del numero",
    "legale, al giorno successivo alla stessa ora e con lo stesso ordine del giorno, senza ulteriore avviso di",
    "convocazione, ai sensi dell'art. 30 della L.R. 6 marzo 1986, n. 9.",
    "Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio di Presidenza",
    "e consultabili dai consiglieri nelle ore d'ufficio.",
]
for t in lines:
    form(L, y, t, 10.5)
    y += 5.5

y += 8
x = form(L, y, "Pietraperzia, li ")
blank(x, y, 18, "21/04/2028")
form(120, y + 8, "IL PRESIDENTE DEL CONSIGLIO COMUNALE", 10.5, "B")
blank(126, y + 20, 30, "Salvatore Marino")
form(132, y + 25, "(firmato digitalmente)", 9)

pdf.set_font("Times", "I", 7.5)
pdf.text(L, 284, "Mod. CONV-01 - Presidenza del Consiglio - rev. 2019")
pdf.output(out)
