#!/usr/bin/env python3
"""Comune di Montemarano - convocation of the Consiglio Comunale for 28/09/2028.

The office's pre-printed form ("Sicraweb" letterhead, modulo CONV-01) with blanks
of underscores; the values are typed into the blanks afterwards, as a form
filler does: fpdf2 draws the whole form first and then every filled value in
Courier over its blank, so the text layer holds each line twice over (the
underscores, then the value on top of them).
"""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(22, 15, 22)
pdf.set_auto_page_break(False)
pdf.set_title("Convocazione Consiglio Comunale 28/09/2028")
pdf.set_creator("Sicraweb - Modulistica")
pdf.add_page()

fills = []   # (x, y, text) drawn after the form


def form_line(y, parts, size=11, style=""):
    """parts: str (printed text) or (n_underscores, value)"""
    x = 22
    pdf.set_font("Helvetica", style, size)
    for part in parts:
        if isinstance(part, str):
            pdf.text(x, y, part)
            x += pdf.get_string_width(part)
        else:
            n, val = part
            blank = "_" * n
            pdf.text(x, y, blank)
            if val:
                fills.append((x + 1.2, y - 0.6, val))
            x += pdf.get_string_width(blank)
    return x


# letterhead
pdf.set_fill_color(44, 90, 160)
pdf.rect(22, 14, 13, 16, style="F")
pdf.set_font("Helvetica", "B", 17)
pdf.set_text_color(29, 63, 115)
pdf.text(40, 21, "COMUNE DI MONTEMARANO")
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "", 10)
pdf.text(40, 26.5, "PROVINCIA DI AVELLINO")
pdf.set_font("Helvetica", "", 7.5)
pdf.text(40, 30.5, "Piazza del Municipio, 1 - 83040 Montemarano (AV) - protocollo.montemarano@asmepec.it")
pdf.set_line_width(0.6)
pdf.set_draw_color(29, 63, 115)
pdf.line(22, 33.5, 188, 33.5)
pdf.set_font("Helvetica", "", 6.5)
pdf.text(160, 37.5, "Mod. CONV-01 rev. 2")

y = 46
form_line(y, ["Prot. n. ", (12, "4151"), "   del ", (16, "15/09/2028")], 10.5)

pdf.set_font("Helvetica", "", 10.5)
for i, t in enumerate(["Ai Signori Consiglieri Comunali", "LORO SEDI", "",
                       "e, p.c.   Al Segretario Comunale", "Al Revisore dei Conti",
                       "A S.E. il Prefetto di Avellino"]):
    pdf.text(112 if i < 3 else 112, 56 + i * 5.2, t)

y = 96
pdf.set_font("Helvetica", "B", 11)
pdf.text(22, y, "OGGETTO:")
pdf.text(45, y, "Convocazione del Consiglio Comunale.")

y = 110
L = 7.6
form_line(y, ["Il sottoscritto ", (30, "dott. Antonio Caputo"), ", Sindaco del Comune di Montemarano,"])
y += L
form_line(y, ["ai sensi dell'art. 39, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e del vigente Regolamento"])
y += L
form_line(y, ["per il funzionamento del Consiglio Comunale,"])
y += L + 2
pdf.set_font("Helvetica", "B", 12)
pdf.text(95, y, "C O N V O C A")
y += L + 2
form_line(y, ["il Consiglio Comunale in sessione ", (17, "straordinaria"), ", seduta pubblica, in ",
              (8, "prima"), " convocazione,"])
y += L
form_line(y, ["per il giorno ", (24, "giovedì 28/09/2028"), " alle ore ", (8, "18:30"), " presso ",
              (24, "la Sala Consiliare")])
y += L
form_line(y, ["e, occorrendo, in seconda convocazione per il giorno ", (23, "venerdì 29/09/2028"),
              " alle ore ", (7, "18:30"), ","])
y += L
form_line(y, ["per la trattazione del seguente"])
y += L + 2
pdf.set_font("Helvetica", "B", 12)
pdf.text(83, y, "ORDINE DEL GIORNO")
y += L + 1
odg = [
    "Lettura e approvazione dei verbali della seduta precedente.",
    "Comunicazioni del Sindaco.",
    "Approvazione del Documento Unico di Programmazione (DUP) 2029/2031.",
    "Modifica del Regolamento per l'applicazione del canone unico patrimoniale.",
    "Mozione del gruppo consiliare \"Montemarano Domani\" sulla viabilità rurale.",
    "",
]
for i, t in enumerate(odg, 1):
    form_line(y, ["%d) " % i, (73, t)], 11)
    y += L

y += 3
pdf.set_font("Helvetica", "", 10.5)
for t in ["Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati presso l'Ufficio",
          "Segreteria e sono consultabili dai Consiglieri negli orari di apertura al pubblico, nei termini",
          "previsti dal Regolamento."]:
    pdf.text(22, y, t)
    y += 5.4

y += 8
form_line(y, ["Montemarano, lì ", (18, "15/09/2028")])
pdf.set_font("Helvetica", "B", 11)
pdf.text(135, y + 8, "IL SINDACO")
form_line(y + 18, [" " * 90, (30, "")])
fills.append((120, y + 17.4, "dott. Antonio Caputo"))

pdf.set_font("Helvetica", "", 7.5)
pdf.text(22, 280, "Il presente avviso è pubblicato all'Albo Pretorio on line e notificato ai Consiglieri a mezzo PEC")
pdf.text(22, 283.5, "ai sensi dell'art. 9 del Regolamento del Consiglio Comunale.")

# the filled values, typed afterwards in Courier
pdf.set_font("Courier", "B", 10)
pdf.set_text_color(20, 20, 90)
for x, yy, v in fills:
    pdf.text(x, yy, v)

pdf.output(out)
